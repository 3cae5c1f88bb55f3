// RecordedSearch and CommandFollower against the simulator with a real SQLite file: each command is
// recorded with its items and followed until it ends; searches_per_hour holds across two runs (two
// connections); a command the server no longer knows is "unknown"; a refused POST is "not-sent".
#include "base/filerow.h"
#include "freshdatabase.h"
#include "simtestutil.h"
#include "storage/database.h"
#include "sync/syncjob.h"
#include "upgrades/commandfollower.h"
#include "upgrades/recordedsearch.h"
#include "upgrades/searchoutcomes.h"
#include "upgrades/searchstore.h"
#include "upgradesfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

QList<RecordedSearch::Outcome> runSearch(Database &db, const QList<RecordedSearch::Job> &jobs, bool follow = true)
{
    QNetworkAccessManager nam;
    RecordedSearch search(&nam, db);
    search.setFollow(follow);
    search.follower()->setPollInterval(50);
    search.follower()->setBound(20000);
    QSignalSpy sent(&search, &RecordedSearch::sent);
    QSignalSpy finished(&search, &RecordedSearch::finished);
    search.start(jobs);
    if (finished.isEmpty())
        finished.wait(30000);
    if (sent.size() != 1 || finished.size() != 1)
        qWarning("sent() %d times, finished() %d times", int(sent.size()), int(finished.size()));
    return search.outcomes();
}

LibrarySnapshot sync(const InstanceTarget &target)
{
    QNetworkAccessManager nam;
    SyncJob job(target, &nam);
    QList<MediaFile> files;
    QObject::connect(&job, &SyncJob::filesFetched, &job, [&files](const QList<MediaFile> &batch) { files += batch; });
    QSignalSpy finished(&job, &SyncJob::finished);
    job.start(SyncJob::Mode::Sync);
    if (!job.isFinished())
        finished.wait(60000);
    if (!job.succeeded())
        qWarning("sync failed: %s", qPrintable(job.error().message));
    LibrarySnapshot snapshot = job.takeSnapshot();
    snapshot.files = std::move(files);
    return snapshot;
}

int idsSearched(const SimServer &sim)
{
    int n = 0;
    for (const QJsonObject &c : sim.commands())
        n += int(c.value(QStringLiteral("body")).toObject().value(QStringLiteral("movieIds")).toArray().size());
    return n;
}

} // namespace

class tst_RecordedSearch : public QObject, private FreshDatabase
{
    Q_OBJECT

public:
    tst_RecordedSearch() : FreshDatabase(QStringLiteral("tst_recordedsearch"), QStringLiteral("rs/history-%1.db")) {}

private Q_SLOTS:
    void initTestCase_data() { StorageBackends::addRows(); }
    void init() { openFresh(); }
    void cleanup() { closeAndDrop(); }

    void recordsAndFollowsToTheEnd();
    void hourlyCapAcrossRuns();
    void forgottenCommandIsUnknown();
    void refusedIsNotSent();
    void outcomesAfterASync();
};

void tst_RecordedSearch::recordsAndFollowsToTheEnd()
{
    SimServerConfig config;
    config.commandQueuedMs = 150;
    config.commandRunMs = 150;
    Sim sim(radarr(QStringLiteral("5.14.0"), 20), config);
    const QList<UpgradeItem> items = movieItems(*sim.server, 3);
    const auto outcomes = runSearch(*db(), {{upgradeTarget(*sim.server), items, 25, true}});
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(!outcomes.at(0).error.isError(), qPrintable(outcomes.at(0).error.message));
    QCOMPARE(outcomes.at(0).sent, 3);
    QCOMPARE(outcomes.at(0).commandIds.size(), 1);
    QVERIFY(!outcomes.at(0).summary.isEmpty());
    const QList<SearchRecord> searches = *SearchStore(*db()).searches();
    QCOMPARE(searches.size(), 1);
    const SearchRecord &s = searches.at(0);
    QCOMPARE(s.kind, SearchRecord::Kind::MoviesSearch);
    QCOMPARE(s.commandId, std::optional<qint64>(outcomes.at(0).commandIds.at(0)));
    QCOMPARE(s.state, QStringLiteral("completed"));
    QVERIFY(s.message.contains(QLatin1String("Completed search for")));
    QVERIFY(s.endedAt.isValid());
    QVERIFY(s.forced);
    QCOMPARE(s.items.size(), 3);
    QCOMPARE(s.items.at(0).fileId, items.at(0).fileId);
    QCOMPARE(s.items.at(0).score, items.at(0).currentScore);
    QCOMPARE(idsSearched(*sim.server), 3);
}

