// The simulator against a real QNetworkAccessManager on 127.0.0.1: auth, URL base, the
// version-dependent shapes, scores, mutations, determinism and TLS (generation speed: bench/bench_sim).
// Latency, concurrency, faults, counters and the admin API are in tst_simfaults.
#include "simserver.h"
#include "simtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

QString fileIdsQuery(const QJsonArray &files)
{
    QStringList parts;
    for (const QJsonValue &f : files)
        parts.append(QStringLiteral("movieFileIds=%1").arg(f.toObject().value(QLatin1String("id")).toInt()));
    return QStringLiteral("moviefile?") + parts.join(QLatin1Char('&'));
}

QJsonArray movieFilesOf(const Sim &sim)
{
    QJsonArray files;
    for (const QJsonValue &m : fetch(sim.api(QStringLiteral("movie"))).array()) {
        if (m.toObject().contains(QLatin1String("movieFile")))
            files.append(m.toObject().value(QLatin1String("movieFile")));
    }
    return files;
}

// profile id → (format id → score)
QHash<int, QHash<int, int>> scoresOf(const QJsonArray &profiles)
{
    QHash<int, QHash<int, int>> out;
    for (const QJsonValue &p : profiles) {
        for (const QJsonValue &fi : p.toObject().value(QLatin1String("formatItems")).toArray())
            out[p.toObject().value(QLatin1String("id")).toInt()][fi.toObject().value(QLatin1String("format")).toInt()] =
                fi.toObject().value(QLatin1String("score")).toInt();
    }
    return out;
}

} // namespace

class tst_SimServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authentication();
    void urlBase();
    void movieFileShapes_data();
    void movieFileShapes();
    void movieFileFilters();
    void requestLineTooLong();
    void embeddedMovieFile();
    void sonarrShapes();
    void multiEpisodeLinking();
    void nullsOmittedAndHostileTitles();
    void scoresFollowProfile();
    void mutations();
    void dataAnomalies();
    void episodeFileMutations();
    void determinism();
    void tls();
};

void tst_SimServer::authentication()
{
    Sim sim(radarr(QStringLiteral("5.14.0")));
    const QString base = sim->baseUrl().toString() + QStringLiteral("/api/v3/system/status");
    const QByteArray key = sim->apiKey().toUtf8();

    const Reply none = fetch(QUrl(base));
    QCOMPARE(none.status, 401);
    QVERIFY(none.body.isEmpty());
    const Reply wrong = fetch(QUrl(base + QStringLiteral("?apikey=nope")));
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.body.isEmpty());

    QCOMPARE(fetch(QUrl(base + QStringLiteral("?apikey=") + sim->apiKey())).status, 200);
    QCOMPARE(fetch(QUrl(base), {{"X-Api-Key", key}}).status, 200);
    QCOMPARE(fetch(QUrl(base), {{"Authorization", "Bearer " + key}}).status, 200);
    // The query string wins over the header, as on the servers.
    QCOMPARE(fetch(QUrl(base + QStringLiteral("?apikey=nope")), {{"X-Api-Key", key}}).status, 401);
    // /ping needs no key.
    const Reply ping = fetch(sim.raw(QStringLiteral("/ping")));
    QCOMPARE(ping.status, 200);
    QCOMPARE(ping.object().value(QLatin1String("status")).toString(), QStringLiteral("OK"));
    const Reply status = fetch(QUrl(base), {{"X-Api-Key", key}});
    QCOMPARE(status.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(status.object().value(QLatin1String("appName")).toString(), QStringLiteral("Radarr"));
    QCOMPARE(status.object().value(QLatin1String("version")).toString(), QStringLiteral("5.14.0"));
    QCOMPARE(fetch(sim.api(QStringLiteral("movie/999999"))).status, 404);
}

