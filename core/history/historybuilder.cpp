#include "history/historybuilder.h"

#include "storage/columnvalues.h"
#include "storage/fileversioncolumns.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <tuple>

namespace arrscore {

using namespace storage;

namespace {

struct ItemKey
{
    int kind = 0;
    qint64 id = 0;
    bool operator<(const ItemKey &o) const { return std::tie(kind, id) < std::tie(o.kind, o.id); }
};

} // namespace

Result<HistoryBuilder> HistoryBuilder::load(Database &db, qint64 instanceId, const QString &instanceName)
{
    const QString cannot =
        tr("Cannot read the history of %1 from the database %2.").arg(instanceName, db.displayLocation());
    HistoryBuilder b;
    b.m_instanceName = instanceName;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, finished_at, started_at FROM snapshots WHERE instance_id = ? AND complete = 1"));
    q.addBindValue(instanceId);
    if (!q.exec())
        return db.failure(cannot, q.lastError());
    while (q.next())
        b.m_times.insert(q.value(0).toLongLong(), readTime(q.value(1).isNull() ? q.value(2) : q.value(1)));
    q.finish();
    q.prepare(
        QStringLiteral("SELECT profile_id, valid_from, valid_to, name FROM profile_versions WHERE instance_id = ?"));
    q.addBindValue(instanceId);
    if (!q.exec())
        return db.failure(cannot, q.lastError());
    while (q.next()) {
        b.m_profiles[q.value(0).toInt()].append(
            {q.value(1).toLongLong(), q.value(2).isNull() ? 0 : q.value(2).toLongLong(), readText(q.value(3))});
    }
    return b;
}

QString HistoryBuilder::rowColumns()
{
    return fileVersionColumns().join(QLatin1Char(',')) + QStringLiteral(",valid_from,valid_to");
}

FileVersionRow HistoryBuilder::readRow(const QSqlQuery &q, ListDecoder &lists)
{
    FileVersionRow row;
    row.file = readFile(q, lists);
    const int c = int(fileVersionColumns().size());
    row.validFrom = q.value(c).toLongLong();
    row.validTo = q.value(c + 1).isNull() ? 0 : q.value(c + 1).toLongLong();
    return row;
}

QString HistoryBuilder::profileName(int profileId, qint64 snapshotId) const
{
    const auto it = m_profiles.constFind(profileId);
    if (it == m_profiles.cend())
        return {};
    for (const ProfileSpan &span : *it) {
        if (span.from <= snapshotId && (span.to == 0 || span.to > snapshotId))
            return span.name;
    }
    return {};
}

QList<ItemHistory> HistoryBuilder::build(const QList<FileVersionRow> &rows, qint64 onlyEpisodeId) const
{
    std::map<ItemKey, QList<const FileVersionRow *>> byItem;
    std::map<ItemKey, ItemRef> refs;
    std::map<ItemKey, qint64> refFrom;
    for (const FileVersionRow &row : rows) {
        const MediaFile &f = row.file;
        // The item as its newest version describes it.
        const auto note = [&](const ItemKey &key, const ItemRef &ref) {
            byItem[key].append(&row);
            const auto [it, inserted] = refFrom.try_emplace(key, row.validFrom);
            if (inserted || row.validFrom >= it->second) {
                it->second = row.validFrom;
                refs[key] = ref;
            }
        };
        ItemRef ref;
        ref.instanceName = m_instanceName;
        ref.kind = f.kind;
        ref.title = f.title;
        ref.year = f.year;
        if (f.kind == MediaKind::Movie) {
            ref.id = f.itemId;
            note({0, f.itemId}, ref);
            continue;
        }
        ref.season = f.season;
        const QStringList titles = f.episodeTitle.split(QStringLiteral(" / "));
        for (qsizetype e = 0; e < f.episodeIds.size(); ++e) {
            if (onlyEpisodeId != 0 && f.episodeIds[e] != onlyEpisodeId)
                continue;
            ref.id = f.episodeIds[e];
            ref.episode = e < f.episodes.size() ? f.episodes[e] : -1;
            ref.episodeTitle = titles.size() == f.episodeIds.size() ? titles[e] : f.episodeTitle;
            note({1, ref.id}, ref);
        }
    }
    QList<ItemHistory> result;
    for (auto &[key, itemRows] : byItem)
        result.append(buildOne(refs[key], itemRows));
    std::sort(result.begin(), result.end(), [](const ItemHistory &a, const ItemHistory &b) {
        return std::make_tuple(int(a.item.kind), a.item.title, a.item.season, a.item.episode, a.item.id)
               < std::make_tuple(int(b.item.kind), b.item.title, b.item.season, b.item.episode, b.item.id);
    });
    return result;
}

ItemHistory HistoryBuilder::buildOne(const ItemRef &item, QList<const FileVersionRow *> rows) const
{
    std::sort(rows.begin(), rows.end(), [](const FileVersionRow *a, const FileVersionRow *b) {
        return std::tie(a->validFrom, a->file.fileId) < std::tie(b->validFrom, b->file.fileId);
    });
    ItemHistory history;
    history.item = item;
    const FileVersionRow *previous = nullptr;
    const auto removal = [&](const FileVersionRow *last, qint64 until) {
        HistoryEntry gone;
        gone.event = ChangeKind::Removed;
        gone.snapshotId = last->validTo;
        gone.untilSnapshotId = until;
        gone.syncedAt = syncTime(gone.snapshotId);
        gone.untilAt = syncTime(until);
        gone.previousScore = last->file.customFormatScore;
        history.entries.append(gone);
    };
    for (const FileVersionRow *row : std::as_const(rows)) {
        HistoryEntry entry;
        entry.snapshotId = row->validFrom;
        entry.untilSnapshotId = row->validTo;
        entry.syncedAt = syncTime(row->validFrom);
        entry.untilAt = syncTime(row->validTo);
        entry.file = row->file;
        entry.profileName = profileName(row->file.qualityProfileId, row->validFrom);
        if (previous && previous->validTo != 0 && previous->validTo < row->validFrom) {
            removal(previous, row->validFrom);
            previous = nullptr;
        }
        if (!previous) {
            entry.event = ChangeKind::Added;
        } else {
            const std::optional<int> before = previous->file.customFormatScore;
            const std::optional<int> after = row->file.customFormatScore;
            entry.previousScore = before;
            if (previous->file.fileId == row->file.fileId)
                entry.event = before != after ? ChangeKind::Rescored : ChangeKind::Changed;
            else
                entry.event = replacementKind(before, after);
        }
        history.entries.append(entry);
        previous = row;
    }
    if (previous && previous->validTo != 0)
        removal(previous, 0);
    return history;
}

} // namespace arrscore
