#include "upgrades/recordedsearch.h"

#include "arr/upgradesearch.h"
#include "storage/database.h"
#include "upgrades/commandfollower.h"
#include "upgrades/searchrecord.h"
#include "upgrades/searchstore.h"

#include <QDateTime>
#include <QTimer>

namespace arrscore {

// The batches of one instance, sent one after the other.
struct RecordedSearch::Lane
{
    Job job;
    int outcome = 0; // index into m_outcomes
    int next = 0;    // the first item of the next batch
    UpgradeSearch *search = nullptr;
    QStringList lines;
    bool done = false;
};

namespace {

SearchedItem searchedItem(const UpgradeItem &item)
{
    SearchedItem s;
    s.itemId = item.itemId;
    s.fileId = item.fileId;
    s.score = item.currentScore;
    s.quality = item.quality;
    s.qualityId = item.qualityId;
    s.profileId = item.profileId;
    s.title = item.title;
    return s;
}

// A failed POST that surely did not reach the server's queue is "not-sent" and counts for nothing; one
// that may have been queued (a timeout, a dropped connection, a 5xx, an answer without a command id)
// keeps counting against the cap and the cooldown.
QString stateAfterFailure(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Auth:
    case ErrorKind::NotFound:
    case ErrorKind::Config:
    case ErrorKind::Tls:
        return QStringLiteral("not-sent");
    default:
        return QStringLiteral("failed");
    }
}

} // namespace

RecordedSearch::RecordedSearch(QNetworkAccessManager *nam, Database &db, QObject *parent)
    : QObject(parent), m_nam(nam), m_db(db), m_store(std::make_unique<SearchStore>(db)),
      m_follower(new CommandFollower(nam, *m_store, this))
{
    connect(m_follower, &CommandFollower::stateChanged, this, &RecordedSearch::stateChanged);
    connect(m_follower, &CommandFollower::finished, this, [this] {
        if (m_running && m_sending == 0) {
            m_running = false;
            Q_EMIT finished();
        }
    });
}

RecordedSearch::~RecordedSearch() = default;

void RecordedSearch::start(const QList<Job> &jobs)
{
    Q_ASSERT(!m_running);
    m_follower->stop();
    m_lanes.clear();
    m_outcomes.clear();
    m_running = true;
    for (const Job &job : jobs) {
        auto lane = std::make_unique<Lane>();
        lane->job = job;
        lane->outcome = int(m_outcomes.size());
        Outcome outcome;
        outcome.instance = job.target.name;
        m_outcomes.append(outcome);
        m_lanes.push_back(std::move(lane));
    }
    m_sending = int(m_lanes.size()) + 1;
    QTimer::singleShot(0, this, [this] {
        for (const auto &lane : m_lanes)
            next(*lane);
        laneDone();
    });
}

void RecordedSearch::cancel()
{
    for (const auto &lane : m_lanes) {
        lane->next = int(lane->job.items.size()); // nothing more is sent
        if (lane->search)
            lane->search->cancel();
    }
    m_follower->stop();
}

int RecordedSearch::failedCount() const
{
    int n = 0;
    for (const Outcome &o : m_outcomes)
        n += o.error.isError() ? 1 : 0;
    return n;
}

void RecordedSearch::next(Lane &lane)
{
    Outcome &outcome = m_outcomes[lane.outcome];
    const QList<UpgradeItem> &items = lane.job.items;
    if (lane.next >= items.size() || outcome.error.isError()) {
        if (!lane.done) {
            lane.done = true;
            outcome.summary = lane.lines.join(QLatin1Char(' '));
            laneDone();
        }
        return;
    }
    QList<UpgradeItem> batch = items.mid(lane.next, UpgradeSearch::kBatchSize);
    SearchRecord record;
    record.instance = lane.job.target.name;
    record.type = lane.job.target.type;
    record.kind =
        record.type == InstanceType::Radarr ? SearchRecord::Kind::MoviesSearch : SearchRecord::Kind::EpisodeSearch;
    record.forced = lane.job.forced;
    for (const UpgradeItem &item : std::as_const(batch))
        record.items.append(searchedItem(item));
    CapState cap;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<std::optional<qint64>> reserved = m_store->reserve(record, lane.job.searchesPerHour, now, &cap);
    if (reserved && !reserved->has_value() && cap.remaining() > 0) {
        // Only part of the batch fits the hour: send that part.
        batch = batch.mid(0, cap.remaining());
        record.items = record.items.mid(0, cap.remaining());
        reserved = m_store->reserve(record, lane.job.searchesPerHour, now, &cap);
    }
    if (!reserved) {
        outcome.error = reserved.error();
        lane.lines << reserved.error().message;
        next(lane);
        return;
    }
    const std::optional<qint64> slot = reserved.value();
    if (!slot) {
        outcome.overCap = items.mid(lane.next);
        lane.next = int(items.size());
        lane.lines << tr("%n item(s) not searched: the hourly cap of %1 (searches_per_hour) is reached for \"%2\"; "
                         "room again from %3.",
                         nullptr, int(outcome.overCap.size()))
                          .arg(lane.job.searchesPerHour)
                          .arg(lane.job.target.name, cap.text());
        next(lane);
        return;
    }
    const qint64 searchId = *slot;
    outcome.searchIds.append(searchId);
    Q_EMIT searchRecorded(searchId);
    lane.next += int(batch.size());
    QList<qint64> ids;
    for (const UpgradeItem &item : std::as_const(batch))
        ids.append(item.itemId);
    lane.search = new UpgradeSearch(m_nam, this);
    connect(lane.search, &UpgradeSearch::finished, this, [this, &lane, searchId, count = int(ids.size())] {
        UpgradeSearch *search = lane.search;
        lane.search = nullptr;
        search->deleteLater();
        Outcome &out = m_outcomes[lane.outcome];
        lane.lines << search->summary();
        Status stored;
        QString state = QStringLiteral("queued");
        if (search->succeeded() && !search->commandIds().isEmpty()) {
            const qint64 commandId = search->commandIds().constFirst();
            out.commandIds.append(commandId);
            out.sent += count;
            stored = m_store->markSent(searchId, commandId, QStringLiteral("queued"), {});
            if (m_follow)
                m_follower->follow(lane.job.target, searchId, commandId);
        } else {
            const Error error =
                search->error().isError() ? search->error() : Error{ErrorKind::Parse, search->summary()};
            out.error = error;
            state = stateAfterFailure(error);
            stored = m_store->markSent(searchId, std::nullopt, state, error.message);
        }
        if (!stored)
            lane.lines << stored.error().message;
        Q_EMIT stateChanged(searchId, state, QString());
        next(lane);
    });
    lane.search->start(lane.job.target, ids);
}

void RecordedSearch::laneDone()
{
    if (--m_sending > 0)
        return;
    Q_EMIT sent();
    if (!m_follow || !m_follower->isFollowing()) {
        m_follower->stop();
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace arrscore