void tst_SimServer::urlBase()
{
    SimServerConfig cfg;
    cfg.urlBase = QStringLiteral("/radarr/");
    Sim based(radarr(QStringLiteral("5.14.0")), cfg);
    QCOMPARE(based->baseUrl().path(), QStringLiteral("/radarr"));
    const QString key = based->apiKey();
    const Reply redirect = fetch(based.raw(QStringLiteral("/api/v3/movie?apikey=") + key));
    QCOMPARE(redirect.status, 307);
    QCOMPARE(redirect.location, (QStringLiteral("/radarr/api/v3/movie?apikey=") + key).toUtf8());
    QVERIFY(redirect.body.isEmpty());
    const Reply noKey = fetch(based.raw(QStringLiteral("/api/v3/movie")));
    QCOMPARE(noKey.status, 401);
    QVERIFY(noKey.body.isEmpty());
    QCOMPARE(fetch(based.api(QStringLiteral("movie"))).status, 200);
    QCOMPARE(fetch(based.api(QStringLiteral("system/status"))).object().value(QLatin1String("urlBase")).toString(),
             QStringLiteral("/radarr"));

    // A base the server does not have: the web UI's HTML page, with 200.
    Sim plain(radarr(QStringLiteral("5.14.0")));
    const Reply html = fetch(plain.raw(QStringLiteral("/radarr/api/v3/movie?apikey=") + plain->apiKey()));
    QCOMPARE(html.status, 200);
    QVERIFY(html.contentType.startsWith("text/html"));
    QVERIFY(html.body.contains("<html"));
}

void tst_SimServer::movieFileShapes_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("byMovieScore");  // ?movieId= has customFormatScore
    QTest::addColumn<bool>("batchFormats");  // ?movieFileIds= has customFormats
    QTest::addColumn<bool>("batchScore");    // ?movieFileIds= has customFormatScore
    QTest::addColumn<bool>("batchFakeZero"); // ... and it is always 0
    QTest::newRow("3.2.2") << QStringLiteral("3.2.2.5080") << false << false << false << false;
    QTest::newRow("4.7.4") << QStringLiteral("4.7.4") << false << false << false << false;
    QTest::newRow("4.7.5") << QStringLiteral("4.7.5") << true << false << true << true;
    QTest::newRow("5.0.1") << QStringLiteral("5.0.1") << true << false << true << true;
    QTest::newRow("5.0.2") << QStringLiteral("5.0.2") << true << true << true << false;
    QTest::newRow("5.14.0") << QStringLiteral("5.14.0.9383") << true << true << true << false;
    QTest::newRow("6.0.3") << QStringLiteral("6.0.3") << true << true << true << false;
}

void tst_SimServer::movieFileShapes()
{
    QFETCH(QString, version);
    QFETCH(bool, byMovieScore);
    QFETCH(bool, batchFormats);
    QFETCH(bool, batchScore);
    QFETCH(bool, batchFakeZero);
    Sim sim(radarr(version, 60));
    const QJsonArray embedded = movieFilesOf(sim);
    QVERIFY(embedded.size() > 30);

    bool anyNonZero = false;
    for (const QJsonValue &f : fetch(sim.api(fileIdsQuery(embedded))).array()) {
        const QJsonObject o = f.toObject();
        QCOMPARE(o.contains(QLatin1String("customFormats")), batchFormats);
        QCOMPARE(o.contains(QLatin1String("customFormatScore")), batchScore);
        anyNonZero = anyNonZero || o.value(QLatin1String("customFormatScore")).toInt() != 0;
    }
    QCOMPARE(anyNonZero, batchScore && !batchFakeZero);

    const int movieId = embedded.first().toObject().value(QLatin1String("movieId")).toInt();
    const QJsonArray one = fetch(sim.api(QStringLiteral("moviefile?movieId=%1").arg(movieId))).array();
    QCOMPARE(one.size(), 1);
    QVERIFY(one.first().toObject().contains(QLatin1String("customFormats")));
    QCOMPARE(one.first().toObject().contains(QLatin1String("customFormatScore")), byMovieScore);
}

