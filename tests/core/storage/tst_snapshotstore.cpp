// SnapshotStore: exact round trips, history as versioned rows, all-or-nothing saves, concurrent readers.
// Every test runs once per backend: global rows "sqlite" (real files) and "postgresql" (ARRSCORE_TEST_PG).
#include "storage/database.h"
#include "storage/pgcopy.h"
#include "storage/contenthash.h"
#include "storage/snapshotstore.h"
#include "storagebackends.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <ctime>
#include <limits>
#include <tuple>

using namespace arrscore;

namespace {

MediaFile movie(qint64 fileId, const QString &title)
{
    MediaFile f;
    f.kind = MediaKind::Movie;
    f.fileId = fileId;
    f.itemId = fileId + 1000000;
    f.title = title;
    f.year = 1990 + int(fileId % 35);
    f.titleSlug = title.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    f.quality = fileId % 2 ? QStringLiteral("Bluray-2160p") : QStringLiteral("WEBDL-1080p");
    f.qualityId = fileId % 2 ? 19 : 3;
    f.resolution = fileId % 2 ? 2160 : 1080;
    f.qualityProfileId = 1 + int(fileId % 3);
    f.customFormats = {{int(fileId % 7) + 1, QStringLiteral("Format %1").arg(fileId % 7)}, {20, QStringLiteral("HDR")}};
    f.customFormatScore = int(fileId % 400) - 100;
    f.qualityCutoffNotMet = fileId % 5 == 0;
    f.sizeBytes = 1000000000LL + fileId * 7919;
    f.relativePath = QStringLiteral("%1 (%2)/%1 (%2) [%3].mkv").arg(title).arg(f.year).arg(f.quality);
    f.releaseGroup = QStringLiteral("GRP%1").arg(fileId % 50);
    f.videoCodec = QStringLiteral("x265");
    f.audioCodec = QStringLiteral("TrueHD Atmos");
    f.audioChannels = 7.1;
    f.dynamicRange = fileId % 3 ? QStringLiteral("DV HDR10") : QString();
    f.mediaResolution = f.resolution == 2160 ? QStringLiteral("3840x2160") : QStringLiteral("1920x1080");
    f.languages = fileId % 4 ? QStringList{QStringLiteral("English")} : QStringList{QStringLiteral("English"), QStringLiteral("French")};
    f.genres = {QStringLiteral("Action"), QStringLiteral("Drama")};
    f.collection = fileId % 9 == 0 ? QStringLiteral("Saga %1").arg(fileId % 90) : QString();
    f.dateAdded = QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC).addSecs(fileId * 3600);
    return f;
}

QualityProfile profile(int id, int hdrScore)
{
    QualityProfile p;
    p.id = id;
    p.name = QStringLiteral("Profile %1").arg(id);
    p.upgradeAllowed = true;
    p.cutoff = 1001;
    p.minFormatScore = -10;
    p.cutoffFormatScore = 500;
    p.minUpgradeFormatScore = id == 1 ? std::optional<int>(10) : std::nullopt;
    p.formatItems = {{20, QStringLiteral("HDR"), hdrScore}, {1, QStringLiteral("Format 0"), 0}};
    p.qualities = {{3, QStringLiteral("WEBDL-1080p"), 1080, true, 1001, QStringLiteral("HD group")},
                   {7, QStringLiteral("Bluray-1080p"), 1080, true, 1001, QStringLiteral("HD group")},
                   {19, QStringLiteral("Bluray-2160p"), 2160, false, 0, QString()}};
    p.definition = QStringLiteral("{\"id\":%1,\"hdr\":%2}").arg(id).arg(hdrScore).toUtf8();
    return p;
}

