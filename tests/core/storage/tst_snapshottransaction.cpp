// SnapshotTransaction (with VersionedRows and BulkInserter), through SnapshotStore::save(): history as
// versioned rows (a re-sync writes only what changed), all-or-nothing saves (cancelled, failed, refused mid bulk
// write), and no secret in any stored byte. Every test runs once per backend: global rows "sqlite" (real files) and
// "postgresql" (ARRSCORE_TEST_PG).
#include "freshdatabase.h"
#include "snapshotfixture.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace arrscore;
using namespace arrscore::test::snapshots;
using arrscore::test::fileBytes;

class tst_SnapshotTransaction : public QObject, private test::FreshDatabase
{
    Q_OBJECT

public:
    tst_SnapshotTransaction() : FreshDatabase(QStringLiteral("tst_store"), QStringLiteral("store/history-%1.db")) {}

private Q_SLOTS:
    void initTestCase_data() { test::StorageBackends::addRows(); }
    void init() { openFresh(); }
    void cleanup() { closeAndDrop(); }

    void unchangedResyncAddsNothing();
    void changedAndRemovedFilesAreVersioned();
    void profileEditIsVersioned();
    void cancelledSaveChangesNothing();
    void failedSaveChangesNothing();
    void apiKeyIsNeverStored();
    void failedBulkWriteKeepsPreviousSnapshot_data();
    void failedBulkWriteKeepsPreviousSnapshot();
};

void tst_SnapshotTransaction::unchangedResyncAddsNothing()
{
    const int files = isPg() ? 5000 : 50000;
    LibrarySnapshot s = library(files);
    SnapshotStore store(*db());
    auto first = store.save(s);
    QVERIFY(first.ok());
    const auto diskSize = [&] {
        QSqlQuery q(db()->connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return QFileInfo(m_location).size() + QFileInfo(m_location + QStringLiteral("-wal")).size();
    };
    const qint64 rowsBefore = count(*db(), QStringLiteral("file_versions"));
    const qint64 sizeBefore = isPg() ? 0 : diskSize();
    constexpr int resyncs = 5;
    qint64 last = *first;
    for (int i = 0; i < resyncs; ++i) {
        s.startedAt = s.startedAt.addDays(1);
        s.finishedAt = s.finishedAt.addDays(1);
        std::reverse(s.files.begin(), s.files.end()); // the server's order may change; content does not
        auto again = store.save(s);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QVERIFY(*again > last);
        last = *again;
    }
    QCOMPARE(count(*db(), QStringLiteral("file_versions")), rowsBefore);
    QCOMPARE(count(*db(), QStringLiteral("profile_versions")), 3);
    QCOMPARE(count(*db(), QStringLiteral("format_versions")), 2);
    QCOMPARE(count(*db(), QStringLiteral("snapshots")), resyncs + 1);
    if (!isPg()) {
        const qint64 growth = diskSize() - sizeBefore;
        qInfo("unchanged re-sync of %d files: database + WAL grew %lld bytes over %d re-syncs (%lld bytes "
              "each)",
              files, growth, resyncs, growth / resyncs);
        QVERIFY2(growth / resyncs < 4096, qPrintable(QString::number(growth)));
    }
    // Every snapshot still loads in full.
    auto loaded = store.load(last);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->files.size(), files);
}

void tst_SnapshotTransaction::changedAndRemovedFilesAreVersioned()
{
    SnapshotStore store(*db());
    LibrarySnapshot v1 = library(4);
    auto id1 = store.save(v1);
    QVERIFY(id1.ok());

    LibrarySnapshot v2 = v1;
    v2.startedAt = v1.startedAt.addDays(1);
    v2.files[0].customFormatScore = 999;                // changed score (file 1)
    v2.files[1].relativePath += QStringLiteral(".new"); // replaced file (file 2)
    v2.files.removeAt(3);                               // file 4 vanished
    v2.files.append(movie(5, QStringLiteral("New arrival")));
    auto id2 = store.save(v2);
    QVERIFY(id2.ok());

    LibrarySnapshot v3 = v2;
    v3.startedAt = v2.startedAt.addDays(1);
    v3.files.append(movie(4, QStringLiteral("Movie 000004"))); // file 4 is back, as it was
    auto id3 = store.save(v3);
    QVERIFY(id3.ok());

    // 4 first rows + 3 (two changes, one arrival) + 1 (the return)
    QCOMPARE(count(*db(), QStringLiteral("file_versions")), 8);
    QCOMPARE(count(*db(), QStringLiteral("file_versions"), QStringLiteral("valid_to IS NOT NULL")), 3);
    QCOMPARE(count(*db(), QStringLiteral("file_versions"),
                   QStringLiteral("file_id = 4 AND valid_from = %1 AND valid_to = %2").arg(*id1).arg(*id2)),
             1);

    for (const auto &[id, expectedSnapshot] : {std::pair{*id1, v1}, std::pair{*id2, v2}, std::pair{*id3, v3}}) {
        auto loaded = store.load(id);
        QVERIFY(loaded.ok());
        LibrarySnapshot expected = expectedSnapshot;
        sortLikeLoad(expected);
        const QString diff = snapshotDiff(expected, *loaded);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("snapshot %1: ").arg(id) + diff));
    }
    auto latest = store.latest(QStringLiteral("main"));
    QVERIFY(latest.ok() && latest->has_value());
    QCOMPARE((*latest)->id, *id3);
}

