// The simulator's download history against a real QNetworkAccessManager on 127.0.0.1: the seeded history
// (grabs, imports, upgrades, upgrade loops), paging and filters per version, history/since, the fields each
// version has, and the rows grabs and searches write.
#include "simserver.h"
#include "simtestutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

QJsonArray records(const Sim &sim, const QString &query)
{
    const Reply r = fetch(sim.api(QStringLiteral("history?pageSize=100000&") + query));
    return r.object().value(QLatin1String("records")).toArray();
}

QString dataOf(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String("data")).toObject().value(QLatin1String(key)).toString();
}

Reply post(const Sim &sim, const QString &route, const QByteArray &body)
{
    return fetch(sim.raw(QStringLiteral("/__sim/") + route), {}, &body);
}

} // namespace

class tst_SimHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seeded();
    void scoresNowAndThen();
    void pagingAndFilters();
    void eventTypeByVersion();
    void since();
    void incrementalSince();
    void fieldsByVersion_data();
    void fieldsByVersion();
    void grabsAndUpgradesWriteHistory();
    void sonarrRowsPerEpisode();
};

void tst_SimHistory::seeded()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 120));
    const QJsonArray all = records(sim, QString());
    QVERIFY(all.size() > 20);
    QHash<QString, QJsonObject> grabs;
    QHash<QString, int> imports;
    QHash<QString, int> grabsPerMovieAndGuid;
    int upgrades = 0;
    QSet<QString> ended;
    for (const auto &v : all) {
        const QJsonObject row = v.toObject();
        const QString type = row.value(QLatin1String("eventType")).toString();
        if (type == QLatin1String("grabbed")) {
            grabs.insert(row.value(QLatin1String("downloadId")).toString(), row);
            ++grabsPerMovieAndGuid
                [QStringLiteral("%1 %2").arg(row.value(QLatin1String("movieId")).toInt()).arg(dataOf(row, "guid"))];
            QVERIFY(!dataOf(row, "indexer").isEmpty());
            QVERIFY(!dataOf(row, "customFormatScore").isEmpty());
            // Ordinary downloads came from searches, the planted cases from RSS.
            QVERIFY(dataOf(row, "releaseSource") == QLatin1String("UserInvokedSearch")
                    || dataOf(row, "releaseSource") == QLatin1String("Rss"));
            QCOMPARE(dataOf(row, "torrentInfoHash").isEmpty(), dataOf(row, "protocol") == QLatin1String("1"));
        } else if (type == QLatin1String("downloadFolderImported")) {
            ++imports[row.value(QLatin1String("downloadId")).toString()];
            QVERIFY(dataOf(row, "fileId").toInt() > 0);
        } else if (type == QLatin1String("downloadFailed") || type == QLatin1String("downloadIgnored")) {
            ended.insert(type);
            ++imports[row.value(QLatin1String("downloadId")).toString()]; // a grab's other ending
            QVERIFY(!dataOf(row, "message").isEmpty());
        } else if (type == QLatin1String("movieFileRenamed")) {
            QVERIFY(dataOf(row, "path").endsWith(dataOf(row, "relativePath")));
            QVERIFY(dataOf(row, "sourcePath") != dataOf(row, "path"));
        } else {
            QCOMPARE(type, QStringLiteral("movieFileDeleted"));
            QCOMPARE(dataOf(row, "reason"), QStringLiteral("Upgrade"));
            QVERIFY(!row.contains(QLatin1String("downloadId")));
            ++upgrades;
        }
    }
    // Every import or failure follows its grab under the same downloadId.
    for (auto it = imports.cbegin(); it != imports.cend(); ++it)
        QVERIFY2(grabs.contains(it.key()), qPrintable(it.key()));
    QVERIFY(upgrades > 0);
    QCOMPARE(ended, (QSet<QString>{QStringLiteral("downloadFailed"), QStringLiteral("downloadIgnored")}));
    // At least one upgrade loop: the same release grabbed twice for one movie.
    QVERIFY(std::any_of(grabsPerMovieAndGuid.cbegin(), grabsPerMovieAndGuid.cend(), [](int n) { return n >= 2; }));
    // The current file's import names it.
    const QJsonObject newest = records(sim, QStringLiteral("eventType=3&sortDirection=descending")).first().toObject();
    const SimMovie *movie = sim->library().movie(newest.value(QLatin1String("movieId")).toInt());
    const SimFile *current = movie ? movieFileOf(*sim.server, movie->id) : nullptr;
    QVERIFY(current);
    QCOMPARE(dataOf(newest, "fileId").toInt(), current->id);
}