void tst_SimServer::movieFileFilters()
{
    Sim v5(radarr(QStringLiteral("5.14.0"), 40));
    const QJsonArray files = movieFilesOf(v5);
    const int a = files.at(0).toObject().value(QLatin1String("id")).toInt();
    const int b = files.at(1).toObject().value(QLatin1String("id")).toInt();
    const Reply comma = fetch(v5.api(QStringLiteral("moviefile?movieFileIds=%1,%2").arg(a).arg(b)));
    QCOMPARE(comma.status, 400);
    QVERIFY(comma.object().contains(QLatin1String("message")));
    const Reply noFilter = fetch(v5.api(QStringLiteral("moviefile")));
    QCOMPARE(noFilter.status, 400);
    QVERIFY(!noFilter.object().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(fetch(v5.api(QStringLiteral("moviefile?movieFileIds=%1&movieFileIds=%2").arg(a).arg(b))).array().size(),
             2);

    // Repeated movieId: all of them on ≥ 5.3.3, the first only before.
    const int m1 = files.at(0).toObject().value(QLatin1String("movieId")).toInt();
    const int m2 = files.at(1).toObject().value(QLatin1String("movieId")).toInt();
    const QString twoMovies = QStringLiteral("moviefile?movieId=%1&movieId=%2").arg(m1).arg(m2);
    QCOMPARE(fetch(v5.api(twoMovies)).array().size(), 2);
    Sim v532(radarr(QStringLiteral("5.3.2"), 40));
    QCOMPARE(fetch(v532.api(twoMovies)).array().size(), 1);

    // v3 still split comma lists.
    Sim v3(radarr(QStringLiteral("3.2.2"), 40));
    QCOMPARE(fetch(v3.api(QStringLiteral("moviefile?movieFileIds=%1,%2").arg(a).arg(b))).array().size(), 2);
}

void tst_SimServer::requestLineTooLong()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 10));
    QStringList ids;
    for (int i = 1; i <= 600; ++i)
        ids.append(QStringLiteral("movieFileIds=%1").arg(i));
    const QString query = QStringLiteral("moviefile?") + ids.join(QLatin1Char('&'));
    QVERIFY(query.size() > 8200);
    QCOMPARE(fetch(sim.api(query)).status, 414);
    QCOMPARE(fetch(sim.api(QStringLiteral("moviefile?") + ids.mid(0, 150).join(QLatin1Char('&')))).status, 200);
}

void tst_SimServer::embeddedMovieFile()
{
    const QList<QPair<QString, bool>> cases = {{QStringLiteral("4.7.4"), false},
                                               {QStringLiteral("4.7.5"), true},
                                               {QStringLiteral("5.22.3"), true},
                                               {QStringLiteral("5.22.4"), false},
                                               {QStringLiteral("6.0.3"), false}};
    for (const auto &c : cases) {
        Sim sim(radarr(c.first, 20));
        int withFile = 0;
        for (const QJsonValue &f : movieFilesOf(sim)) {
            ++withFile;
            QVERIFY(!f.toObject().contains(QLatin1String("customFormats")));
            QCOMPARE(f.toObject().contains(QLatin1String("customFormatScore")), c.second);
            QCOMPARE(f.toObject().value(QLatin1String("customFormatScore")).toInt(), 0);
        }
        QVERIFY2(withFile > 10, qPrintable(c.first));
    }
}

void tst_SimServer::sonarrShapes()
{
    Sim v4(sonarr(QStringLiteral("4.0.9.2244")));
    Sim v3(sonarr(QStringLiteral("3.0.10.1567")));
    QCOMPARE(fetch(v4.api(QStringLiteral("system/status"))).object().value(QLatin1String("appName")).toString(),
             QStringLiteral("Sonarr"));
    const QJsonArray series = fetch(v4.api(QStringLiteral("series"))).array();
    QCOMPARE(series.size(), 12);
    const QJsonObject s = series.first().toObject();
    for (const char *key : {"titleSlug", "year", "genres", "seasons", "statistics"})
        QVERIFY2(s.contains(QLatin1String(key)), key);
    QVERIFY(s.value(QLatin1String("statistics")).toObject().value(QLatin1String("episodeFileCount")).toInt() >= 15);
    QVERIFY(s.value(QLatin1String("seasons")).toArray().first().toObject().contains(QLatin1String("statistics")));

    const QJsonObject f4 = fetch(v4.api(QStringLiteral("episodefile?seriesId=1"))).array().first().toObject();
    QVERIFY(f4.contains(QLatin1String("customFormats")));
    QVERIFY(f4.contains(QLatin1String("customFormatScore")));
    QVERIFY(f4.contains(QLatin1String("languages")));
    QVERIFY(f4.contains(QLatin1String("seasonNumber")));
    QVERIFY(!f4.contains(QLatin1String("episodeNumber")));
    const QJsonObject f3 = fetch(v3.api(QStringLiteral("episodefile?seriesId=1"))).array().first().toObject();
    QVERIFY(!f3.contains(QLatin1String("customFormats")));
    QVERIFY(!f3.contains(QLatin1String("customFormatScore")));
    QVERIFY(f3.value(QLatin1String("language")).isObject());
    QVERIFY(!f3.contains(QLatin1String("languages")));

    const QJsonObject p4 = fetch(v4.api(QStringLiteral("qualityprofile"))).array().first().toObject();
    QVERIFY(p4.contains(QLatin1String("formatItems")));
    QVERIFY(p4.contains(QLatin1String("minUpgradeFormatScore")));
    const QJsonObject p3 = fetch(v3.api(QStringLiteral("qualityprofile"))).array().first().toObject();
    QVERIFY(!p3.contains(QLatin1String("formatItems")));
    QVERIFY(p3.value(QLatin1String("items")).toArray().size() > 5);
    QCOMPARE(fetch(v3.api(QStringLiteral("customformat"))).status, 404);
    QVERIFY(fetch(v4.api(QStringLiteral("customformat"))).array().size() >= 25);
    Sim v408(sonarr(QStringLiteral("4.0.8")));
    QVERIFY(!fetch(v408.api(QStringLiteral("qualityprofile")))
                 .array()
                 .first()
                 .toObject()
                 .contains(QLatin1String("minUpgradeFormatScore")));
    QCOMPARE(fetch(v4.api(QStringLiteral("episodefile"))).status, 400);
    QCOMPARE(fetch(v4.api(QStringLiteral("episodefile?seriesId=9999"))).status, 404);
}

