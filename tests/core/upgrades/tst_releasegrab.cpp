// ReleaseGrab against the simulator with a real SQLite file: it sends the pick's guid and indexer id (or
// a chosen release's), records the grab, looks up again first when the lookup is older than the server's
// 30-minute cache or the server no longer holds the release, and defers when the cap is reached.
#include "freshdatabase.h"
#include "simtestutil.h"
#include "storage/database.h"
#include "upgrades/lookupplanner.h"
#include "upgrades/lookuprunner.h"
#include "upgrades/lookupstore.h"
#include "upgrades/releasegrab.h"
#include "upgrades/searchstore.h"
#include "upgradesfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

class tst_ReleaseGrab : public QObject, private FreshDatabase
{
    Q_OBJECT

public:
    tst_ReleaseGrab() : FreshDatabase(QStringLiteral("tst_releasegrab"), QStringLiteral("grab/history-%1.db")) {}

private Q_SLOTS:
    void initTestCase_data() { StorageBackends::addRows(); }
    void init();
    void cleanup();

    void grabsThePick();
    void grabsAChosenRelease();
    void olderLookupLookedUpAgain();
    void cacheMissLookedUpAgain();
    void deferredWhenTheCapIsReached();
    void onlyABetterItem();

private:
    // Looks up movies until one has a better release; its stored check.
    ItemCheck betterCheck();
    ReleaseGrab::State grab(const ReleaseGrab::Request &request, ReleaseGrab **out = nullptr);
    void backdateLookups(int minutes);

    std::unique_ptr<Sim> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ReleaseGrab> m_grab;
};

void tst_ReleaseGrab::init()
{
    openFresh();
    m_sim = std::make_unique<Sim>(radarr(QStringLiteral("5.14.0"), 40));
}

void tst_ReleaseGrab::cleanup()
{
    m_grab.reset();
    m_sim.reset();
    closeAndDrop();
}

ItemCheck tst_ReleaseGrab::betterCheck()
{
    LookupRunner runner(&m_nam, *db());
    QSignalSpy finished(&runner, &LookupRunner::finished);
    runner.start({{upgradeTarget(*m_sim->server), 100, LookupPlanner::plan(movieItems(*m_sim->server, 15))}});
    finished.wait(30000);
    for (const ItemCheck &c : runner.checks()) {
        if (c.verdict == Verdict::Better)
            return *LookupStore(*db()).latestCheck(QStringLiteral("main"), c.item.itemId).value();
    }
    return {};
}

ReleaseGrab::State tst_ReleaseGrab::grab(const ReleaseGrab::Request &request, ReleaseGrab **out)
{
    m_grab = std::make_unique<ReleaseGrab>(&m_nam, *db());
    QSignalSpy finished(m_grab.get(), &ReleaseGrab::finished);
    m_grab->start(request);
    finished.wait(30000);
    if (out)
        *out = m_grab.get();
    return m_grab->state();
}

void tst_ReleaseGrab::backdateLookups(int minutes)
{
    QSqlQuery q(db()->connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE release_lookups SET started_at = started_at - %1, finished_at = finished_at - %1")
                   .arg(qint64(minutes) * 60000)));
}

void tst_ReleaseGrab::grabsThePick()
{
    const ItemCheck check = betterCheck();
    QVERIFY(check.pick);
    const int lookups = m_sim->server->stats().releaseLookups.value(QStringLiteral("movie"));
    ReleaseGrab *g = nullptr;
    QCOMPARE(grab({upgradeTarget(*m_sim->server), 20, check, {}, 0, {}}, &g), ReleaseGrab::State::Grabbed);
    QVERIFY(!g->lookedUpAgain());
    QVERIFY(g->summary().contains(check.pick->title));
    QCOMPARE(m_sim->server->stats().grabs, 1); // the sim found guid + indexerId in its cache
    QCOMPARE(m_sim->server->stats().grabMisses, 0);
    QCOMPARE(m_sim->server->stats().releaseLookups.value(QStringLiteral("movie")), lookups);
    const QList<SearchRecord> searches = *SearchStore(*db()).searches();
    QCOMPARE(searches.size(), 1);
    QCOMPARE(searches.at(0).kind, SearchRecord::Kind::Grab);
    QCOMPARE(searches.at(0).state, QStringLiteral("grabbed"));
    QCOMPARE(searches.at(0).releaseGuid, check.pick->guid);
    QCOMPARE(searches.at(0).indexerId, check.pick->indexerId);
    QCOMPARE(searches.at(0).items.at(0).itemId, check.item.itemId);
    QCOMPARE(searches.at(0).items.at(0).fileId, check.item.fileId);
    QCOMPARE(g->searchId(), searches.at(0).id);
}