void tst_SimHistory::scoresNowAndThen()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 80));
    QJsonObject row;
    for (const auto &v : records(sim, QStringLiteral("eventType=1"))) {
        if (!v.toObject().value(QLatin1String("customFormats")).toArray().isEmpty()) {
            row = v.toObject();
            break;
        }
    }
    QVERIFY(!row.isEmpty());
    const int id = row.value(QLatin1String("id")).toInt();
    QCOMPARE(row.value(QLatin1String("customFormatScore")).toInt(), dataOf(row, "customFormatScore").toInt());
    // A profile edit moves the recomputed score; the one frozen in data stays.
    const SimMovie *movie = sim->library().movie(row.value(QLatin1String("movieId")).toInt());
    const int formatId =
        row.value(QLatin1String("customFormats")).toArray().first().toObject().value(QLatin1String("id")).toInt();
    const int before = sim->library().profile(movie->qualityProfileId)->formatScores.value(formatId);
    QCOMPARE(post(sim, QStringLiteral("mutate"),
                  QStringLiteral(R"({"op": "setScore", "profileId": %1, "formatId": %2, "score": %3})")
                      .arg(movie->qualityProfileId)
                      .arg(formatId)
                      .arg(before + 1000)
                      .toUtf8())
                 .status,
             200);
    QJsonObject after;
    for (const auto &v : records(sim, QStringLiteral("eventType=1"))) {
        if (v.toObject().value(QLatin1String("id")).toInt() == id)
            after = v.toObject();
    }
    QCOMPARE(after.value(QLatin1String("customFormatScore")).toInt(),
             row.value(QLatin1String("customFormatScore")).toInt() + 1000);
    QCOMPARE(dataOf(after, "customFormatScore"), dataOf(row, "customFormatScore"));
}

void tst_SimHistory::pagingAndFilters()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 80));
    const int total = int(records(sim, QString()).size());
    Reply r = fetch(sim.api(QStringLiteral("history?page=2&pageSize=5&sortKey=date&sortDirection=ascending")));
    QCOMPARE(r.status, 200);
    const QJsonObject page = r.object();
    QCOMPARE(page.value(QLatin1String("page")).toInt(), 2);
    QCOMPARE(page.value(QLatin1String("pageSize")).toInt(), 5);
    QCOMPARE(page.value(QLatin1String("totalRecords")).toInt(), total);
    QCOMPARE(page.value(QLatin1String("sortDirection")).toString(), QStringLiteral("ascending"));
    const QJsonArray rows = page.value(QLatin1String("records")).toArray();
    QCOMPARE(rows.size(), 5);
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1).toObject().value(QLatin1String("date")).toString()
                <= rows.at(i).toObject().value(QLatin1String("date")).toString());
    // Default: 10 a page, newest first.
    const QJsonObject first = fetch(sim.api(QStringLiteral("history"))).object();
    QCOMPARE(first.value(QLatin1String("records")).toArray().size(), qMin(10, total));
    QCOMPARE(first.value(QLatin1String("sortDirection")).toString(), QStringLiteral("descending"));
    // movieIds and downloadId narrow it down; includeMovie embeds the movie.
    const QJsonObject any = rows.first().toObject();
    const int movieId = any.value(QLatin1String("movieId")).toInt();
    for (const auto &v : records(sim, QStringLiteral("movieIds=%1&includeMovie=true").arg(movieId))) {
        QCOMPARE(v.toObject().value(QLatin1String("movieId")).toInt(), movieId);
        QCOMPARE(v.toObject().value(QLatin1String("movie")).toObject().value(QLatin1String("id")).toInt(), movieId);
    }
    const QString downloadId = any.value(QLatin1String("downloadId")).toString();
    const QJsonArray byDownload = records(sim, QStringLiteral("downloadId=") + downloadId);
    QVERIFY(!byDownload.isEmpty());
    for (const auto &v : byDownload)
        QCOMPARE(v.toObject().value(QLatin1String("downloadId")).toString(), downloadId);
    const QJsonArray one = fetch(sim.api(QStringLiteral("history/movie?movieId=%1").arg(movieId))).array();
    QVERIFY(!one.isEmpty());
    // GetByMovieId orders newest first.
    for (int i = 1; i < one.size(); ++i)
        QVERIFY(one.at(i - 1).toObject().value(QLatin1String("date")).toString()
                >= one.at(i).toObject().value(QLatin1String("date")).toString());
    // Before 5.1.1 movieIds does not exist: every movie comes back.
    Sim old(radarr(QStringLiteral("5.0.3"), 80));
    QCOMPARE(records(old, QStringLiteral("movieIds=%1").arg(movieId)).size(), records(old, QString()).size());
}

