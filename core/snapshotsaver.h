#pragma once

#include "database.h"
#include "error.h"
#include "model.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QSqlQuery;
struct sqlite3;

namespace arrscore {

namespace snapshotcodec {
class Binder;
}
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
    using RowBinder = std::function<void(snapshotcodec::Binder &, int index)>;

    Status upsertInstance(const InstanceInfo &info);
    Status insertSnapshot(const LibrarySnapshot &snapshot);
    Status version(const QString &table, const QString &entityColumn, QList<Key> incoming,
                   const std::function<Status(const QList<int> &)> &insertNew);
    Status readCurrent(const QString &table, const QString &entityColumn, QList<Key> &current);
    Status closeRows(const QString &table, const QList<qint64> &rowIds);
    Status insertRows(const QString &table, const QStringList &columns, const QList<int> &indexes,
                      int rowsPerStatement, const RowBinder &bindRow);
    Status saveProfiles(const QList<QualityProfile> &profiles);
    Status saveFormats(const QList<CustomFormat> &formats);
    Status saveFiles(const QList<MediaFile> &files);
    Status insertFilesSqlite(const QList<MediaFile> &files, const QList<qint64> &hashes, const QList<int> &rows);
    Status linkEpisodes(const QList<MediaFile> &files, const QList<int> &rows);
    Error failed(const QSqlQuery &q) const;
    Error failed(const SqliteStatement &st) const;
    Error cancelledError() const;

    Database &m_db;
    const std::atomic_bool *m_cancel;
    sqlite3 *m_sqlite = nullptr; // SQLite only: the bulk statements skip QSqlQuery
    qint64 m_instanceId = 0;
    qint64 m_snapshotId = 0;
};

} // namespace arrscore