void tst_SimServer::multiEpisodeLinking()
{
    Sim sim(sonarr(QStringLiteral("4.0.9"), 10, 30));
    int multi = 0;
    int missing = 0;
    bool specials = false;
    for (int id = 1; id <= 10; ++id) {
        QSet<int> fileIds;
        for (const QJsonValue &f : fetch(sim.api(QStringLiteral("episodefile?seriesId=%1").arg(id))).array())
            fileIds.insert(f.toObject().value(QLatin1String("id")).toInt());
        QCOMPARE(fileIds.size(), 30);
        QHash<int, int> links;
        for (const QJsonValue &e : fetch(sim.api(QStringLiteral("episode?seriesId=%1").arg(id))).array()) {
            const QJsonObject o = e.toObject();
            const int fileId = o.value(QLatin1String("episodeFileId")).toInt();
            QCOMPARE(o.value(QLatin1String("hasFile")).toBool(), fileId != 0);
            specials = specials || o.value(QLatin1String("seasonNumber")).toInt() == 0;
            if (fileId == 0) {
                ++missing;
                continue;
            }
            QVERIFY2(fileIds.contains(fileId), "an episode links to a file the series does not have");
            ++links[fileId];
        }
        QCOMPARE(QSet<int>(links.keyBegin(), links.keyEnd()), fileIds);
        for (int n : std::as_const(links))
            multi += n > 1 ? 1 : 0;
    }
    QVERIFY(multi > 0);
    QVERIFY(missing > 0);
    QVERIFY(specials);
}

void tst_SimServer::nullsOmittedAndHostileTitles()
{
    Sim sim(radarr(QStringLiteral("6.0.3"), 60));
    const Reply movies = fetch(sim.api(QStringLiteral("movie")));
    QVERIFY(!movies.body.contains("null"));
    QVERIFY(movies.body.startsWith("[\n  {\n    \"")); // pretty-printed
    QStringList titles;
    int withoutFile = 0;
    int withoutCertification = 0;
    int withCollection = 0;
    for (const QJsonValue &m : movies.array()) {
        const QJsonObject o = m.toObject();
        titles.append(o.value(QLatin1String("title")).toString());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(o.value(QLatin1String("added")).toString())
                    .hasMatch());
        withoutFile += o.contains(QLatin1String("movieFile")) ? 0 : 1;
        QCOMPARE(o.value(QLatin1String("hasFile")).toBool(), o.contains(QLatin1String("movieFile")));
        withoutCertification += o.contains(QLatin1String("certification")) ? 0 : 1;
        withCollection += o.contains(QLatin1String("collection")) ? 1 : 0;
    }
    QCOMPARE(titles.size(), 60);
    QVERIFY(withoutFile > 0);
    QVERIFY(withoutCertification > 0);
    QVERIFY(withCollection > 0);
    for (const QString &t :
         {QStringLiteral("Amélie"), QStringLiteral("千と千尋の神隠し"), QStringLiteral("<script>alert(1)</script>"),
          QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("Line One\nLine Two"),
          QStringLiteral("🎬 Popcorn Night 🍿"), QStringLiteral("الرسالة"), QStringLiteral("@SUM(A1)")})
        QVERIFY2(titles.contains(t), qPrintable(t));
    // Group items carry their id; single qualities omit it (0).
    const QJsonObject profile = fetch(sim.api(QStringLiteral("qualityprofile"))).array().first().toObject();
    for (const QJsonValue &item : profile.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = item.toObject();
        QCOMPARE(o.contains(QLatin1String("id")), o.contains(QLatin1String("name")));
    }
}

