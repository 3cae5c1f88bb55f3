// The columns of file_versions on every way BulkInserter writes them (bound queries, the SQLite C API,
// PostgreSQL COPY): stable stored hashes and column types, awkward text stored as itself, COPY = INSERT.
// Every test runs once per backend: global rows "sqlite" (real files) and "postgresql" (ARRSCORE_TEST_PG).
#include "freshdatabase.h"
#include "snapshotfixture.h"
#include "storage/contenthash.h"
#include "storage/database.h"
#include "storage/pgcopy.h"
#include "storage/snapshotstore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test::snapshots;

class tst_FileVersionColumns : public QObject, private test::FreshDatabase
{
    Q_OBJECT

public:
    tst_FileVersionColumns() : FreshDatabase(QStringLiteral("tst_store"), QStringLiteral("store/history-%1.db")) {}

private Q_SLOTS:
    void initTestCase_data() { test::StorageBackends::addRows(); }
    void init() { openFresh(); }
    void cleanup()
    {
        qunsetenv("ARRSCORE_PG_COPY");
        closeAndDrop();
    }

    void storedHashesAndColumnTypesAreStable();
    void awkwardTextRoundTrips_data();
    void awkwardTextRoundTrips();
    void copyAndInsertStoreTheSameRows();
};

// The content hashes are stored, so an unchanged re-sync only adds nothing to a database written by an
// older build if they never change: a golden value (computed with the QtSql-only code of 97abce2), the
// stored hash of every file, and (SQLite) the same column types as QSQLITE's binding wrote them.
void tst_FileVersionColumns::storedHashesAndColumnTypesAreStable()
{
    MediaFile f;
    f.kind = MediaKind::Episode;
    f.fileId = 77;
    f.itemId = 5;
    f.title = QStringLiteral("Amélie – 東京 🎬");
    f.year = 2001;
    f.seriesTitle = QString::fromUtf8("");
    f.season = 2;
    f.episodes = {3, 4};
    f.episodeIds = {301, 302};
    f.episodeTitle = QStringLiteral("A / B");
    f.quality = QStringLiteral("WEBDL-1080p");
    f.qualityId = 3;
    f.resolution = 1080;
    f.qualityProfileId = 2;
    f.customFormats = {{1, QStringLiteral("x\"y\\z")}, {20, QStringLiteral("HDR")}};
    f.sizeBytes = 123456789012LL;
    f.audioChannels = 5.1;
    f.languages = {QStringLiteral("English"), QString()};
    f.dateAdded = QDateTime(QDate(2021, 2, 3), QTime(4, 5, 6, 7), Qt::UTC);
    QCOMPARE(storage::fileHash(f), Q_INT64_C(-7800010123841578612));
    f.fileId = 900077; // not among library()'s ids
    MediaFile scored = f;
    scored.fileId = 900078;
    scored.customFormatScore = 0;
    scored.dateAdded = {};
    scored.title = QString();

    LibrarySnapshot s = library(300);
    s.instance.type = InstanceType::Sonarr;
    s.files << f << scored;
    SnapshotStore store(*db());
    auto first = store.save(s);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QHash<qint64, qint64> expected;
    for (const MediaFile &file : std::as_const(s.files))
        expected.insert(file.fileId, storage::fileHash(file));
    QSqlQuery q(db()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT file_id, content_hash FROM file_versions")));
    int rows = 0;
    while (q.next()) {
        QCOMPARE(q.value(1).toLongLong(), expected.value(q.value(0).toLongLong()));
        ++rows;
    }
    QCOMPARE(rows, s.files.size());
    if (!isPg()) {
        QVERIFY(q.exec(QStringLiteral("SELECT file_id, typeof(kind), typeof(file_id), typeof(title), typeof(year), "
                                      "typeof(series_title), typeof(episodes), typeof(custom_format_score), "
                                      "typeof(audio_channels), typeof(date_added), series_title, episodes, "
                                      "custom_formats, languages FROM file_versions WHERE file_id IN (900077, 900078) "
                                      "ORDER BY file_id")));
        QStringList got;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            got << row.join(QLatin1Char('|'));
        }
        QCOMPARE(got, QStringList({QStringLiteral("900077|text|integer|text|integer|text|text|null|real|integer||[3,4]|"
                                                  "[[1,\"x\\\"y\\\\z\"],[20,\"HDR\"]]|[\"English\",null]"),
                                   QStringLiteral("900078|text|integer|null|integer|text|text|integer|real|null||[3,4]|"
                                                  "[[1,\"x\\\"y\\\\z\"],[20,\"HDR\"]]|[\"English\",null]")}));
    }
    // Loaded back exactly, and a re-save of the same content adds no file rows.
    auto loaded = store.load(*first);
    QVERIFY(loaded.ok());
    sortLikeLoad(s);
    QCOMPARE(snapshotDiff(s, *loaded), QString());
    const qint64 before = count(*db(), QStringLiteral("file_versions"));
    s.startedAt = s.startedAt.addDays(1);
    QVERIFY(store.save(s).ok());
    QCOMPARE(count(*db(), QStringLiteral("file_versions")), before);
}

