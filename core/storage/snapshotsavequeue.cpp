#include "storage/snapshotsavequeue.h"

#include "base/handoff.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"

#include <QElapsedTimer>

namespace arrscore {

SnapshotSaveQueue::SnapshotSaveQueue(QString databaseLocation, QObject *parent)
    : QObject(parent), m_location(std::move(databaseLocation)), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_pool.setMaxThreadCount(1); // SQLite has one writer; saves queue up rather than wait on a lock
}

SnapshotSaveQueue::~SnapshotSaveQueue()
{
    m_pool.waitForDone();
}

void SnapshotSaveQueue::save(int index, LibrarySnapshot snapshot)
{
    ++m_pending;
    const QString location = m_location;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    HandOff<Outcome> saving = runInBackground(&m_pool, [location, cancel, snapshot = std::move(snapshot)]() {
        QElapsedTimer timer;
        timer.start();
        Outcome outcome;
        if (cancel->load()) {
            outcome.error = Error{ErrorKind::Cancelled, tr("Cancelled.")};
        } else if (Result<std::unique_ptr<Database>> db = Database::open(location); !db) {
            outcome.error = db.error();
        } else {
            SnapshotStore store(*db.value());
            Result<qint64> saved = store.save(snapshot, cancel.get());
            if (saved)
                outcome.snapshotId = saved.value();
            else
                outcome.error = saved.error();
        }
        outcome.elapsedMs = timer.elapsed();
        outcome.fileCount = outcome.error.isError() ? 0 : int(snapshot.files.size());
        return outcome;
    });
    // Not once this queue is gone: the saves still run (the destructor waits for them), unheard.
    whenFinished(this, std::move(saving), [this, index](const Outcome &outcome) {
        --m_pending;
        Q_EMIT saved(index, outcome.snapshotId, outcome.fileCount, outcome.elapsedMs, outcome.error);
    });
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
