// SnapshotStore: exact round trips, lists of snapshots and instances, unknown ones, a reader beside an open
// write transaction, and what a large library costs.
// Every test runs once per backend: global rows "sqlite" (real files) and "postgresql" (ARRSCORE_TEST_PG).
#include "freshdatabase.h"
#include "snapshotfixture.h"
#include "storage/database.h"
#include "storage/filestaging.h"
#include "storage/snapshotstore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtTest>

#include <ctime>
#include <limits>
#include <thread>

using namespace arrscore;
using namespace arrscore::test::snapshots;

class tst_SnapshotStore : public QObject, private test::FreshDatabase
{
    Q_OBJECT

public:
    tst_SnapshotStore() : FreshDatabase(QStringLiteral("tst_store"), QStringLiteral("store/history-%1.db")) {}

private Q_SLOTS:
    void initTestCase_data() { test::StorageBackends::addRows(); }
    void init() { openFresh(); }
    void cleanup() { closeAndDrop(); }

    void roundTripEveryField();
    void profilesAndFormatsRoundTrip();
    void readerWhileWriterTransactionIsOpen();
    void listAndInstanceNames();
    void unknownSnapshotAndInstance();
    void largeLibraryTimings();
};

void tst_SnapshotStore::roundTripEveryField()
{
    LibrarySnapshot s = library(0);
    s.instance.type = InstanceType::Sonarr;
    s.instance.appName = QStringLiteral("Sonarr");
    s.scoresAvailable = false;
    s.warnings = {QStringLiteral("first \"warning\"\nwith a newline"), QString(), QStringLiteral("ünïcødé ✓")};

    MediaFile nullScore = movie(10, QStringLiteral("<script>alert('x')</script> \"quoted\" \\ back\\slash"));
    nullScore.customFormatScore = std::nullopt; // unknown
    nullScore.scoreComputed = true;
    nullScore.customFormats = {};
    nullScore.languages = {};
    nullScore.genres = {};
    nullScore.dateAdded = QDateTime();
    nullScore.edition = QLatin1String(""); // empty, not null
    nullScore.releaseGroup = QString();    // null
    nullScore.audioChannels = 5.1;
    MediaFile zeroScore = movie(11, QStringLiteral("Zero – 零点 🎬; DROP TABLE file_versions; --"));
    zeroScore.customFormatScore = 0; // known to be zero
    zeroScore.sizeBytes = std::numeric_limits<qint64>::max();
    zeroScore.customFormats = {{3, QStringLiteral("Name, with \"quotes\" and [brackets]")}, {4, QString()}};
    zeroScore.languages = {QStringLiteral("Deutsch"), QString(), QStringLiteral("")};
    zeroScore.dateAdded = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    MediaFile multi;
    multi.kind = MediaKind::Episode;
    multi.fileId = 900;
    multi.itemId = 77;
    multi.title = QStringLiteral("Show");
    multi.seriesTitle = QStringLiteral("Show");
    multi.season = 2;
    multi.episodes = {3, 4, 5};
    multi.episodeIds = {8000000001LL, 8000000002LL, 8000000003LL};
    multi.episodeTitle = QStringLiteral("Part 1 / Part 2 / Part 3");
    multi.customFormatScore = -1500;
    multi.audioChannels = 2;
    multi.languages = {QStringLiteral("Japanese")};
    multi.dateAdded = QDateTime::fromMSecsSinceEpoch(-86400000LL, Qt::UTC); // before 1970
    MediaFile special = multi;
    special.fileId = 901;
    special.season = 0;
    special.episodes = {};
    special.episodeIds = {};
    special.episodeTitle = QString();
    special.customFormatScore = std::nullopt;
    // A server listing one file id twice: one copy is kept, the same whichever came first (FileStaging::keptOver).
    MediaFile duplicate = movie(10, QStringLiteral("Same file id, other content"));
    duplicate.itemId = nullScore.itemId + 1; // the copy of the lower item id is kept
    s.files = {multi, zeroScore, special, nullScore, duplicate};

    SnapshotStore store(*db());
    auto id = store.save(s);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    QVERIFY(*id > 0);
    auto loaded = store.load(*id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded->id, *id);
    LibrarySnapshot expected = s;
    QVERIFY(FileStaging::keptOver(nullScore, duplicate));
    expected.files.removeLast();
    sortLikeLoad(expected);
    QCOMPARE(expected.files.first().fileId, 10); // movies first, by title
    const QString diff = snapshotDiff(expected, *loaded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const MediaFile &first = loaded->files.first();
    QVERIFY(!first.customFormatScore.has_value());
    QVERIFY(first.edition.isEmpty() && !first.edition.isNull());
    QVERIFY(first.releaseGroup.isNull());
    QCOMPARE(loaded->files[1].customFormatScore, std::optional<int>(0));
    QVERIFY(loaded->files[1].languages.at(1).isNull());
    QVERIFY(!loaded->files[1].languages.at(2).isNull());
    QCOMPARE(loaded->files[2].fileId, 901); // season 0 before season 2
    QCOMPARE(loaded->files[3].episodes, (QList<int>{3, 4, 5}));
    QVERIFY(loaded->warnings.at(1).isNull());
    QCOMPARE(loaded->instance.type, InstanceType::Sonarr);
    QCOMPARE(loaded->scoresAvailable, false);

    // The score column really holds NULL for unknown and 0 for zero.
    QCOMPARE(count(*db(), QStringLiteral("file_versions"), QStringLiteral("custom_format_score IS NULL")), 2);
    QCOMPARE(count(*db(), QStringLiteral("file_versions"), QStringLiteral("custom_format_score = 0")), 1);
}

void tst_SnapshotStore::profilesAndFormatsRoundTrip()
{
    LibrarySnapshot s = library(3);
    QualityProfile odd = profile(9, -20);
    odd.name = QStringLiteral("Ünïcode <b>profile</b>");
    odd.upgradeAllowed = false;
    odd.minUpgradeFormatScore = 0;
    odd.formatItems = {};
    odd.qualities = {{1, QString(), 0, false, 0, QString()}};
    odd.definition = QByteArray("\x00\x01\xff binary", 10);
    QualityProfile bare;
    bare.id = 4;
    s.profiles = {odd, s.profiles[1], bare, s.profiles[0]};
    s.formats.append({7, QStringLiteral("Empty def"), QByteArray()});
    SnapshotStore store(*db());
    auto id = store.save(s);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    auto loaded = store.load(*id);
    QVERIFY(loaded.ok());
    LibrarySnapshot expected = s;
    sortLikeLoad(expected);
    const QString diff = snapshotDiff(expected, *loaded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(loaded->profiles.last().definition, odd.definition);
    QCOMPARE(loaded->profiles.at(1).minUpgradeFormatScore, std::optional<int>()); // profile 2
    QCOMPARE(loaded->profiles.last().minUpgradeFormatScore, std::optional<int>(0));
}

void tst_SnapshotStore::readerWhileWriterTransactionIsOpen()
{
    SnapshotStore store(*db());
    auto id1 = store.save(library(500));
    QVERIFY(id1.ok());
    QVERIFY(db()->beginWrite());
    QSqlQuery q(db()->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO instances (name, type, url) VALUES ('pending', 'radarr', 'http://p')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE snapshots SET request_count = 999")));

    QString problem = QStringLiteral("not run");
    qint64 seen = 0;
    qsizetype seenFiles = 0;
    QStringList names;
    // A std::thread, whose join() ThreadSanitizer sees (QThread::wait() is a futex inside Qt's uninstrumented
    // library): what the reader saw crosses it.
    std::thread reader([&] {
        auto own = Database::open(m_location);
        if (!own.ok()) {
            problem = own.error().message;
            return;
        }
        SnapshotStore readStore(**own);
        auto latest = readStore.latest(QStringLiteral("main"));
        auto instances = readStore.instanceNames();
        if (!latest.ok() || !latest->has_value() || !instances.ok()) {
            problem = latest.ok() ? QStringLiteral("no snapshot") : latest.error().message;
            return;
        }
        seen = (*latest)->id;
        seenFiles = (*latest)->files.size();
        names = *instances;
        problem.clear();
        if ((*latest)->requestCount == 999)
            problem = QStringLiteral("read uncommitted data");
    });
    reader.join();
    db()->rollback();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(seen, *id1);
    QCOMPARE(seenFiles, 500);
    QCOMPARE(names, QStringList{QStringLiteral("main")});
}

void tst_SnapshotStore::listAndInstanceNames()
{
    SnapshotStore store(*db());
    QCOMPARE(store.list()->size(), 0);
    QCOMPARE(store.instanceNames()->size(), 0);
    LibrarySnapshot alpha = library(3, QStringLiteral("alpha"));
    alpha.warnings = {QStringLiteral("w1"), QStringLiteral("w2")};
    LibrarySnapshot beta = library(5, QStringLiteral("Beta"));
    beta.instance.type = InstanceType::Sonarr;
    beta.instance.version = QStringLiteral("4.0.9");
    auto a1 = store.save(alpha);
    auto b1 = store.save(beta);
    alpha.files.removeLast();
    alpha.instance.url = QStringLiteral("http://moved:7878");
    auto a2 = store.save(alpha);
    QVERIFY(a1.ok() && b1.ok() && a2.ok());

    auto all = store.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).id, *a1);
    QCOMPARE(all->at(1).id, *b1);
    QCOMPARE(all->at(2).id, *a2);
    const SnapshotInfo &b = all->at(1);
    QCOMPARE(b.instanceName, QStringLiteral("Beta"));
    QCOMPARE(b.type, InstanceType::Sonarr);
    QCOMPARE(b.version, QStringLiteral("4.0.9"));
    QCOMPARE(b.fileCount, 5);
    QCOMPARE(b.requestCount, beta.requestCount);
    QCOMPARE(b.warningCount, 0);
    QCOMPARE(b.startedAt, beta.startedAt);
    QCOMPARE(b.finishedAt, beta.finishedAt);
    QCOMPARE(b.strategy, beta.strategy);
    auto onlyAlpha = store.list(QStringLiteral("alpha"));
    QVERIFY(onlyAlpha.ok());
    QCOMPARE(onlyAlpha->size(), 2);
    QCOMPARE(onlyAlpha->at(1).fileCount, 2);
    QCOMPARE(onlyAlpha->at(1).warningCount, 2);
    QCOMPARE(*store.instanceNames(), (QStringList{QStringLiteral("alpha"), QStringLiteral("Beta")}));
    // The old snapshot keeps the URL it was taken from.
    QCOMPARE(store.load(*a1)->instance.url, QStringLiteral("http://radarr.local:7878/radarr"));
    QCOMPARE(store.load(*a2)->instance.url, QStringLiteral("http://moved:7878"));
}

void tst_SnapshotStore::unknownSnapshotAndInstance()
{
    SnapshotStore store(*db());
    auto none = store.latest(QStringLiteral("nobody"));
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
    auto missing = store.load(12345);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("12345")));
    LibrarySnapshot unnamed = library(1, QString());
    QCOMPARE(store.save(unnamed).error().kind, ErrorKind::Storage);
}