// On PostgreSQL the bulk rows go by COPY (PgCopy) unless ARRSCORE_PG_COPY=0 keeps them on QtSql's
// INSERTs; both must store every awkward value exactly, with the same hashes, so that re-saving the same
// content adds no rows. On SQLite the variable changes nothing, and both rows check the same thing.
void tst_FileVersionColumns::awkwardTextRoundTrips_data()
{
    QTest::addColumn<bool>("copy");
    QTest::newRow("bulk path") << true;
    QTest::newRow("QtSql INSERTs") << false;
}

void tst_FileVersionColumns::awkwardTextRoundTrips()
{
    QFETCH(bool, copy);
    if (!copy)
        qputenv("ARRSCORE_PG_COPY", "0");
    LibrarySnapshot s = awkwardLibrary();
    SnapshotStore store(*db());
    auto id = store.save(s);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    auto loaded = store.load(*id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    LibrarySnapshot expected = s;
    sortLikeLoad(expected);
    const QString diff = snapshotDiff(expected, *loaded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // The stored text is the text, not an escaped form of it.
    QSqlQuery q(db()->connection());
    q.prepare(QStringLiteral("SELECT title, release_group, relative_path FROM file_versions WHERE file_id = ?"));
    q.addBindValue(103); // texts[3]: backslashes, one of them last
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("C:\\Media\\ends\\"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("C:\\Media\\ends\\"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("\\\\double/C:\\Media\\ends\\"));
    q.bindValue(0, 109); // empty, not null
    QVERIFY(q.exec() && q.next());
    QVERIFY(!q.value(0).isNull() && q.value(0).toString().isEmpty());
    q.bindValue(0, 110); // null
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).isNull());

    QHash<qint64, qint64> hashes;
    for (const MediaFile &f : std::as_const(s.files))
        hashes.insert(f.fileId, storage::fileHash(f));
    QVERIFY(q.exec(QStringLiteral("SELECT file_id, content_hash FROM file_versions")));
    int rows = 0;
    for (; q.next(); ++rows)
        QCOMPARE(q.value(1).toLongLong(), hashes.value(q.value(0).toLongLong()));
    QCOMPARE(rows, s.files.size());
    QCOMPARE(count(*db(), QStringLiteral("file_episodes")), 22);
    QCOMPARE(count(*db(), QStringLiteral("file_episodes"), QStringLiteral("episode_id = 5005 AND file_id = 205")), 1);

    // Unchanged content adds nothing; re-scoring every episode file adds versions but no second link.
    s.startedAt = s.startedAt.addDays(1);
    auto again = store.save(s);
    QVERIFY(again.ok());
    QCOMPARE(count(*db(), QStringLiteral("file_versions")), s.files.size());
    QCOMPARE(count(*db(), QStringLiteral("profile_versions")), 3);
    for (MediaFile &f : s.files) {
        if (f.kind == MediaKind::Episode)
            f.customFormatScore = 1234;
    }
    s.startedAt = s.startedAt.addDays(1);
    auto rescored = store.save(s);
    QVERIFY2(rescored.ok(), qPrintable(rescored.ok() ? QString() : rescored.error().message));
    QCOMPARE(count(*db(), QStringLiteral("file_versions")), s.files.size() + 11);
    QCOMPARE(count(*db(), QStringLiteral("file_versions"), QStringLiteral("valid_to = %1").arg(*rescored)), 11);
    QCOMPARE(count(*db(), QStringLiteral("file_episodes")), 22);
    auto latest = store.load(*rescored);
    QVERIFY(latest.ok());
    expected = s;
    sortLikeLoad(expected);
    QCOMPARE(snapshotDiff(expected, *latest), QString());
}

// The COPY path and QtSql's INSERTs write the very same rows: every column of every table.
void tst_FileVersionColumns::copyAndInsertStoreTheSameRows()
{
    if (!isPg())
        QSKIP("PostgreSQL only: SQLite has one bulk path");
    if (!PgCopy::isCompiledIn())
        QSKIP("this build has no libpq, so PostgreSQL has only the QtSql path");
    LibrarySnapshot s = awkwardLibrary();
    s.files += library(500).files;
    const auto saveTwice = [&](Database &into) {
        SnapshotStore store(into);
        LibrarySnapshot copy = s;
        QVERIFY(store.save(copy).ok());
        for (qsizetype i = 0; i < copy.files.size(); i += 3)
            copy.files[i].customFormatScore = 77;
        copy.files.removeAt(1);
        copy.startedAt = copy.startedAt.addDays(1);
        QVERIFY(store.save(copy).ok());
    };
    saveTwice(*db());
    const QStringList viaCopy = dump(*db()) + episodeLinks(*db());

    qputenv("ARRSCORE_PG_COPY", "0");
    auto other = Database::open(freshLocation());
    QVERIFY(other.ok());
    saveTwice(**other);
    const QStringList viaInsert = dump(**other) + episodeLinks(**other);
    QCOMPARE(viaCopy.size(), viaInsert.size());
    for (qsizetype i = 0; i < viaCopy.size(); ++i) {
        if (!viaCopy[i].startsWith(QLatin1String("schema_version"))) // applied_at differs
            QCOMPARE(viaCopy[i], viaInsert[i]);
    }
}

QTEST_GUILESS_MAIN(tst_FileVersionColumns)
#include "tst_fileversioncolumns.moc"