LibrarySnapshot library(int fileCount, const QString &name = QStringLiteral("main"))
{
    LibrarySnapshot s;
    s.instance = {name, InstanceType::Radarr, QStringLiteral("http://radarr.local:7878/radarr"), QStringLiteral("Radarr"),
                  QStringLiteral("5.14.0.9383")};
    s.startedAt = QDateTime(QDate(2024, 5, 1), QTime(3, 0), Qt::UTC);
    s.finishedAt = s.startedAt.addSecs(42);
    s.strategy = QStringLiteral("batched moviefile?movieFileIds=");
    s.requestCount = 3 + fileCount / 200;
    s.profiles = {profile(1, 100), profile(2, 50), profile(3, 0)};
    s.formats = {{20, QStringLiteral("HDR"), QByteArray("{\"specifications\":[1]}")},
                 {1, QStringLiteral("Format 0"), QByteArray("{}")}};
    s.files.reserve(fileCount);
    for (int i = 0; i < fileCount; ++i)
        s.files.append(movie(i + 1, QStringLiteral("Movie %1").arg(i + 1, 6, 10, QLatin1Char('0'))));
    return s;
}

// The first difference between two files, field by field, with null strings told apart from empty ones.
QString fileDiff(const MediaFile &a, const MediaFile &b)
{
    QStringList d;
    const auto text = [&](const char *name, const QString &x, const QString &y) {
        if (x != y || x.isNull() != y.isNull())
            d << QStringLiteral("%1: '%2'%3 vs '%4'%5").arg(QLatin1String(name), x, x.isNull() ? QStringLiteral("(null)") : QString(), y, y.isNull() ? QStringLiteral("(null)") : QString());
    };
    const auto value = [&](const char *name, auto x, auto y) {
        if (!(x == y))
            d << QLatin1String(name);
    };
    value("kind", a.kind, b.kind);
    value("fileId", a.fileId, b.fileId);
    value("itemId", a.itemId, b.itemId);
    text("title", a.title, b.title);
    value("year", a.year, b.year);
    text("titleSlug", a.titleSlug, b.titleSlug);
    text("seriesTitle", a.seriesTitle, b.seriesTitle);
    value("season", a.season, b.season);
    value("episodes", a.episodes, b.episodes);
    value("episodeIds", a.episodeIds, b.episodeIds);
    text("episodeTitle", a.episodeTitle, b.episodeTitle);
    text("quality", a.quality, b.quality);
    value("qualityId", a.qualityId, b.qualityId);
    value("resolution", a.resolution, b.resolution);
    value("qualityProfileId", a.qualityProfileId, b.qualityProfileId);
    value("customFormats", a.customFormats, b.customFormats);
    value("customFormatScore", a.customFormatScore, b.customFormatScore);
    value("scoreComputed", a.scoreComputed, b.scoreComputed);
    value("qualityCutoffNotMet", a.qualityCutoffNotMet, b.qualityCutoffNotMet);
    value("sizeBytes", a.sizeBytes, b.sizeBytes);
    text("relativePath", a.relativePath, b.relativePath);
    text("releaseGroup", a.releaseGroup, b.releaseGroup);
    text("edition", a.edition, b.edition);
    text("videoCodec", a.videoCodec, b.videoCodec);
    text("audioCodec", a.audioCodec, b.audioCodec);
    value("audioChannels", a.audioChannels, b.audioChannels);
    text("dynamicRange", a.dynamicRange, b.dynamicRange);
    text("mediaResolution", a.mediaResolution, b.mediaResolution);
    value("languages", a.languages, b.languages);
    value("genres", a.genres, b.genres);
    text("collection", a.collection, b.collection);
    value("dateAdded", a.dateAdded, b.dateAdded);
    if (a.dateAdded.isValid() && a.dateAdded.timeSpec() != b.dateAdded.timeSpec())
        d << QStringLiteral("dateAdded spec");
    return d.isEmpty() ? QString() : QStringLiteral("file %1: ").arg(a.fileId) + d.join(QStringLiteral(", "));
}

QString profileDiff(const QualityProfile &a, const QualityProfile &b)
{
    const bool same = a.id == b.id && a.name == b.name && a.upgradeAllowed == b.upgradeAllowed && a.cutoff == b.cutoff
        && a.minFormatScore == b.minFormatScore && a.cutoffFormatScore == b.cutoffFormatScore
        && a.minUpgradeFormatScore == b.minUpgradeFormatScore && a.formatItems == b.formatItems
        && a.qualities == b.qualities && a.definition == b.definition && a.name.isNull() == b.name.isNull();
    return same ? QString() : QStringLiteral("profile %1 differs").arg(a.id);
}

