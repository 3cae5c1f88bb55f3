#include "storage/snapshotsaver.h"

#include "base/logging.h"
#include "base/redaction.h"
#include "storage/pgcopy.h"
#include "storage/columnvalues.h"
#include "storage/listjson.h"
#include "storage/contenthash.h"
#include "storage/fileversioncolumns.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace arrscore {

using namespace storage;

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

constexpr int kFileRowsPerInsert = 64; // measured: 64-row INSERTs cost ~30% less CPU than single rows
constexpr int kLinksPerInsert = 128;
constexpr int kCancelCheckRows = 2048;
constexpr int kIdsPerUpdate = 500;

StatementSink sinkFor(SqliteStatement &st, const QStringList &)
{
    return StatementSink{st};
}

QuerySink sinkFor(QSqlQuery &q, const QStringList &names)
{
    return QuerySink{q, names};
}

// A save's messages are the store's: one translation context for what storing a snapshot says.
QString cannotStore(const Database &db)
{
    return QCoreApplication::translate("arrscore::SnapshotStore", "Cannot store the snapshot in the database %1.")
        .arg(db.displayLocation());
}

} // namespace

SnapshotSaver::SnapshotSaver(Database &db, const std::atomic_bool *cancel)
    : m_db(db)
    , m_cancel(cancel)
    , m_sqlite(SqliteStatement::handle(db.connection()))
    , m_pg(db.isPostgres() ? PgCopy::handle(db.connection()) : nullptr)
{
}

Error SnapshotSaver::failed(const QSqlQuery &q) const
{
    return m_db.failure(cannotStore(m_db), q.lastError());
}

Error SnapshotSaver::failed(const SqliteStatement &st) const
{
    return st.failure(m_db, cannotStore(m_db));
}

Error SnapshotSaver::failed(const PgCopy &copy) const
{
    return copy.failure(m_db, cannotStore(m_db));
}

Error SnapshotSaver::cancelledError() const
{
    return Error{ErrorKind::Cancelled,
                 QCoreApplication::translate("arrscore::SnapshotStore", "Saving the snapshot was cancelled; nothing was stored.")};
}

