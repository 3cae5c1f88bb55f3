// Planning release lookups: one per movie, per Sonarr season one per episode or one for the season, and
// no way to build a bare /release or a seriesId without seasonNumber (they fetch every indexer's RSS).
#include "upgrades/lookupplanner.h"

#include <QtTest>

#include <type_traits>

using namespace arrscore;

static_assert(!std::is_default_constructible_v<LookupRequest>, "a lookup always names its item");

namespace {

UpgradeItem movie(qint64 id, const QString &instance = QStringLiteral("radarr"))
{
    UpgradeItem item;
    item.instance = instance;
    item.type = InstanceType::Radarr;
    item.itemId = id;
    return item;
}

UpgradeItem episode(qint64 id, qint64 series, int season, int number)
{
    UpgradeItem item;
    item.instance = QStringLiteral("sonarr");
    item.type = InstanceType::Sonarr;
    item.itemId = id;
    item.seriesId = series;
    item.season = season;
    item.episode = number;
    return item;
}

QString queryOf(const LookupRequest &r)
{
    return r.query().toString(QUrl::FullyDecoded);
}

} // namespace

class tst_LookupPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverBare();
    void oneLookupPerMovie();
    void episodesGroupedBySeason();
    void unusableItemsSkipped();
};

void tst_LookupPlanner::neverBare()
{
    QVERIFY(!LookupRequest::forMovie(movie(0)));
    QVERIFY(!LookupRequest::forMovie(movie(-3)));
    QVERIFY(!LookupRequest::forMovie(episode(5, 1, 1, 1))); // a Sonarr item is no movie
    QVERIFY(!LookupRequest::forEpisode(episode(0, 1, 1, 1)));
    QVERIFY(!LookupRequest::forEpisode(movie(5)));
    QVERIFY(!LookupRequest::forSeason(0, 1, {episode(5, 1, 1, 1)}));
    QVERIFY(!LookupRequest::forSeason(7, -1, {episode(5, 7, 1, 1)}));
    QVERIFY(!LookupRequest::forSeason(7, 1, {}));
    QVERIFY(!LookupRequest::forSeason(7, 1, {episode(0, 7, 1, 1)}));
    QCOMPARE(queryOf(*LookupRequest::forMovie(movie(12))), QStringLiteral("movieId=12"));
    QCOMPARE(queryOf(*LookupRequest::forEpisode(episode(345, 7, 2, 1))), QStringLiteral("episodeId=345"));
    // Season 0 (specials) is a season.
    QCOMPARE(queryOf(*LookupRequest::forSeason(7, 0, {episode(5, 7, 0, 1)})),
             QStringLiteral("seriesId=7&seasonNumber=0"));
    QCOMPARE(LookupRequest::path(), QStringLiteral("api/v3/release"));
}

void tst_LookupPlanner::oneLookupPerMovie()
{
    int skipped = -1;
    const QList<LookupRequest> plan =
        LookupPlanner::plan({movie(3), movie(1), movie(3), movie(1, QStringLiteral("other"))}, &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.at(0).instance(), QStringLiteral("radarr"));
    QCOMPARE(queryOf(plan.at(0)), QStringLiteral("movieId=3"));
    QCOMPARE(queryOf(plan.at(1)), QStringLiteral("movieId=1"));
    QCOMPARE(plan.at(2).instance(), QStringLiteral("other"));
    for (const LookupRequest &r : plan) {
        QCOMPARE(r.scope(), LookupRequest::Scope::Movie);
        QCOMPARE(r.items().size(), 1);
    }
}

void tst_LookupPlanner::episodesGroupedBySeason()
{
    // Series 7: S01E01 and S01E03 → one season lookup; S02E05 alone → its episode. Series 8 S01E02 alone.
    const QList<LookupRequest> plan = LookupPlanner::plan(
        {episode(101, 7, 1, 1), episode(205, 7, 2, 5), episode(801, 8, 1, 2), episode(103, 7, 1, 3)});
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.at(0).scope(), LookupRequest::Scope::Season);
    QCOMPARE(queryOf(plan.at(0)), QStringLiteral("seriesId=7&seasonNumber=1"));
    QCOMPARE(plan.at(0).items().size(), 2);
    QCOMPARE(plan.at(0).items().at(1).itemId, 103);
    QCOMPARE(plan.at(1).scope(), LookupRequest::Scope::Episode);
    QCOMPARE(queryOf(plan.at(1)), QStringLiteral("episodeId=205"));
    QCOMPARE(queryOf(plan.at(2)), QStringLiteral("episodeId=801"));
    for (const LookupRequest &r : plan) {
        const QUrlQuery q = r.query();
        QVERIFY(!q.isEmpty());
        QVERIFY(!q.hasQueryItem(QStringLiteral("seriesId")) || q.hasQueryItem(QStringLiteral("seasonNumber")));
    }
}

void tst_LookupPlanner::unusableItemsSkipped()
{
    int skipped = 0;
    UpgradeItem noSeries = episode(9, 0, 1, 1);
    const QList<LookupRequest> plan = LookupPlanner::plan({movie(0), noSeries, episode(10, 4, -1, 1)}, &skipped);
    QVERIFY(plan.isEmpty());
    QCOMPARE(skipped, 3);
}

QTEST_GUILESS_MAIN(tst_LookupPlanner)
#include "tst_lookupplanner.moc"
