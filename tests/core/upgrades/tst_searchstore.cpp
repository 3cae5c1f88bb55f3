// SearchStore, SearchPlanner, SearchOutcomes and UpgradesJson on a real database: searches_per_hour counts
// items across two connections (two runs) and is never exceeded, also with force; the cooldown skips
// items and takes the next ones, force overrides it and says so; command states are kept; outcomes come
// from the latest snapshot; the JSON of `searches --json`.
#include "config/config.h"
#include "freshdatabase.h"
#include "storage/database.h"
#include "upgrades/searchoutcomes.h"
#include "upgrades/searchplanner.h"
#include "upgrades/searchstore.h"
#include "upgrades/upgradesjson.h"

#include <QJsonArray>
#include <QtTest>

using namespace arrscore;

namespace {

SearchRecord search(const QString &instance, const QList<qint64> &ids)
{
    SearchRecord r;
    r.instance = instance;
    r.type = InstanceType::Radarr;
    r.kind = SearchRecord::Kind::MoviesSearch;
    for (qint64 id : ids) {
        SearchedItem item;
        item.itemId = id;
        item.fileId = id * 10;
        item.score = 100;
        item.quality = QStringLiteral("WEBDL-1080p");
        item.qualityId = 3;
        item.profileId = 1;
        item.title = QStringLiteral("Movie %1").arg(id);
        r.items.append(item);
    }
    return r;
}

UpgradeItem item(qint64 id, const QString &instance = QStringLiteral("main"))
{
    UpgradeItem i;
    i.instance = instance;
    i.itemId = id;
    return i;
}

QList<qint64> idsOf(const QList<UpgradeItem> &items)
{
    QList<qint64> ids;
    for (const UpgradeItem &i : items)
        ids << i.itemId;
    return ids;
}

} // namespace

class tst_SearchStore : public QObject, private test::FreshDatabase
{
    Q_OBJECT

public:
    tst_SearchStore() : FreshDatabase(QStringLiteral("tst_searches"), QStringLiteral("searches/history-%1.db")) {}

private Q_SLOTS:
    void initTestCase_data() { test::StorageBackends::addRows(); }
    void init() { openFresh(); }
    void cleanup() { closeAndDrop(); }

    void capCountsItemsAcrossConnections();
    void cooldownSkipsAndForceOverrides();
    void statesAndUnfinished();
    void outcomesFromTheLatestSnapshot();
    void searchesJson();
};

void tst_SearchStore::capCountsItemsAcrossConnections()
{
    auto second = Database::open(m_location);
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    SearchStore app(*db());
    SearchStore cli(**second);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(app.reserve(search(QStringLiteral("main"), {1, 2, 3}), 5, now.addSecs(-120))->has_value());
    CapState cap;
    auto refused = cli.reserve(search(QStringLiteral("main"), {4, 5, 6}), 5, now, &cap);
    QVERIFY(refused.ok());
    QVERIFY(!refused->has_value()); // three do not fit in the two left
    QCOMPARE(cap.remaining(), 2);
    QCOMPARE(cap.nextFree.toMSecsSinceEpoch(), now.addSecs(3600 - 120).toMSecsSinceEpoch());
    const auto fits = cli.reserve(search(QStringLiteral("main"), {4, 5}), 5, now, &cap);
    QVERIFY(fits->has_value());
    QCOMPARE(cap.remaining(), 0);
    // A search the server never took does not count.
    QVERIFY(cli.markSent(**fits, std::nullopt, QStringLiteral("not-sent"), QStringLiteral("401")).ok());
    QCOMPARE(app.cap(QStringLiteral("main"), 5, now)->remaining(), 2);
    QVERIFY(!app.lastSearched(QStringLiteral("main"))->contains(4));
    QCOMPARE(app.cap(QStringLiteral("other"), 5, now)->remaining(), 5);
}

