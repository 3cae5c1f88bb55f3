// HistoryStore, SnapshotDiffer and SnapshotPruner on hand-built snapshots: an upgrade is one change,
// re-scores are explained, episodes are items, null scores stay unknown, prune keeps every kept
// snapshot exact, schema 1 data climbs to 2, and two writers share one PostgreSQL database.
// Every test runs once per backend: global rows "sqlite" (real files) and "postgresql" (ARRSCORE_TEST_PG).
#include "history/historyjson.h"
#include "history/historystore.h"
#include "history/snapshotdiffer.h"
#include "history/snapshotpruner.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "storagebackends.h"
#include "views/historyrows.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace arrscore;

namespace {

constexpr int kHdr = 20;
constexpr int kDv = 21;

MediaFile movie(qint64 fileId, qint64 movieId, int score,
                const QList<FormatRef> &formats = {{kHdr, QStringLiteral("HDR")}})
{
    MediaFile f;
    f.kind = MediaKind::Movie;
    f.fileId = fileId;
    f.itemId = movieId;
    f.title = QStringLiteral("Movie %1").arg(movieId);
    f.year = 2000 + int(movieId % 20);
    f.quality = QStringLiteral("WEBDL-1080p");
    f.qualityId = 3;
    f.resolution = 1080;
    f.qualityProfileId = 1;
    f.customFormats = formats;
    f.customFormatScore = score;
    f.sizeBytes = 1000 + fileId;
    f.relativePath = QStringLiteral("Movie %1/file-%2.mkv").arg(movieId).arg(fileId);
    f.dateAdded = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    return f;
}

MediaFile episodeFile(qint64 fileId, qint64 seriesId, int season, const QList<int> &numbers, std::optional<int> score)
{
    MediaFile f;
    f.kind = MediaKind::Episode;
    f.fileId = fileId;
    f.itemId = seriesId;
    f.title = QStringLiteral("Series %1").arg(seriesId);
    f.seriesTitle = f.title;
    f.season = season;
    QStringList titles;
    for (int n : numbers) {
        f.episodes << n;
        f.episodeIds << seriesId * 1000 + season * 100 + n;
        titles << QStringLiteral("Episode %1").arg(n);
    }
    f.episodeTitle = titles.join(QStringLiteral(" / "));
    f.quality = QStringLiteral("HDTV-720p");
    f.qualityProfileId = 1;
    f.customFormatScore = score;
    f.sizeBytes = 500 + fileId;
    f.relativePath = QStringLiteral("S%1/file-%2.mkv").arg(season).arg(fileId);
    return f;
}

QualityProfile profile(int id, int hdrScore, int dvScore = 5)
{
    QualityProfile p;
    p.id = id;
    p.name = QStringLiteral("Profile %1").arg(id);
    p.upgradeAllowed = true;
    p.cutoff = 3;
    p.formatItems = {{kHdr, QStringLiteral("HDR"), hdrScore}, {kDv, QStringLiteral("DV"), dvScore}};
    p.qualities = {{3, QStringLiteral("WEBDL-1080p"), 1080, true, 0, QString()}};
    p.definition = QStringLiteral("{\"id\":%1,\"hdr\":%2,\"dv\":%3}").arg(id).arg(hdrScore).arg(dvScore).toUtf8();
    return p;
}

LibrarySnapshot snapshot(const QString &name, InstanceType type, const QList<MediaFile> &files, int hdrScore = 100,
                         const QByteArray &dvDefinition = "{\"dv\":1}", int minute = 0)
{
    LibrarySnapshot s;
    s.instance = {name, type, QStringLiteral("http://arr.local"),
                  type == InstanceType::Radarr ? QStringLiteral("Radarr") : QStringLiteral("Sonarr"),
                  QStringLiteral("5.0")};
    s.startedAt = QDateTime(QDate(2024, 6, 1), QTime(3, minute), Qt::UTC);
    s.finishedAt = s.startedAt.addSecs(30);
    s.profiles = {profile(1, hdrScore), profile(2, 0)};
    s.formats = {{kHdr, QStringLiteral("HDR"), "{\"hdr\":1}"}, {kDv, QStringLiteral("DV"), dvDefinition}};
    s.files = files;
    return s;
}

const DiffChange *findChange(const SnapshotDiff &d, ChangeKind kind)
{
    for (const DiffChange &c : d.changes) {
        if (c.kind == kind)
            return &c;
    }
    return nullptr;
}

QStringList kinds(const SnapshotDiff &d)
{
    QStringList k;
    for (const DiffChange &c : d.changes)
        k << changeKindName(c.kind);
    return k;
}

QStringList events(const ItemHistory &h)
{
    QStringList e;
    for (const HistoryEntry &x : h.entries)
        e << changeKindName(x.event);
    return e;
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Files compared by what a snapshot promises to keep.
bool sameFiles(const LibrarySnapshot &a, const LibrarySnapshot &b)
{
    if (a.files.size() != b.files.size() || a.profiles.size() != b.profiles.size()
        || a.formats.size() != b.formats.size())
        return false;
    for (qsizetype i = 0; i < a.files.size(); ++i) {
        const MediaFile &x = a.files[i];
        const MediaFile &y = b.files[i];
        if (x.fileId != y.fileId || x.customFormatScore != y.customFormatScore || x.relativePath != y.relativePath
            || x.customFormats != y.customFormats || x.episodeIds != y.episodeIds)
            return false;
    }
    for (qsizetype i = 0; i < a.profiles.size(); ++i) {
        if (a.profiles[i].formatItems != b.profiles[i].formatItems
            || a.profiles[i].definition != b.profiles[i].definition)
            return false;
    }
    for (qsizetype i = 0; i < a.formats.size(); ++i) {
        if (a.formats[i].definition != b.formats[i].definition)
            return false;
    }
    return true;
}

} // namespace

class tst_HistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::StorageBackends::addRows(); }
    void init();
    void cleanup();

    void upgradeIsOneChange();
    void downgradeAddedRemovedAndReverse();
    void rescoredByProfileEditIsAttributed();
    void rescoredByFormatDefinitionIsAttributed();
    void episodesAreItems();
    void nullScoresAreNeverZero();
    void movieHistoryAndTitleSearch();
    void historyExportRows();
    void pruneKeepsLatestAndExactSnapshots();
    void pruneNeverLeavesOrphans();
    void retentionKeepsItsWindowsAndTheLatest();
    void retentionNotSetDeletesNothing();
    void migrationFromSchema1WithData();
    void concurrentWritersOfTwoInstances();