void tst_SimServer::scoresFollowProfile()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 80));
    struct Check
    {
        int wrong = 0;      // files whose score is not the sum of their formats' scores
        int incomplete = 0; // profiles that do not list every format
        int noFormats = 0;
        int negative = 0;
    };
    auto check = [&](const QJsonArray &files) {
        Check c;
        const QHash<int, QHash<int, int>> scores = scoresOf(fetch(sim.api(QStringLiteral("qualityprofile"))).array());
        for (const QHash<int, int> &profile : scores)
            c.incomplete += profile.size() == sim->library().catalog().customFormats().size() ? 0 : 1;
        QHash<int, int> profileOf;
        for (const QJsonValue &m : fetch(sim.api(QStringLiteral("movie"))).array())
            profileOf.insert(m.toObject().value(QLatin1String("id")).toInt(),
                             m.toObject().value(QLatin1String("qualityProfileId")).toInt());
        for (const QJsonValue &f : files) {
            const QJsonObject o = f.toObject();
            const QHash<int, int> profile = scores.value(profileOf.value(o.value(QLatin1String("movieId")).toInt()));
            int expected = 0;
            const QJsonArray cfs = o.value(QLatin1String("customFormats")).toArray();
            for (const QJsonValue &cf : cfs)
                expected += profile.value(cf.toObject().value(QLatin1String("id")).toInt());
            c.wrong += o.value(QLatin1String("customFormatScore")).toInt() == expected ? 0 : 1;
            c.noFormats += cfs.isEmpty() ? 1 : 0;
            c.negative += expected < 0 ? 1 : 0;
        }
        return c;
    };
    const QJsonArray before = fetch(sim.api(fileIdsQuery(movieFilesOf(sim)))).array();
    const Check counts = check(before);
    // Only the files planted with a skewed score (the audit's score-mismatch) disagree with their formats.
    int skewed = 0;
    for (const auto &p : QJsonDocument::fromJson(fetch(sim.raw(QStringLiteral("/__sim/planted"))).body).array())
        skewed += p.toObject().value(QLatin1String("endpoint")).toString() == QLatin1String("moviefile");
    QVERIFY(skewed > 0);
    QCOMPARE(counts.wrong, skewed);
    QCOMPARE(counts.incomplete, 0);
    QVERIFY(counts.noFormats > 0); // some files match no format at all
    QVERIFY(counts.negative > 0);  // some carry a penalty

    // Edit one profile's score for a format a file has: that file's score moves by the difference.
    QJsonObject target;
    for (const QJsonValue &f : before) {
        if (!f.toObject().value(QLatin1String("customFormats")).toArray().isEmpty()) {
            target = f.toObject();
            break;
        }
    }
    const SimMovie *movie = sim->library().movie(target.value(QLatin1String("movieId")).toInt());
    QVERIFY(movie);
    const int formatId =
        target.value(QLatin1String("customFormats")).toArray().first().toObject().value(QLatin1String("id")).toInt();
    const int old = sim->library().profile(movie->qualityProfileId)->formatScores.at(formatId);
    QVERIFY(sim->library().setFormatScore(movie->qualityProfileId, formatId, old + 1234));
    const QJsonArray after = fetch(sim.api(QStringLiteral("moviefile?movieId=%1").arg(movie->id))).array();
    QCOMPARE(after.first().toObject().value(QLatin1String("customFormatScore")).toInt(),
             target.value(QLatin1String("customFormatScore")).toInt() + 1234);
    QCOMPARE(check(fetch(sim.api(fileIdsQuery(movieFilesOf(sim)))).array()).wrong, skewed);
}

