#pragma once

#include "base/error.h"
#include "base/retentionpolicy.h"
#include "sync/syncjob.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace arrscore {

class SnapshotSaveQueue;
class SyncLock;

// A sync of several instances at once, as the CLI and the GUI run it: one SyncJob per instance on this
// thread's event loop, its files handed to a SnapshotSaveQueue as they arrive and stored on a worker
// thread, committed as one snapshot once the whole instance has been fetched. cancel() stops the fetches and rolls back
// a save in progress: the previous snapshot of every instance not yet stored stays the current one.
class SyncSession : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QString name;
        InstanceType type = InstanceType::Radarr;
        bool done = false;
        Error error;
        qint64 snapshotId = 0;
        int files = 0;
        int requests = 0;
        qint64 elapsedMs = 0; // fetching and storing
        QStringList warnings;
        int pruned = 0; // snapshots of this instance the retention policy deleted after this sync
    };

    explicit SyncSession(QString databaseLocation, QObject *parent = nullptr);
    ~SyncSession() override;

    // Once every instance is stored, the older snapshots of those stored that policy does not keep are
    // deleted on a worker thread, before finished(); Outcome::pruned says how many. Not set: none are.
    void setRetention(const RetentionPolicy &policy) { m_retention = policy; }
    // An instance another process is syncing (see SyncLock) fails at once with who holds it, before any
    // request; the others go on. Each instance's history is read from where its last stored read ended
    // (ServerHistoryStore::readThrough).
    void start(const QList<InstanceTarget> &targets);
    void cancel();
    bool isRunning() const { return m_open > 0 || m_pruning; }
    bool wasCancelled() const { return m_cancelled; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    int failedCount() const;
    int prunedCount() const; // snapshots deleted by retention in this session, all instances

Q_SIGNALS:
    void progress(int index, qint64 done, qint64 total);
    void storing(int index, int files);
    void instanceFinished(int index);
    void finished();

private:
    QList<InstanceTarget> withHistorySince(QList<InstanceTarget> targets) const;
    void onFetched(int index);
    void onSaved(int index, qint64 snapshotId, int fileCount, const arrscore::Error &error);
    void finishOne(int index);
    void applyRetention(const QStringList &instances);
    void finishAll();

    QString m_location;
    RetentionPolicy m_retention;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<SnapshotSaveQueue> m_saves;
    std::vector<std::unique_ptr<SyncJob>> m_jobs;
    std::vector<std::unique_ptr<SyncLock>> m_locks; // released when the session has finished
    QThreadPool m_prunePool;
    bool m_pruning = false;
    QList<Outcome> m_outcomes;
    int m_open = 0;
    bool m_cancelled = false;
};

} // namespace arrscore