void tst_SearchStore::cooldownSkipsAndForceOverrides()
{
    SearchStore store(*db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store.reserve(search(QStringLiteral("main"), {1, 2}), 100, now.addDays(-3))->has_value());
    QVERIFY(store.reserve(search(QStringLiteral("main"), {3}), 100, now.addDays(-8))->has_value());
    InstanceConfig config;
    config.name = QStringLiteral("main");
    config.searchesPerHour = 3;
    config.searchCooldownDays = 7;
    auto allowances = SearchPlanner::allowances(store, {config}, now);
    QVERIFY(allowances.ok());
    QCOMPARE(allowances->value(QStringLiteral("main")).lastSearched.size(), 3);

    // Ranked 1..6 with a limit of 2: 1 and 2 were searched three days ago and are skipped; 3 is out of
    // its cooldown; 4 is next.
    const QList<UpgradeItem> ranked = {item(1), item(2), item(3), item(4), item(5), item(6)};
    SearchPlan plan = SearchPlanner::plan(ranked, 2, *allowances, false, now);
    QCOMPARE(idsOf(plan.chosen), (QList<qint64>{3, 4}));
    QCOMPARE(plan.inCooldown.size(), 2);
    QCOMPARE(plan.inCooldown.at(0).until.toMSecsSinceEpoch(), now.addDays(4).toMSecsSinceEpoch());
    QVERIFY(plan.forcedOver.isEmpty());
    QCOMPARE(plan.remainingAfter(QStringLiteral("main")), 1);
    QVERIFY(SearchPlanner::summary(plan).contains(QLatin1String("2 item")));

    // Force takes them, says so, and still stops at the hourly cap of 3.
    plan = SearchPlanner::plan(ranked, 0, *allowances, true, now);
    QCOMPARE(idsOf(plan.chosen), (QList<qint64>{1, 2, 3}));
    QCOMPARE(plan.forcedOver.size(), 2);
    QCOMPARE(idsOf(plan.overCap), (QList<qint64>{4, 5, 6}));
    QCOMPARE(plan.remainingAfter(QStringLiteral("main")), 0);

    // No cooldown: nothing is skipped. An instance without an allowance gets nothing.
    allowances.value()[QStringLiteral("main")].cooldownDays = 0;
    plan = SearchPlanner::plan({item(1), item(9, QStringLiteral("unknown"))}, 0, *allowances, false, now);
    QCOMPARE(idsOf(plan.chosen), (QList<qint64>{1}));
    QCOMPARE(idsOf(plan.overCap), (QList<qint64>{9}));
}

void tst_SearchStore::statesAndUnfinished()
{
    SearchStore store(*db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 a = **store.reserve(search(QStringLiteral("main"), {1}), 10, now.addSecs(-10));
    const qint64 b = **store.reserve(search(QStringLiteral("main"), {2}), 10, now);
    QVERIFY(store.markSent(a, 41, QStringLiteral("queued"), {}).ok());
    QVERIFY(store.markSent(b, 42, QStringLiteral("queued"), {}).ok());
    const QDateTime ended = now.addSecs(5);
    QVERIFY(store
                .updateState(a, QStringLiteral("completed"),
                             QStringLiteral("Completed search for 1 movies. 1 reports "
                                            "downloaded."),
                             ended)
                .ok());
    auto open = store.unfinished();
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->at(0).commandId, std::optional<qint64>(42));
    auto all = store.searches(QStringLiteral("main"));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(1).id, a); // newest first
    QCOMPARE(all->at(1).state, QStringLiteral("completed"));
    QVERIFY(all->at(1).hasEnded());
    QCOMPARE(all->at(1).endedAt.toMSecsSinceEpoch(), ended.toMSecsSinceEpoch());
    QCOMPARE(all->at(1).items.size(), 1);
    QCOMPARE(all->at(1).items.at(0).fileId, 10);
    QCOMPARE(store.searches({}, 1)->size(), 1);
}

