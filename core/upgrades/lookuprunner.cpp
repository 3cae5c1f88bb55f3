#include "upgrades/lookuprunner.h"

#include "arr/arrclient.h"
#include "base/logging.h"
#include "storage/database.h"
#include "upgrades/lookupstore.h"
#include "upgrades/releaseparser.h"
#include "upgrades/releaseverdict.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

#include <utility>

namespace arrscore {

// The lookups of one instance, sent one after the other.
struct LookupRunner::Lane
{
    InstanceTarget target;
    int perHour = 0;
    std::deque<LookupRequest> queue;
    QPointer<ArrClient> client;
    bool finished = false;
};

LookupRunner::LookupRunner(QNetworkAccessManager *nam, Database &db, QObject *parent)
    : QObject(parent), m_nam(nam), m_db(db)
{
}

// The clients are children: destroyed after the lanes, they drop their requests without calling back.
LookupRunner::~LookupRunner() = default;

InstanceTarget LookupRunner::lookupTarget(InstanceTarget target, int timeoutMs)
{
    // One attempt: a lookup queries every indexer of the user's, and a failed one is not repeated
    // behind the user's back. The deadline covers the slowest indexer (the servers give each 100 s).
    target.client.timeoutMs = timeoutMs;
    target.client.retry.maxAttempts = 1;
    target.client.retry.maxTotalMs = std::max(target.client.retry.maxTotalMs, timeoutMs);
    target.client.maxConcurrency = 1;
    return target;
}

void LookupRunner::start(const QList<Job> &jobs)
{
    Q_ASSERT(m_running == 0);
    for (const auto &lane : m_lanes) {
        if (lane->client)
            lane->client->deleteLater();
    }
    m_lanes.clear();
    m_checks.clear();
    m_caps.clear();
    m_errors.clear();
    m_cancelled = false;
    m_done = 0;
    m_total = 0;
    // One lane per instance, even when two jobs name the same one: one lookup at a time per server.
    QHash<QString, Lane *> byName;
    for (const Job &job : jobs) {
        Lane *lane = byName.value(job.target.name);
        if (!lane) {
            m_lanes.push_back(std::make_unique<Lane>());
            lane = m_lanes.back().get();
            lane->target = lookupTarget(job.target, m_timeoutMs);
            lane->perHour = job.lookupsPerHour;
            byName.insert(job.target.name, lane);
        }
        for (const LookupRequest &request : job.requests)
            lane->queue.push_back(request);
        m_total += int(job.requests.size());
    }
    m_running = int(m_lanes.size()) + 1; // the extra one keeps finished() from coming before the timer
    QTimer::singleShot(0, this, [this] {
        for (const auto &lane : m_lanes) {
            lane->client = new ArrClient(m_nam, lane->target.client, this);
            next(*lane);
        }
        laneDone();
    });
}

void LookupRunner::cancel()
{
    if (m_running == 0)
        return;
    m_cancelled = true;
    for (const auto &lane : m_lanes) {
        if (lane->client)
            lane->client->cancelAll(); // the lookup in flight comes back Cancelled and is stored so
    }
}

void LookupRunner::next(Lane &lane)
{
    if (lane.queue.empty() || m_cancelled) {
        lane.queue.clear();
        if (!lane.finished) {
            lane.finished = true;
            laneDone();
        }
        return;
    }
    const LookupRequest request = lane.queue.front();
    lane.queue.pop_front();
    LookupStore store(m_db);
    CapState cap;
    Result<std::optional<qint64>> reserved =
        store.reserve(request, lane.perHour, QDateTime::currentDateTimeUtc(), &cap);
    if (reserved)
        m_caps.insert(lane.target.name, cap);
    const std::optional<qint64> slot = reserved ? reserved.value() : std::optional<qint64>();
    if (!slot) {
        // Not sent: the cap is reached, or the database cannot count (then nothing may be sent, since the
        // cap could not be kept). This and every later lookup of the instance come back without a lookup.
        std::deque<LookupRequest> rest = std::move(lane.queue);
        rest.push_front(request);
        lane.queue.clear();
        if (!reserved)
            m_errors << reserved.error().message;
        for (const LookupRequest &r : rest) {
            QList<ItemCheck> checks;
            for (const UpgradeItem &item : r.items()) {
                ItemCheck check;
                check.item = item;
                if (reserved) {
                    check.verdict = Verdict::Deferred;
                    check.deferredUntil = cap.nextFree;
                } else {
                    check.verdict = Verdict::Failed;
                    check.error = reserved.error().message;
                }
                checks.append(check);
            }
            complete(lane, checks);
        }
        next(lane);
        return;
    }
    const qint64 lookupId = *slot;
    qCInfo(lcNet) << lane.target.name << "release lookup" << request.describe();
    Q_EMIT lookupStarted(lane.target.name, request.describe());
    const int sentBefore = lane.client->requestsSent();
    const QString endpoint = lane.client->urlFor(LookupRequest::path(), request.query()).toDisplayString();
    lane.client->get(LookupRequest::path(), request.query(),
                     [this, &lane, request, lookupId, sentBefore, endpoint](Result<QByteArray> body) {
                         const QDateTime now = QDateTime::currentDateTimeUtc();
                         const int requests = lane.client ? lane.client->requestsSent() - sentBefore : 1;
                         LookupStore results(m_db);
                         QStringList warnings;
                         Result<QList<ReleaseInfo>> releases =
                             body ? ReleaseParser::releases(body.value(), endpoint, request.type(), &warnings)
                                  : Result<QList<ReleaseInfo>>(body.error());
                         for (const QString &warning : std::as_const(warnings))
                             qCWarning(lcNet).noquote() << warning;
                         QList<ItemCheck> checks;
                         Status stored;
                         if (!releases) {
                             const bool cancelled = releases.error().kind == ErrorKind::Cancelled;
                             stored =
                                 results.fail(lookupId, request, releases.error().message, cancelled, now, requests);
                             checks =
                                 LookupStore::failedChecks(lookupId, request, releases.error().message, cancelled, now);
                         } else {
                             for (const UpgradeItem &item : request.items()) {
                                 const VerdictResult verdict =
                                     request.scope() == LookupRequest::Scope::Season
                                         ? ReleaseVerdict::judgeEpisode(*releases, item.episode, item.currentScore)
                                         : ReleaseVerdict::judge(*releases, item.currentScore);
                                 ItemCheck check;
                                 check.item = item;
                                 check.verdict = verdict.verdict;
                                 check.lookupId = lookupId;
                                 check.checkedAt = now;
                                 check.releaseCount = verdict.releaseCount;
                                 if (verdict.pick >= 0)
                                     check.pick = releases->at(verdict.pick);
                                 checks.append(check);
                             }
                             stored = results.finish(lookupId, request, *releases, checks, now, requests);
                         }
                         if (!stored)
                             m_errors << stored.error().message;
                         complete(lane, checks);
                         next(lane);
                     });
}

void LookupRunner::complete(Lane &lane, const QList<ItemCheck> &checks)
{
    Q_UNUSED(lane)
    m_checks.append(checks);
    ++m_done;
    Q_EMIT lookupFinished(checks);
    Q_EMIT progress(m_done, m_total);
}

void LookupRunner::laneDone()
{
    if (--m_running == 0)
        Q_EMIT finished();
}

} // namespace arrscore