private:
    qint64 save(const LibrarySnapshot &s);

    test::StorageBackends m_storage{QStringLiteral("tst_hist")};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
};

void tst_HistoryStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (!m_storage.select(backend))
        QSKIP(test::StorageBackends::kPgHint);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = m_storage.freshLocation(*m_dir, QStringLiteral("history-%1.db"));
    auto opened = Database::open(m_location);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();
}

void tst_HistoryStore::cleanup()
{
    m_db.reset();
    m_storage.dropSchemas();
}

qint64 tst_HistoryStore::save(const LibrarySnapshot &s)
{
    Result<qint64> id = SnapshotStore(*m_db).save(s);
    if (!id)
        qWarning() << id.error().message;
    return id ? *id : 0;
}

void tst_HistoryStore::upgradeIsOneChange()
{
    const qint64 a = save(snapshot(QStringLiteral("r"), InstanceType::Radarr, {movie(10, 1, 100), movie(20, 2, 40)}));
    MediaFile better = movie(11, 1, 140, {{kHdr, QStringLiteral("HDR")}, {kDv, QStringLiteral("DV")}});
    better.quality = QStringLiteral("Bluray-2160p");
    const qint64 b = save(snapshot(QStringLiteral("r"), InstanceType::Radarr, {better, movie(20, 2, 40)}));
    QVERIFY(a && b);
    Result<SnapshotDiff> d = SnapshotDiffer(*m_db).diff(a, b);
    QVERIFY2(d.ok(), qPrintable(d.error().message));
    QCOMPARE(kinds(*d), QStringList{QStringLiteral("upgraded")});
    const DiffChange &c = d->changes.first();
    QCOMPARE(c.itemId, 1);
    QCOMPARE(c.before->fileId, 10);
    QCOMPARE(c.after->fileId, 11);
    QCOMPARE(c.scoreBefore(), 100);
    QCOMPARE(c.scoreAfter(), 140);
    const QJsonObject json = historyjson::diffObject(*d);
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("upgraded")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("removed")).toInt(), 0);
}

