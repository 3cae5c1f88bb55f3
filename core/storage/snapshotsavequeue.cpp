#include "storage/snapshotsavequeue.h"

#include "base/handoff.h"
#include "storage/database.h"
#include "storage/eventstaging.h"
#include "storage/filestaging.h"
#include "storage/snapshotstore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace arrscore {

namespace {

// A worker per instance staging at once; more instances than this wait their turn with their batches in memory.
constexpr int kMaxStreams = 8;
constexpr std::chrono::milliseconds kCancelPoll{50};

} // namespace

// One save's hand-over between the queue's thread and its worker. The standard library's mutex and
// condition variable, not Qt's: QWaitCondition releases and retakes the mutex inside QtCore, where
// ThreadSanitizer cannot see it, and it then reports the next lock of it as a double lock.
struct SnapshotSaveQueue::Stream
{
    std::mutex mutex;
    std::condition_variable arrived;
    QList<QList<MediaFile>> batches;
    QList<QList<ServerEvent>> events;
    std::optional<LibrarySnapshot> snapshot;
    bool aborted = false;
};

SnapshotSaveQueue::SnapshotSaveQueue(QString databaseLocation, QObject *parent)
    : QObject(parent), m_location(std::move(databaseLocation)), m_cancel(std::make_shared<std::atomic_bool>(false)),
      m_commitLock(std::make_shared<QMutex>())
{
    m_pool.setMaxThreadCount(1);
}

SnapshotSaveQueue::~SnapshotSaveQueue()
{
    for (const std::shared_ptr<Stream> &stream : std::as_const(m_streams)) {
        const std::lock_guard lock(stream->mutex);
        if (!stream->snapshot)
            stream->aborted = true;
        stream->arrived.notify_all();
    }
    m_pool.waitForDone();
}

void SnapshotSaveQueue::open(int index, const QString &instanceName)
{
    ++m_pending;
    auto stream = std::make_shared<Stream>();
    m_streams.insert(index, stream);
    m_pool.setMaxThreadCount(std::clamp(int(m_streams.size()), m_pool.maxThreadCount(), kMaxStreams));
    HandOff<Outcome> saving = runInBackground(
        &m_pool, [location = m_location, instanceName, stream, cancel = m_cancel, commitLock = m_commitLock] {
            return run(location, instanceName, *stream, *cancel, *commitLock);
        });
    // Not once this queue is gone: the saves still run (the destructor waits for them), unheard.
    whenFinished(this, std::move(saving), [this, index](const Outcome &outcome) {
        --m_pending;
        m_streams.remove(index);
        Q_EMIT saved(index, outcome.snapshotId, outcome.fileCount, outcome.elapsedMs, outcome.error);
    });
}

void SnapshotSaveQueue::append(int index, QList<MediaFile> files)
{
    const std::shared_ptr<Stream> stream = m_streams.value(index);
    if (!stream || files.isEmpty())
        return;
    const std::lock_guard lock(stream->mutex);
    stream->batches.append(std::move(files));
    stream->arrived.notify_all();
}

void SnapshotSaveQueue::appendEvents(int index, QList<ServerEvent> events)
{
    const std::shared_ptr<Stream> stream = m_streams.value(index);
    if (!stream || events.isEmpty())
        return;
    const std::lock_guard lock(stream->mutex);
    stream->events.append(std::move(events));
    stream->arrived.notify_all();
}

void SnapshotSaveQueue::close(int index, LibrarySnapshot snapshot)
{
    const std::shared_ptr<Stream> stream = m_streams.value(index);
    if (!stream)
        return;
    snapshot.files.clear();
    const std::lock_guard lock(stream->mutex);
    stream->snapshot = std::move(snapshot);
    stream->arrived.notify_all();
}

void SnapshotSaveQueue::abort(int index)
{
    const std::shared_ptr<Stream> stream = m_streams.value(index);
    if (!stream)
        return;
    const std::lock_guard lock(stream->mutex);
    stream->aborted = true;
    stream->batches.clear();
    stream->events.clear();
    stream->arrived.notify_all();
}

void SnapshotSaveQueue::save(int index, LibrarySnapshot snapshot)
{
    open(index, snapshot.instance.name);
    append(index, std::move(snapshot.files));
    close(index, std::move(snapshot));
}

SnapshotSaveQueue::Outcome SnapshotSaveQueue::run(const QString &location, const QString &instanceName, Stream &stream,
                                                  const std::atomic_bool &cancel, QMutex &commitLock)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    const Error cancelled{ErrorKind::Cancelled, tr("Cancelled.")};
    Result<std::unique_ptr<Database>> db = Database::open(location);
    std::optional<FileStaging> files;
    std::optional<EventStaging> events;
    Status staged = db ? Status::success() : Status(db.error());
    if (staged) {
        files.emplace(*db.value(), &cancel);
        events.emplace(*db.value(), &cancel);
        staged = files->begin(instanceName);
    }
    // Batches keep coming until the fetch has ended: after a failure they are only dropped.
    std::optional<LibrarySnapshot> snapshot;
    for (;;) {
        QList<QList<MediaFile>> batches;
        QList<QList<ServerEvent>> eventBatches;
        {
            std::unique_lock lock(stream.mutex);
            while (stream.batches.isEmpty() && stream.events.isEmpty() && !stream.snapshot && !stream.aborted
                   && !cancel.load())
                stream.arrived.wait_for(lock, kCancelPoll);
            if (stream.aborted || cancel.load()) {
                outcome.error = cancelled;
                break;
            }
            batches.swap(stream.batches);
            eventBatches.swap(stream.events);
            if (batches.isEmpty() && eventBatches.isEmpty())
                snapshot = std::move(stream.snapshot);
        }
        for (const QList<MediaFile> &batch : std::as_const(batches)) {
            if (staged && files)
                staged = files->add(batch);
        }
        for (const QList<ServerEvent> &batch : std::as_const(eventBatches)) {
            if (staged && events)
                staged = events->add(batch);
        }
        if (snapshot)
            break;
    }
    if (!outcome.error.isError() && !staged)
        outcome.error = staged.error();
    if (!outcome.error.isError() && snapshot && files) {
        // One writer at a time: SQLite would make a second wait on its lock, and time out behind a long one.
        const QMutexLocker lock(&commitLock);
        Result<qint64> id = SnapshotStore(*db.value()).commit(*snapshot, *files, &cancel, events ? &*events : nullptr);
        if (id) {
            outcome.snapshotId = id.value();
            outcome.fileCount = int(files->fileCount());
        } else {
            outcome.error = id.error();
        }
    }
    events.reset(); // before the connection they use
    files.reset();
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

void SnapshotSaveQueue::cancel()
{
    m_cancel->store(true);
}

void SnapshotSaveQueue::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace arrscore
