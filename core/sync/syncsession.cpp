#include "sync/syncsession.h"

#include "storage/snapshotsavequeue.h"

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
}

void SyncSession::start(const QList<InstanceTarget> &targets)
{
    Q_ASSERT(!isRunning());
    m_jobs.clear();
    m_outcomes.clear();
    m_cancelled = false;
    m_saves = std::make_unique<SnapshotSaveQueue>(m_location);
    connect(m_saves.get(), &SnapshotSaveQueue::saved, this,
            [this](int index, qint64 id, int, qint64, const Error &error) { onSaved(index, id, error); });
    m_open = int(targets.size());
    for (int i = 0; i < targets.size(); ++i) {
        Outcome outcome;
        outcome.name = targets[i].name;
        outcome.type = targets[i].type;
        m_outcomes.append(outcome);
        auto job = std::make_unique<SyncJob>(targets[i], m_nam.get());
        connect(job.get(), &SyncJob::progress, this,
                [this, i](qint64 done, qint64 total) { Q_EMIT progress(i, done, total); });
        connect(job.get(), &SyncJob::finished, this, [this, i] { onFetched(i); });
        m_jobs.push_back(std::move(job));
    }
    for (auto &job : m_jobs)
        job->start(SyncJob::Mode::Sync);
    if (m_open == 0)
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
        outcome.error = job.error();
        finishOne(index);
        return;
    }
    LibrarySnapshot snapshot = job.takeSnapshot();
    outcome.warnings = snapshot.warnings;
    outcome.files = int(snapshot.files.size());
    Q_EMIT storing(index, outcome.files);
    m_saves->save(index, std::move(snapshot));
}

void SyncSession::onSaved(int index, qint64 snapshotId, const Error &error)
{
    Outcome &outcome = m_outcomes[index];
    outcome.snapshotId = snapshotId;
    outcome.error = error;
    finishOne(index);
}

void SyncSession::finishOne(int index)
{
    m_outcomes[index].done = true;
    Q_EMIT instanceFinished(index);
    if (--m_open == 0)
        Q_EMIT finished();
}

} // namespace arrscore