void tst_HistoryStore::downgradeAddedRemovedAndReverse()
{
    const qint64 a = save(snapshot(QStringLiteral("r"), InstanceType::Radarr, {movie(10, 1, 100), movie(30, 3, 7)}));
    const qint64 b = save(snapshot(QStringLiteral("r"), InstanceType::Radarr, {movie(11, 1, 60), movie(40, 4, 9)}));
    Result<SnapshotDiff> d = SnapshotDiffer(*m_db).diff(a, b);
    QVERIFY(d.ok());
    QCOMPARE(kinds(*d),
             (QStringList{QStringLiteral("added"), QStringLiteral("removed"), QStringLiteral("downgraded")}));
    QCOMPARE(findChange(*d, ChangeKind::Added)->after->fileId, 40);
    QCOMPARE(findChange(*d, ChangeKind::Removed)->before->fileId, 30);
    // The other way round, the same changes read backwards.
    Result<SnapshotDiff> back = SnapshotDiffer(*m_db).diff(b, a);
    QVERIFY(back.ok());
    QCOMPARE(kinds(*back),
             (QStringList{QStringLiteral("added"), QStringLiteral("removed"), QStringLiteral("upgraded")}));
    QCOMPARE(findChange(*back, ChangeKind::Added)->after->fileId, 30);
    // Snapshots of two instances cannot be compared.
    const qint64 other = save(snapshot(QStringLiteral("other"), InstanceType::Radarr, {movie(10, 1, 100)}));
    QVERIFY(!SnapshotDiffer(*m_db).diff(a, other).ok());
    QCOMPARE(SnapshotDiffer(*m_db).diff(a, 9999).error().kind, ErrorKind::NotFound);
}

void tst_HistoryStore::rescoredByProfileEditIsAttributed()
{
    const qint64 a =
        save(snapshot(QStringLiteral("r"), InstanceType::Radarr, {movie(10, 1, 100), movie(20, 2, 0, {})}, 100));
    // The profile now gives HDR 150: the HDR file is re-scored, the file without formats is untouched.
    const qint64 b =
        save(snapshot(QStringLiteral("r"), InstanceType::Radarr, {movie(10, 1, 150), movie(20, 2, 0, {})}, 150));
    Result<SnapshotDiff> d = SnapshotDiffer(*m_db).diff(a, b);
    QVERIFY(d.ok());
    QCOMPARE(kinds(*d), QStringList{QStringLiteral("rescored")});
    const ScoreCause &cause = d->changes.first().cause;
    QCOMPARE(cause.profileName, QStringLiteral("Profile 1"));
    QCOMPARE(cause.scoreMoves.size(), 1);
    QCOMPARE(cause.scoreMoves.first().name, QStringLiteral("HDR"));
    QCOMPARE(cause.scoreMoves.first().before, 100);
    QCOMPARE(cause.scoreMoves.first().after, 150);
    QVERIFY(cause.redefinedFormats.isEmpty());
    QCOMPARE(d->changes.first().changedFields, QStringList{QStringLiteral("custom_format_score")});
    QCOMPARE(d->profiles.size(), 1);
    QCOMPARE(d->profiles.first().profileId, 1);
    QVERIFY(d->formats.isEmpty());
}

void tst_HistoryStore::rescoredByFormatDefinitionIsAttributed()
{
    const qint64 a = save(snapshot(QStringLiteral("r"), InstanceType::Radarr, {movie(10, 1, 100)}, 100, "{\"dv\":1}"));
    // DV's conditions changed: the same file now matches it too (+5 in profile 1).
    const qint64 b = save(snapshot(QStringLiteral("r"), InstanceType::Radarr,
                                   {movie(10, 1, 105, {{kHdr, QStringLiteral("HDR")}, {kDv, QStringLiteral("DV")}})},
                                   100, "{\"dv\":2}"));
    Result<SnapshotDiff> d = SnapshotDiffer(*m_db).diff(a, b);
    QVERIFY(d.ok());
    QCOMPARE(kinds(*d), QStringList{QStringLiteral("rescored")});
    const ScoreCause &cause = d->changes.first().cause;
    QVERIFY(cause.scoreMoves.isEmpty());
    QCOMPARE(cause.redefinedFormats, QStringList{QStringLiteral("DV")});
    QCOMPARE(cause.formatsGained, QStringList{QStringLiteral("DV")});
    QCOMPARE(d->formats.size(), 1);
    QCOMPARE(d->formats.first().name, QStringLiteral("DV"));
    QVERIFY(d->profiles.isEmpty());
}

