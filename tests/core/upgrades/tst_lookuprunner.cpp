// LookupRunner against the simulator on 127.0.0.1 with a real SQLite file: the right endpoint and
// parameters per app (never an RSS fetch), one lookup at a time per instance and instances in parallel,
// the hourly cap deferring what is beyond it across runs, a 500 or a timeout giving `failed` for that
// lookup only (never retried), and cancel.
#include "freshdatabase.h"
#include "simtestutil.h"
#include "storage/database.h"
#include "upgrades/lookupplanner.h"
#include "upgrades/lookuprunner.h"
#include "upgrades/lookupstore.h"
#include "upgradesfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

struct Outcome
{
    QList<ItemCheck> checks;
    QStringList started; // "instance: description", in order
    int finishedBeforeAllStarted = 0;
    QList<int> progress;
};

Outcome run(Database &db, const QList<LookupRunner::Job> &jobs, int timeoutMs = LookupRunner::kTimeoutMs,
            bool cancelOnFirstStart = false)
{
    QNetworkAccessManager nam;
    LookupRunner runner(&nam, db);
    runner.setTimeoutMs(timeoutMs);
    Outcome out;
    QObject::connect(&runner, &LookupRunner::lookupStarted, &runner, [&](const QString &instance, const QString &what) {
        out.started << instance + QStringLiteral(": ") + what;
        if (cancelOnFirstStart)
            runner.cancel();
    });
    QObject::connect(&runner, &LookupRunner::progress, &runner, [&](int done, int) { out.progress << done; });
    QSignalSpy finished(&runner, &LookupRunner::finished);
    runner.start(jobs);
    if (finished.isEmpty())
        finished.wait(60000);
    if (finished.size() != 1)
        qWarning("finished() came %d times", int(finished.size()));
    out.checks = runner.checks();
    return out;
}

LookupRunner::Job job(const SimServer &sim, const QList<UpgradeItem> &items, int perHour = 20,
                      const QString &name = QStringLiteral("main"))
{
    return {upgradeTarget(sim, name), perHour, LookupPlanner::plan(items)};
}

int lookupsOf(const SimServer &sim, const QString &kind)
{
    return sim.stats().releaseLookups.value(kind);
}

} // namespace

class tst_LookupRunner : public QObject, private FreshDatabase
{
    Q_OBJECT

public:
    tst_LookupRunner() : FreshDatabase(QStringLiteral("tst_lookuprunner"), QStringLiteral("runner/history-%1.db")) {}

private Q_SLOTS:
    void initTestCase_data() { StorageBackends::addRows(); }
    void init() { openFresh(); }
    void cleanup() { closeAndDrop(); }

    void radarrOneLookupPerMovieOneAtATime();
    void sonarrSeasonAndEpisode();
    void instancesInParallel();
    void capDefersAcrossRuns();
    void failureAndTimeoutLoseNothingElse();
    void cancel();
};

