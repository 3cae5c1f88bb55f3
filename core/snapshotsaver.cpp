#include "snapshotsaver.h"

#include "logging.h"
#include "snapshotcodec.h"
#include "snapshotstore.h"
#include "sqlitestatement.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace arrscore {

using namespace snapshotcodec;

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

constexpr int kFileRowsPerInsert = 64; // measured: 64-row INSERTs cost ~30% less CPU than single rows
constexpr int kCancelCheckRows = 2048;
constexpr int kIdsPerUpdate = 500;

} // namespace

SnapshotSaver::SnapshotSaver(Database &db, const std::atomic_bool *cancel)
    : m_db(db)
    , m_cancel(cancel)
    , m_sqlite(SqliteStatement::handle(db.connection()))
{
}

Error SnapshotSaver::failed(const QSqlQuery &q) const
{
    return m_db.failure(SnapshotStore::tr("Cannot store the snapshot in the database %1.").arg(m_db.displayLocation()),
                        q.lastError());
}

Error SnapshotSaver::failed(const SqliteStatement &st) const
{
    return st.failure(m_db, SnapshotStore::tr("Cannot store the snapshot in the database %1.").arg(m_db.displayLocation()));
}

Error SnapshotSaver::cancelledError() const
{
    return Error{ErrorKind::Cancelled, SnapshotStore::tr("Saving the snapshot was cancelled; nothing was stored.")};
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
    const QString url = SnapshotStore::redactUrl(info.url);
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
        warnings << SnapshotStore::redactText(w);
    const bool pg = m_db.isPostgres();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO snapshots (instance_id, url, started_at, finished_at, app_name, version, "
                             "strategy, scores_available, request_count, file_count, warnings, complete) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
              + (pg ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(m_instanceId);
    q.addBindValue(SnapshotStore::redactUrl(snapshot.instance.url));
    q.addBindValue(timeValue(snapshot.startedAt));
    q.addBindValue(timeValue(snapshot.finishedAt));
    q.addBindValue(textValue(snapshot.instance.appName));
    q.addBindValue(textValue(snapshot.instance.version));
    q.addBindValue(textValue(snapshot.strategy.isNull() ? QString() : SnapshotStore::redactText(snapshot.strategy)));
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

Status SnapshotSaver::insertRows(const QString &table, const QStringList &columns, const QList<int> &indexes,
                           int rowsPerStatement, const RowBinder &bindRow)
{
    // Placeholders :v0, :v1, ... numbered across the rows of one statement.
    QStringList names;
    const auto sqlFor = [&](qsizetype rows) -> QString {
        QStringList tuples;
        for (qsizetype r = 0; r < rows; ++r) {
            QStringList marks;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const qsizetype n = r * columns.size() + c;
                if (n >= names.size())
                    names << QStringLiteral(":v%1").arg(n);
                marks << names.at(n);
            }
            tuples << QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')))
            + tuples.join(QLatin1Char(','));
    };
    QSqlQuery full(m_db.connection());
    bool fullPrepared = false;
    std::unique_ptr<QSqlQuery> partial;
    qsizetype sinceCheck = 0;
    for (qsizetype start = 0; start < indexes.size(); start += rowsPerStatement) {
        const qsizetype n = std::min<qsizetype>(rowsPerStatement, indexes.size() - start);
        if (n != rowsPerStatement) {
            partial = std::make_unique<QSqlQuery>(m_db.connection());
            if (!partial->prepare(sqlFor(n)))
                return failed(*partial);
        } else if (!fullPrepared) {
            if (!full.prepare(sqlFor(n)))
                return failed(full);
            fullPrepared = true;
        }
        QSqlQuery &q = n == rowsPerStatement ? full : *partial;
        Binder binder(q, names);
        for (qsizetype k = 0; k < n; ++k)
            bindRow(binder, indexes[start + k]);
        if (!q.exec())
            return failed(q);
        sinceCheck += n;
        if (sinceCheck >= kCancelCheckRows) {
            sinceCheck = 0;
            if (cancelled(m_cancel))
                return cancelledError();
        }
    }
    return Status::success();
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
        return insertRows(QStringLiteral("profile_versions"), columns, rows, 1, [&](Binder &bind, int i) {
            const QualityProfile &p = profiles[i];
            bind(m_instanceId);
            bind(m_snapshotId);
            bind(profileHash(p));
            bind(p.id);
            bind(textValue(p.name));
            bind(int(p.upgradeAllowed));
            bind(p.cutoff);
            bind(p.minFormatScore);
            bind(p.cutoffFormatScore);
            bind(p.minUpgradeFormatScore ? QVariant(*p.minUpgradeFormatScore) : QVariant(QMetaType::fromType<int>()));
            bind(jsonFormatItems(p.formatItems));
            bind(jsonQualities(p.qualities));
            bind(blobValue(p.definition));
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
        return insertRows(QStringLiteral("format_versions"), columns, rows, 1, [&](Binder &bind, int i) {
            const CustomFormat &f = formats[i];
            bind(m_instanceId);
            bind(m_snapshotId);
            bind(formatHash(f));
            bind(f.id);
            bind(textValue(f.name));
            bind(blobValue(f.definition));
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
        + fileColumns();
    return version(QStringLiteral("file_versions"), QStringLiteral("file_id"), keys, [&](const QList<int> &rows) {
        const Status inserted = m_sqlite ? insertFilesSqlite(files, hashes, rows)
                                         : insertRows(QStringLiteral("file_versions"), columns, rows,
                                                      kFileRowsPerInsert, [&](Binder &bind, int i) {
                                                          bind(m_instanceId);
                                                          bind(m_snapshotId);
                                                          bind(hashes[i]);
                                                          bindFile(bind, files[i]);
                                                      });
        return inserted ? linkEpisodes(files, rows) : inserted;
    });
}

// The SQLite path of the file rows: multi-row INSERTs prepared once and re-bound through the C API.
// QSqlQuery spent more on QVariants and parameter names than SQLite spent on the rows.
Status SnapshotSaver::insertFilesSqlite(const QList<MediaFile> &files, const QList<qint64> &hashes,
                                        const QList<int> &rows)
{
    const QStringList columns = QStringList{QStringLiteral("instance_id"), QStringLiteral("valid_from"),
                                            QStringLiteral("content_hash")}
        + fileColumns();
    const QString tuple = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    const auto sqlFor = [&](qsizetype n) -> QString {
        return QStringLiteral("INSERT INTO file_versions (%1) VALUES ").arg(columns.join(QLatin1Char(',')))
            + QStringList(n, tuple).join(QLatin1Char(','));
    };
    SqliteStatement full(m_sqlite);
    if (rows.size() >= kFileRowsPerInsert && !full.prepare(sqlFor(kFileRowsPerInsert)))
        return failed(full);
    qsizetype sinceCheck = 0;
    for (qsizetype start = 0; start < rows.size(); start += kFileRowsPerInsert) {
        const qsizetype n = std::min<qsizetype>(kFileRowsPerInsert, rows.size() - start);
        SqliteStatement partial(m_sqlite);
        if (n < kFileRowsPerInsert && !partial.prepare(sqlFor(n)))
            return failed(partial);
        SqliteStatement &st = n < kFileRowsPerInsert ? partial : full;
        StatementSink sink{st};
        for (qsizetype k = start; k < start + n; ++k) {
            sink.int64(m_instanceId);
            sink.int64(m_snapshotId);
            sink.int64(hashes[rows[k]]);
            writeFileColumns(sink, files[rows[k]]);
        }
        if (!st.exec())
            return failed(st);
        sinceCheck += n;
        if (sinceCheck >= kCancelCheckRows) {
            sinceCheck = 0;
            if (cancelled(m_cancel))
                return cancelledError();
        }
    }
    return Status::success();
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
    constexpr int kLinksPerInsert = 128;
    if (m_sqlite) {
        // As the QtSql path below, with each statement prepared once.
        const auto sqlFor = [](qsizetype n) -> QString {
            return QStringLiteral("INSERT INTO file_episodes (instance_id, episode_id, file_id, series_id) VALUES %1 "
                                  "ON CONFLICT DO NOTHING")
                .arg(QStringList(n, QStringLiteral("(?,?,?,?)")).join(QLatin1Char(',')));
        };
        SqliteStatement full(m_sqlite);
        if (links.size() >= kLinksPerInsert && !full.prepare(sqlFor(kLinksPerInsert)))
            return failed(full);
        for (qsizetype start = 0; start < links.size(); start += kLinksPerInsert) {
            if (cancelled(m_cancel))
                return cancelledError();
            const qsizetype n = std::min<qsizetype>(kLinksPerInsert, links.size() - start);
            SqliteStatement partial(m_sqlite);
            if (n < kLinksPerInsert && !partial.prepare(sqlFor(n)))
                return failed(partial);
            SqliteStatement &st = n < kLinksPerInsert ? partial : full;
            int p = 1;
            for (qsizetype k = start; k < start + n; ++k) {
                const MediaFile &f = files[links[k].first];
                st.bindInt64(p++, m_instanceId);
                st.bindInt64(p++, f.episodeIds[links[k].second]);
                st.bindInt64(p++, f.fileId);
                st.bindInt64(p++, f.itemId);
            }
            if (!st.exec())
                return failed(st);
        }
        return Status::success();
    }
    for (qsizetype start = 0; start < links.size(); start += kLinksPerInsert) {
        if (cancelled(m_cancel))
            return cancelledError();
        const qsizetype n = std::min<qsizetype>(kLinksPerInsert, links.size() - start);
        QStringList tuples(n, QStringLiteral("(?,?,?,?)"));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO file_episodes (instance_id, episode_id, file_id, series_id) VALUES %1 "
                                 "ON CONFLICT DO NOTHING")
                      .arg(tuples.join(QLatin1Char(','))));
        for (qsizetype k = 0; k < n; ++k) {
            const MediaFile &f = files[links[start + k].first];
            q.addBindValue(m_instanceId);
            q.addBindValue(f.episodeIds[links[start + k].second]);
            q.addBindValue(f.fileId);
            q.addBindValue(f.itemId);
        }
        if (!q.exec())
            return failed(q);
    }
    return Status::success();
}

} // namespace arrscore