void tst_SimHistory::eventTypeByVersion()
{
    // Several eventType values from Radarr 5.3.1 (and Sonarr 4.0.0.924); before, Radarr 5 binds the first one and
    // older servers read "1,6" as one key=value filter, which fails to convert (500).
    Sim now(radarr(QStringLiteral("5.14.0"), 80));
    Sim before(radarr(QStringLiteral("5.2.6"), 80));
    const auto types = [](const QJsonArray &rows) {
        QSet<QString> out;
        for (const auto &v : rows)
            out.insert(v.toObject().value(QLatin1String("eventType")).toString());
        return out;
    };
    QCOMPARE(types(records(now, QStringLiteral("eventType=1&eventType=6"))),
             (QSet<QString>{QStringLiteral("grabbed"), QStringLiteral("movieFileDeleted")}));
    QCOMPARE(types(records(before, QStringLiteral("eventType=1&eventType=6"))),
             QSet<QString>{QStringLiteral("grabbed")});
    Sim shows(sonarr(QStringLiteral("4.0.9.2244"), 6, 12));
    Sim early(sonarr(QStringLiteral("4.0.0.700"), 6, 12));
    QCOMPARE(types(records(shows, QStringLiteral("eventType=3&eventType=5"))),
             (QSet<QString>{QStringLiteral("downloadFolderImported"), QStringLiteral("episodeFileDeleted")}));
    QCOMPARE(fetch(early.api(QStringLiteral("history?eventType=3&eventType=5"))).status, 500);
    QCOMPARE(types(records(early, QStringLiteral("eventType=3"))),
             QSet<QString>{QStringLiteral("downloadFolderImported")});
    Sim v4(radarr(QStringLiteral("4.7.5.7809"), 40));
    const Reply broken = fetch(v4.api(QStringLiteral("history?eventType=1&eventType=6")));
    QCOMPARE(broken.status, 500);
    QVERIFY(broken.object().value(QLatin1String("message")).toString().contains(QLatin1String("format")));
    QCOMPARE(types(records(v4, QStringLiteral("eventType=6"))), QSet<QString>{QStringLiteral("movieFileDeleted")});
}

void tst_SimHistory::since()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 80));
    const QJsonArray all = records(sim, QStringLiteral("sortDirection=ascending"));
    const QString middle = all.at(all.size() / 2).toObject().value(QLatin1String("date")).toString();
    const Reply r = fetch(sim.api(QStringLiteral("history/since?date=") + middle));
    QCOMPARE(r.status, 200);
    const QJsonArray rows = r.array(); // unpaged: a plain list
    QVERIFY(!rows.isEmpty());
    QVERIFY(rows.size() < all.size());
    for (const auto &v : rows)
        QVERIFY(v.toObject().value(QLatin1String("date")).toString() >= middle);
    // eventType by name or number.
    for (const QString &type : {QStringLiteral("grabbed"), QStringLiteral("1")}) {
        for (const auto &v :
             fetch(sim.api(QStringLiteral("history/since?date=%1&eventType=%2").arg(middle, type))).array())
            QCOMPARE(v.toObject().value(QLatin1String("eventType")).toString(), QStringLiteral("grabbed"));
    }
    QCOMPARE(fetch(sim.api(QStringLiteral("history/since?date=yesterday"))).status, 400);
}

