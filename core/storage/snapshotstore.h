#pragma once

#include "base/error.h"
#include "base/model.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace arrscore {

class EventStaging;
class FileStaging;

// One stored sync, without its rows: what a history list shows.
struct SnapshotInfo
{
    qint64 id = 0;
    QString instanceName;
    InstanceType type = InstanceType::Radarr;
    QString version;
    QDateTime startedAt;
    QDateTime finishedAt;
    int fileCount = 0;
    int requestCount = 0;
    int warningCount = 0;
    QString strategy;
};

// A stored snapshot's own row and its instance's: all of it but the profiles, formats and files.
struct SnapshotHeader
{
    qint64 instanceId = 0;
    int fileCount = 0;        // the files stored with it
    LibrarySnapshot snapshot; // without profiles, formats and files
    // When it was synced: the end of the sync, or its start when the end is unknown.
    QDateTime time() const { return snapshot.finishedAt.isValid() ? snapshot.finishedAt : snapshot.startedAt; }
};

// Stores library snapshots as versioned rows (a re-sync writes only what changed) and reconstructs
// any stored snapshot exactly. Uses the Database's connection, so it lives on that thread.
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SnapshotStore)

public:
    explicit SnapshotStore(Database &db);

    // Stores a snapshot in one transaction and returns its new id. If cancel becomes true, or
    // anything fails, nothing is stored (Cancelled / Storage). The instance row is found by name.
    Result<qint64> save(const LibrarySnapshot &snapshot, const std::atomic_bool *cancel = nullptr);
    // The same for a snapshot whose files were staged as they arrived (its own `files` are not read):
    // what a sync stores, in one transaction that is the only write.
    // events: the history's events staged the same way (may be null).
    Result<qint64> commit(const LibrarySnapshot &snapshot, FileStaging &files, const std::atomic_bool *cancel = nullptr,
                          const EventStaging *events = nullptr);

    // The newest complete snapshot of an instance; nullopt when it has none.
    Result<std::optional<LibrarySnapshot>> latest(const QString &instanceName);
    // A stored snapshot with the profiles, formats and files in force then. Files are ordered by
    // kind, title, season, first episode, file id; profiles and formats by id.
    Result<LibrarySnapshot> load(qint64 snapshotId);
    // A complete stored snapshot's header; NotFound when there is no such snapshot.
    Result<SnapshotHeader> header(qint64 snapshotId);
    // Complete snapshots, oldest first; of one instance, or of all when instanceName is empty.
    Result<QList<SnapshotInfo>> list(const QString &instanceName = {});
    Result<QStringList> instanceNames();
    // The newest snapshot of each named instance (of every instance when `instances` is empty), in
    // instanceNames() order. A name with no snapshot is an error of kind NotFound naming the synced ones.
    Result<QList<LibrarySnapshot>> latestOf(const QStringList &instances = {});
    // The names latestOf() reads, in the same order and with the same NotFound error.
    Result<QStringList> syncedNames(const QStringList &instances = {});

private:
    Database &m_db;
};

} // namespace arrscore
