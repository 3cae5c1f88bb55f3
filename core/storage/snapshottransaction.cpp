#include "storage/snapshottransaction.h"

#include "base/logging.h"
#include "base/redaction.h"
#include "storage/columnvalues.h"
#include "storage/contenthash.h"
#include "storage/database.h"
#include "storage/filestaging.h"
#include "storage/listjson.h"
#include "storage/serverhistoryrows.h"
#include "storage/versionedrows.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace arrscore {

using namespace storage;

namespace {

constexpr int kCancelCheckRows = 2048;

} // namespace

SnapshotTransaction::SnapshotTransaction(Database &db, const std::atomic_bool *cancel)
    : m_context(db, cancel), m_inserter(m_context)
{
}

Result<qint64> SnapshotTransaction::run(const LibrarySnapshot &snapshot, FileStaging &files, const EventStaging *events)
{
    QElapsedTimer timer;
    timer.start();
    Status s = upsertInstance(snapshot.instance);
    if (s)
        s = insertSnapshot(snapshot, files.fileCount());
    if (s)
        s = saveProfiles(snapshot.profiles);
    if (s)
        s = saveFormats(snapshot.formats);
    const qint64 headerMs = timer.restart();
    if (s)
        s = files.write(m_instanceId, m_snapshotId);
    const qint64 filesMs = timer.restart();
    qint64 idsMs = 0;
    // Schema 5's tables; a database opened at an older version on purpose (the migration tests) has none.
    constexpr int kServerHistorySchema = 5;
    if (s && m_context.db().schemaVersion() >= kServerHistorySchema) {
        ServerHistoryRows extra(m_context, m_instanceId, m_snapshotId);
        const QList<MediaFile> extras = files.extras();
        s = extra.saveExternalIds(extras);
        if (s)
            s = extra.saveItemListScores(extras);
        idsMs = timer.restart();
        if (s)
            s = extra.saveHistory(snapshot.history, events);
    }
    qCDebug(lcDb) << "save: header" << headerMs << "ms, files" << filesMs << "ms, external ids and list scores" << idsMs
                  << "ms, history" << timer.elapsed() << "ms";
    if (s && m_context.cancelled())
        s = m_context.cancelledError();
    if (!s)
        return s.error();
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("UPDATE snapshots SET complete = 1 WHERE id = ?"));
    q.addBindValue(m_snapshotId);
    if (!q.exec())
        return m_context.failed(q);
    return m_snapshotId;
}