void tst_SimHistory::incrementalSince()
{
    SimServerConfig cfg;
    cfg.searchUpgrades = true;
    Sim sim(radarr(QStringLiteral("5.14.0"), 40), cfg);
    const auto since = [&sim](const QString &date) {
        const Reply r = fetch(sim.api(QStringLiteral("history/since?date=") + date));
        QHash<int, QJsonObject> out;
        for (const auto &v : r.array())
            out.insert(v.toObject().value(QLatin1String("id")).toInt(), v.toObject());
        return out;
    };
    // A first sync reads the last 90 days: every planted case is in it, the ordinary downloads of years ago not.
    const QString window =
        QDateTime::fromMSecsSinceEpoch(sim->clock().nowMs(), Qt::UTC).addDays(-90).toString(Qt::ISODateWithMs);
    const QHash<int, QJsonObject> first = since(window);
    QSet<QString> downloads;
    QString last;
    for (const QJsonObject &row : first) {
        downloads.insert(row.value(QLatin1String("downloadId")).toString());
        last = qMax(last, row.value(QLatin1String("date")).toString());
    }
    QVERIFY(first.size() < records(sim, QString()).size());
    for (const auto &v : QJsonDocument::fromJson(fetch(sim.raw(QStringLiteral("/__sim/planted"))).body).array()) {
        for (const auto &d : v.toObject().value(QLatin1String("downloadIds")).toArray())
            QVERIFY2(downloads.contains(d.toString()), qPrintable(d.toString()));
    }
    // Later: a grab that is downloaded and replaces the file.
    QCOMPARE(post(sim, QStringLiteral("mutate"), R"({"op": "advanceClock", "seconds": 120})").status, 200);
    QJsonObject release;
    for (const SimMovie &m : sim->library().movies()) {
        for (const auto &v : fetch(sim.api(QStringLiteral("release?movieId=%1").arg(m.id))).array()) {
            if (m.file && release.isEmpty() && v.toObject().value(QLatin1String("approved")).toBool())
                release = v.toObject();
        }
        if (!release.isEmpty())
            break;
    }
    QVERIFY(!release.isEmpty());
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("guid"), release.value(QLatin1String("guid"))},
                                  {QStringLiteral("indexerId"), release.value(QLatin1String("indexerId"))}})
            .toJson();
    QCOMPARE(fetch(sim.api(QStringLiteral("release")), {}, &body).status, 200);
    // The second sync asks from the newest date it has: it gets that date's rows again (the servers compare with
    // >=) and what is new, nothing older.
    const QHash<int, QJsonObject> second = since(last);
    QSet<int> again;
    QSet<QString> newTypes;
    for (auto it = second.cbegin(); it != second.cend(); ++it) {
        QVERIFY(it.value().value(QLatin1String("date")).toString() >= last);
        if (first.contains(it.key())) {
            QCOMPARE(it.value().value(QLatin1String("date")).toString(), last);
            again.insert(it.key());
        } else {
            newTypes.insert(it.value().value(QLatin1String("eventType")).toString());
        }
    }
    QCOMPARE(second.size() - again.size(), 3);
    QCOMPARE(newTypes, (QSet<QString>{QStringLiteral("grabbed"), QStringLiteral("movieFileDeleted"),
                                      QStringLiteral("downloadFolderImported")}));
}

void tst_SimHistory::fieldsByVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("topScore");
    QTest::addColumn<bool>("grabScore");
    QTest::addColumn<bool>("importScore");
    QTest::addColumn<bool>("releaseSource");
    QTest::newRow("radarr 4.3.0") << QStringLiteral("4.3.0.6671") << false << false << false << false;
    QTest::newRow("radarr 4.3.1") << QStringLiteral("4.3.1.6822") << false << true << false << false;
    QTest::newRow("radarr 4.4.2") << QStringLiteral("4.4.2.6956") << true << true << true << false;
    QTest::newRow("radarr 5.14") << QStringLiteral("5.14.0.9383") << true << true << true << true;
}

void tst_SimHistory::fieldsByVersion()
{
    QFETCH(QString, version);
    QFETCH(bool, topScore);
    QFETCH(bool, grabScore);
    QFETCH(bool, importScore);
    QFETCH(bool, releaseSource);
    Sim sim(radarr(version, 60));
    const QJsonObject grab = records(sim, QStringLiteral("eventType=1")).first().toObject();
    const QJsonObject import = records(sim, QStringLiteral("eventType=3")).first().toObject();
    QVERIFY(grab.contains(QLatin1String("customFormats")));
    QCOMPARE(grab.contains(QLatin1String("customFormatScore")), topScore);
    QCOMPARE(grab.value(QLatin1String("data")).toObject().contains(QLatin1String("customFormatScore")), grabScore);
    QCOMPARE(import.value(QLatin1String("data")).toObject().contains(QLatin1String("customFormatScore")), importScore);
    QCOMPARE(grab.value(QLatin1String("data")).toObject().contains(QLatin1String("releaseSource")), releaseSource);
}

