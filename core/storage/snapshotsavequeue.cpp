#include "storage/snapshotsavequeue.h"

#include "storage/database.h"
#include "storage/snapshotstore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

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
    QPointer<SnapshotSaveQueue> self(this);
    const QString location = m_location;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_pool.start([self, index, location, cancel, snapshot = std::move(snapshot)]() {
        QElapsedTimer timer;
        timer.start();
        qint64 id = 0;
        Error error;
        if (cancel->load()) {
            error = Error{ErrorKind::Cancelled, tr("Cancelled.")};
        } else if (Result<std::unique_ptr<Database>> db = Database::open(location); !db) {
            error = db.error();
        } else {
            SnapshotStore store(*db.value());
            Result<qint64> saved = store.save(snapshot, cancel.get());
            if (saved)
                id = saved.value();
            else
                error = saved.error();
        }
        const qint64 elapsed = timer.elapsed();
        const int files = error.isError() ? 0 : int(snapshot.files.size());
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, index, id, files, elapsed, error] {
                    if (!self)
                        return;
                    --self->m_pending;
                    Q_EMIT self->saved(index, id, files, elapsed, error);
                },
                Qt::QueuedConnection);
        }
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