Status SnapshotTransaction::upsertInstance(const InstanceInfo &info)
{
    const QString type = instanceTypeName(info.type);
    const QString url = Redaction::url(info.url);
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("SELECT id, type, url FROM instances WHERE name = ?"));
    q.addBindValue(info.name);
    if (!q.exec())
        return m_context.failed(q);
    if (q.next()) {
        m_instanceId = q.value(0).toLongLong();
        if (q.value(1).toString() == type && q.value(2).toString() == url)
            return Status::success();
        q.finish();
        q.prepare(QStringLiteral("UPDATE instances SET type = ?, url = ? WHERE id = ?"));
        q.addBindValue(type);
        q.addBindValue(url);
        q.addBindValue(m_instanceId);
        return q.exec() ? Status::success() : Status(m_context.failed(q));
    }
    q.finish();
    const bool pg = m_context.db().isPostgres();
    q.prepare(QStringLiteral("INSERT INTO instances (name, type, url) VALUES (?, ?, ?)")
              + (pg ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(info.name);
    q.addBindValue(type);
    q.addBindValue(url);
    if (!q.exec() || (pg && !q.next()))
        return m_context.failed(q);
    m_instanceId = pg ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
    return Status::success();
}

Status SnapshotTransaction::insertSnapshot(const LibrarySnapshot &snapshot, qsizetype fileCount)
{
    QStringList warnings;
    for (const QString &w : snapshot.warnings)
        warnings << Redaction::text(w);
    const bool pg = m_context.db().isPostgres();
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("INSERT INTO snapshots (instance_id, url, started_at, finished_at, app_name, version, "
                             "strategy, scores_available, request_count, file_count, warnings, complete) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
              + (pg ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(m_instanceId);
    q.addBindValue(Redaction::url(snapshot.instance.url));
    q.addBindValue(timeValue(snapshot.startedAt));
    q.addBindValue(timeValue(snapshot.finishedAt));
    q.addBindValue(textValue(snapshot.instance.appName));
    q.addBindValue(textValue(snapshot.instance.version));
    q.addBindValue(textValue(snapshot.strategy.isNull() ? QString() : Redaction::text(snapshot.strategy)));
    q.addBindValue(int(snapshot.scoresAvailable));
    q.addBindValue(snapshot.requestCount);
    q.addBindValue(int(fileCount));
    q.addBindValue(jsonStrings(warnings));
    if (!q.exec() || (pg && !q.next()))
        return m_context.failed(q);
    m_snapshotId = pg ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
    return Status::success();
}

template <typename Item, typename Hash, typename EntityId, typename WriteValues>
Status SnapshotTransaction::saveVersions(const Table &table, const QList<Item> &items, const Hash &hash,
                                         const EntityId &entityId, const WriteValues &writeValues)
{
    QElapsedTimer timer;
    timer.start();
    QList<qint64> hashes(items.size());
    QList<VersionedRows::Key> keys;
    keys.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        if (i % kCancelCheckRows == 0 && m_context.cancelled())
            return m_context.cancelledError();
        hashes[i] = hash(items[i]);
        keys.append({entityId(items[i]), hashes[i], i});
    }
    qCDebug(lcDb).noquote() << table.name << ": hashed" << items.size() << "rows in" << timer.elapsed() << "ms";
    const QStringList columns =
        QStringList{QStringLiteral("instance_id"), QStringLiteral("valid_from"), QStringLiteral("content_hash")}
        + table.columns;
    const VersionedRows versions(m_context, table.name, table.entityColumn, m_instanceId, m_snapshotId);
    return versions.update(keys, [&](const QList<int> &rows) {
        return m_inserter.insert(table.name, columns, rows.size(), table.rowsPerInsert, [&](auto &out, qsizetype k) {
            const int i = rows[k];
            out.int64(m_instanceId);
            out.int64(m_snapshotId);
            out.int64(hashes[i]);
            writeValues(out, items[i]);
        });
    });
}

Status SnapshotTransaction::saveProfiles(const QList<QualityProfile> &profiles)
{
    const Table table{QStringLiteral("profile_versions"),
                      QStringLiteral("profile_id"),
                      {QStringLiteral("profile_id"), QStringLiteral("name"), QStringLiteral("upgrade_allowed"),
                       QStringLiteral("cutoff"), QStringLiteral("min_format_score"),
                       QStringLiteral("cutoff_format_score"), QStringLiteral("min_upgrade_format_score"),
                       QStringLiteral("format_items"), QStringLiteral("qualities"), QStringLiteral("definition")}};
    return saveVersions(
        table, profiles, profileHash, [](const QualityProfile &p) { return qint64(p.id); },
        [](auto &out, const QualityProfile &p) {
            out.int32(p.id);
            out.text(p.name);
            out.int32(int(p.upgradeAllowed));
            out.int32(p.cutoff);
            out.int32(p.minFormatScore);
            out.int32(p.cutoffFormatScore);
            out.optionalInt(p.minUpgradeFormatScore);
            out.text(jsonFormatItems(p.formatItems));
            out.text(jsonQualities(p.qualities));
            out.bytes(p.definition);
        });
}

Status SnapshotTransaction::saveFormats(const QList<CustomFormat> &formats)
{
    const Table table{QStringLiteral("format_versions"),
                      QStringLiteral("format_id"),
                      {QStringLiteral("format_id"), QStringLiteral("name"), QStringLiteral("definition")}};
    return saveVersions(
        table, formats, formatHash, [](const CustomFormat &f) { return qint64(f.id); },
        [](auto &out, const CustomFormat &f) {
            out.int32(f.id);
            out.text(f.name);
            out.bytes(f.definition);
        });
}

} // namespace arrscore