void tst_RecordedSearch::hourlyCapAcrossRuns()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 20));
    const QList<UpgradeItem> items = movieItems(*sim.server, 6);
    auto first = runSearch(*db(), {{upgradeTarget(*sim.server), items.mid(0, 3), 4, false}}, false);
    QCOMPARE(first.at(0).sent, 3);
    auto other = Database::open(m_location);
    QVERIFY(other.ok());
    auto second = runSearch(**other, {{upgradeTarget(*sim.server), items.mid(3), 4, false}}, false);
    QCOMPARE(second.at(0).sent, 1);
    QCOMPARE(second.at(0).overCap.size(), 2);
    QVERIFY(second.at(0).summary.contains(QLatin1String("searches_per_hour")));
    QCOMPARE(idsSearched(*sim.server), 4);
    // Nothing more this hour.
    auto third = runSearch(*db(), {{upgradeTarget(*sim.server), items.mid(5), 4, false}}, false);
    QCOMPARE(third.at(0).sent, 0);
    QCOMPARE(idsSearched(*sim.server), 4);
}

void tst_RecordedSearch::forgottenCommandIsUnknown()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 20));
    SearchStore store(*db());
    SearchRecord record;
    record.instance = QStringLiteral("main");
    record.items = {SearchedItem{1, 10, 100, QStringLiteral("x"), 1, 1, QStringLiteral("t")}};
    const qint64 id = **store.reserve(record, 10, QDateTime::currentDateTimeUtc());
    QVERIFY(store.markSent(id, 987654, QStringLiteral("queued"), {}).ok());
    QNetworkAccessManager nam;
    CommandFollower follower(&nam, store);
    follower.setPollInterval(50);
    QSignalSpy finished(&follower, &CommandFollower::finished);
    follower.follow(upgradeTarget(*sim.server), id, 987654);
    QVERIFY(finished.wait(10000));
    const SearchRecord read = store.searches()->at(0);
    QCOMPARE(read.state, QStringLiteral("unknown"));
    QVERIFY(!read.message.isEmpty());
    QVERIFY(store.unfinished()->isEmpty());
}

void tst_RecordedSearch::refusedIsNotSent()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 20));
    InstanceTarget target = upgradeTarget(*sim.server);
    target.client.apiKey = QStringLiteral("wrongwrongwrongwrongwrongwrong12");
    const auto outcomes = runSearch(*db(), {{target, movieItems(*sim.server, 2), 25, false}});
    QVERIFY(outcomes.at(0).error.isError());
    QCOMPARE(outcomes.at(0).error.kind, ErrorKind::Auth);
    const SearchRecord s = SearchStore(*db()).searches()->at(0);
    QCOMPARE(s.state, QStringLiteral("not-sent"));
    QVERIFY(!s.message.contains(target.client.apiKey));
    QCOMPARE(SearchStore(*db()).cap(QStringLiteral("main"), 25, QDateTime::currentDateTimeUtc())->used, 0);
}

// A search the server acts on (the simulator grabs each item's best approved release and replaces its
// file), then a sync: the items that got a new, better file are upgraded, the others still pending.
void tst_RecordedSearch::outcomesAfterASync()
{
    SimServerConfig config;
    config.searchUpgrades = true;
    Sim sim(radarr(QStringLiteral("5.14.0"), 30), config);
    const InstanceTarget target = upgradeTarget(*sim.server);
    const LibrarySnapshot before = sync(target);
    QList<FileRow> rows;
    for (const MediaFile &file : before.files) {
        if (rows.size() < 8)
            rows.append(FileRow::of(before, file));
    }
    const QList<UpgradeItem> items = UpgradeItem::fromFileRows(rows);
    QCOMPARE(items.size(), 8);
    const auto outcomes = runSearch(*db(), {{target, items, 25, false}});
    QCOMPARE(outcomes.at(0).sent, 8);
    const int grabbed = sim->stats().searchGrabs;
    QVERIFY(grabbed > 0);
    QVERIFY(grabbed < 8); // the test needs both kinds

    LibrarySnapshot after = sync(target);
    const SearchRecord search = SearchStore(*db()).searches()->at(0);
    QCOMPARE(search.state, QStringLiteral("completed"));
    const QList<ItemOutcome> classified =
        SearchOutcomes::classify(search, {&before, &after}, 7, QDateTime::currentDateTimeUtc());
    int upgraded = 0;
    for (const ItemOutcome &o : classified) {
        if (o.outcome == Outcome::Upgraded) {
            ++upgraded;
            QVERIFY(o.newScore);
            QVERIFY(o.gain().value_or(0) > 0 || !o.newQuality.isEmpty());
        } else {
            QCOMPARE(o.outcome, Outcome::Pending);
        }
    }
    QCOMPARE(upgraded, grabbed);
    const OutcomeSummary summary = SearchOutcomes::summarize(classified);
    QCOMPARE(summary.searched, 8);
    QCOMPARE(summary.upgraded, grabbed);
}

QTEST_GUILESS_MAIN(tst_RecordedSearch)
#include "tst_recordedsearch.moc"
