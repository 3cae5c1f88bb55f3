#pragma once

#include "storage/database.h"
#include "base/error.h"
#include "base/model.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QSqlQuery;
struct pg_conn;
struct sqlite3;

namespace arrscore {

class PgCopy;
class SqliteStatement;

// One save for SnapshotStore::save(), inside the transaction it opens: the instance, the snapshot row,
// then the rows that changed since the last one. Used once; leaves committing or rolling back to the store.
class SnapshotSaver
{
public:
    SnapshotSaver(Database &db, const std::atomic_bool *cancel);
    Result<qint64> run(const LibrarySnapshot &snapshot);

private:
    struct Key
    {
        qint64 entity = 0;
        qint64 hash = 0;
        qint64 ref = 0; // row id of a stored row, index of an incoming one
        bool operator<(const Key &o) const { return entity != o.entity ? entity < o.entity : hash < o.hash; }
    };
    Status upsertInstance(const InstanceInfo &info);
    Status insertSnapshot(const LibrarySnapshot &snapshot);
    Status version(const QString &table, const QString &entityColumn, QList<Key> incoming,
                   const std::function<Status(const QList<int> &)> &insertNew);
    Status readCurrent(const QString &table, const QString &entityColumn, QList<Key> &current);
    Status closeRows(const QString &table, const QList<qint64> &rowIds);
    enum class OnConflict { Fail, Skip };
    // Inserts count rows into table the fastest way the connection has: COPY on PostgreSQL, multi-row
    // INSERTs of rowsPerStatement rows otherwise. writeRow(sink, k) writes row k's values, one per
    // column, to a sink (see storage::writeFileColumns()).
    template <typename WriteRow>
    Status insertMany(const QString &table, const QStringList &columns, qsizetype count, int rowsPerStatement,
                      const WriteRow &writeRow, OnConflict onConflict = OnConflict::Fail);
    template <typename WriteRow>
    Status copyRows(const QString &table, const QStringList &columns, qsizetype count, const WriteRow &writeRow,
                    OnConflict onConflict);
    Status forEachChunk(qsizetype count, int rowsPerChunk, const std::function<Status(qsizetype, qsizetype)> &chunk);
    Status exec(const QString &sql);
    Status saveProfiles(const QList<QualityProfile> &profiles);
    Status saveFormats(const QList<CustomFormat> &formats);
    Status saveFiles(const QList<MediaFile> &files);
    Status linkEpisodes(const QList<MediaFile> &files, const QList<int> &rows);
    Error failed(const QSqlQuery &q) const;
    Error failed(const SqliteStatement &st) const;
    Error failed(const PgCopy &copy) const;
    Error cancelledError() const;

    Database &m_db;
    const std::atomic_bool *m_cancel;
    sqlite3 *m_sqlite = nullptr; // SQLite only: the bulk statements skip QSqlQuery
    pg_conn *m_pg = nullptr;     // PostgreSQL with libpq only: the bulk rows go by COPY
    qint64 m_instanceId = 0;
    qint64 m_snapshotId = 0;
};

} // namespace arrscore