void tst_SimServer::mutations()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 20));
    const SimMovie *first = nullptr;
    for (const SimMovie &m : sim->library().movies()) {
        if (m.file) {
            first = &m;
            break;
        }
    }
    QVERIFY(first);
    const int movieId = first->id;
    const int oldFile = first->file->id;
    const int newFile = sim->library().replaceMovieFile(movieId, QStringLiteral("Remux-2160p"));
    QVERIFY(newFile > oldFile);
    QCOMPARE(fetch(sim.api(QStringLiteral("moviefile?movieFileIds=%1").arg(oldFile))).array().size(), 0);
    const QJsonObject upgraded =
        fetch(sim.api(QStringLiteral("moviefile?movieId=%1").arg(movieId))).array().first().toObject();
    QCOMPARE(upgraded.value(QLatin1String("id")).toInt(), newFile);
    QCOMPARE(upgraded.value(QLatin1String("quality"))
                 .toObject()
                 .value(QLatin1String("quality"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Remux-2160p"));
    QVERIFY(sim->library().removeMovieFile(movieId));
    QVERIFY(!fetch(sim.api(QStringLiteral("movie/%1").arg(movieId))).object().contains(QLatin1String("movieFile")));
    const int added = sim->library().addMovie(QStringLiteral("Brand New"), 2024, 2, true);
    QCOMPARE(fetch(sim.api(QStringLiteral("movie/%1").arg(added))).object().value(QLatin1String("title")).toString(),
             QStringLiteral("Brand New"));
    QCOMPARE(fetch(sim.api(QStringLiteral("movie"))).array().size(), 21);

    // The same through the admin API, for an arrsim in another process.
    const QByteArray op =
        QStringLiteral("{\"op\":\"setScore\",\"profileId\":1,\"formatId\":1,\"score\":4321}").toUtf8();
    QCOMPARE(fetch(sim.raw(QStringLiteral("/__sim/mutate")), {}, &op).status, 200);
    QCOMPARE(scoresOf(fetch(sim.api(QStringLiteral("qualityprofile"))).array())[1][1], 4321);
    const QByteArray badOp = QByteArrayLiteral("{\"op\":\"removeMovieFile\",\"movieId\":987654}");
    QCOMPARE(fetch(sim.raw(QStringLiteral("/__sim/mutate")), {}, &badOp).status, 404);
}

// A file listed twice and files announced but not returned, through the admin API.
void tst_SimServer::dataAnomalies()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 20));
    const auto mutate = [&sim](const QJsonObject &op) {
        const QByteArray body = QJsonDocument(op).toJson();
        return fetch(sim.raw(QStringLiteral("/__sim/mutate")), {}, &body).status;
    };
    const SimMovie *movie = nullptr;
    for (const SimMovie &m : sim->library().movies()) {
        if (m.file && !movie)
            movie = &m;
    }
    QVERIFY(movie);
    const int fileId = movie->file->id;
    const int movieId = movie->id;
    QCOMPARE(mutate({{QStringLiteral("op"), QStringLiteral("listFileTwice")}, {QStringLiteral("fileId"), fileId}}),
             200);
    QJsonArray files = fetch(sim.api(QStringLiteral("moviefile?movieFileIds=%1").arg(fileId))).array();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0], files[1]);
    QCOMPARE(fetch(sim.api(QStringLiteral("moviefile?movieId=%1").arg(movieId))).array().size(), 2);
    QCOMPARE(mutate({{QStringLiteral("op"), QStringLiteral("listFileTwice")},
                     {QStringLiteral("fileId"), fileId},
                     {QStringLiteral("twice"), false}}),
             200);
    QCOMPARE(fetch(sim.api(QStringLiteral("moviefile?movieFileIds=%1").arg(fileId))).array().size(), 1);
    QCOMPARE(mutate({{QStringLiteral("op"), QStringLiteral("listFileTwice")}, {QStringLiteral("fileId"), 987654}}),
             404);

    QCOMPARE(mutate({{QStringLiteral("op"), QStringLiteral("hideFiles")}, {QStringLiteral("hidden"), true}}), 200);
    QCOMPARE(fetch(sim.api(QStringLiteral("moviefile?movieFileIds=%1").arg(fileId))).array().size(), 0);
    QVERIFY(fetch(sim.api(QStringLiteral("movie/%1").arg(movieId))).object().value(QLatin1String("hasFile")).toBool());
    QCOMPARE(mutate({{QStringLiteral("op"), QStringLiteral("hideFiles")}, {QStringLiteral("hidden"), false}}), 200);
    QCOMPARE(fetch(sim.api(QStringLiteral("moviefile?movieFileIds=%1").arg(fileId))).array().size(), 1);
    // One file only.
    QCOMPARE(
        mutate({{QStringLiteral("op"), QStringLiteral("hideFiles")}, {QStringLiteral("fileIds"), QJsonArray{fileId}}}),
        200);
    QCOMPARE(fetch(sim.api(QStringLiteral("moviefile?movieId=%1").arg(movieId))).array().size(), 0);
    QCOMPARE(fetch(sim.api(QStringLiteral("moviefile"))).status, 400);
    QCOMPARE(
        mutate({{QStringLiteral("op"), QStringLiteral("hideFiles")}, {QStringLiteral("fileIds"), QJsonArray{987654}}}),
        404);
}