void tst_SnapshotTransaction::profileEditIsVersioned()
{
    SnapshotStore store(*db());
    LibrarySnapshot v1 = library(2);
    auto id1 = store.save(v1);
    QVERIFY(id1.ok());
    LibrarySnapshot v2 = v1;
    v2.startedAt = v1.startedAt.addDays(1);
    v2.profiles[0] = profile(1, 250); // the HDR score was raised
    v2.profiles.removeAt(2);          // profile 3 deleted
    v2.formats[0].name = QStringLiteral("HDR (renamed)");
    auto id2 = store.save(v2);
    QVERIFY(id2.ok());
    QCOMPARE(count(*db(), QStringLiteral("profile_versions")), 4);
    QCOMPARE(count(*db(), QStringLiteral("profile_versions"), QStringLiteral("profile_id = 1")), 2);
    QCOMPARE(count(*db(), QStringLiteral("format_versions")), 3);
    QCOMPARE(count(*db(), QStringLiteral("file_versions")), 2); // files did not change

    auto old = store.load(*id1);
    auto now = store.load(*id2);
    QVERIFY(old.ok() && now.ok());
    QCOMPARE(old->profiles.size(), 3);
    QCOMPARE(old->profiles[0].scoreOf(20), 100);
    QCOMPARE(now->profiles.size(), 2);
    QCOMPARE(now->profiles[0].scoreOf(20), 250);
    QCOMPARE(old->formats[1].name, QStringLiteral("HDR"));
    QCOMPARE(now->formats[1].name, QStringLiteral("HDR (renamed)"));
}

void tst_SnapshotTransaction::cancelledSaveChangesNothing()
{
    SnapshotStore store(*db());
    auto id1 = store.save(library(100));
    QVERIFY(id1.ok());
    const QStringList before = dump(*db());

    LibrarySnapshot changed = library(6000);
    for (MediaFile &f : changed.files)
        f.customFormatScore = 7;
    changed.profiles[0] = profile(1, 1);
    const std::atomic_bool cancel{true};
    auto result = store.save(changed, &cancel);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Cancelled);
    QCOMPARE(dump(*db()), before);
    auto latest = store.latest(QStringLiteral("main"));
    QVERIFY(latest.ok() && latest->has_value());
    QCOMPARE((*latest)->id, *id1);

    // Cancelled from another thread while the rows are being written.
    std::atomic_bool later{false};
    std::thread canceller([&later] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        later = true;
    });
    auto midway = store.save(library(isPg() ? 20000 : 200000), &later);
    canceller.join();
    if (midway.ok())
        QSKIP("this machine saved 200,000 files in under 30 ms; the cancelled case above still ran");
    QCOMPARE(midway.error().kind, ErrorKind::Cancelled);
    QCOMPARE(dump(*db()), before);
}

void tst_SnapshotTransaction::failedSaveChangesNothing()
{
    SnapshotStore store(*db());
    auto id1 = store.save(library(50));
    QVERIFY(id1.ok());
    QSqlQuery q(db()->connection());
    if (isPg()) {
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.title = 'boom' THEN "
                                      "RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")));
        QVERIFY(q.exec(
            QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON file_versions FOR EACH ROW EXECUTE FUNCTION boom()")));
    } else {
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON file_versions WHEN NEW.title = 'boom' "
                                      "BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    }
    const QStringList before = dump(*db());
    LibrarySnapshot failing = library(5000);
    failing.files.last().title = QStringLiteral("boom"); // the last rows are written after thousands of others
    auto result = store.save(failing);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Storage);
    QVERIFY2(!result.error().message.contains(QStringLiteral("INSERT")), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(db()->displayLocation()), qPrintable(result.error().message));
    QCOMPARE(dump(*db()), before);
    auto latest = store.latest(QStringLiteral("main"));
    QVERIFY(latest.ok() && latest->has_value());
    QCOMPARE((*latest)->id, *id1);
    // The connection is usable afterwards.
    auto next = store.save(library(50));
    QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().message));
}

