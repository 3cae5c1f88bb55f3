// LookupStore on a real database: lookups, their releases and verdicts round-trip; the hourly cap is
// counted in the database, so two connections (two runs: the CLI and the app) share it; a failed lookup
// is stored as failed without losing earlier ones.
#include "freshdatabase.h"
#include "storage/database.h"
#include "upgrades/lookupstore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace arrscore;

namespace {

UpgradeItem movie(qint64 id, std::optional<int> score = 100)
{
    UpgradeItem item;
    item.instance = QStringLiteral("main");
    item.type = InstanceType::Radarr;
    item.itemId = id;
    item.fileId = id * 10;
    item.currentScore = score;
    item.quality = QStringLiteral("WEBDL-1080p");
    item.qualityId = 3;
    item.profileId = 4;
    item.profile = QStringLiteral("HD");
    item.title = QStringLiteral("Movie %1").arg(id);
    return item;
}

ReleaseInfo fullRelease()
{
    ReleaseInfo r;
    r.guid = QStringLiteral("guid-1");
    r.indexerId = 3;
    r.indexer = QStringLiteral("NZBgeek");
    r.title = QStringLiteral("Movie.2160p \"quoted\" ünï");
    r.protocol = QStringLiteral("usenet");
    r.quality = QStringLiteral("Bluray-2160p");
    r.qualityId = 19;
    r.resolution = 2160;
    r.sizeBytes = 45000000000LL;
    r.customFormats = {{4, QStringLiteral("HDR")}, {9, QStringLiteral("DV, \"x\"")}};
    r.customFormatScore = 2500;
    r.approved = true;
    r.rejections = {QStringLiteral("a, \"b\""), QStringLiteral("c")};
    r.releaseWeight = 2;
    r.ageMinutes = 90.5;
    r.publishDate = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    r.seeders = 40;
    r.leechers = 0;
    r.seasonNumber = 1;
    r.fullSeason = true;
    r.episodeNumbers = {1, 2};
    return r;
}

} // namespace

class tst_LookupStore : public QObject, private test::FreshDatabase
{
    Q_OBJECT

public:
    tst_LookupStore() : FreshDatabase(QStringLiteral("tst_lookups"), QStringLiteral("lookups/history-%1.db")) {}

private Q_SLOTS:
    void initTestCase_data() { test::StorageBackends::addRows(); }
    void init() { openFresh(); }
    void cleanup() { closeAndDrop(); }

    void roundTrip();
    void capSharedAcrossConnections();
    void capZeroAllowsNothing();
    void failureStoredAndNothingLost();
};

void tst_LookupStore::roundTrip()
{
    LookupStore store(*db());
    const LookupRequest request = *LookupRequest::forMovie(movie(7));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CapState cap;
    auto reserved = store.reserve(request, 20, now, &cap);
    QVERIFY2(reserved.ok(), qPrintable(reserved.error().message));
    QVERIFY(reserved->has_value());
    QCOMPARE(cap.used, 1);
    QCOMPARE(cap.remaining(), 19);
    const qint64 id = **reserved;
    QCOMPARE((*store.lookup(id))->state, QStringLiteral("running"));

    ReleaseInfo other = fullRelease();
    other.guid = QStringLiteral("guid-2");
    other.customFormatScore = std::nullopt;
    other.ageMinutes = std::nullopt;
    other.seeders = std::nullopt;
    other.publishDate = QDateTime();
    other.seasonNumber = -1;
    other.indexer = QString();
    const QList<ReleaseInfo> releases = {other, fullRelease()};
    ItemCheck check;
    check.item = movie(7);
    check.verdict = Verdict::Better;
    check.lookupId = id;
    check.checkedAt = now;
    check.releaseCount = 2;
    check.pick = releases.at(1);
    QVERIFY(store.finish(id, request, releases, {check}, now.addSecs(30), 1).ok());

    QCOMPARE(*store.releases(id), releases);
    const auto lookup = *store.lookup(id);
    QCOMPARE(lookup->state, QStringLiteral("done"));
    QCOMPARE(lookup->releaseCount, 2);
    QCOMPARE(lookup->requestCount, 1);
    QCOMPARE(lookup->scope, LookupRequest::Scope::Movie);
    QCOMPARE(lookup->requestId, 7);

    auto checks = store.latestChecks();
    QVERIFY(checks.ok());
    QCOMPARE(checks->size(), 1);
    const ItemCheck &read = checks->at(0);
    QCOMPARE(read.verdict, Verdict::Better);
    QCOMPARE(read.item.itemId, 7);
    QCOMPARE(read.item.fileId, 70);
    QCOMPARE(read.item.currentScore, std::optional<int>(100));
    QCOMPARE(read.item.title, QStringLiteral("Movie 7"));
    QCOMPARE(read.item.profile, QStringLiteral("HD"));
    QCOMPARE(read.pick, std::optional<ReleaseInfo>(fullRelease()));
    QCOMPARE(read.gain(), std::optional<qint64>(2400));
    QCOMPARE(read.checkedAt.toMSecsSinceEpoch(), now.addSecs(30).toMSecsSinceEpoch());
    QCOMPARE((*store.latestCheck(QStringLiteral("main"), 7))->pick->guid, QStringLiteral("guid-1"));
    QVERIFY(!store.latestCheck(QStringLiteral("main"), 8)->has_value());
    QVERIFY(!store.latestCheck(QStringLiteral("other"), 7)->has_value());
}

