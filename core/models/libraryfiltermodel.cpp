#include "models/libraryfiltermodel.h"

#include "analysis/profilefacts.h"
#include "models/modelroles.h"
#include "models/upgradeindex.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace arrscore {

LibraryFilterModel::LibraryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRole::Sort);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

LibraryFilterModel::~LibraryFilterModel() = default;

void LibraryFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (model == sourceModel())
        return;
    // Only our own connections: the proxy's are to `this` too.
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_files = qobject_cast<FileRowModel *>(model);
    Q_ASSERT(m_files || !model);
    clearCaches();
    // Before the proxy hears of the change: it re-sorts and re-filters with fresh caches.
    if (m_files) {
        m_connections = {
            connect(m_files, &QAbstractItemModel::modelAboutToBeReset, this, &LibraryFilterModel::clearCaches),
            connect(m_files, &QAbstractItemModel::layoutAboutToBeChanged, this, &LibraryFilterModel::clearCaches),
            connect(m_files, &QAbstractItemModel::rowsAboutToBeInserted, this, &LibraryFilterModel::clearCaches),
            connect(m_files, &QAbstractItemModel::rowsAboutToBeRemoved, this, &LibraryFilterModel::clearCaches),
            connect(m_files, &QAbstractItemModel::dataChanged, this, &LibraryFilterModel::clearCaches)};
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void LibraryFilterModel::clearCaches()
{
    m_textRejected.clear();
    m_candidates.clear();
    m_profiles.clear();
    m_keyColumn = -1;
    m_keys.clear();
}

void LibraryFilterModel::setLibraryFilter(const LibraryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    const QString text = filter.text.trimmed().toLower();
    // Typing narrows: a row the shorter text rejected, the longer one rejects too, unseen.
    if (text.isEmpty() || m_text.isEmpty() || !text.contains(m_text))
        m_textRejected.clear();
    m_text = text;
    m_matcher.setPattern(text);
    // invalidate(), not invalidateFilter(): the latter tells the views of every removed or inserted run
    // of rows one by one, and a hidden vertical header still does O(rows) work for each — seconds at
    // 100,000 scattered rows. One layout change costs one pass.
    invalidate();
    Q_EMIT libraryFilterChanged(m_filter);
}

void LibraryFilterModel::refilter()
{
    if (m_filter.betterOnly)
        invalidate(); // one layout change, as setLibraryFilter() explains
}

const FileRow &LibraryFilterModel::fileRowAt(int proxyRow) const
{
    return m_files->fileRow(mapToSource(index(proxyRow, 0)).row());
}

QList<FileRow> LibraryFilterModel::filteredRows() const
{
    QList<FileRow> rows;
    const int count = rowCount();
    rows.reserve(count);
    for (int i = 0; i < count; ++i)
        rows.append(fileRowAt(i));
    return rows;
}

QList<LibrarySnapshot> LibraryFilterModel::snapshotsOf(const QList<LibrarySnapshot> &all, const QList<FileRow> &rows)
{
    QSet<const MediaFile *> wanted;
    wanted.reserve(rows.size());
    for (const FileRow &row : rows)
        wanted.insert(row.file);
    QList<LibrarySnapshot> out;
    for (const LibrarySnapshot &snapshot : all) {
        LibrarySnapshot copy = snapshot;
        copy.files.clear();
        for (const MediaFile &file : snapshot.files) {
            if (wanted.contains(&file))
                copy.files.append(file);
        }
        if (!copy.files.isEmpty())
            out.append(std::move(copy));
    }
    return out;
}

QString LibraryFilterModel::resolutionLabel(int resolution)
{
    return resolution > 0 ? QStringLiteral("%1p").arg(resolution) : QStringLiteral("Unknown");
}

bool LibraryFilterModel::isCandidate(const FileRow &row, const ProfileIndex &profiles)
{
    // CandidateFinder::evaluate()'s test, without building the reasons it goes on to list.
    const ProfileFacts *facts = profiles.find(row.file->qualityProfileId);
    return facts && facts->upgradeAllowed() && !facts->meetsCutoffs(*row.file);
}

bool LibraryFilterModel::candidate(const FileRow &row, int sourceRow) const
{
    if (m_candidates.empty())
        m_candidates.assign(size_t(m_files->rowCount()), -1);
    if (m_candidates[size_t(sourceRow)] >= 0)
        return m_candidates[size_t(sourceRow)] == 1;
    std::shared_ptr<ProfileIndex> &profiles = m_profiles[row.snapshot];
    if (!profiles)
        profiles = std::make_shared<ProfileIndex>(*row.snapshot);
    const bool verdict = isCandidate(row, *profiles);
    m_candidates[size_t(sourceRow)] = verdict ? 1 : 0;
    return verdict;
}

bool LibraryFilterModel::acceptsRow(const FileRow &row, int sourceRow) const
{
    const MediaFile &f = *row.file;
    if (!m_filter.instances.isEmpty() && !m_filter.instances.contains(row.snapshot->instance.name))
        return false;
    if (!m_filter.profiles.isEmpty() && !(row.profile && m_filter.profiles.contains(row.profile->name)))
        return false;
    if (!m_filter.qualities.isEmpty() && !m_filter.qualities.contains(f.quality))
        return false;
    if (!m_filter.resolutions.isEmpty() && !m_filter.resolutions.contains(resolutionLabel(f.resolution)))
        return false;
    if (m_filter.minScore || m_filter.maxScore) {
        if (!f.customFormatScore)
            return false;
        if (m_filter.minScore && *f.customFormatScore < *m_filter.minScore)
            return false;
        if (m_filter.maxScore && *f.customFormatScore > *m_filter.maxScore)
            return false;
    }
    if (!m_filter.hasFormat.isEmpty() || !m_filter.lacksFormat.isEmpty()) {
        bool has = false;
        bool lacks = true;
        for (const FormatRef &format : f.customFormats) {
            has = has || format.name.compare(m_filter.hasFormat, Qt::CaseInsensitive) == 0;
            lacks = lacks && format.name.compare(m_filter.lacksFormat, Qt::CaseInsensitive) != 0;
        }
        if ((!m_filter.hasFormat.isEmpty() && !has) || (!m_filter.lacksFormat.isEmpty() && !lacks))
            return false;
    }
    // Searched in place: a lower-cased copy of every row's text would cost more memory than it saves time.
    if (!m_text.isEmpty()) {
        if (m_textRejected.empty())
            m_textRejected.assign(size_t(m_files->rowCount()), false);
        if (m_textRejected[size_t(sourceRow)])
            return false;
        if (!m_matcher.foundIn(f.title) && !m_matcher.foundIn(f.episodeTitle) && !m_matcher.foundIn(f.releaseGroup)
            && !m_matcher.foundIn(f.relativePath)) {
            m_textRejected[size_t(sourceRow)] = true;
            return false;
        }
    }
    if (m_filter.candidatesOnly && !candidate(row, sourceRow))
        return false;
    if (m_filter.betterOnly) {
        const ItemCheck *check = m_upgrades ? m_upgrades->checkOf(row) : nullptr;
        if (!check || check->verdict != Verdict::Better)
            return false;
    }
    return true;
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_files)
        return false;
    return acceptsRow(m_files->fileRow(sourceRow), sourceRow);
}