void tst_HistoryStore::episodesAreItems()
{
    const QString s = QStringLiteral("s");
    const qint64 a =
        save(snapshot(s, InstanceType::Sonarr, {episodeFile(100, 7, 1, {1, 2}, 10), episodeFile(101, 7, 1, {3}, 10)}));
    // The double episode gets a better file: one change for both episodes.
    const qint64 b =
        save(snapshot(s, InstanceType::Sonarr, {episodeFile(102, 7, 1, {1, 2}, 30), episodeFile(101, 7, 1, {3}, 10)}));
    // Then it is split into two files: one change per episode, from the same old file.
    const qint64 c = save(
        snapshot(s, InstanceType::Sonarr,
                 {episodeFile(103, 7, 1, {1}, 30), episodeFile(104, 7, 1, {2}, 20), episodeFile(101, 7, 1, {3}, 10)}));
    Result<SnapshotDiff> ab = SnapshotDiffer(*m_db).diff(a, b);
    QVERIFY(ab.ok());
    QCOMPARE(kinds(*ab), QStringList{QStringLiteral("upgraded")});
    QCOMPARE(ab->changes.first().episodeIds, (QList<qint64>{7101, 7102}));
    Result<SnapshotDiff> bc = SnapshotDiffer(*m_db).diff(b, c);
    QVERIFY(bc.ok());
    QCOMPARE(kinds(*bc), (QStringList{QStringLiteral("downgraded"), QStringLiteral("replaced")}));
    for (const DiffChange &change : bc->changes)
        QCOMPARE(change.before->fileId, 102);

    HistoryStore store(*m_db);
    Result<QList<ItemHistory>> h = store.itemHistory(7102);
    QVERIFY2(h.ok(), qPrintable(h.error().message));
    QCOMPARE(h->size(), 1);
    const ItemHistory &e2 = h->first();
    QCOMPARE(e2.item.kind, MediaKind::Episode);
    QCOMPARE(e2.item.episode, 2);
    QCOMPARE(e2.item.episodeTitle, QStringLiteral("Episode 2"));
    QCOMPARE(events(e2),
             (QStringList{QStringLiteral("added"), QStringLiteral("upgraded"), QStringLiteral("downgraded")}));
    QCOMPARE(e2.entries.last().file->fileId, 104);
    QCOMPARE(e2.entries.last().previousScore, 30);
    // A Radarr id is not looked up among episodes, and an unknown episode has no history.
    QVERIFY(store.itemHistory(7199)->isEmpty());
    // An unchanged re-sync of the series adds no episode links.
    const qint64 links = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM file_episodes"));
    save(snapshot(s, InstanceType::Sonarr,
                  {episodeFile(103, 7, 1, {1}, 30), episodeFile(104, 7, 1, {2}, 20), episodeFile(101, 7, 1, {3}, 10)}));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM file_episodes")), links);
    QCOMPARE(links, 7); // 100: 2, 101: 1, 102: 2, 103: 1, 104: 1
}

void tst_HistoryStore::nullScoresAreNeverZero()
{
    const QString s = QStringLiteral("v3");
    LibrarySnapshot first = snapshot(s, InstanceType::Sonarr, {episodeFile(1, 5, 1, {1}, std::nullopt)});
    first.scoresAvailable = false;
    LibrarySnapshot second = snapshot(s, InstanceType::Sonarr, {episodeFile(2, 5, 1, {1}, std::nullopt)});
    second.scoresAvailable = false;
    LibrarySnapshot third = snapshot(s, InstanceType::Sonarr, {episodeFile(3, 5, 1, {1}, 0)});
    const qint64 a = save(first);
    const qint64 b = save(second);
    const qint64 c = save(third);
    Result<SnapshotDiff> ab = SnapshotDiffer(*m_db).diff(a, b);
    QVERIFY(ab.ok());
    QCOMPARE(kinds(*ab), QStringList{QStringLiteral("replaced")});
    QVERIFY(!ab->changes.first().scoreBefore());
    // Unknown → 0 is not a downgrade or an upgrade either.
    Result<SnapshotDiff> bc = SnapshotDiffer(*m_db).diff(b, c);
    QVERIFY(bc.ok());
    QCOMPARE(kinds(*bc), QStringList{QStringLiteral("replaced")});
    const QJsonObject change =
        historyjson::diffObject(*bc).value(QStringLiteral("changes")).toArray().first().toObject();
    QVERIFY(change.value(QStringLiteral("score_before")).isNull());
    QCOMPARE(change.value(QStringLiteral("score_after")).toInt(-1), 0);
    Result<QList<ItemHistory>> h = HistoryStore(*m_db).itemHistory(5101);
    QVERIFY(h.ok() && h->size() == 1);
    QCOMPARE(events(h->first()),
             (QStringList{QStringLiteral("added"), QStringLiteral("replaced"), QStringLiteral("replaced")}));
    QVERIFY(!h->first().entries[1].previousScore);
}

