#pragma once

#include "base/error.h"
#include "history/historytypes.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace arrscore {

namespace storage {
class ListDecoder;
}
struct FileVersionRow;

// Reads the stored history: one item's score over time, items by title, the snapshots of an instance.
// Uses the Database's connection, so it lives on that thread; reading never blocks a sync that writes.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::HistoryStore)

public:
    struct Instance
    {
        qint64 id = 0;
        QString name;
        InstanceType type = InstanceType::Radarr;
    };

    explicit HistoryStore(Database &db) : m_db(db) {}

    // The stored instances (or the one named; none when it is unknown), by name.
    Result<QList<Instance>> instances(const QString &name = {});
    // The history of a movie (Radarr instances) or an episode (Sonarr instances) by its id on the server,
    // in each instance (or the one named) that ever stored a file of it.
    Result<QList<ItemHistory>> itemHistory(qint64 itemId, const QString &instanceName = {});
    // Movies and episodes whose title, series title or episode title contains text, in any case,
    // ordered by instance, title, season, episode.
    Result<QList<ItemRef>> findItems(const QString &text, const QString &instanceName = {});
    // Complete snapshot ids of an instance, oldest first.
    Result<QList<qint64>> snapshotIds(const QString &instanceName);
    // The instance a complete snapshot belongs to; a NotFound error when there is no such snapshot.
    Result<QString> instanceOf(qint64 snapshotId);

private:
    Result<QList<ItemHistory>> movieHistory(const Instance &instance, qint64 movieId);
    Result<QList<ItemHistory>> episodeHistory(const Instance &instance, qint64 episodeId);
    // Runs q, a query of HistoryBuilder::rowColumns(), and appends its rows.
    Status readRows(QSqlQuery &q, QList<FileVersionRow> &rows, storage::ListDecoder &lists) const;
    // The history of rows, the versions of one item's files (of an episode file, only onlyEpisodeId's).
    Result<QList<ItemHistory>> build(const Instance &instance, const QList<FileVersionRow> &rows, qint64 onlyEpisodeId);
    Error cannotRead(const QSqlQuery &q) const;

    Database &m_db;
};

} // namespace arrscore