// Everything but the files, and then every file in order.
QString snapshotDiff(const LibrarySnapshot &expected, const LibrarySnapshot &actual)
{
    const InstanceInfo &e = expected.instance;
    const InstanceInfo &a = actual.instance;
    if (e.name != a.name || e.type != a.type || e.url != a.url || e.appName != a.appName || e.version != a.version)
        return QStringLiteral("instance info");
    if (expected.startedAt != actual.startedAt || expected.finishedAt != actual.finishedAt
        || expected.strategy != actual.strategy || expected.scoresAvailable != actual.scoresAvailable
        || expected.requestCount != actual.requestCount || expected.warnings != actual.warnings)
        return QStringLiteral("snapshot metadata");
    if (expected.profiles.size() != actual.profiles.size())
        return QStringLiteral("profile count %1 vs %2").arg(expected.profiles.size()).arg(actual.profiles.size());
    for (qsizetype i = 0; i < expected.profiles.size(); ++i) {
        if (const QString d = profileDiff(expected.profiles[i], actual.profiles[i]); !d.isEmpty())
            return d;
    }
    if (expected.formats.size() != actual.formats.size())
        return QStringLiteral("format count");
    for (qsizetype i = 0; i < expected.formats.size(); ++i) {
        const CustomFormat &x = expected.formats[i];
        const CustomFormat &y = actual.formats[i];
        if (x.id != y.id || x.name != y.name || x.definition != y.definition)
            return QStringLiteral("format %1").arg(x.id);
    }
    if (expected.files.size() != actual.files.size())
        return QStringLiteral("file count %1 vs %2").arg(expected.files.size()).arg(actual.files.size());
    for (qsizetype i = 0; i < expected.files.size(); ++i) {
        if (const QString d = fileDiff(expected.files[i], actual.files[i]); !d.isEmpty())
            return QStringLiteral("#%1 ").arg(i) + d;
    }
    return {};
}

