#include "storage/serverhistorystore.h"

#include "storage/columnvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace arrscore {

using namespace storage;

namespace {

const QString kEventColumns = QStringLiteral(
    "server_id, event_type, event_date, item_id, series_id, source_title, quality, download_id, score, "
    "release_source, indexer, release_group, size_bytes, torrent_info_hash, release_hash, guid, file_id, reason, "
    "message");

ServerEvent readEvent(const QSqlQuery &q)
{
    ServerEvent e;
    e.serverId = q.value(0).toLongLong();
    e.type = serverEventTypeFromName(q.value(1).toString()).value_or(ServerEventType::Grabbed);
    e.date = readTime(q.value(2));
    e.itemId = q.value(3).toLongLong();
    e.seriesId = q.value(4).toLongLong();
    e.sourceTitle = readText(q.value(5));
    e.quality = readText(q.value(6));
    e.downloadId = readText(q.value(7));
    if (!q.value(8).isNull())
        e.score = q.value(8).toInt();
    e.releaseSource = readText(q.value(9));
    e.indexer = readText(q.value(10));
    e.releaseGroup = readText(q.value(11));
    e.sizeBytes = q.value(12).toLongLong();
    e.torrentInfoHash = readText(q.value(13));
    e.releaseHash = readText(q.value(14));
    e.guid = readText(q.value(15));
    e.fileId = q.value(16).toLongLong();
    e.reason = readText(q.value(17));
    e.message = readText(q.value(18));
    return e;
}

} // namespace

ServerHistoryStore::ServerHistoryStore(Database &db) : m_db(db) {}

Result<qint64> ServerHistoryStore::instanceId(const QString &instanceName)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM instances WHERE name = ?"));
    q.addBindValue(instanceName);
    if (!q.exec())
        return m_db.failure(
            tr("Cannot read the server history of %1 from the database %2.").arg(instanceName, m_db.displayLocation()),
            q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64(0); // 0: never synced, so nothing stored
}

Result<QDateTime> ServerHistoryStore::readThrough(const QString &instanceName)
{
    Result<QList<HistoryRead>> all = reads(instanceName);
    if (!all)
        return all.error();
    QDateTime through;
    for (const HistoryRead &r : std::as_const(all.value())) {
        if (!through.isValid() || r.through > through)
            through = r.through;
    }
    return through;
}

Result<QList<HistoryRead>> ServerHistoryStore::reads(const QString &instanceName)
{
    Result<qint64> id = instanceId(instanceName);
    if (!id)
        return id.error();
    QList<HistoryRead> result;
    if (*id == 0)
        return result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Reads of a sync that did not complete are not there: they were rolled back with it.
    q.prepare(QStringLiteral("SELECT snapshot_id, read_from, read_through, event_count, request_count, grab_scores, "
                             "import_scores FROM history_reads WHERE instance_id = ? ORDER BY snapshot_id"));
    q.addBindValue(*id);
    if (!q.exec())
        return m_db.failure(
            tr("Cannot read the server history of %1 from the database %2.").arg(instanceName, m_db.displayLocation()),
            q.lastError());
    while (q.next()) {
        HistoryRead r;
        r.snapshotId = q.value(0).toLongLong();
        r.from = readTime(q.value(1));
        r.through = readTime(q.value(2));
        r.eventCount = q.value(3).toInt();
        r.requestCount = q.value(4).toInt();
        r.grabScores = q.value(5).toInt() != 0;
        r.importScores = q.value(6).toInt() != 0;
        result << r;
    }
    return result;
}

Result<QList<ServerEvent>> ServerHistoryStore::events(const QString &instanceName, const QDateTime &from)
{
    Result<qint64> id = instanceId(instanceName);
    if (!id)
        return id.error();
    QList<ServerEvent> result;
    if (*id == 0)
        return result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kEventColumns
              + QStringLiteral(" FROM server_events WHERE instance_id = ? AND event_date >= ? "
                               "ORDER BY event_date, server_id"));
    q.addBindValue(*id);
    q.addBindValue(from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    if (!q.exec())
        return m_db.failure(
            tr("Cannot read the server history of %1 from the database %2.").arg(instanceName, m_db.displayLocation()),
            q.lastError());
    while (q.next())
        result << readEvent(q);
    return result;
}

Result<QList<ServerEvent>> ServerHistoryStore::eventsOf(const QString &instanceName, qint64 itemId)
{
    Result<qint64> id = instanceId(instanceName);
    if (!id)
        return id.error();
    QList<ServerEvent> result;
    if (*id == 0)
        return result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kEventColumns
              + QStringLiteral(" FROM server_events WHERE instance_id = ? AND item_id = ? "
                               "ORDER BY event_date, server_id"));
    q.addBindValue(*id);
    q.addBindValue(itemId);
    if (!q.exec())
        return m_db.failure(
            tr("Cannot read the server history of %1 from the database %2.").arg(instanceName, m_db.displayLocation()),
            q.lastError());
    while (q.next())
        result << readEvent(q);
    return result;
}

Result<QHash<qint64, qint64>> ServerHistoryStore::externalIds(const QString &instanceName, MediaKind kind)
{
    Result<qint64> id = instanceId(instanceName);
    if (!id)
        return id.error();
    QHash<qint64, qint64> result;
    if (*id == 0)
        return result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT item_id, external_id FROM item_external_ids WHERE instance_id = ? AND kind = ?"));
    q.addBindValue(*id);
    q.addBindValue(kind == MediaKind::Movie ? QStringLiteral("movie") : QStringLiteral("series"));
    if (!q.exec())
        return m_db.failure(
            tr("Cannot read the catalogue ids of %1 from the database %2.").arg(instanceName, m_db.displayLocation()),
            q.lastError());
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return result;
}

Result<QHash<qint64, int>> ServerHistoryStore::itemListScores(qint64 snapshotId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT file_id, score FROM item_list_scores WHERE snapshot_id = ?"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return m_db.failure(
            tr("Cannot read snapshot %1 from the database %2.").arg(snapshotId).arg(m_db.displayLocation()),
            q.lastError());
    QHash<qint64, int> result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

} // namespace arrscore