void tst_ReleaseGrab::grabsAChosenRelease()
{
    const ItemCheck check = betterCheck();
    const QList<ReleaseInfo> releases = *LookupStore(*db()).releases(check.lookupId);
    QVERIFY(releases.size() >= 2);
    const ReleaseInfo chosen = releases.last();
    QCOMPARE(grab({upgradeTarget(*m_sim->server), 20, check, chosen.guid, 0, {}}), ReleaseGrab::State::Grabbed);
    const SearchRecord record = SearchStore(*db()).searches()->at(0);
    QCOMPARE(record.releaseGuid, chosen.guid);
    QCOMPARE(record.indexerId, chosen.indexerId);
    QCOMPARE(record.releaseTitle, chosen.title);
    // A guid the lookup did not return is refused before anything is sent.
    QCOMPARE(grab({upgradeTarget(*m_sim->server), 20, check, QStringLiteral("no-such-guid"), 0, {}}),
             ReleaseGrab::State::Failed);
    QCOMPARE(m_sim->server->stats().grabs, 1);
}

void tst_ReleaseGrab::olderLookupLookedUpAgain()
{
    const ItemCheck fresh = betterCheck();
    QVERIFY(fresh.pick);
    backdateLookups(31);
    m_sim->server->advanceClock(31 * 60); // the server's cache has expired too
    const ItemCheck old = *LookupStore(*db()).latestCheck(QStringLiteral("main"), fresh.item.itemId).value();
    const int lookups = m_sim->server->stats().releaseLookups.value(QStringLiteral("movie"));
    ReleaseGrab *g = nullptr;
    QCOMPARE(grab({upgradeTarget(*m_sim->server), 20, old, {}, 0, {}}, &g), ReleaseGrab::State::Grabbed);
    QVERIFY(g->lookedUpAgain());
    QCOMPARE(m_sim->server->stats().releaseLookups.value(QStringLiteral("movie")), lookups + 1);
    QCOMPARE(m_sim->server->stats().grabMisses, 0); // never posted from the stale lookup
    QCOMPARE(m_sim->server->stats().grabs, 1);
    QCOMPARE(SearchStore(*db()).searches()->at(0).releaseGuid, fresh.pick->guid);
}

void tst_ReleaseGrab::cacheMissLookedUpAgain()
{
    const ItemCheck check = betterCheck();
    m_sim->server->advanceClock(31 * 60); // the server forgot; our lookup looks recent
    ReleaseGrab *g = nullptr;
    QCOMPARE(grab({upgradeTarget(*m_sim->server), 20, check, {}, 0, {}}, &g), ReleaseGrab::State::Grabbed);
    QVERIFY(g->lookedUpAgain());
    QCOMPARE(m_sim->server->stats().grabMisses, 1);
    QCOMPARE(m_sim->server->stats().grabs, 1);
    const QList<SearchRecord> searches = *SearchStore(*db()).searches();
    QCOMPARE(searches.size(), 2);
    QCOMPARE(searches.at(1).state, QStringLiteral("not-sent")); // the first attempt, which the server refused
    QCOMPARE(searches.at(0).state, QStringLiteral("grabbed"));
}

void tst_ReleaseGrab::deferredWhenTheCapIsReached()
{
    const ItemCheck fresh = betterCheck();
    backdateLookups(31);
    const ItemCheck old = *LookupStore(*db()).latestCheck(QStringLiteral("main"), fresh.item.itemId).value();
    // The lookups of 31 minutes ago fill a cap of one an hour.
    QVERIFY(LookupStore(*db()).cap(QStringLiteral("main"), 1, QDateTime::currentDateTimeUtc())->exhausted());
    ReleaseGrab *g = nullptr;
    QCOMPARE(grab({upgradeTarget(*m_sim->server), 1, old, {}, 0, {}}, &g), ReleaseGrab::State::Deferred);
    QVERIFY(g->deferredUntil() > QDateTime::currentDateTimeUtc().addSecs(29 * 60 - 60));
    QVERIFY(g->summary().contains(QLatin1String("30 minutes")));
    QCOMPARE(m_sim->server->stats().grabs + m_sim->server->stats().grabMisses, 0);
    QVERIFY(SearchStore(*db()).searches()->isEmpty());
}

void tst_ReleaseGrab::onlyABetterItem()
{
    ItemCheck check = betterCheck();
    check.verdict = Verdict::NothingBetter;
    ReleaseGrab *g = nullptr;
    QCOMPARE(grab({upgradeTarget(*m_sim->server), 20, check, {}, 0, {}}, &g), ReleaseGrab::State::Failed);
    QVERIFY(!g->error().message.isEmpty());
    QCOMPARE(m_sim->server->stats().grabs + m_sim->server->stats().grabMisses, 0);
}

QTEST_GUILESS_MAIN(tst_ReleaseGrab)
#include "tst_releasegrab.moc"
