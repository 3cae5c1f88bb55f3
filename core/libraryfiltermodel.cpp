#include "libraryfiltermodel.h"

#include "candidates.h"
#include "profilefacts.h"

#include <QSet>

namespace arrscore {

LibraryFilterModel::LibraryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FileRowModel::SortRole);
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
    m_haystacks.clear();
    m_candidates.clear();
    m_profiles.clear();
    m_keyColumn = -1;
    m_numberKeys.clear();
    m_textKeys.clear();
}

void LibraryFilterModel::setLibraryFilter(const LibraryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_text = filter.text.trimmed().toLower();
    invalidateFilter();
    Q_EMIT libraryFilterChanged(m_filter);
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
    const ProfileFacts *facts = profiles.find(row.file->qualityProfileId);
    if (!facts)
        return false;
    const std::optional<Candidate> c = CandidateFinder::evaluate(*row.snapshot, *row.file, *facts);
    return c && !c->capped;
}

const QString &LibraryFilterModel::haystack(int sourceRow) const
{
    if (m_haystacks.empty())
        m_haystacks.resize(size_t(m_files->rowCount()));
    QString &text = m_haystacks[size_t(sourceRow)];
    if (text.isNull()) {
        const MediaFile &f = *m_files->fileRow(sourceRow).file;
        text = QString(f.title + QLatin1Char('\n') + f.episodeTitle + QLatin1Char('\n') + f.releaseGroup
                       + QLatin1Char('\n') + f.relativePath)
                   .toLower();
    }
    return text;
}

bool LibraryFilterModel::candidate(const FileRow &row, int sourceRow) const
{
    if (sourceRow >= 0 && m_candidates.empty())
        m_candidates.assign(size_t(m_files->rowCount()), -1);
    if (sourceRow >= 0 && m_candidates[size_t(sourceRow)] >= 0)
        return m_candidates[size_t(sourceRow)] == 1;
    std::shared_ptr<ProfileIndex> &profiles = m_profiles[row.snapshot];
    if (!profiles)
        profiles = std::make_shared<ProfileIndex>(*row.snapshot);
    const bool verdict = isCandidate(row, *profiles);
    if (sourceRow >= 0)
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
    if (!m_text.isEmpty()) {
        if (sourceRow >= 0) {
            if (!haystack(sourceRow).contains(m_text))
                return false;
        } else if (!f.title.contains(m_text, Qt::CaseInsensitive) && !f.episodeTitle.contains(m_text, Qt::CaseInsensitive)
                   && !f.releaseGroup.contains(m_text, Qt::CaseInsensitive)
                   && !f.relativePath.contains(m_text, Qt::CaseInsensitive)) {
            return false;
        }
    }
    if (m_filter.candidatesOnly && !candidate(row, sourceRow))
        return false;
    return true;
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_files)
        return false;
    return acceptsRow(m_files->fileRow(sourceRow), sourceRow);
}

void LibraryFilterModel::prepareKeys(int column) const
{
    if (m_keyColumn == column || !m_files)
        return;
    const int rows = m_files->rowCount();
    m_numberKeys.clear();
    m_textKeys.clear();
    m_numericKeys = true;
    std::vector<QVariant> keys;
    keys.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        keys.push_back(m_files->data(m_files->index(row, column), sortRole()));
        const int type = keys.back().metaType().id();
        if (type == QMetaType::QString)
            m_numericKeys = false;
    }
    if (m_numericKeys) {
        m_numberKeys.reserve(size_t(rows));
        for (const QVariant &key : keys)
            m_numberKeys.push_back(key.toDouble());
    } else {
        m_textKeys.reserve(size_t(rows));
        for (const QVariant &key : keys)
            m_textKeys.push_back(key.toString().toLower());
    }
    m_keyColumn = column;
}

void LibraryFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0)
        prepareKeys(column);
    QSortFilterProxyModel::sort(column, order);
}

bool LibraryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    prepareKeys(left.column());
    const size_t a = size_t(left.row());
    const size_t b = size_t(right.row());
    // Ties go by source row, so equal keys keep the library's order whichever way the column sorts.
    if (m_numericKeys) {
        if (m_numberKeys[a] != m_numberKeys[b])
            return m_numberKeys[a] < m_numberKeys[b];
    } else {
        const int c = m_textKeys[a].compare(m_textKeys[b]);
        if (c != 0)
            return c < 0;
    }
    return sortOrder() == Qt::AscendingOrder ? a < b : a > b;
}

} // namespace arrscore