// Sonarr's files added to an episode without one and removed, through the admin API.
void tst_SimServer::episodeFileMutations()
{
    Sim sim(sonarr(QStringLiteral("4.0.9"), 3, 4));
    const auto mutate = [&sim](const QJsonObject &op) {
        const QByteArray body = QJsonDocument(op).toJson();
        const Reply r = fetch(sim.raw(QStringLiteral("/__sim/mutate")), {}, &body);
        return r.status == 200 ? r.object().value(QLatin1String("id")).toInt() : -r.status;
    };
    const SimSeries &series = sim->library().series().first();
    const int seriesId = series.id;
    const QString query = QStringLiteral("?seriesId=%1").arg(seriesId);
    const int before = int(fetch(sim.api(QStringLiteral("episodefile") + query)).array().size());
    const int added =
        mutate({{QStringLiteral("op"), QStringLiteral("addEpisodeFile")}, {QStringLiteral("seriesId"), seriesId}});
    QVERIFY(added > 0);
    const QJsonArray files = fetch(sim.api(QStringLiteral("episodefile") + query)).array();
    QCOMPARE(files.size(), before + 1);
    int linked = 0;
    for (const QJsonValue &e : fetch(sim.api(QStringLiteral("episode") + query)).array())
        linked += e.toObject().value(QLatin1String("episodeFileId")).toInt() == added ? 1 : 0;
    QCOMPARE(linked, 1);

    QCOMPARE(mutate({{QStringLiteral("op"), QStringLiteral("removeEpisodeFile")},
                     {QStringLiteral("seriesId"), seriesId},
                     {QStringLiteral("episodeFileId"), added}}),
             0);
    QCOMPARE(fetch(sim.api(QStringLiteral("episodefile") + query)).array().size(), before);
    for (const QJsonValue &e : fetch(sim.api(QStringLiteral("episode") + query)).array())
        QVERIFY(e.toObject().value(QLatin1String("episodeFileId")).toInt() != added);
    QCOMPARE(mutate({{QStringLiteral("op"), QStringLiteral("removeEpisodeFile")},
                     {QStringLiteral("seriesId"), seriesId},
                     {QStringLiteral("episodeFileId"), added}}),
             -404);
}

void tst_SimServer::determinism()
{
    Sim a(radarr(QStringLiteral("5.14.0"), 50, 42));
    Sim b(radarr(QStringLiteral("5.14.0"), 50, 42));
    Sim c(radarr(QStringLiteral("5.14.0"), 50, 43));
    const QByteArray bodyA = fetch(a.api(QStringLiteral("movie"))).body;
    QVERIFY(bodyA.size() > 10000);
    QCOMPARE(fetch(b.api(QStringLiteral("movie"))).body, bodyA);
    QVERIFY(fetch(c.api(QStringLiteral("movie"))).body != bodyA);
    Sim s1(sonarr(QStringLiteral("4.0.9")));
    Sim s2(sonarr(QStringLiteral("4.0.9")));
    QCOMPARE(fetch(s1.api(QStringLiteral("episodefile?seriesId=3"))).body,
             fetch(s2.api(QStringLiteral("episodefile?seriesId=3"))).body);
}

void tst_SimServer::tls()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("no openssl CLI to make a certificate");
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    SimServerConfig cfg;
    cfg.tlsCertFile = cert;
    cfg.tlsKeyFile = key;
    Sim sim(radarr(QStringLiteral("5.14.0"), 5), cfg);
    QCOMPARE(sim->baseUrl().scheme(), QStringLiteral("https"));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(sim.api(QStringLiteral("system/status"))));
    reply->ignoreSslErrors();
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("appName")).toString(),
             QStringLiteral("Radarr"));
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(tst_SimServer)
#include "tst_simserver.moc"