void tst_SnapshotTransaction::apiKeyIsNeverStored()
{
    const QString key = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    const QString password = QStringLiteral("Pa55w0rd-Secret");
    LibrarySnapshot s = library(20);
    s.instance.url = QStringLiteral("http://scorer:%1@radarr.local:7878/radarr?apikey=%2&lang=en").arg(password, key);
    s.warnings = {QStringLiteral("GET http://radarr.local:7878/radarr/api/v3/movie?apiKey=%1&x=1 failed").arg(key),
                  QStringLiteral("header X-Api-Key: %1 was refused").arg(key),
                  QStringLiteral("Authorization: Bearer %1").arg(key)};
    s.strategy = QStringLiteral("batched via http://u:%1@radarr.local/api?api_key=%2").arg(password, key);
    SnapshotStore store(*db());
    auto id = store.save(s);
    QVERIFY(id.ok());
    auto loaded = store.load(*id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->instance.url, QStringLiteral("http://radarr.local:7878/radarr?lang=en"));
    QVERIFY2(loaded->warnings.at(0).contains(QStringLiteral("failed")), qPrintable(loaded->warnings.at(0)));

    if (isPg()) {
        const QString all = dump(*db()).join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("radarr.local")));
        QVERIFY(!all.contains(key));
        QVERIFY(!all.contains(password));
        return;
    }
    QSqlQuery q(db()->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    m_db.reset(); // closes the connection: everything is in the main file
    const QByteArray bytes = fileBytes(m_location) + fileBytes(m_location + QStringLiteral("-wal"));
    QVERIFY(bytes.contains("radarr.local")); // we do look at the right bytes
    QVERIFY(!bytes.contains(key.toUtf8()));
    QVERIFY(!bytes.contains(password.toUtf8()));
    const QByteArray keyUtf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    QVERIFY(!bytes.contains(keyUtf16));
}

void tst_SnapshotTransaction::failedBulkWriteKeepsPreviousSnapshot_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("file_versions") << QStringLiteral("file_versions");
    QTest::newRow("file_episodes") << QStringLiteral("file_episodes");
}

// A constraint the database enforces refuses one row in the middle of a 20,000-file first save of a
// second instance (on PostgreSQL, mid-COPY, with thousands of rows sent after it): the save fails with a
// Storage error that names the database and shows no SQL, nothing of it is stored, the earlier snapshot
// loads as it was, and the next save works.
void tst_SnapshotTransaction::failedBulkWriteKeepsPreviousSnapshot()
{
    QFETCH(QString, table);
    SnapshotStore store(*db());
    LibrarySnapshot first = awkwardLibrary();
    auto id1 = store.save(first);
    QVERIFY(id1.ok());
    QSqlQuery q(db()->connection());
    const bool files = table == QLatin1String("file_versions");
    const QString condition = files ? QStringLiteral("title IS NOT 'refused'") : QStringLiteral("episode_id <> 987654");
    if (isPg()) {
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT refuse_one CHECK (%2)")
                            .arg(table, QString(condition).replace(QLatin1String(" IS NOT "),
                                                                   QLatin1String(" IS DISTINCT FROM ")))),
                 qPrintable(q.lastError().text()));
    } else {
        QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON %1 WHEN NOT (NEW.%2) "
                                       "BEGIN SELECT RAISE(ABORT, 'refused'); END")
                            .arg(table, condition)),
                 qPrintable(q.lastError().text()));
    }
    const QStringList before = dump(*db()) + episodeLinks(*db());

    LibrarySnapshot failing = library(20000, QStringLiteral("second"));
    for (qsizetype i = 0; i < failing.files.size(); i += 2) {
        MediaFile &f = failing.files[i];
        f.kind = MediaKind::Episode;
        f.seriesTitle = f.title;
        f.episodes = {1};
        f.episodeIds = {f.fileId * 10};
    }
    if (files) {
        failing.files[3000].title = QStringLiteral("refused");
    } else {
        failing.files[3000].episodeIds = {987654};
    }
    auto result = store.save(failing);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Storage);
    QVERIFY2(result.error().message.contains(db()->displayLocation()), qPrintable(result.error().message));
    for (const char *sql : {"INSERT", "COPY", "refuse_one", "constraint"})
        QVERIFY2(!result.error().message.contains(QLatin1String(sql)), qPrintable(result.error().message));
    QCOMPARE(dump(*db()) + episodeLinks(*db()), before);
    auto latest = store.latest(QStringLiteral("main"));
    QVERIFY(latest.ok() && latest->has_value());
    QCOMPARE((*latest)->id, *id1);
    sortLikeLoad(first);
    QCOMPARE(snapshotDiff(first, **latest), QString());
    auto none = store.latest(QStringLiteral("second"));
    QVERIFY(none.ok() && !none->has_value());

    // The connection is usable, and the same library without the refused value saves in full.
    if (files)
        failing.files[3000].title = QStringLiteral("accepted");
    else
        failing.files[3000].episodeIds = {30010};
    auto next = store.save(failing);
    QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().message));
    QCOMPARE(count(*db(), QStringLiteral("file_versions"), QStringLiteral("valid_from = %1").arg(*next)), 20000);
    QCOMPARE(count(*db(), QStringLiteral("file_episodes"),
                   QStringLiteral("instance_id = (SELECT id FROM instances WHERE name = 'second')")),
             10000);
}

QTEST_GUILESS_MAIN(tst_SnapshotTransaction)
#include "tst_snapshottransaction.moc"