Result<qint64> SnapshotSaver::run(const LibrarySnapshot &snapshot)
{
    QElapsedTimer timer;
    timer.start();
    Status s = upsertInstance(snapshot.instance);
    if (s)
        s = insertSnapshot(snapshot);
    if (s)
        s = saveProfiles(snapshot.profiles);
    if (s)
        s = saveFormats(snapshot.formats);
    const qint64 headerMs = timer.restart();
    if (s)
        s = saveFiles(snapshot.files);
    qCDebug(lcDb) << "save: header" << headerMs << "ms, files" << timer.elapsed() << "ms";
    if (s && cancelled(m_cancel))
        s = cancelledError();
    if (!s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE snapshots SET complete = 1 WHERE id = ?"));
    q.addBindValue(m_snapshotId);
    if (!q.exec())
        return failed(q);
    return m_snapshotId;
}

Status SnapshotSaver::upsertInstance(const InstanceInfo &info)
{
    const QString type = instanceTypeName(info.type);
    const QString url = Redaction::url(info.url);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, type, url FROM instances WHERE name = ?"));
    q.addBindValue(info.name);
    if (!q.exec())
        return failed(q);
    if (q.next()) {
        m_instanceId = q.value(0).toLongLong();
        if (q.value(1).toString() == type && q.value(2).toString() == url)
            return Status::success();
        q.finish();
        q.prepare(QStringLiteral("UPDATE instances SET type = ?, url = ? WHERE id = ?"));
        q.addBindValue(type);
        q.addBindValue(url);
        q.addBindValue(m_instanceId);
        return q.exec() ? Status::success() : Status(failed(q));
    }
    q.finish();
    const bool pg = m_db.isPostgres();
    q.prepare(QStringLiteral("INSERT INTO instances (name, type, url) VALUES (?, ?, ?)")
              + (pg ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(info.name);
    q.addBindValue(type);
    q.addBindValue(url);
    if (!q.exec() || (pg && !q.next()))
        return failed(q);
    m_instanceId = pg ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
    return Status::success();
}

Status SnapshotSaver::insertSnapshot(const LibrarySnapshot &snapshot)
{
    QStringList warnings;
    for (const QString &w : snapshot.warnings)
        warnings << Redaction::text(w);
    const bool pg = m_db.isPostgres();
    QSqlQuery q(m_db.connection());
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
    q.addBindValue(int(snapshot.files.size()));
    q.addBindValue(jsonStrings(warnings));
    if (!q.exec() || (pg && !q.next()))
        return failed(q);
    m_snapshotId = pg ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
    return Status::success();
}

// Matches incoming rows to the current stored ones by (entity, hash): equal pairs stay as they are,
// stored rows left over are closed at this snapshot, incoming ones left over are inserted.
Status SnapshotSaver::version(const QString &table, const QString &entityColumn, QList<Key> incoming,
                        const std::function<Status(const QList<int> &)> &insertNew)
{
    QList<Key> current;
    if (const Status read = readCurrent(table, entityColumn, current); !read)
        return read;
    QElapsedTimer timer;
    timer.start();
    std::sort(current.begin(), current.end());
    std::sort(incoming.begin(), incoming.end());
    QList<qint64> toClose;
    QList<int> toInsert;
    auto c = current.cbegin();
    auto i = incoming.cbegin();
    while (c != current.cend() || i != incoming.cend()) {
        if (i == incoming.cend() || (c != current.cend() && *c < *i)) {
            toClose.append((c++)->ref);
        } else if (c == current.cend() || *i < *c) {
            toInsert.append(int((i++)->ref));
        } else {
            ++c;
            ++i;
        }
    }
    std::sort(toInsert.begin(), toInsert.end()); // keep the server's order
    const qint64 matchMs = timer.restart();
    const Status closed = closeRows(table, toClose);
    const Status inserted = closed ? insertNew(toInsert) : closed;
    qCDebug(lcDb).noquote() << table << ":" << current.size() << "current," << toClose.size() << "closed,"
                            << toInsert.size() << "inserted; matching" << matchMs << "ms, writing" << timer.elapsed()
                            << "ms";
    return inserted;
}

Status SnapshotSaver::readCurrent(const QString &table, const QString &entityColumn, QList<Key> &current)
{
    const QString sql = QStringLiteral("SELECT id, %1, content_hash FROM %2 WHERE instance_id = ? AND valid_to IS NULL")
                            .arg(entityColumn, table);
    if (m_sqlite) {
        SqliteStatement st(m_sqlite);
        if (!st.prepare(sql))
            return failed(st);
        st.bindInt64(1, m_instanceId);
        SqliteStatement::Step step;
        while ((step = st.step()) == SqliteStatement::Step::Row)
            current.append({st.int64(1), st.int64(2), st.int64(0)});
        return step == SqliteStatement::Step::Done ? Status::success() : Status(failed(st));
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(m_instanceId);
    if (!q.exec())
        return failed(q);
    while (q.next())
        current.append({q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(0).toLongLong()});
    return Status::success();
}

Status SnapshotSaver::closeRows(const QString &table, const QList<qint64> &rowIds)
{
    for (qsizetype start = 0; start < rowIds.size(); start += kIdsPerUpdate) {
        if (cancelled(m_cancel))
            return cancelledError();
        const qsizetype n = std::min<qsizetype>(kIdsPerUpdate, rowIds.size() - start);
        QStringList marks(n, QStringLiteral("?"));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE %1 SET valid_to = ? WHERE id IN (%2)").arg(table, marks.join(QLatin1Char(','))));
        q.addBindValue(m_snapshotId);
        for (qsizetype k = 0; k < n; ++k)
            q.addBindValue(rowIds[start + k]);
        if (!q.exec())
            return failed(q);
    }
    return Status::success();
}

Status SnapshotSaver::forEachChunk(qsizetype count, int rowsPerChunk,
                                  const std::function<Status(qsizetype, qsizetype)> &chunk)
{
    qsizetype sinceCheck = 0;
    for (qsizetype first = 0; first < count; first += rowsPerChunk) {
        const qsizetype n = std::min<qsizetype>(rowsPerChunk, count - first);
        if (const Status s = chunk(first, n); !s)
            return s;
        sinceCheck += n;
        if (sinceCheck >= kCancelCheckRows) {
            sinceCheck = 0;
            if (cancelled(m_cancel))
                return cancelledError();
        }
    }
    return Status::success();
}

template <typename WriteRow>
Status SnapshotSaver::insertMany(const QString &table, const QStringList &columns, qsizetype count,
                                 int rowsPerStatement, const WriteRow &writeRow, OnConflict onConflict)
{
    if (count == 0)
        return Status::success();
    if (m_pg)
        return copyRows(table, columns, count, writeRow, onConflict);
    // Placeholders :v0, :v1, ... numbered across the rows of one statement; SQLite numbers them alike.
    QStringList names;
    for (qsizetype n = 0; n < rowsPerStatement * columns.size(); ++n)
        names << QStringLiteral(":v%1").arg(n);
    const auto sqlFor = [&](qsizetype rows) -> QString {
        QStringList tuples;
        for (qsizetype r = 0; r < rows; ++r)
            tuples << QLatin1Char('(') + names.mid(r * columns.size(), columns.size()).join(QLatin1Char(','))
                    + QLatin1Char(')');
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')))
            + tuples.join(QLatin1Char(','))
            + (onConflict == OnConflict::Skip ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString());
    };
    // The full-size statement is prepared once; only the last one can be shorter.
    const auto run = [&](auto newStatement) {
        auto full = newStatement();
        decltype(full) partial;
        return forEachChunk(count, rowsPerStatement, [&](qsizetype first, qsizetype n) -> Status {
            const bool isFull = n == rowsPerStatement;
            if (!isFull)
                partial = newStatement();
            auto &st = isFull ? *full : *partial;
            if ((!isFull || first == 0) && !st.prepare(sqlFor(n)))
                return failed(st);
            auto sink = sinkFor(st, names);
            for (qsizetype k = first; k < first + n; ++k)
                writeRow(sink, k);
            return st.exec() ? Status::success() : Status(failed(st));
        });
    };
    if (m_sqlite)
        return run([&] { return std::make_unique<SqliteStatement>(m_sqlite); });
    return run([&] { return std::make_unique<QSqlQuery>(m_db.connection()); });
}

// PostgreSQL's bulk path: one COPY, a few round trips in all instead of one per statement, and no
// statement to plan. COPY has no ON CONFLICT, so rows that may repeat stored ones go through a temporary
// table first.
template <typename WriteRow>
Status SnapshotSaver::copyRows(const QString &table, const QStringList &columns, qsizetype count,
                               const WriteRow &writeRow, OnConflict onConflict)
{
    const QString target = onConflict == OnConflict::Skip ? QStringLiteral("arrscore_new_%1").arg(table) : table;
    if (onConflict == OnConflict::Skip) {
        if (const Status s = exec(QStringLiteral("CREATE TEMPORARY TABLE %1 (LIKE %2) ON COMMIT DROP").arg(target, table));
            !s)
            return s;
    }
    PgCopy copy(m_pg);
    if (!copy.begin(target, columns))
        return failed(copy);
    for (qsizetype k = 0; k < count; ++k) {
        writeRow(copy, k);
        if (!copy.endRow())
            return failed(copy);
        if ((k + 1) % kCancelCheckRows == 0 && cancelled(m_cancel)) {
            copy.abort(QStringLiteral("cancelled"));
            return cancelledError();
        }
    }
    if (!copy.finish())
        return failed(copy);
    if (onConflict == OnConflict::Fail)
        return Status::success();
    const QString list = columns.join(QLatin1Char(','));
    const Status moved = exec(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 ON CONFLICT DO NOTHING")
                                  .arg(table, list, target));
    return moved ? exec(QStringLiteral("DROP TABLE %1").arg(target)) : moved;
}

Status SnapshotSaver::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    return q.exec(sql) ? Status::success() : Status(failed(q));
}

Status SnapshotSaver::saveProfiles(const QList<QualityProfile> &profiles)
{
    QList<Key> keys;
    for (int i = 0; i < profiles.size(); ++i)
        keys.append({profiles[i].id, profileHash(profiles[i]), i});
    const QStringList columns = {QStringLiteral("instance_id"), QStringLiteral("valid_from"),
                                 QStringLiteral("content_hash"), QStringLiteral("profile_id"), QStringLiteral("name"),
                                 QStringLiteral("upgrade_allowed"), QStringLiteral("cutoff"),
                                 QStringLiteral("min_format_score"), QStringLiteral("cutoff_format_score"),
                                 QStringLiteral("min_upgrade_format_score"), QStringLiteral("format_items"),
                                 QStringLiteral("qualities"), QStringLiteral("definition")};
    return version(QStringLiteral("profile_versions"), QStringLiteral("profile_id"), keys, [&](const QList<int> &rows) {
        return insertMany(QStringLiteral("profile_versions"), columns, rows.size(), 1, [&](auto &out, qsizetype k) {
            const QualityProfile &p = profiles[rows[k]];
            out.int64(m_instanceId);
            out.int64(m_snapshotId);
            out.int64(profileHash(p));
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
    });
}

Status SnapshotSaver::saveFormats(const QList<CustomFormat> &formats)
{
    QList<Key> keys;
    for (int i = 0; i < formats.size(); ++i)
        keys.append({formats[i].id, formatHash(formats[i]), i});
    const QStringList columns = {QStringLiteral("instance_id"), QStringLiteral("valid_from"),
                                 QStringLiteral("content_hash"), QStringLiteral("format_id"), QStringLiteral("name"),
                                 QStringLiteral("definition")};
    return version(QStringLiteral("format_versions"), QStringLiteral("format_id"), keys, [&](const QList<int> &rows) {
        return insertMany(QStringLiteral("format_versions"), columns, rows.size(), 1, [&](auto &out, qsizetype k) {
            const CustomFormat &f = formats[rows[k]];
            out.int64(m_instanceId);
            out.int64(m_snapshotId);
            out.int64(formatHash(f));
            out.int32(f.id);
            out.text(f.name);
            out.bytes(f.definition);
        });
    });
}

Status SnapshotSaver::saveFiles(const QList<MediaFile> &files)
{
    QElapsedTimer timer;
    timer.start();
    QList<Key> keys;
    keys.reserve(files.size());
    QList<qint64> hashes(files.size());
    for (int i = 0; i < files.size(); ++i) {
        if (i % kCancelCheckRows == 0 && cancelled(m_cancel))
            return cancelledError();
        hashes[i] = fileHash(files[i]);
        keys.append({files[i].fileId, hashes[i], i});
    }
    qCDebug(lcDb) << "hashed" << files.size() << "files in" << timer.elapsed() << "ms";
    const QStringList columns = QStringList{QStringLiteral("instance_id"), QStringLiteral("valid_from"),
                                            QStringLiteral("content_hash")}
        + fileVersionColumns();
    return version(QStringLiteral("file_versions"), QStringLiteral("file_id"), keys, [&](const QList<int> &rows) {
        const Status inserted = insertMany(QStringLiteral("file_versions"), columns, rows.size(), kFileRowsPerInsert,
                                           [&](auto &out, qsizetype k) {
                                               const int i = rows[k];
                                               out.int64(m_instanceId);
                                               out.int64(m_snapshotId);
                                               out.int64(hashes[i]);
                                               writeFileColumns(out, files[i]);
                                           });
        return inserted ? linkEpisodes(files, rows) : inserted;
    });
}

// Schema 2's file_episodes: which episodes each newly stored episode file holds. A database held at
// schema 1 (only the migration tests do that) has no such table.
Status SnapshotSaver::linkEpisodes(const QList<MediaFile> &files, const QList<int> &rows)
{
    if (m_db.schemaVersion() < 2)
        return Status::success();
    QList<QPair<int, int>> links; // (file index, episode index)
    for (int i : rows) {
        if (files[i].kind != MediaKind::Episode)
            continue;
        for (int e = 0; e < files[i].episodeIds.size(); ++e)
            links.append({i, e});
    }
    // A file stored again (re-scored, say) is linked already: those rows are skipped.
    const QStringList columns = {QStringLiteral("instance_id"), QStringLiteral("episode_id"),
                                 QStringLiteral("file_id"), QStringLiteral("series_id")};
    return insertMany(
        QStringLiteral("file_episodes"), columns, links.size(), kLinksPerInsert,
        [&](auto &out, qsizetype k) {
            const MediaFile &f = files[links[k].first];
            out.int64(m_instanceId);
            out.int64(f.episodeIds[links[k].second]);
            out.int64(f.fileId);
            out.int64(f.itemId);
        },
        OnConflict::Skip);
}

} // namespace arrscore
