#pragma once

#include "base/error.h"
#include "base/model.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace arrscore {

// Stores finished syncs off the calling thread, one at a time, each in one transaction on a database
// connection of the worker's own. cancel() rolls back a save in progress and drops the queued ones, so
// the previous snapshot of every instance stays the current one.
class SnapshotSaveQueue : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotSaveQueue(QString databaseLocation, QObject *parent = nullptr);
    ~SnapshotSaveQueue() override; // waits for a save in progress

    // index is the caller's own number for this save (SyncSession: the instance's); saved() hands it back.
    void save(int index, LibrarySnapshot snapshot);
    void cancel();
    bool isBusy() const { return m_pending > 0; }
    // Waits until every queued save is done; for callers without an event loop to spare.
    void waitForDone();

Q_SIGNALS:
    // snapshotId is 0 when error is set; fileCount is what was stored.
    void saved(int index, qint64 snapshotId, int fileCount, qint64 elapsedMs, const arrscore::Error &error);

private:
    // What one save hands back to the queue's thread.
    struct Outcome
    {
        qint64 snapshotId = 0;
        int fileCount = 0;
        qint64 elapsedMs = 0;
        Error error;
    };

    QString m_location;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_pending = 0;
};

} // namespace arrscore