void tst_HistoryStore::movieHistoryAndTitleSearch()
{
    const QString r = QStringLiteral("r");
    const qint64 a =
        save(snapshot(r, InstanceType::Radarr, {movie(10, 1, 100), movie(20, 2, 5)}, 100, "{\"dv\":1}", 0));
    save(snapshot(r, InstanceType::Radarr, {movie(10, 1, 120), movie(20, 2, 5)}, 120, "{\"dv\":1}", 1));
    save(snapshot(r, InstanceType::Radarr, {movie(11, 1, 200), movie(20, 2, 5)}, 120, "{\"dv\":1}", 2));
    const qint64 d = save(snapshot(r, InstanceType::Radarr, {movie(20, 2, 5)}, 120, "{\"dv\":1}", 3));
    save(snapshot(r, InstanceType::Radarr, {movie(12, 1, 50), movie(20, 2, 5)}, 120, "{\"dv\":1}", 4));
    HistoryStore store(*m_db);
    Result<QList<ItemHistory>> h = store.itemHistory(1, r);
    QVERIFY2(h.ok(), qPrintable(h.error().message));
    QCOMPARE(h->size(), 1);
    const ItemHistory &movie1 = h->first();
    QCOMPARE(events(movie1),
             (QStringList{QStringLiteral("added"), QStringLiteral("rescored"), QStringLiteral("upgraded"),
                          QStringLiteral("removed"), QStringLiteral("added")}));
    QCOMPARE(movie1.entries.first().snapshotId, a);
    QCOMPARE(movie1.entries.first().profileName, QStringLiteral("Profile 1"));
    QCOMPARE(movie1.entries.first().syncedAt, QDateTime(QDate(2024, 6, 1), QTime(3, 0, 30), Qt::UTC));
    QCOMPARE(movie1.entries[3].snapshotId, d);
    QVERIFY(!movie1.entries[3].file);
    QCOMPARE(movie1.entries.last().untilSnapshotId, 0);
    // Title search: any case, both backends; "%" and "_" are literal.
    Result<QList<ItemRef>> found = store.findItems(QStringLiteral("MOVIE 2"));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, 2);
    QCOMPARE(store.findItems(QStringLiteral("movie"))->size(), 2);
    QCOMPARE(store.findItems(QStringLiteral("%"))->size(), 0);
    QCOMPARE(store.findItems(QStringLiteral("movie"), QStringLiteral("nope"))->size(), 0);
}

void tst_HistoryStore::historyExportRows()
{
    save(snapshot(QStringLiteral("r"), InstanceType::Radarr, {movie(10, 1, 100)}));
    save(snapshot(QStringLiteral("r"), InstanceType::Radarr, {movie(11, 1, 130)}));
    save(snapshot(QStringLiteral("s"), InstanceType::Sonarr, {episodeFile(100, 7, 1, {1, 2}, std::nullopt)}));
    HistoryRows rows(*m_db, {});
    QVERIFY(rows.open().ok());
    const QStringList columns = rows.columns();
    QStringList lines;
    while (rows.next()) {
        lines << QStringList{rows.cell(int(columns.indexOf(QStringLiteral("instance")))).toString(),
                             rows.cell(int(columns.indexOf(QStringLiteral("id")))).toString(),
                             rows.cell(int(columns.indexOf(QStringLiteral("event")))).toString(),
                             rows.cell(int(columns.indexOf(QStringLiteral("custom_format_score")))).isValid()
                                 ? rows.cell(int(columns.indexOf(QStringLiteral("custom_format_score")))).toString()
                                 : QStringLiteral("null")}
                     .join(QLatin1Char(' '));
    }
    QVERIFY(!rows.error().isError());
    QCOMPARE(lines, (QStringList{QStringLiteral("r 1 added 100"), QStringLiteral("r 1 upgraded 130"),
                                 QStringLiteral("s 7101 added null"), QStringLiteral("s 7102 added null")}));
}