void tst_SimHistory::grabsAndUpgradesWriteHistory()
{
    SimServerConfig cfg;
    cfg.searchUpgrades = true;
    Sim sim(radarr(QStringLiteral("5.14.0"), 40), cfg);
    // An interactive grab of an approved release for a movie with a file.
    QJsonObject release;
    const SimMovie *movie = nullptr;
    for (const SimMovie &m : sim->library().movies()) {
        if (!m.file)
            continue;
        for (const auto &v : fetch(sim.api(QStringLiteral("release?movieId=%1").arg(m.id))).array()) {
            if (v.toObject().value(QLatin1String("approved")).toBool()) {
                release = v.toObject();
                movie = &m;
                break;
            }
        }
        if (movie)
            break;
    }
    QVERIFY(movie);
    const int oldFileId = movieFileOf(*sim.server, movie->id)->id;
    const QString oldPath = movieFileOf(*sim.server, movie->id)->path;
    const int rowsBefore = int(records(sim, QString()).size());
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("guid"), release.value(QLatin1String("guid"))},
                                  {QStringLiteral("indexerId"), release.value(QLatin1String("indexerId"))}})
            .toJson();
    QCOMPARE(fetch(sim.api(QStringLiteral("release")), {}, &body).status, 200);
    const QJsonArray newest = records(sim, QStringLiteral("movieIds=%1&sortKey=id").arg(movie->id));
    QCOMPARE(int(records(sim, QString()).size()), rowsBefore + 3);
    const QJsonObject imported = newest.at(0).toObject();
    const QJsonObject deleted = newest.at(1).toObject();
    const QJsonObject grabbed = newest.at(2).toObject();
    QCOMPARE(grabbed.value(QLatin1String("eventType")).toString(), QStringLiteral("grabbed"));
    QCOMPARE(dataOf(grabbed, "releaseSource"), QStringLiteral("InteractiveSearch"));
    QCOMPARE(dataOf(grabbed, "guid"), release.value(QLatin1String("guid")).toString());
    QCOMPARE(dataOf(grabbed, "customFormatScore").toInt(), release.value(QLatin1String("customFormatScore")).toInt());
    QCOMPARE(grabbed.value(QLatin1String("sourceTitle")).toString(), release.value(QLatin1String("title")).toString());
    QCOMPARE(deleted.value(QLatin1String("eventType")).toString(), QStringLiteral("movieFileDeleted"));
    QCOMPARE(dataOf(deleted, "reason"), QStringLiteral("Upgrade"));
    QCOMPARE(imported.value(QLatin1String("eventType")).toString(), QStringLiteral("downloadFolderImported"));
    QCOMPARE(imported.value(QLatin1String("downloadId")), grabbed.value(QLatin1String("downloadId")));
    QCOMPARE(dataOf(imported, "fileId").toInt(), movieFileOf(*sim.server, movie->id)->id);
    QVERIFY(dataOf(imported, "fileId").toInt() != oldFileId);
    // Imported into the movie's folder under the release's name.
    const QString newPath = movieFileOf(*sim.server, movie->id)->path;
    QCOMPARE(dataOf(imported, "importedPath"), newPath);
    QCOMPARE(newPath.section(QLatin1Char('/'), 0, -2), oldPath.section(QLatin1Char('/'), 0, -2));
    QVERIFY(newPath.endsWith(release.value(QLatin1String("title")).toString() + QStringLiteral(".mkv")));
    QCOMPARE(dataOf(imported, "customFormatScore"), dataOf(grabbed, "customFormatScore"));
    if (release.value(QLatin1String("protocol")).toString() == QLatin1String("torrent"))
        QCOMPARE(dataOf(grabbed, "torrentInfoHash"), release.value(QLatin1String("infoHash")).toString());

    // A search command's grabs read UserInvokedSearch and are dated after the command started.
    const QByteArray search = QByteArrayLiteral(R"({"name": "MoviesSearch", "movieIds": [)")
                              + QByteArray::number(sim->library().movies().first().id) + "]}";
    const Reply sent = fetch(sim.api(QStringLiteral("command")), {}, &search);
    const QJsonObject done =
        fetch(sim.api(QStringLiteral("command/%1").arg(sent.object().value(QLatin1String("id")).toInt()))).object();
    const bool downloaded = done.value(QLatin1String("message")).toString().contains(QLatin1String(" 1 reports"));
    const QJsonArray after = fetch(sim.api(QStringLiteral("history/since?date=%1&eventType=grabbed")
                                               .arg(done.value(QLatin1String("started")).toString())))
                                 .array();
    QCOMPARE(after.size(), downloaded ? 1 : 0);
    if (downloaded)
        QCOMPARE(dataOf(after.first().toObject(), "releaseSource"), QStringLiteral("UserInvokedSearch"));
}