// The order load() promises.
void sortLikeLoad(LibrarySnapshot &s)
{
    std::sort(s.files.begin(), s.files.end(), [](const MediaFile &a, const MediaFile &b) {
        const auto key = [](const MediaFile &f) {
            return std::make_tuple(int(f.kind), f.title, f.season, f.episodes.isEmpty() ? -1 : f.episodes.first(), f.fileId);
        };
        return key(a) < key(b);
    });
    std::sort(s.profiles.begin(), s.profiles.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    std::sort(s.formats.begin(), s.formats.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
}

qint64 count(Database &db, const QString &table, const QString &where = {})
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every row of every table, as text: equal dumps mean an unchanged database.
QStringList dump(Database &db)
{
    QStringList out;
    for (const char *table : {"schema_version", "instances", "snapshots", "profile_versions", "format_versions",
                              "file_versions"}) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        const QString order = qstrcmp(table, "schema_version") == 0 ? QStringLiteral("version") : QStringLiteral("id");
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(QLatin1String(table), order))) {
            out << QStringLiteral("error: ") + q.lastError().text();
            continue;
        }
        while (q.next()) {
            QStringList row{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

// A library whose text has everything COPY's text format escapes or could misread: tab, newline, CR,
// backslash (alone, doubled, trailing, before N and .), quotes, non-ASCII, and empty strings beside null
// ones. Half of it episode files, so that file_episodes gets rows too.
LibrarySnapshot awkwardLibrary()
{
    const QStringList texts = {QStringLiteral("tab\there\t"), QStringLiteral("two\nlines\n"),
                               QStringLiteral("dos\r\nline\r"), QStringLiteral("C:\\Media\\ends\\"),
                               QStringLiteral("\\N"), QStringLiteral("\\."), QStringLiteral("\\\\double"),
                               QStringLiteral("it's \"quoted\" ''"), QStringLiteral("Amélie – 東京 🎬"),
                               QString(QLatin1String("")), QString()};
    LibrarySnapshot s = library(0);
    s.instance.type = InstanceType::Sonarr;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &t = texts[i];
        const QString &u = texts[(i + 3) % texts.size()];
        MediaFile m = movie(100 + i, t);
        m.relativePath = u + QStringLiteral("/") + t;
        m.releaseGroup = t;
        m.edition = u;
        m.collection = t;
        m.customFormats = {{1, t}, {2, u}};
        m.languages = {t, u};
        MediaFile e;
        e.kind = MediaKind::Episode;
        e.fileId = 200 + i;
        e.itemId = 50 + i % 3;
        e.title = u;
        e.seriesTitle = t;
        e.episodeTitle = u + QStringLiteral("\t") + t;
        e.season = 1;
        e.episodes = {int(i), int(i) + 1};
        e.episodeIds = {5000 + i, 5001 + i};
        e.releaseGroup = u;
        e.relativePath = t;
        e.genres = {t};
        s.files << m << e;
    }
    s.profiles[0].name = texts[0] + texts[2] + texts[3];
    s.profiles[0].formatItems = {{20, texts[1], 5}};
    s.profiles[1].definition = QByteArray("\\\t\n\r\0\xff\\N", 8);
    s.profiles[2].name = QString(QLatin1String(""));
    s.formats[0].name = texts[4];
    s.formats[1].definition = QByteArray("");
    return s;
}

QStringList tableRows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

QStringList episodeLinks(Database &db)
{
    return tableRows(db, QStringLiteral("SELECT * FROM file_episodes ORDER BY instance_id, episode_id, file_id"));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_SnapshotStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void roundTripEveryField();
    void profilesAndFormatsRoundTrip();
    void unchangedResyncAddsNothing();
    void changedAndRemovedFilesAreVersioned();
    void profileEditIsVersioned();
    void cancelledSaveChangesNothing();
    void failedSaveChangesNothing();
    void readerWhileWriterTransactionIsOpen();
    void apiKeyIsNeverStored();
    void listAndInstanceNames();
    void unknownSnapshotAndInstance();
    void largeLibraryTimings();
    void storedHashesAndColumnTypesAreStable();
    void awkwardTextRoundTrips_data();
    void awkwardTextRoundTrips();
    void copyAndInsertStoreTheSameRows();
    void failedBulkWriteKeepsPreviousSnapshot_data();
    void failedBulkWriteKeepsPreviousSnapshot();

private:
    bool isPg() const { return m_storage.isPg(); }
    QString freshLocation();
    // Opens the test's database (fresh per test), failing the test when it cannot.
    Database *db();

    test::StorageBackends m_storage{QStringLiteral("tst_store")};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
};

void tst_SnapshotStore::initTestCase_data()
{
    test::StorageBackends::addRows();
}

void tst_SnapshotStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (!m_storage.select(backend))
        QSKIP(test::StorageBackends::kPgHint);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = freshLocation();
    auto opened = Database::open(m_location);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_db = std::move(opened).value();
}

void tst_SnapshotStore::cleanup()
{
    qunsetenv("ARRSCORE_PG_COPY");
    m_db.reset();
    m_storage.dropSchemas();
}

QString tst_SnapshotStore::freshLocation()
{
    return m_storage.freshLocation(*m_dir, QStringLiteral("store/history-%1.db"));
}

Database *tst_SnapshotStore::db()
{
    return m_db.get();
}

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
    MediaFile duplicate = movie(10, QStringLiteral("Same file id, other content")); // servers do not, but we keep both
    s.files = {multi, zeroScore, special, nullScore, duplicate};

    SnapshotStore store(*db());
    auto id = store.save(s);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    QVERIFY(*id > 0);
    auto loaded = store.load(*id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded->id, *id);
    LibrarySnapshot expected = s;
    sortLikeLoad(expected);
    QCOMPARE(expected.files.first().fileId, 10); // movies first, by title: "<script>..." < "Same..." < "Zero..."
    const QString diff = snapshotDiff(expected, *loaded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const MediaFile &first = loaded->files.first();
    QVERIFY(!first.customFormatScore.has_value());
    QVERIFY(first.edition.isEmpty() && !first.edition.isNull());
    QVERIFY(first.releaseGroup.isNull());
    QCOMPARE(loaded->files[2].customFormatScore, std::optional<int>(0));
    QVERIFY(loaded->files[2].languages.at(1).isNull());
    QVERIFY(!loaded->files[2].languages.at(2).isNull());
    QCOMPARE(loaded->files[3].fileId, 901); // season 0 before season 2
    QCOMPARE(loaded->files[4].episodes, (QList<int>{3, 4, 5}));
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

void tst_SnapshotStore::unchangedResyncAddsNothing()
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
        qInfo("unchanged re-sync of %d files: database + WAL grew %lld bytes over %d re-syncs (%lld bytes each)",
              files, growth, resyncs, growth / resyncs);
        QVERIFY2(growth / resyncs < 4096, qPrintable(QString::number(growth)));
    }
    // Every snapshot still loads in full.
    auto loaded = store.load(last);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->files.size(), files);
}

