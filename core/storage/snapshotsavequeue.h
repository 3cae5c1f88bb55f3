#pragma once

#include "base/error.h"
#include "base/model.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace arrscore {

// Stores syncs off the calling thread, each in one transaction on a database connection of the worker's
// own. A sync's files are handed over in batches as they arrive (open, append, close) and staged in the
// worker's temporary tables, so memory stays flat and the stored tables see nothing until close(): every
// instance stages at once, and only the final transactions take turns (SQLite has one writer). cancel() or
// abort() rolls back, so the previous snapshot of every instance not yet stored stays the current one.
class SnapshotSaveQueue : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotSaveQueue(QString databaseLocation, QObject *parent = nullptr);
    ~SnapshotSaveQueue() override; // stops the streams still open and waits for a save in progress

    // index is the caller's own number for this save (SyncSession: the instance's); saved() hands it back.
    void open(int index, const QString &instanceName);
    void append(int index, QList<MediaFile> files);
    // Events of the server's history as they are read; stored with the snapshot when its history says it was read
    // whole (ServerHistory::fetched), else dropped.
    void appendEvents(int index, QList<ServerEvent> events);
    // The snapshot without its files (they came through append): stores it.
    void close(int index, LibrarySnapshot snapshot);
    // Drops what was staged; saved() follows with a Cancelled error.
    void abort(int index);
    // open, append and close at once.
    void save(int index, LibrarySnapshot snapshot);
    void cancel();
    bool isBusy() const { return m_pending > 0; }
    // Waits until every queued save is done; for callers without an event loop to spare.
    void waitForDone();

Q_SIGNALS:
    // snapshotId is 0 when error is set; fileCount is what was stored.
    void saved(int index, qint64 snapshotId, int fileCount, qint64 elapsedMs, const arrscore::Error &error);

private:
    struct Stream;
    // What one save hands back to the queue's thread.
    struct Outcome
    {
        qint64 snapshotId = 0;
        int fileCount = 0;
        qint64 elapsedMs = 0;
        Error error;
    };
    static Outcome run(const QString &location, const QString &instanceName, Stream &stream,
                       const std::atomic_bool &cancel, QMutex &commitLock);

    QString m_location;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<QMutex> m_commitLock;
    QHash<int, std::shared_ptr<Stream>> m_streams;
    int m_pending = 0;
};

} // namespace arrscore