std::vector<double> LibraryFilterModel::sortKeys(int column) const
{
    const int rows = m_files->rowCount();
    std::vector<double> keys(size_t(rows), 0);
    // A column is text or numbers throughout (null numbers come as the smallest qint64).
    const QVariant first = rows > 0 ? m_files->data(m_files->index(0, column), sortRole()) : QVariant();
    if (first.metaType().id() != QMetaType::QString) {
        // A NaN would compare neither less nor greater: it sorts as the smallest number.
        for (int row = 0; row < rows; ++row) {
            const double key = m_files->data(m_files->index(row, column), sortRole()).toDouble();
            keys[size_t(row)] = std::isnan(key) ? -std::numeric_limits<double>::infinity() : key;
        }
        return keys;
    }
    // Text becomes its rank among the column's distinct texts, ignoring case: a library repeats its
    // qualities, groups and series titles, so only the distinct ones are compared as strings, once, and
    // the sort itself compares numbers. Texts equal but for case share a rank.
    QHash<QString, int> distinct;
    std::vector<int> textOf(static_cast<size_t>(rows));
    QStringList texts;
    for (int row = 0; row < rows; ++row) {
        const QString text = m_files->data(m_files->index(row, column), sortRole()).toString();
        auto it = distinct.constFind(text);
        if (it == distinct.cend()) {
            it = distinct.insert(text, int(texts.size()));
            texts.append(text);
        }
        textOf[size_t(row)] = *it;
    }
    std::vector<int> order(size_t(texts.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return texts[a].compare(texts[b], Qt::CaseInsensitive) < 0; });
    std::vector<int> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        const bool sameAsBefore = i > 0 && texts[order[i - 1]].compare(texts[order[i]], Qt::CaseInsensitive) == 0;
        rank[size_t(order[i])] = sameAsBefore ? rank[size_t(order[i - 1])] : int(i);
    }
    for (int row = 0; row < rows; ++row)
        keys[size_t(row)] = rank[size_t(textOf[size_t(row)])];
    return keys;
}

void LibraryFilterModel::prepareKeys(int column) const
{
    if (m_keyColumn == column || !m_files)
        return;
    m_keys = sortKeys(column);
    m_keyColumn = column;
}

void LibraryFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0)
        prepareKeys(column);
    m_ascending = order == Qt::AscendingOrder;
    QSortFilterProxyModel::sort(column, order);
}

bool LibraryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    prepareKeys(left.column());
    const size_t a = size_t(left.row());
    const size_t b = size_t(right.row());
    // Ties go by source row, so equal keys keep the library's order whichever way the column sorts
    // (descending, the proxy asks lessThan(right, left)).
    if (m_keys[a] != m_keys[b])
        return m_keys[a] < m_keys[b];
    return m_ascending ? a < b : a > b;
}

} // namespace arrscore
