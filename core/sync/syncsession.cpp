#include "sync/syncsession.h"

#include "base/handoff.h"
#include "base/logging.h"
#include "history/snapshotpruner.h"
#include "storage/database.h"
#include "storage/serverhistorystore.h"
#include "storage/snapshotsavequeue.h"
#include "storage/synclock.h"

#include <QNetworkAccessManager>

namespace arrscore {

SyncSession::SyncSession(QString databaseLocation, QObject *parent)
    : QObject(parent), m_location(std::move(databaseLocation)), m_nam(std::make_unique<QNetworkAccessManager>())
{
}

SyncSession::~SyncSession()
{
    if (m_saves) {
        m_saves->cancel();
        m_saves->waitForDone();
    }
    m_prunePool.waitForDone();
}

QList<InstanceTarget> SyncSession::withHistorySince(QList<InstanceTarget> targets) const
{
    bool wanted = false;
    for (const InstanceTarget &t : std::as_const(targets))
        wanted = wanted || t.historyDays > 0;
    if (!wanted)
        return targets;
    // A database that cannot be opened here fails the save too, which says why; the read then just starts
    // history_days back.
    Result<std::unique_ptr<Database>> db = Database::open(m_location);
    if (!db)
        return targets;
    ServerHistoryStore store(**db);
    for (InstanceTarget &t : targets) {
        if (t.historyDays <= 0 || t.historySince.isValid())
            continue;
        if (Result<QDateTime> through = store.readThrough(t.name))
            t.historySince = through.value();
        else
            qCWarning(lcSync) << "reading where" << t.name << "history ends:" << through.error().message;
    }
    return targets;
}

void SyncSession::start(const QList<InstanceTarget> &givenTargets)
{
    Q_ASSERT(!isRunning());
    const QList<InstanceTarget> targets = withHistorySince(givenTargets);
    m_jobs.clear();
    m_outcomes.clear();
    m_locks.clear();
    m_cancelled = false;
    m_saves = std::make_unique<SnapshotSaveQueue>(m_location);
    connect(m_saves.get(), &SnapshotSaveQueue::saved, this,
            [this](int index, qint64 id, int files, qint64, const Error &error) { onSaved(index, id, files, error); });
    m_open = int(targets.size());
    for (int i = 0; i < targets.size(); ++i) {
        Outcome outcome;
        outcome.name = targets[i].name;
        outcome.type = targets[i].type;
        // Before any request: a second sync of the same instance (cron and the app) would fetch the whole
        // library only to store it twice.
        if (Result<std::unique_ptr<SyncLock>> lock = SyncLock::acquire(m_location, targets[i].name); lock)
            m_locks.push_back(std::move(lock.value()));
        else
            outcome.error = lock.error();
        m_outcomes.append(outcome);
        auto job = std::make_unique<SyncJob>(targets[i], m_nam.get());
        connect(job.get(), &SyncJob::progress, this,
                [this, i](qint64 done, qint64 total) { Q_EMIT progress(i, done, total); });
        connect(job.get(), &SyncJob::filesFetched, this,
                [this, i](const QList<MediaFile> &files) { m_saves->append(i, files); });
        connect(job.get(), &SyncJob::eventsFetched, this,
                [this, i](const QList<ServerEvent> &events) { m_saves->appendEvents(i, events); });
        connect(job.get(), &SyncJob::finished, this, [this, i] { onFetched(i); });
        m_jobs.push_back(std::move(job));
    }
    for (int i = 0; i < int(m_jobs.size()); ++i) {
        if (m_outcomes[i].error.isError()) {
            finishOne(i);
        } else {
            // Staging starts with the fetch: each batch is stored as it arrives, committed once all came.
            m_saves->open(i, targets[i].name);
            m_jobs[i]->start(SyncJob::Mode::Sync);
        }
    }
    if (targets.isEmpty())
        Q_EMIT finished();
}

void SyncSession::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    if (m_saves)
        m_saves->cancel();
    for (auto &job : m_jobs)
        job->cancel();
}

int SyncSession::failedCount() const
{
    int failed = 0;
    for (const Outcome &o : m_outcomes)
        failed += o.error.isError() ? 1 : 0;
    return failed;
}

int SyncSession::prunedCount() const
{
    int pruned = 0;
    for (const Outcome &o : m_outcomes)
        pruned += o.pruned;
    return pruned;
}

void SyncSession::onFetched(int index)
{
    SyncJob &job = *m_jobs[index];
    Outcome &outcome = m_outcomes[index];
    outcome.requests = job.requestCount();
    outcome.elapsedMs = job.elapsedMs();
    if (!job.succeeded()) {
        // What was staged is dropped; the instance is finished once its save has let go (onSaved).
        outcome.error = job.error();
        m_saves->abort(index);
        return;
    }
    LibrarySnapshot snapshot = job.takeSnapshot();
    outcome.warnings = snapshot.warnings;
    outcome.files = int(job.fileCount());
    Q_EMIT storing(index, outcome.files);
    m_saves->close(index, std::move(snapshot));
}

void SyncSession::onSaved(int index, qint64 snapshotId, int fileCount, const Error &error)
{
    Outcome &outcome = m_outcomes[index];
    outcome.snapshotId = snapshotId;
    if (!outcome.error.isError()) // a failed fetch keeps its own error over the save's Cancelled
        outcome.error = error;
    if (snapshotId > 0)
        outcome.files = fileCount;
    finishOne(index);
}

void SyncSession::finishOne(int index)
{
    m_outcomes[index].done = true;
    Q_EMIT instanceFinished(index);
    if (--m_open > 0)
        return;
    QStringList stored;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        if (o.snapshotId > 0)
            stored << o.name;
    }
    if (m_cancelled || stored.isEmpty() || !m_retention.isSet()) {
        finishAll();
        return;
    }
    applyRetention(stored);
}

void SyncSession::applyRetention(const QStringList &instances)
{
    // Once every save is done, so that deleting never waits for a save of this session to let go of SQLite.
    m_pruning = true;
    struct Pruned
    {
        QHash<QString, int> counts;
        QHash<QString, Error> errors;
    };
    const RetentionPolicy policy = m_retention;
    const QString location = m_location;
    whenFinished(this,
                 runInBackground(&m_prunePool,
                                 [policy, location, instances] {
                                     Pruned pruned;
                                     Result<std::unique_ptr<Database>> db = Database::open(location);
                                     for (const QString &name : instances) {
                                         if (!db) {
                                             pruned.errors.insert(name, db.error());
                                             continue;
                                         }
                                         const Result<PruneResult> result =
                                             SnapshotPruner(*db.value()).applyRetention(policy, name);
                                         if (result)
                                             pruned.counts.insert(name, int(result->deletedSnapshots.size()));
                                         else
                                             pruned.errors.insert(name, result.error());
                                     }
                                     return pruned;
                                 }),
                 [this](const Pruned &pruned) {
                     for (Outcome &o : m_outcomes) {
                         o.pruned = pruned.counts.value(o.name);
                         if (pruned.errors.contains(o.name))
                             o.warnings << tr("old snapshots were not deleted (retention: %1): %2")
                                               .arg(m_retention.describe(), pruned.errors.value(o.name).message);
                     }
                     finishAll();
                 });
}

void SyncSession::finishAll()
{
    m_pruning = false;
    m_locks.clear();
    qCInfo(lcSync) << "sync session finished:" << m_outcomes.size() << "instances," << failedCount() << "failed,"
                   << prunedCount() << "snapshots pruned";
    Q_EMIT finished();
}

} // namespace arrscore