void tst_SnapshotStore::largeLibraryTimings()
{
    // Printed, not asserted: benchmarks live elsewhere. The data must still come back whole.
    const int files = 100000;
    LibrarySnapshot s = library(files);
    SnapshotStore store(*db());
    QElapsedTimer wall;
    wall.start();
    std::clock_t cpu = std::clock();
    auto id = store.save(s);
    const double saveCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    const qint64 saveWall = wall.restart();
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    cpu = std::clock();
    auto loaded = store.load(*id);
    const double loadCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    const qint64 loadWall = wall.restart();
    QVERIFY(loaded.ok());
    s.startedAt = s.startedAt.addDays(1);
    cpu = std::clock();
    auto again = store.save(s);
    const double resyncCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    const qint64 resyncWall = wall.elapsed();
    QVERIFY(again.ok());
    qInfo("%s, %d files: first save %.3f s CPU (%lld ms wall), load %.3f s CPU (%lld ms wall), "
          "unchanged re-sync %.3f s CPU (%lld ms wall)",
          qPrintable(m_storage.backend()), files, saveCpu, saveWall, loadCpu, loadWall, resyncCpu, resyncWall);
    QCOMPARE(loaded->files.size(), files);
    sortLikeLoad(s);
    QCOMPARE(fileDiff(s.files.first(), loaded->files.first()), QString());
    QCOMPARE(fileDiff(s.files.last(), loaded->files.last()), QString());
    QCOMPARE(fileDiff(s.files[files / 2], loaded->files[files / 2]), QString());
    if (!isPg()) {
        QSqlQuery q(db()->connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        qInfo("database size after two syncs of %d files: %lld bytes", files, QFileInfo(m_location).size());
    }
}

QTEST_GUILESS_MAIN(tst_SnapshotStore)
#include "tst_snapshotstore.moc"