// Snapshots of "r" two a day for 400 days, newest first, and one of "other" a year old: keep_all_days 3, a day
// each for 10 days, a week each for 8 weeks, a month each for 12 months.
void tst_HistoryStore::retentionKeepsItsWindowsAndTheLatest()
{
    const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
    QList<qint64> ids;
    QList<QDateTime> times;
    for (int i = 0; i < 80; ++i) {
        // Oldest first, so ids grow with time as syncs do: every 5 days for 400 days, then the last 3 days at
        // 06:00 and 18:00.
        const QDateTime when =
            i < 74 ? now.addDays(-400 + i * 5) : now.addDays(-3 + (i - 74) / 2).addSecs(((i - 74) % 2) * 43200 - 21600);
        QList<MediaFile> files{movie(1, 1, 100 + i), movie(2, 2, 50)};
        ids << save(snapshot(QStringLiteral("r"), InstanceType::Radarr, files));
        times << when;
    }
    const qint64 other = save(snapshot(QStringLiteral("other"), InstanceType::Radarr, {movie(1, 1, 1)}));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE snapshots SET started_at = ?, finished_at = ? WHERE id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        q.addBindValue(times[i].toMSecsSinceEpoch() - 1000);
        q.addBindValue(times[i].toMSecsSinceEpoch());
        q.addBindValue(ids[i]);
        QVERIFY(q.exec());
    }
    q.addBindValue(now.addDays(-365).toMSecsSinceEpoch());
    q.addBindValue(now.addDays(-365).toMSecsSinceEpoch());
    q.addBindValue(other);
    QVERIFY(q.exec());
    q.finish();

    RetentionPolicy policy;
    policy.keepAllDays = 3;
    policy.keepDailyDays = 10;
    policy.keepWeeklyWeeks = 8;
    policy.keepMonthlyMonths = 12;
    // The expected set, from the rules as documented: newest of each UTC day / ISO week / month in its window.
    QSet<qint64> days;
    QSet<qint64> weeks;
    QSet<qint64> months;
    QList<qint64> expectedKept;
    for (qsizetype i = ids.size() - 1; i >= 0; --i) {
        const QDate d = times[i].date();
        int wy = 0;
        const int w = d.weekNumber(&wy);
        const bool day = !days.contains(d.toJulianDay());
        const bool week = !weeks.contains(wy * 100 + w);
        const bool month = !months.contains(d.year() * 100 + d.month());
        days.insert(d.toJulianDay());
        weeks.insert(wy * 100 + w);
        months.insert(d.year() * 100 + d.month());
        if (i == ids.size() - 1 || times[i] >= now.addDays(-3) || (day && times[i] >= now.addDays(-10))
            || (week && times[i] >= now.addDays(-56)) || (month && times[i] >= now.addMonths(-12)))
            expectedKept.prepend(ids[i]);
    }
    QVERIFY(expectedKept.size() > 14 && expectedKept.size() < 40);

    PruneRule rule;
    rule.retention = policy;
    rule.now = now;
    rule.instanceName = QStringLiteral("r");
    Result<PruneResult> pruned = SnapshotPruner(*m_db).prune(rule);
    QVERIFY2(pruned.ok(), qPrintable(pruned.error().message));
    QCOMPARE(pruned->deletedSnapshots.size(), ids.size() - expectedKept.size());
    QList<qint64> kept;
    q.exec(QStringLiteral("SELECT id FROM snapshots WHERE complete = 1 ORDER BY id"));
    while (q.next())
        kept << q.value(0).toLongLong();
    q.finish();
    QCOMPARE(kept, expectedKept + QList<qint64>{other});
    // Every kept snapshot still loads with the files it had.
    SnapshotStore store(*m_db);
    for (const qint64 id : std::as_const(expectedKept)) {
        Result<LibrarySnapshot> again = store.load(id);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->files.size(), 2);
        QCOMPARE(again->files.at(0).customFormatScore, std::optional<int>(100 + int(ids.indexOf(id))));
    }

    // The other instance's one old snapshot is its latest: applying the policy to it keeps it.
    Result<PruneResult> others = SnapshotPruner(*m_db).applyRetention(policy, QStringLiteral("other"));
    QVERIFY2(others.ok(), qPrintable(others.error().message));
    QVERIFY(others->deletedSnapshots.isEmpty());
    QVERIFY(store.load(other).ok());
}

void tst_HistoryStore::retentionNotSetDeletesNothing()
{
    save(snapshot(QStringLiteral("r"), InstanceType::Radarr, {movie(1, 1, 1)}));
    save(snapshot(QStringLiteral("r"), InstanceType::Radarr, {movie(1, 1, 2)}));
    Result<PruneResult> pruned = SnapshotPruner(*m_db).applyRetention(RetentionPolicy{}, QStringLiteral("r"));
    QVERIFY2(pruned.ok(), qPrintable(pruned.error().message));
    QVERIFY(pruned->deletedSnapshots.isEmpty());
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM snapshots")), 2);
}