void tst_LookupRunner::radarrOneLookupPerMovieOneAtATime()
{
    SimServerConfig config;
    config.releaseDelayMs = 100;
    Sim sim(radarr(QStringLiteral("5.14.0"), 30), config);
    const QList<UpgradeItem> items = movieItems(*sim.server, 4);
    QCOMPARE(items.size(), 4);
    const Outcome out = run(*db(), {job(*sim.server, items)});
    QCOMPARE(out.checks.size(), 4);
    QCOMPARE(out.progress, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(lookupsOf(*sim.server, QStringLiteral("movie")), 4);
    QCOMPARE(sim->stats().rssFetches, 0);
    QCOMPARE(sim->stats().releaseInFlightPeak, 1);
    for (const ItemCheck &c : out.checks) {
        QVERIFY2(c.verdict != Verdict::Failed && c.verdict != Verdict::Deferred, qPrintable(c.error));
        QVERIFY(c.lookupId > 0);
        QVERIFY(c.checkedAt.isValid());
        QCOMPARE(c.pick.has_value(), c.verdict == Verdict::Better || c.verdict == Verdict::BetterRejected);
    }
    auto stored = LookupStore(*db()).latestChecks(QStringLiteral("main"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 4);
    QVERIFY(LookupStore(*db()).releases(out.checks.at(0).lookupId)->size() == out.checks.at(0).releaseCount);
}

void tst_LookupRunner::sonarrSeasonAndEpisode()
{
    Sim sim(sonarr(QStringLiteral("4.0.9.2244"), 4, 6));
    QList<UpgradeItem> items = episodeItems(*sim.server, 0, 3);
    QCOMPARE(items.size(), 3);
    const QList<UpgradeItem> single = episodeItems(*sim.server, 1, 1);
    items += single;
    const Outcome out = run(*db(), {job(*sim.server, items)});
    QCOMPARE(out.checks.size(), 4);
    QCOMPARE(lookupsOf(*sim.server, QStringLiteral("season")), 1);
    QCOMPARE(lookupsOf(*sim.server, QStringLiteral("episode")), 1);
    QCOMPARE(sim->stats().rssFetches, 0);
    QCOMPARE(out.started.size(), 2);
    QVERIFY(out.started.at(0).contains(QLatin1String("season")));
    // In a season lookup each episode counts only its own releases and the season packs.
    const QList<ReleaseInfo> releases = *LookupStore(*db()).releases(out.checks.at(0).lookupId);
    for (int i = 0; i < 3; ++i) {
        const ItemCheck &c = out.checks.at(i);
        QCOMPARE(c.releaseCount, int(ReleaseVerdict::releasesFor(releases, c.item.episode).size()));
        if (c.pick)
            QVERIFY(c.pick->fullSeason || c.pick->episodeNumbers.contains(c.item.episode));
    }
}

void tst_LookupRunner::instancesInParallel()
{
    SimServerConfig config;
    config.releaseDelayMs = 200;
    Sim first(radarr(QStringLiteral("5.14.0"), 20), config);
    Sim second(radarr(QStringLiteral("5.14.0"), 20, 9), config);
    QNetworkAccessManager nam;
    LookupRunner runner(&nam, *db());
    QStringList events;
    connect(&runner, &LookupRunner::lookupStarted, this,
            [&](const QString &instance, const QString &) { events << QStringLiteral("start ") + instance; });
    connect(&runner, &LookupRunner::lookupFinished, this,
            [&](const QList<ItemCheck> &checks) { events << QStringLiteral("end ") + checks.at(0).item.instance; });
    QSignalSpy finished(&runner, &LookupRunner::finished);
    runner.start(
        {job(*first.server, movieItems(*first.server, 2)),
         job(*second.server, movieItems(*second.server, 2, QStringLiteral("second")), 20, QStringLiteral("second"))});
    QVERIFY(finished.wait(30000));
    // Both instances start before either has an answer; each instance waits for its own lookups.
    QCOMPARE(events.mid(0, 2), (QStringList{QStringLiteral("start main"), QStringLiteral("start second")}));
    QCOMPARE(first->stats().releaseInFlightPeak, 1);
    QCOMPARE(second->stats().releaseInFlightPeak, 1);
    QCOMPARE(runner.checks().size(), 4);
}

void tst_LookupRunner::capDefersAcrossRuns()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 30));
    const QList<UpgradeItem> items = movieItems(*sim.server, 4);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    Outcome out = run(*db(), {job(*sim.server, items, 2)});
    QCOMPARE(out.checks.size(), 4);
    QCOMPARE(lookupsOf(*sim.server, QStringLiteral("movie")), 2);
    QCOMPARE(out.checks.at(2).verdict, Verdict::Deferred);
    QCOMPARE(out.checks.at(3).verdict, Verdict::Deferred);
    QVERIFY(out.checks.at(2).deferredUntil >= before.addSecs(3600));
    QVERIFY(out.checks.at(2).deferredUntil <= QDateTime::currentDateTimeUtc().addSecs(3600));
    QCOMPARE(out.progress, (QList<int>{1, 2, 3, 4}));
    // Another run, on another connection, finds the cap used up.
    auto other = Database::open(m_location);
    QVERIFY(other.ok());
    out = run(**other, {job(*sim.server, items, 2)});
    QCOMPARE(out.checks.size(), 4);
    for (const ItemCheck &c : out.checks)
        QCOMPARE(c.verdict, Verdict::Deferred);
    QCOMPARE(lookupsOf(*sim.server, QStringLiteral("movie")), 2);
    // Deferred items are not stored as checks.
    QCOMPARE(LookupStore(*db()).latestChecks()->size(), 2);
}

void tst_LookupRunner::failureAndTimeoutLoseNothingElse()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 30));
    SimFaultRule error;
    error.kind = SimFaultRule::Kind::Error;
    error.status = 500;
    error.firstN = 1;
    error.path = QStringLiteral("release");
    sim->addFault(error);
    const QList<UpgradeItem> items = movieItems(*sim.server, 3);
    Outcome out = run(*db(), {job(*sim.server, items)});
    QCOMPARE(out.checks.size(), 3);
    QCOMPARE(out.checks.at(0).verdict, Verdict::Failed);
    QVERIFY(!out.checks.at(0).error.isEmpty());
    QVERIFY(out.checks.at(1).verdict != Verdict::Failed);
    QVERIFY(out.checks.at(2).verdict != Verdict::Failed);
    QCOMPARE(sim->requestsReceived(), 3); // the 500 was not retried

    // A lookup that takes longer than the deadline fails; the next one runs.
    sim->clearFaults();
    sim->resetStats();
    SimFaultRule slow;
    slow.kind = SimFaultRule::Kind::Slow;
    slow.delayMs = 3000;
    slow.firstN = 1;
    slow.path = QStringLiteral("release");
    sim->addFault(slow);
    out = run(*db(), {job(*sim.server, items.mid(0, 2))}, 500);
    QCOMPARE(out.checks.size(), 2);
    QCOMPARE(out.checks.at(0).verdict, Verdict::Failed);
    QVERIFY(out.checks.at(1).verdict != Verdict::Failed);
    QCOMPARE(sim->requestsReceived(), 2);
    const auto stored = *LookupStore(*db()).latestCheck(QStringLiteral("main"), items.at(0).itemId);
    QCOMPARE(stored->verdict, Verdict::Failed);
    QCOMPARE((*LookupStore(*db()).lookup(stored->lookupId))->state, QStringLiteral("failed"));
    // The third item's earlier check is still there.
    QVERIFY(LookupStore(*db()).latestCheck(QStringLiteral("main"), items.at(2).itemId)->has_value());
}

void tst_LookupRunner::cancel()
{
    SimServerConfig config;
    config.releaseDelayMs = 2000;
    Sim sim(radarr(QStringLiteral("5.14.0"), 30), config);
    const QList<UpgradeItem> items = movieItems(*sim.server, 3);
    const Outcome out = run(*db(), {job(*sim.server, items)}, LookupRunner::kTimeoutMs, true);
    QCOMPARE(out.checks.size(), 1); // the others were never looked up
    QCOMPARE(out.checks.at(0).verdict, Verdict::Failed);
    QCOMPARE((*LookupStore(*db()).lookup(out.checks.at(0).lookupId))->state, QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(tst_LookupRunner)
#include "tst_lookuprunner.moc"
