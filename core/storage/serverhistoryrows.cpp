#include "storage/serverhistoryrows.h"

#include "base/redaction.h"
#include "storage/bulkinserter.h"
#include "storage/columnvalues.h"
#include "storage/database.h"
#include "storage/eventstaging.h"
#include "storage/savecontext.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace arrscore {

using namespace storage;

ServerHistoryRows::ServerHistoryRows(const SaveContext &context, qint64 instanceId, qint64 snapshotId)
    : m_context(context), m_instanceId(instanceId), m_snapshotId(snapshotId)
{
}

Status ServerHistoryRows::saveHistory(const ServerHistory &history, const EventStaging *staged)
{
    // A read that failed half-way stores nothing of what it staged: the next sync reads the window again.
    if (!history.fetched)
        return Status::success();
    qint64 stagedCount = 0;
    if (staged && !staged->isEmpty()) {
        const Result<qint64> copied = copyStaged();
        if (!copied)
            return copied.error();
        stagedCount = copied.value();
    }
    QSqlQuery q(m_context.db().connection());
    // Rows an earlier read stored (the windows overlap) are kept as they were.
    q.prepare(QStringLiteral(
        "INSERT INTO server_events (instance_id, snapshot_id, server_id, event_type, event_date, item_id, series_id, "
        "source_title, quality, download_id, score, release_source, indexer, release_group, size_bytes, "
        "torrent_info_hash, release_hash, guid, file_id, reason, message) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (instance_id, server_id) DO NOTHING"));
    int row = 0;
    for (const ServerEvent &e : history.events) {
        if (++row % 1024 == 0 && m_context.cancelled())
            return m_context.cancelledError();
        q.addBindValue(m_instanceId);
        q.addBindValue(m_snapshotId);
        q.addBindValue(e.serverId);
        q.addBindValue(serverEventTypeName(e.type));
        q.addBindValue(e.date.toMSecsSinceEpoch());
        q.addBindValue(e.itemId);
        q.addBindValue(e.seriesId);
        q.addBindValue(textValue(e.sourceTitle));
        q.addBindValue(textValue(e.quality));
        q.addBindValue(textValue(e.downloadId));
        q.addBindValue(e.score ? QVariant(*e.score) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(textValue(e.releaseSource));
        q.addBindValue(textValue(e.indexer));
        q.addBindValue(textValue(e.releaseGroup));
        q.addBindValue(e.sizeBytes);
        q.addBindValue(textValue(e.torrentInfoHash));
        q.addBindValue(textValue(e.releaseHash));
        // An indexer's guid can be a link holding its API key; a failure's message can quote a URL.
        q.addBindValue(textValue(e.guid.isNull() ? e.guid : Redaction::text(e.guid)));
        q.addBindValue(e.fileId);
        q.addBindValue(textValue(e.reason));
        q.addBindValue(textValue(e.message.isNull() ? e.message : Redaction::text(e.message)));
        if (!q.exec())
            return m_context.failed(q);
    }
    q.finish();
    q.prepare(
        QStringLiteral("INSERT INTO history_reads (snapshot_id, instance_id, read_from, read_through, "
                       "event_count, request_count, grab_scores, import_scores) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_snapshotId);
    q.addBindValue(m_instanceId);
    q.addBindValue(history.from.toMSecsSinceEpoch());
    q.addBindValue(history.through.toMSecsSinceEpoch());
    q.addBindValue(qint64(history.events.size()) + stagedCount);
    q.addBindValue(history.requestCount);
    q.addBindValue(int(history.grabScores));
    q.addBindValue(int(history.importScores));
    if (!q.exec())
        return m_context.failed(q);
    return Status::success();
}

Result<qint64> ServerHistoryRows::copyStaged()
{
    QSqlQuery q(m_context.db().connection());
    // Its distinct rows: the pages of a paged read can repeat a row that moved between two of them.
    q.prepare(QStringLiteral("SELECT COUNT(DISTINCT server_id) FROM %1").arg(EventStaging::table()));
    if (!q.exec() || !q.next())
        return m_context.failed(q);
    const qint64 count = q.value(0).toLongLong();
    q.finish();
    const QString columns = EventStaging::columns().join(QLatin1Char(','));
    // Rows an earlier read stored (the windows overlap) are kept as they were. (The WHERE keeps SQLite from
    // reading ON CONFLICT as a join's ON.)
    q.prepare(
        QStringLiteral("INSERT INTO server_events (instance_id, snapshot_id, %1) SELECT CAST(? AS BIGINT), "
                       "CAST(? AS BIGINT), %1 FROM %2 WHERE 1 = 1 ON CONFLICT (instance_id, server_id) DO NOTHING")
            .arg(columns, EventStaging::table()));
    q.addBindValue(m_instanceId);
    q.addBindValue(m_snapshotId);
    if (!q.exec())
        return m_context.failed(q);
    return count;
}

Status ServerHistoryRows::saveExternalIds(const QList<MediaFile> &files)
{
    // What is stored already, so that an unchanged re-sync writes nothing.
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("SELECT kind, item_id, external_id FROM item_external_ids WHERE instance_id = ?"));
    q.addBindValue(m_instanceId);
    if (!q.exec())
        return m_context.failed(q);
    using Key = QPair<QString, qint64>;
    QHash<Key, qint64> stored;
    while (q.next())
        stored.insert({q.value(0).toString(), q.value(1).toLongLong()}, q.value(2).toLongLong());
    q.finish();

    // New items' ids in bulk (a first sync writes one per item); a changed id replaces the stored one.
    QHash<Key, qint64> fresh;
    QList<Key> changed;
    for (const MediaFile &f : files) {
        if (f.externalId <= 0)
            continue;
        const Key key{f.kind == MediaKind::Movie ? QStringLiteral("movie") : QStringLiteral("series"), f.itemId};
        const auto at = stored.constFind(key);
        if (at != stored.cend() && *at == f.externalId)
            continue;
        if (at != stored.cend())
            changed << key;
        stored.insert(key, f.externalId);
        fresh.insert(key, f.externalId);
    }
    if (!changed.isEmpty()) {
        QSqlQuery remove(m_context.db().connection());
        remove.prepare(
            QStringLiteral("DELETE FROM item_external_ids WHERE instance_id = ? AND kind = ? AND item_id = ?"));
        for (const Key &key : std::as_const(changed)) {
            remove.addBindValue(m_instanceId);
            remove.addBindValue(key.first);
            remove.addBindValue(key.second);
            if (!remove.exec())
                return m_context.failed(remove);
        }
    }
    const QList<std::pair<Key, qint64>> rows(fresh.keyValueBegin(), fresh.keyValueEnd());
    constexpr int kIdsPerInsert = 200;
    return BulkInserter(m_context).insert(QStringLiteral("item_external_ids"),
                                          {QStringLiteral("instance_id"), QStringLiteral("kind"),
                                           QStringLiteral("item_id"), QStringLiteral("external_id")},
                                          rows.size(), kIdsPerInsert, [&](auto &out, qsizetype k) {
                                              const auto &[key, externalId] = rows[k];
                                              out.int64(m_instanceId);
                                              out.text(key.first);
                                              out.int64(key.second);
                                              out.int64(externalId);
                                          });
}

Status ServerHistoryRows::saveItemListScores(const QList<MediaFile> &files)
{
    QSqlQuery q(m_context.db().connection());
    bool prepared = false;
    for (const MediaFile &f : files) {
        if (!f.itemListScore)
            continue;
        if (!prepared) {
            q.prepare(QStringLiteral("INSERT INTO item_list_scores (snapshot_id, file_id, score) VALUES (?, ?, ?) "
                                     "ON CONFLICT (snapshot_id, file_id) DO NOTHING"));
            prepared = true;
        }
        q.addBindValue(m_snapshotId);
        q.addBindValue(f.fileId);
        q.addBindValue(*f.itemListScore);
        if (!q.exec())
            return m_context.failed(q);
    }
    return Status::success();
}

} // namespace arrscore