void tst_HistoryStore::pruneKeepsLatestAndExactSnapshots()
{
    QList<qint64> ids;
    QList<LibrarySnapshot> stored;
    for (int i = 0; i < 6; ++i) {
        QList<MediaFile> files;
        for (int m = 1; m <= 20; ++m)
            files << movie(m * 10 + (m <= i ? 1 : 0), m, 100 + (m <= i ? 10 : 0));
        if (i % 2)
            files.removeAt(15);
        ids << save(snapshot(QStringLiteral("r"), InstanceType::Radarr, files, 100 + i,
                             i < 3 ? "{\"dv\":1}" : "{\"dv\":2}", i));
    }
    const qint64 otherOnly = save(snapshot(QStringLiteral("other"), InstanceType::Radarr, {movie(1, 1, 1)}));
    SnapshotStore store(*m_db);
    for (qint64 id : std::as_const(ids))
        stored << *store.load(id);
    Result<SnapshotDiff> before = SnapshotDiffer(*m_db).diff(ids[4], ids[5]);
    const qint64 rowsBefore = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM file_versions"));

    // Keep the newest 3 of "r": bounds at deleted snapshots move to kept ones.
    PruneRule byAge;
    byAge.keep = 3;
    Result<PruneResult> pruned = SnapshotPruner(*m_db).prune(byAge);
    QVERIFY2(pruned.ok(), qPrintable(pruned.error().message));
    QCOMPARE(pruned->deletedSnapshots, (QList<qint64>{ids[0], ids[1], ids[2]}));
    QVERIFY(pruned->fileRows > 0);
    QVERIFY(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM file_versions")) < rowsBefore);
    for (int i = 3; i < 6; ++i) {
        Result<LibrarySnapshot> again = store.load(ids[i]);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QVERIFY2(sameFiles(stored[i], *again), qPrintable(QStringLiteral("snapshot %1").arg(ids[i])));
    }
    QCOMPARE(store.load(ids[0]).error().kind, ErrorKind::NotFound);
    Result<SnapshotDiff> after = SnapshotDiffer(*m_db).diff(ids[4], ids[5]);
    QVERIFY(before.ok() && after.ok());
    QCOMPARE(kinds(*after), kinds(*before));

    // Everything older than tomorrow: all but the latest of each instance.
    PruneRule everything;
    everything.before = QDateTime::currentDateTimeUtc().addDays(1);
    pruned = SnapshotPruner(*m_db).prune(everything);
    QVERIFY(pruned.ok());
    QCOMPARE(pruned->deletedSnapshots, (QList<qint64>{ids[3], ids[4]}));
    QVERIFY(sameFiles(stored[5], *store.load(ids[5])));
    QVERIFY(store.load(otherOnly).ok());
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM file_versions WHERE valid_to IS NOT NULL")), 0);
    // A sync after pruning still versions against the kept rows.
    const qint64 next =
        save(snapshot(QStringLiteral("r"), InstanceType::Radarr, stored[5].files, 105, "{\"dv\":2}", 9));
    QVERIFY(next > 0);
    QCOMPARE(SnapshotDiffer(*m_db).diff(ids[5], next)->changes.size(), 0);
    PruneRule bad;
    bad.keep = 0;
    QVERIFY(!SnapshotPruner(*m_db).prune(bad).ok());
}

// Rows whose references are broken, counted without relying on the constraints that should prevent
// them (schema 3 checks file rows by triggers on PostgreSQL, by foreign keys on SQLite).
static qint64 orphans(Database &db)
{
    return count(db,
                 QStringLiteral("SELECT (SELECT COUNT(*) FROM file_versions fv WHERE NOT EXISTS (SELECT 1 FROM "
                                "snapshots s WHERE s.id = fv.valid_from AND s.instance_id = fv.instance_id) OR "
                                "(fv.valid_to IS NOT NULL AND NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.id = "
                                "fv.valid_to AND s.instance_id = fv.instance_id))) + (SELECT COUNT(*) FROM "
                                "file_episodes fe WHERE NOT EXISTS (SELECT 1 FROM instances i WHERE i.id = "
                                "fe.instance_id)) + (SELECT COUNT(*) FROM file_episodes fe WHERE NOT EXISTS (SELECT 1 "
                                "FROM file_versions fv WHERE fv.instance_id = fe.instance_id AND fv.file_id = "
                                "fe.file_id AND fv.item_id = fe.series_id))"));
}

void tst_HistoryStore::pruneNeverLeavesOrphans()
{
    // Two instances, 16 syncs each with upgrades (new file ids), re-scores, removed and returning files,
    // and a prune after every third sync by count or by age; after each prune no file row refers to a
    // missing snapshot or instance, and no episode link outlives its file.
    SnapshotStore store(*m_db);
    qsizetype lastSize = 0;
    for (int round = 0; round < 16; ++round) {
        for (const QString &name : {QStringLiteral("s1"), QStringLiteral("s2")}) {
            QList<MediaFile> files;
            for (int e = 1; e <= 40; ++e) {
                if ((e + round) % 7 == 0)
                    continue; // gone this round, back in the next
                const qint64 fileId = e * 100 + (e % 5 == 0 ? round / 2 : 0);
                files << episodeFile(fileId, 1 + e % 4, 1, {e, e + 40},
                                     (e * round) % 3 == 0 ? std::nullopt : std::optional<int>(round));
            }
            QVERIFY(save(snapshot(name, InstanceType::Sonarr, files, 100 + round % 3, "{\"dv\":1}", round)) > 0);
            lastSize = files.size();
        }
        if (round % 3 != 2)
            continue;
        PruneRule rule;
        if (round % 2)
            rule.keep = 2;
        else
            rule.before = QDateTime(QDate(2024, 6, 1), QTime(3, round - 1), Qt::UTC);
        Result<PruneResult> pruned = SnapshotPruner(*m_db).prune(rule);
        QVERIFY2(pruned.ok(), qPrintable(pruned.error().message));
        QVERIFY(!pruned->deletedSnapshots.isEmpty());
        QVERIFY(pruned->fileRows > 0);
        QCOMPARE(orphans(*m_db), 0);
        for (const QString &name : {QStringLiteral("s1"), QStringLiteral("s2")}) {
            Result<std::optional<LibrarySnapshot>> latest = store.latest(name);
            QVERIFY(latest.ok() && *latest);
            QCOMPARE((*latest)->files.size(), lastSize);
            const Result<QList<SnapshotInfo>> kept = store.list(name);
            QVERIFY(kept.ok() && !kept->isEmpty());
            for (const SnapshotInfo &info : *kept)
                QVERIFY(store.load(info.id).ok());
        }
    }

    // The count can see an orphan: write one past the checks, on purpose.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(m_db->isPostgres() ? QStringLiteral("ALTER TABLE file_episodes DISABLE TRIGGER USER")
                                      : QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO file_episodes (instance_id, episode_id, file_id, series_id) "
                                  "VALUES (999, 1, 1, 1)")));
    QCOMPARE(orphans(*m_db), 2); // no instance 999, and no file 1 of it
}