void tst_LookupStore::capSharedAcrossConnections()
{
    auto second = Database::open(m_location);
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    LookupStore app(*db());
    LookupStore cli(**second);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(app.reserve(*LookupRequest::forMovie(movie(1)), 2, now.addSecs(-600))->has_value());
    QVERIFY(cli.reserve(*LookupRequest::forMovie(movie(2)), 2, now)->has_value());
    CapState cap;
    auto refused = app.reserve(*LookupRequest::forMovie(movie(3)), 2, now, &cap);
    QVERIFY(refused.ok());
    QVERIFY(!refused->has_value());
    QCOMPARE(cap.used, 2);
    QVERIFY(cap.exhausted());
    // The first lookup leaves the window an hour after it started.
    QCOMPARE(cap.nextFree.toMSecsSinceEpoch(), now.addSecs(-600 + 3600).toMSecsSinceEpoch());
    QVERIFY(!cli.reserve(*LookupRequest::forMovie(movie(3)), 2, now)->has_value());
    // An hour later it no longer counts.
    QVERIFY(cli.reserve(*LookupRequest::forMovie(movie(3)), 2, now.addSecs(3000 + 1))->has_value());
    // Another instance has its own cap.
    UpgradeItem elsewhere = movie(1);
    elsewhere.instance = QStringLiteral("second");
    QVERIFY(app.reserve(*LookupRequest::forMovie(elsewhere), 2, now)->has_value());
    QCOMPARE(app.cap(QStringLiteral("main"), 2, now.addSecs(3001))->used, 2);
}

void tst_LookupStore::capZeroAllowsNothing()
{
    LookupStore store(*db());
    CapState cap;
    auto r = store.reserve(*LookupRequest::forMovie(movie(1)), 0, QDateTime::currentDateTimeUtc(), &cap);
    QVERIFY(r.ok());
    QVERIFY(!r->has_value());
    QCOMPARE(cap.limit, 0);
    QVERIFY(!cap.text().isEmpty());
}

void tst_LookupStore::failureStoredAndNothingLost()
{
    LookupStore store(*db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const LookupRequest request = *LookupRequest::forMovie(movie(7));
    const qint64 first = **store.reserve(request, 20, now.addSecs(-60));
    ItemCheck check;
    check.item = movie(7);
    check.verdict = Verdict::NothingBetter;
    check.lookupId = first;
    check.checkedAt = now.addSecs(-50);
    check.releaseCount = 1;
    QVERIFY(store.finish(first, request, {fullRelease()}, {check}, now.addSecs(-50), 1).ok());

    const qint64 second = **store.reserve(request, 20, now);
    QVERIFY(store.fail(second, request, QStringLiteral("Radarr timed out after 180 s."), false, now, 1).ok());
    const auto latest = *store.latestCheck(QStringLiteral("main"), 7);
    QCOMPARE(latest->verdict, Verdict::Failed);
    QCOMPARE(latest->error, QStringLiteral("Radarr timed out after 180 s."));
    QCOMPARE((*store.lookup(second))->state, QStringLiteral("failed"));
    QCOMPARE(store.releases(first)->size(), 1); // the earlier lookup is kept
    // A cancelled lookup says so.
    const qint64 third = **store.reserve(request, 20, now.addSecs(1));
    QVERIFY(store.fail(third, request, {}, true, now.addSecs(2), 0).ok());
    QCOMPARE((*store.lookup(third))->state, QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(tst_LookupStore)
#include "tst_lookupstore.moc"