void tst_SimHistory::sonarrRowsPerEpisode()
{
    Sim sim(sonarr(QStringLiteral("4.0.9.2244"), 8, 14));
    const QJsonArray all = records(sim, QStringLiteral("includeSeries=true&includeEpisode=true"));
    QVERIFY(!all.isEmpty());
    for (const auto &v : all) {
        const QJsonObject row = v.toObject();
        QVERIFY(row.value(QLatin1String("episodeId")).toInt() > 0);
        QCOMPARE(row.value(QLatin1String("series")).toObject().value(QLatin1String("id")).toInt(),
                 row.value(QLatin1String("seriesId")).toInt());
        QCOMPARE(row.value(QLatin1String("episode")).toObject().value(QLatin1String("id")).toInt(),
                 row.value(QLatin1String("episodeId")).toInt());
        // Sonarr's grab data has no indexerId.
        QVERIFY(!row.value(QLatin1String("data")).toObject().contains(QLatin1String("indexerId")));
    }
    const QJsonObject any = all.first().toObject();
    const int seriesId = any.value(QLatin1String("seriesId")).toInt();
    const int episodeId = any.value(QLatin1String("episodeId")).toInt();
    for (const auto &v : records(sim, QStringLiteral("episodeId=%1").arg(episodeId)))
        QCOMPARE(v.toObject().value(QLatin1String("episodeId")).toInt(), episodeId);
    for (const auto &v : records(sim, QStringLiteral("seriesIds=%1").arg(seriesId)))
        QCOMPARE(v.toObject().value(QLatin1String("seriesId")).toInt(), seriesId);
    const QJsonArray bySeries = fetch(sim.api(QStringLiteral("history/series?seriesId=%1").arg(seriesId))).array();
    QVERIFY(!bySeries.isEmpty());
    for (const auto &v : bySeries)
        QCOMPARE(v.toObject().value(QLatin1String("seriesId")).toInt(), seriesId);
    // Sonarr v3 has no custom formats: none in history, recomputed or frozen.
    Sim v3(sonarr(QStringLiteral("3.0.10.1567"), 6, 12));
    const QJsonObject oldRow = records(v3, QStringLiteral("eventType=1")).first().toObject();
    QVERIFY(!oldRow.contains(QLatin1String("customFormats")));
    QVERIFY(!oldRow.contains(QLatin1String("customFormatScore")));
    QVERIFY(!oldRow.value(QLatin1String("data")).toObject().contains(QLatin1String("customFormatScore")));

    // A season pack grabbed and imported: one row per episode for each event.
    SimServerConfig cfg;
    cfg.searchUpgrades = true;
    Sim packs(sonarr(QStringLiteral("4.0.9.2244"), 8, 14), cfg);
    for (const SimSeries &s : packs->library().series()) {
        const QJsonArray season =
            fetch(packs.api(QStringLiteral("release?seriesId=%1&seasonNumber=1").arg(s.id))).array();
        for (const auto &v : season) {
            const QJsonObject r = v.toObject();
            if (!r.value(QLatin1String("fullSeason")).toBool())
                continue;
            const int episodes = int(r.value(QLatin1String("episodeNumbers")).toArray().size());
            const QByteArray body =
                QJsonDocument(QJsonObject{{QStringLiteral("guid"), r.value(QLatin1String("guid"))},
                                          {QStringLiteral("indexerId"), r.value(QLatin1String("indexerId"))}})
                    .toJson();
            QCOMPARE(fetch(packs.api(QStringLiteral("release")), {}, &body).status, 200);
            int grabRows = 0;
            for (const auto &h : records(packs, QStringLiteral("eventType=1&seriesIds=%1").arg(s.id))) {
                if (dataOf(h.toObject(), "guid") == r.value(QLatin1String("guid")).toString())
                    ++grabRows;
            }
            QCOMPARE(grabRows, episodes);
            return;
        }
    }
    QFAIL("no season pack in the library");
}

QTEST_GUILESS_MAIN(tst_SimHistory)
#include "tst_simhistory.moc"