void tst_HistoryStore::migrationFromSchema1WithData()
{
    m_db.reset();
    const QString location = m_storage.freshLocation(*m_dir, QStringLiteral("ladder-%1.db"));
    {
        auto old = Database::openAtVersion(location, 1);
        QVERIFY2(old.ok(), qPrintable(old.error().message));
        QCOMPARE((*old)->schemaVersion(), 1);
        SnapshotStore store(**old);
        QVERIFY(
            store.save(snapshot(QStringLiteral("s"), InstanceType::Sonarr, {episodeFile(100, 7, 1, {1, 2}, 10)})).ok());
        QVERIFY(
            store.save(snapshot(QStringLiteral("s"), InstanceType::Sonarr, {episodeFile(101, 7, 1, {1, 2}, 25)})).ok());
    }
    auto opened = Database::open(location);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM file_episodes")), 4);
    Result<QList<ItemHistory>> h = HistoryStore(*m_db).itemHistory(7101);
    QVERIFY2(h.ok(), qPrintable(h.error().message));
    QCOMPARE(h->size(), 1);
    QCOMPARE(events(h->first()), (QStringList{QStringLiteral("added"), QStringLiteral("upgraded")}));
    // New saves on the migrated database link their episodes as well.
    save(snapshot(QStringLiteral("s"), InstanceType::Sonarr, {episodeFile(102, 7, 1, {1, 2}, 5)}));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM file_episodes")), 6);
}

void tst_HistoryStore::concurrentWritersOfTwoInstances()
{
    // Two threads, each with its own connection, sync different instances into one database at once.
    QList<MediaFile> files;
    for (int i = 1; i <= 3000; ++i)
        files << movie(i, i, i % 300);
    const auto writer = [&](const QString &name, QString *error) {
        auto db = Database::open(m_location);
        if (!db) {
            *error = db.error().message;
            return;
        }
        SnapshotStore store(**db);
        for (int round = 0; round < 4; ++round) {
            QList<MediaFile> changed = files;
            for (int k = round; k < changed.size(); k += 50)
                changed[k].customFormatScore = round * 1000 + k;
            Result<qint64> id = store.save(snapshot(name, InstanceType::Radarr, changed, 100, "{\"dv\":1}", round));
            if (!id) {
                *error = id.error().message;
                return;
            }
        }
    };
    QString errorA;
    QString errorB;
    std::thread a(writer, QStringLiteral("machine-a"), &errorA);
    std::thread b(writer, QStringLiteral("machine-b"), &errorB);
    a.join();
    b.join();
    QVERIFY2(errorA.isEmpty(), qPrintable(errorA));
    QVERIFY2(errorB.isEmpty(), qPrintable(errorB));
    SnapshotStore store(*m_db);
    for (const QString &name : {QStringLiteral("machine-a"), QStringLiteral("machine-b")}) {
        Result<QList<SnapshotInfo>> list = store.list(name);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 4);
        Result<std::optional<LibrarySnapshot>> latest = store.latest(name);
        QVERIFY(latest.ok() && *latest);
        QCOMPARE((*latest)->files.size(), 3000);
        Result<SnapshotDiff> d = SnapshotDiffer(*m_db).diff(list->at(2).id, list->at(3).id);
        QVERIFY(d.ok());
        QCOMPARE(d->count(ChangeKind::Rescored), 120); // rounds 2 and 3 each touch 60 files
    }
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