void tst_SearchStore::outcomesFromTheLatestSnapshot()
{
    const QDateTime sent = QDateTime::currentDateTimeUtc().addDays(-10);
    LibrarySnapshot snapshot;
    snapshot.instance.name = QStringLiteral("main");
    snapshot.finishedAt = sent.addDays(2);
    QualityProfile hd;
    hd.id = 1;
    hd.name = QStringLiteral("HD");
    hd.qualities = {{3, QStringLiteral("WEBDL-1080p"), 1080, true, 0, {}},
                    {7, QStringLiteral("Bluray-1080p"), 1080, true, 0, {}}};
    snapshot.profiles = {hd};
    const auto file = [](qint64 movie, qint64 fileId, int score, int quality) {
        MediaFile f;
        f.itemId = movie;
        f.fileId = fileId;
        f.customFormatScore = score;
        f.qualityId = quality;
        f.quality = quality == 7 ? QStringLiteral("Bluray-1080p") : QStringLiteral("WEBDL-1080p");
        f.qualityProfileId = 1;
        return f;
    };
    snapshot.files = {file(1, 999, 1600, 3), // new file, higher score: +1500
                      file(2, 20, 100, 3),   // the same file: nothing new
                      file(3, 998, 50, 7),   // new file, lower score but better quality
                      file(4, 997, 100, 3)}; // new file, neither better
    SearchRecord s = search(QStringLiteral("main"), {1, 2, 3, 4, 5});
    s.id = 1;
    s.sentAt = sent;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ItemOutcome> outcomes = SearchOutcomes::classify(s, {&snapshot}, 7, now);
    QCOMPARE(outcomes.size(), 5);
    QCOMPARE(outcomes.at(0).outcome, Outcome::Upgraded);
    QCOMPARE(outcomes.at(0).newScore, std::optional<int>(1600));
    QCOMPARE(outcomes.at(0).gain(), std::optional<qint64>(1500));
    QCOMPARE(outcomes.at(1).outcome, Outcome::Unchanged); // ten days on, past the cooldown
    QCOMPARE(outcomes.at(2).outcome, Outcome::Upgraded);
    QCOMPARE(outcomes.at(3).outcome, Outcome::Unchanged);
    QCOMPARE(outcomes.at(4).outcome, Outcome::Unchanged); // not in the library any more
    QCOMPARE(outcomes.at(0).profile, QStringLiteral("HD"));
    // Within a 14-day cooldown nothing new is still pending.
    QCOMPARE(SearchOutcomes::classify(s, {&snapshot}, 14, now).at(1).outcome, Outcome::Pending);
    // A snapshot from before the search shows nothing new, whatever its files.
    snapshot.finishedAt = sent.addSecs(-1);
    QCOMPARE(SearchOutcomes::classify(s, {&snapshot}, 7, now).at(0).outcome, Outcome::Unchanged);

    // Searched twice: counted once, with its best outcome.
    SearchRecord again = search(QStringLiteral("main"), {1});
    again.id = 0;
    again.sentAt = sent.addDays(-20);
    outcomes += SearchOutcomes::classify(again, {}, 7, now);
    const OutcomeSummary summary = SearchOutcomes::summarize(outcomes);
    QCOMPARE(summary.searched, 5);
    QCOMPARE(summary.upgraded, 2);
    QCOMPARE(summary.unchanged, 3);
    QCOMPARE(summary.medianGain, std::optional<double>((1500.0 - 50.0) / 2));
    QCOMPARE(SearchOutcomes::byProfile(outcomes).value(QStringLiteral("HD")).upgraded, 2);
    QCOMPARE(SearchOutcomes::byInstance(outcomes).value(QStringLiteral("main")).searched, 5);
    QVERIFY(!SearchOutcomes::summaryText(summary).isEmpty());
}

void tst_SearchStore::searchesJson()
{
    SearchStore store(*db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 id = **store.reserve(search(QStringLiteral("main"), {1}), 10, now);
    QVERIFY(store.markSent(id, 77, QStringLiteral("queued"), {}).ok());
    const QList<SearchRecord> searches = *store.searches();
    ItemOutcome o;
    o.instance = QStringLiteral("main");
    o.searchId = id;
    o.item = searches.at(0).items.at(0);
    o.outcome = Outcome::Upgraded;
    o.newScore = 900;
    const QJsonObject json = UpgradesJson::searches(searches, {o});
    const QJsonObject s = json.value(QStringLiteral("searches")).toArray().at(0).toObject();
    QCOMPARE(s.value(QStringLiteral("instance")).toString(), QStringLiteral("main"));
    QCOMPARE(s.value(QStringLiteral("command_id")).toInt(), 77);
    QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("MoviesSearch"));
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QVERIFY(s.value(QStringLiteral("message")).isNull());
    QCOMPARE(s.value(QStringLiteral("sent_at")).toString(), now.toString(Qt::ISODateWithMs));
    const QJsonObject i = s.value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(i.value(QStringLiteral("item_id")).toInt(), 1);
    QCOMPARE(i.value(QStringLiteral("outcome")).toString(), QStringLiteral("upgraded"));
    QCOMPARE(i.value(QStringLiteral("old_score")).toInt(), 100);
    QCOMPARE(i.value(QStringLiteral("new_score")).toInt(), 900);
}

QTEST_GUILESS_MAIN(tst_SearchStore)
#include "tst_searchstore.moc"