void tst_SnapshotStore::changedAndRemovedFilesAreVersioned()
{
    SnapshotStore store(*db());
    LibrarySnapshot v1 = library(4);
    auto id1 = store.save(v1);
    QVERIFY(id1.ok());

    LibrarySnapshot v2 = v1;
    v2.startedAt = v1.startedAt.addDays(1);
    v2.files[0].customFormatScore = 999;          // changed score (file 1)
    v2.files[1].relativePath += QStringLiteral(".new"); // replaced file (file 2)
    v2.files.removeAt(3);                          // file 4 vanished
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
                   QStringLiteral("file_id = 4 AND valid_from = %1 AND valid_to = %2").arg(*id1).arg(*id2)), 1);

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

void tst_SnapshotStore::profileEditIsVersioned()
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

void tst_SnapshotStore::cancelledSaveChangesNothing()
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
    QThread *canceller = QThread::create([&] {
        QThread::msleep(30);
        later = true;
    });
    canceller->start();
    auto midway = store.save(library(isPg() ? 20000 : 200000), &later);
    canceller->wait();
    delete canceller;
    if (midway.ok())
        QSKIP("this machine saved 200,000 files in under 30 ms; the cancelled case above still ran");
    QCOMPARE(midway.error().kind, ErrorKind::Cancelled);
    QCOMPARE(dump(*db()), before);
}

void tst_SnapshotStore::failedSaveChangesNothing()
{
    SnapshotStore store(*db());
    auto id1 = store.save(library(50));
    QVERIFY(id1.ok());
    QSqlQuery q(db()->connection());
    if (isPg()) {
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.title = 'boom' THEN "
                                      "RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON file_versions FOR EACH ROW EXECUTE FUNCTION boom()")));
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
    QThread *reader = QThread::create([&] {
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
    reader->start();
    QVERIFY(reader->wait(60000));
    delete reader;
    db()->rollback();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(seen, *id1);
    QCOMPARE(seenFiles, 500);
    QCOMPARE(names, QStringList{QStringLiteral("main")});
}

void tst_SnapshotStore::apiKeyIsNeverStored()
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

// The content hashes are stored, so an unchanged re-sync only adds nothing to a database written by an
// older build if they never change: a golden value (computed with the QtSql-only code of 97abce2), the
// stored hash of every file, and (SQLite) the same column types as QSQLITE's binding wrote them.
void tst_SnapshotStore::storedHashesAndColumnTypesAreStable()
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
void tst_SnapshotStore::awkwardTextRoundTrips_data()
{
    QTest::addColumn<bool>("copy");
    QTest::newRow("bulk path") << true;
    QTest::newRow("QtSql INSERTs") << false;
}

void tst_SnapshotStore::awkwardTextRoundTrips()
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
void tst_SnapshotStore::copyAndInsertStoreTheSameRows()
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

void tst_SnapshotStore::failedBulkWriteKeepsPreviousSnapshot_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("file_versions") << QStringLiteral("file_versions");
    QTest::newRow("file_episodes") << QStringLiteral("file_episodes");
}

// A constraint the database enforces refuses one row in the middle of a 20,000-file first save of a
// second instance (on PostgreSQL, mid-COPY, with thousands of rows sent after it): the save fails with a
// Storage error that names the database and shows no SQL, nothing of it is stored, the earlier snapshot
// loads as it was, and the next save works.
void tst_SnapshotStore::failedBulkWriteKeepsPreviousSnapshot()
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
                            .arg(table, QString(condition).replace(QLatin1String(" IS NOT "), QLatin1String(" IS DISTINCT FROM ")))),
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

QTEST_GUILESS_MAIN(tst_SnapshotStore)
#include "tst_snapshotstore.moc"
