// The simulator's release lookups, grabs and commands against a real QNetworkAccessManager on 127.0.0.1:
// routes and parameters per app, RSS counting, the verdict mix, the 30-minute cache, command states and
// searches that upgrade files.
#include "simserver.h"
#include "simtestutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

QJsonObject statsOf(const Sim &sim)
{
    return fetch(sim.raw(QStringLiteral("/__sim/stats"))).object();
}

Reply admin(const Sim &sim, const QString &route, const QByteArray &body)
{
    return fetch(sim.raw(QStringLiteral("/__sim/") + route), {}, &body);
}

Reply grab(const Sim &sim, const QJsonObject &release)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("guid"), release.value(QLatin1String("guid"))},
                                  {QStringLiteral("indexerId"), release.value(QLatin1String("indexerId"))}})
            .toJson();
    return fetch(sim.api(QStringLiteral("release")), {}, &body);
}

QString verdictOf(const QJsonArray &releases, int currentScore)
{
    if (releases.isEmpty())
        return QStringLiteral("no-releases");
    bool higher = false;
    for (const auto &v : releases) {
        if (v.toObject().value(QLatin1String("approved")).toBool())
            return QStringLiteral("better");
        higher = higher || v.toObject().value(QLatin1String("customFormatScore")).toInt() > currentScore;
    }
    return higher ? QStringLiteral("better-rejected") : QStringLiteral("nothing-better");
}

} // namespace

class tst_SimReleases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void radarrLookup();
    void sonarrRoutes();
    void rssIsCounted();
    void verdictMix();
    void inFlightAndDelay();
    void faultsAndErrors();
    void grabAndCacheTtl();
    void commandStates();
    void searchUpgrades();
};

void tst_SimReleases::radarrLookup()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 40));
    const SimMovie *movie = nullptr;
    QJsonArray releases;
    for (const SimMovie &m : sim->library().movies()) {
        releases = fetch(sim.api(QStringLiteral("release?movieId=%1").arg(m.id))).array();
        if (m.file && releases.size() >= 3) {
            movie = &m;
            break;
        }
    }
    QVERIFY(movie);
    const int profileId = movie->qualityProfileId;
    QSet<QString> keys;
    for (int i = 0; i < releases.size(); ++i) {
        const QJsonObject r = releases.at(i).toObject();
        QCOMPARE(r.value(QLatin1String("releaseWeight")).toInt(), i);
        QVERIFY(!r.value(QLatin1String("guid")).toString().isEmpty());
        QVERIFY(r.value(QLatin1String("indexerId")).toInt() > 0);
        QVERIFY(!r.value(QLatin1String("indexer")).toString().isEmpty());
        QVERIFY(!r.value(QLatin1String("title")).toString().isEmpty());
        keys.insert(QStringLiteral("%1_%2")
                        .arg(r.value(QLatin1String("indexerId")).toInt())
                        .arg(r.value(QLatin1String("guid")).toString()));
        // The score is the sum of the item's profile's scores of the release's formats.
        int sum = 0;
        const SimProfile *profile = sim->library().profile(profileId);
        for (const auto &cf : r.value(QLatin1String("customFormats")).toArray())
            sum += profile->formatScores.value(cf.toObject().value(QLatin1String("id")).toInt());
        QCOMPARE(r.value(QLatin1String("customFormatScore")).toInt(), sum);
        // approved = no rejections; rejected is its opposite here (no temporary rejections).
        const bool approved = r.value(QLatin1String("approved")).toBool();
        QCOMPARE(approved, r.value(QLatin1String("rejections")).toArray().isEmpty());
        QCOMPARE(r.value(QLatin1String("rejected")).toBool(), !approved);
        QCOMPARE(r.value(QLatin1String("temporarilyRejected")).toBool(), false);
        const QString protocol = r.value(QLatin1String("protocol")).toString();
        QVERIFY(protocol == QLatin1String("usenet") || protocol == QLatin1String("torrent"));
        QCOMPARE(r.contains(QLatin1String("seeders")), protocol == QLatin1String("torrent"));
        QCOMPARE(r.value(QLatin1String("mappedMovieId")).toInt(), movie->id);
        QCOMPARE(r.value(QLatin1String("tmdbId")).toInt(), movie->tmdbId);
        QCOMPARE(r.value(QLatin1String("movieTitles")).toArray().first().toString(), movie->title);
        QVERIFY(r.value(QLatin1String("downloadAllowed")).toBool());
        QVERIFY(r.value(QLatin1String("size")).toInteger() > 0);
        QVERIFY(r.value(QLatin1String("ageMinutes")).toDouble() > 0);
        QVERIFY(r.contains(QLatin1String("publishDate")));
        QVERIFY(r.value(QLatin1String("quality"))
                    .toObject()
                    .value(QLatin1String("quality"))
                    .toObject()
                    .contains(QLatin1String("name")));
        QVERIFY(r.contains(QLatin1String("qualityWeight")));
    }
    QCOMPARE(keys.size(), releases.size());
    // Deterministic: the same lookup gives the same releases in the same order.
    const QJsonArray again = fetch(sim.api(QStringLiteral("release?movieId=%1").arg(movie->id))).array();
    QCOMPARE(again.size(), releases.size());
    for (int i = 0; i < again.size(); ++i)
        QCOMPARE(again.at(i).toObject().value(QLatin1String("guid")),
                 releases.at(i).toObject().value(QLatin1String("guid")));
    // And so does another simulator with the same seed.
    Sim twin(radarr(QStringLiteral("5.14.0"), 40));
    const QJsonArray twins = fetch(twin.api(QStringLiteral("release?movieId=%1").arg(movie->id))).array();
    QCOMPARE(twins.size(), releases.size());
    for (int i = 0; i < twins.size(); ++i) {
        QCOMPARE(twins.at(i).toObject().value(QLatin1String("guid")),
                 releases.at(i).toObject().value(QLatin1String("guid")));
    }
    const QJsonObject stats = statsOf(sim);
    QVERIFY(stats.value(QLatin1String("releaseLookups")).toObject().value(QLatin1String("movie")).toInt() >= 2);
    QCOMPARE(stats.value(QLatin1String("rssFetches")).toInt(), 0);
}

void tst_SimReleases::sonarrRoutes()
{
    Sim sim(sonarr(QStringLiteral("4.0.9"), 4, 12));
    const SimSeries &series = sim->library().series().first();
    const SimEpisode *withFile = nullptr;
    for (const SimEpisode &e : series.episodes) {
        if (e.episodeFileId && e.seasonNumber == 1) {
            withFile = &e;
            break;
        }
    }
    QVERIFY(withFile);
    const QJsonArray one = fetch(sim.api(QStringLiteral("release?episodeId=%1").arg(withFile->id))).array();
    for (const auto &v : one) {
        const QJsonObject r = v.toObject();
        QCOMPARE(r.value(QLatin1String("seriesTitle")).toString(), series.title);
        QCOMPARE(r.value(QLatin1String("seasonNumber")).toInt(), 1);
        QCOMPARE(r.value(QLatin1String("episodeNumbers")).toArray(), QJsonArray{withFile->episodeNumber});
        QCOMPARE(r.value(QLatin1String("fullSeason")).toBool(), false);
        QCOMPARE(r.value(QLatin1String("episodeRequested")).toBool(), true);
        QCOMPARE(
            r.value(QLatin1String("mappedEpisodeInfo")).toArray().first().toObject().value(QLatin1String("id")).toInt(),
            withFile->id);
        QVERIFY(r.contains(QLatin1String("customFormatScore")));
    }
    // A season: every episode's releases plus any season pack, one list ordered by weight.
    const QJsonArray season =
        fetch(sim.api(QStringLiteral("release?seriesId=%1&seasonNumber=1").arg(series.id))).array();
    QVERIFY(season.size() >= one.size());
    QSet<int> episodesSeen;
    for (int i = 0; i < season.size(); ++i) {
        const QJsonObject r = season.at(i).toObject();
        QCOMPARE(r.value(QLatin1String("releaseWeight")).toInt(), i);
        QCOMPARE(r.value(QLatin1String("seasonNumber")).toInt(), 1);
        for (const auto &n : r.value(QLatin1String("episodeNumbers")).toArray())
            episodesSeen.insert(n.toInt());
    }
    QVERIFY(episodesSeen.size() > 1);
    QJsonObject lookups = statsOf(sim).value(QLatin1String("releaseLookups")).toObject();
    QCOMPARE(lookups.value(QLatin1String("episode")).toInt(), 1);
    QCOMPARE(lookups.value(QLatin1String("season")).toInt(), 1);
    // Sonarr v3 has no custom formats: no scores in releases either.
    Sim v3(sonarr(QStringLiteral("3.0.10"), 2, 4));
    const int episodeId = v3->library().series().first().episodes.at(1).id;
    for (const auto &v : fetch(v3.api(QStringLiteral("release?episodeId=%1").arg(episodeId))).array())
        QVERIFY(!v.toObject().contains(QLatin1String("customFormatScore")));
}

void tst_SimReleases::rssIsCounted()
{
    Sim movies(radarr(QStringLiteral("5.14.0"), 5));
    Sim shows(sonarr(QStringLiteral("4.0.9"), 2, 4));
    const int seriesId = shows->library().series().first().id;
    // What the servers treat as an RSS fetch of every indexer: no item named, or seriesId without seasonNumber.
    for (const QString &query : {QStringLiteral("release"), QStringLiteral("release?seriesId=1")}) {
        const Reply r = fetch(movies.api(query));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.array().isEmpty());
        const QJsonObject first = r.array().first().toObject();
        QCOMPARE(first.value(QLatin1String("downloadAllowed")).toBool(), false);
        QCOMPARE(first.value(QLatin1String("rejections")).toArray().first().toString(),
                 QStringLiteral("Unknown Movie. Unable to match to correct movie using release title."));
    }
    for (const QString &query : {QStringLiteral("release"), QStringLiteral("release?seriesId=%1").arg(seriesId),
                                 QStringLiteral("release?seasonNumber=1")}) {
        const Reply r = fetch(shows.api(query));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().first().toObject().value(QLatin1String("rejections")).toArray().first().toString(),
                 QStringLiteral("Unknown Series"));
    }
    QCOMPARE(statsOf(movies).value(QLatin1String("rssFetches")).toInt(), 2);
    QCOMPARE(statsOf(movies).value(QLatin1String("releaseLookups")).toObject().value(QLatin1String("total")).toInt(),
             0);
    QCOMPARE(shows->stats().rssFetches, 3);
    QVERIFY(shows->stats().releaseLookups.isEmpty());
    // An RSS release names no item: the server cannot grab it without one.
    const QJsonObject rss = fetch(movies.api(QStringLiteral("release"))).array().first().toObject();
    const Reply grabbed = grab(movies, rss);
    QCOMPARE(grabbed.status, 404);
    QCOMPARE(grabbed.object().value(QLatin1String("message")).toString(),
             QStringLiteral("Unable to find matching movie, will need to be manually provided"));
    // Reset clears the counters.
    QCOMPARE(admin(movies, QStringLiteral("reset"), "{}").status, 200);
    QCOMPARE(movies->stats().rssFetches, 0);
}

void tst_SimReleases::verdictMix()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 60));
    QMap<QString, int> verdicts;
    QSet<QString> rejectionKinds;
    for (const SimMovie &m : sim->library().movies()) {
        if (!m.file)
            continue;
        const QJsonArray releases = fetch(sim.api(QStringLiteral("release?movieId=%1").arg(m.id))).array();
        ++verdicts[verdictOf(releases, sim->library().customFormatScore(*m.file, m.qualityProfileId))];
        for (const auto &r : releases) {
            for (const auto &text : r.toObject().value(QLatin1String("rejections")).toArray())
                rejectionKinds.insert(text.toString().section(QLatin1Char(':'), 0, 0));
        }
    }
    for (const QString &verdict : {QStringLiteral("better"), QStringLiteral("better-rejected"),
                                   QStringLiteral("nothing-better"), QStringLiteral("no-releases")})
        QVERIFY2(verdicts.value(verdict) > 0, qPrintable(verdict));
    QVERIFY(rejectionKinds.contains(QStringLiteral("Existing file on disk has a equal or higher Custom Format score")));
    QVERIFY(rejectionKinds.contains(QStringLiteral("Existing file meets cutoff")));
    QVERIFY(std::any_of(rejectionKinds.cbegin(), rejectionKinds.cend(),
                        [](const QString &k) { return k.endsWith(QLatin1String(" is not wanted in profile")); }));
}

void tst_SimReleases::inFlightAndDelay()
{
    SimServerConfig cfg;
    cfg.releaseDelayMs = 300;
    Sim sim(radarr(QStringLiteral("5.14.0"), 6), cfg);
    const int id = sim->library().movies().first().id;
    const Reply one = fetch(sim.api(QStringLiteral("release?movieId=%1").arg(id)));
    QCOMPARE(one.status, 200);
    QVERIFY2(one.ms >= 300, qPrintable(QString::number(one.ms)));
    QCOMPARE(sim->stats().releaseInFlightPeak, 1);
    // Three at once are three in flight: what a client that serialises its lookups never shows.
    const QList<Reply> three = fetchAll({sim.api(QStringLiteral("release?movieId=%1").arg(id)),
                                         sim.api(QStringLiteral("release?movieId=%1").arg(id)),
                                         sim.api(QStringLiteral("release?movieId=%1").arg(id))});
    for (const Reply &r : three)
        QCOMPARE(r.status, 200);
    const QJsonObject stats = statsOf(sim);
    QCOMPARE(stats.value(QLatin1String("releaseLookupsInFlightPeak")).toInt(), 3);
    QCOMPARE(stats.value(QLatin1String("releaseLookupsInFlight")).toInt(), 0);
    // The delay is a config key of the admin API.
    QCOMPARE(admin(sim, QStringLiteral("config"), R"({"releaseDelayMs": 0})")
                 .object()
                 .value(QLatin1String("releaseDelayMs"))
                 .toInt(),
             0);
    QCOMPARE(admin(sim, QStringLiteral("config"), R"({"releaseDelayMs": -1})").status, 400);
}

void tst_SimReleases::faultsAndErrors()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 6));
    const int id = sim->library().movies().first().id;
    // The fault machinery applies: a lookup that fails, one that hangs past a client's timeout.
    QCOMPARE(admin(sim, QStringLiteral("config"),
                   R"({"faults": [{"kind": "error", "status": 500, "path": "release", "first": 1}]})")
                 .status,
             200);
    QCOMPARE(fetch(sim.api(QStringLiteral("release?movieId=%1").arg(id))).status, 500);
    QCOMPARE(fetch(sim.api(QStringLiteral("release?movieId=%1").arg(id))).status, 200);
    QCOMPARE(sim->stats().releaseLookups.value(QStringLiteral("movie")), 2); // the failed one reached the indexers
    // Unknown items and ids that are not numbers, as the servers answer them.
    Reply r = fetch(sim.api(QStringLiteral("release?movieId=99999")));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.object().value(QLatin1String("message")).toString(),
             QStringLiteral("Movie with ID 99999 does not exist"));
    r = fetch(sim.api(QStringLiteral("release?movieId=abc")));
    QCOMPARE(r.status, 400);
    Sim shows(sonarr(QStringLiteral("4.0.9"), 2, 4));
    r = fetch(shows.api(QStringLiteral("release?episodeId=99999")));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.object().value(QLatin1String("message")).toString(),
             QStringLiteral("Episode with ID 99999 does not exist"));
    r = fetch(shows.api(QStringLiteral("release?seriesId=77&seasonNumber=1")));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.object().value(QLatin1String("message")).toString(), QStringLiteral("Series with ID 77 does not exist"));
}

void tst_SimReleases::grabAndCacheTtl()
{
    Sim sim(radarr(QStringLiteral("5.14.0"), 30));
    QJsonObject approved;
    int movieId = 0;
    for (const SimMovie &m : sim->library().movies()) {
        for (const auto &v : fetch(sim.api(QStringLiteral("release?movieId=%1").arg(m.id))).array()) {
            if (v.toObject().value(QLatin1String("approved")).toBool() && m.file) {
                approved = v.toObject();
                movieId = m.id;
                break;
            }
        }
        if (movieId)
            break;
    }
    QVERIFY(movieId);
    QVERIFY(movieFileOf(*sim.server, movieId));
    const int fileBefore = movieFileOf(*sim.server, movieId)->id;
    // A miss: never looked up.
    QJsonObject unknown = approved;
    unknown.insert(QStringLiteral("guid"), QStringLiteral("https://example.invalid/nothing"));
    Reply r = grab(sim, unknown);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.object().value(QLatin1String("message")).toString(),
             QStringLiteral("Couldn't find requested release in cache, try searching again"));
    // A hit: answered with the release, counted; without searchUpgrades the file stays.
    r = grab(sim, approved);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("guid")), approved.value(QLatin1String("guid")));
    QCOMPARE(sim->stats().grabs, 1);
    QCOMPARE(movieFileOf(*sim.server, movieId)->id, fileBefore);
    // 30 minutes later the server has forgotten it, until it is looked up again.
    QCOMPARE(admin(sim, QStringLiteral("mutate"), R"({"op": "advanceClock", "seconds": 1799})").status, 200);
    QCOMPARE(grab(sim, approved).status, 200);
    QCOMPARE(admin(sim, QStringLiteral("mutate"), R"({"op": "advanceClock", "seconds": 2})").status, 200);
    QCOMPARE(grab(sim, approved).status, 404);
    QCOMPARE(sim->stats().grabMisses, 2);
    fetch(sim.api(QStringLiteral("release?movieId=%1").arg(movieId)));
    // With searchUpgrades the grab is downloaded and imported: a new file made from the release.
    QCOMPARE(admin(sim, QStringLiteral("config"), R"({"searchUpgrades": true})").status, 200);
    QCOMPARE(grab(sim, approved).status, 200);
    const SimFile &file = *movieFileOf(*sim.server, movieId);
    QVERIFY(file.id != fileBefore);
    QCOMPARE(file.sceneName, approved.value(QLatin1String("title")).toString());
    QCOMPARE(sim->library().customFormatScore(file, sim->library().movie(movieId)->qualityProfileId),
             approved.value(QLatin1String("customFormatScore")).toInt());
    QCOMPARE(admin(sim, QStringLiteral("mutate"), R"({"op": "advanceClock", "seconds": 0})").status, 404);
}

void tst_SimReleases::commandStates()
{
    SimServerConfig cfg;
    cfg.commandQueuedMs = 60000;
    cfg.commandRunMs = 120000;
    Sim sim(radarr(QStringLiteral("5.14.0"), 10), cfg);
    const int movieId = sim->library().movies().first().id;
    const QByteArray body = QStringLiteral(R"({"name": "MoviesSearch", "movieIds": [%1]})").arg(movieId).toUtf8();
    Reply r = fetch(sim.api(QStringLiteral("command")), {}, &body);
    QCOMPARE(r.status, 201);
    const int id = r.object().value(QLatin1String("id")).toInt();
    const auto state = [&] { return fetch(sim.api(QStringLiteral("command/%1").arg(id))).object(); };
    QJsonObject c = state();
    QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(c.value(QLatin1String("trigger")).toString(), QStringLiteral("manual"));
    QVERIFY(c.contains(QLatin1String("queued")));
    QVERIFY(!c.contains(QLatin1String("started")));
    admin(sim, QStringLiteral("mutate"), R"({"op": "advanceClock", "seconds": 61})");
    c = state();
    QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("started"));
    QVERIFY(c.contains(QLatin1String("started")));
    QVERIFY(!c.contains(QLatin1String("ended")));
    admin(sim, QStringLiteral("mutate"), R"({"op": "advanceClock", "seconds": 120})");
    c = state();
    QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(c.value(QLatin1String("result")).toString(), QStringLiteral("successful"));
    QCOMPARE(c.value(QLatin1String("duration")).toString(), QStringLiteral("00:02:00.0000000"));
    QVERIFY(c.value(QLatin1String("message")).toString().startsWith(QLatin1String("Completed search for 1 movies. ")));
    QVERIFY(c.value(QLatin1String("message")).toString().endsWith(QLatin1String(" reports downloaded.")));
    // Finished commands stay readable.
    admin(sim, QStringLiteral("mutate"), R"({"op": "advanceClock", "seconds": 86400})");
    QCOMPARE(state().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    // The knobs are config keys.
    const QJsonObject config = fetch(sim.raw(QStringLiteral("/__sim/config"))).object();
    QCOMPARE(config.value(QLatin1String("commandQueuedMs")).toInt(), 60000);
    QCOMPARE(config.value(QLatin1String("commandRunMs")).toInt(), 120000);
}

void tst_SimReleases::searchUpgrades()
{
    SimServerConfig cfg;
    cfg.searchUpgrades = true;
    Sim sim(radarr(QStringLiteral("5.14.0"), 40), cfg);
    // Which movies have an approved release now, and what the best one is.
    QList<int> ids;
    QMap<int, QJsonObject> best;
    for (const SimMovie &m : sim->library().movies()) {
        if (!m.file)
            continue;
        ids.append(m.id);
        for (const auto &v : fetch(sim.api(QStringLiteral("release?movieId=%1").arg(m.id))).array()) {
            if (v.toObject().value(QLatin1String("approved")).toBool()) {
                best.insert(m.id, v.toObject());
                break;
            }
        }
        if (ids.size() == 12)
            break;
    }
    QVERIFY(!best.isEmpty());
    QVERIFY(best.size() < ids.size());
    QMap<int, int> filesBefore;
    for (int id : ids)
        filesBefore.insert(id, movieFileOf(*sim.server, id)->id);
    QJsonArray idArray;
    for (int id : ids)
        idArray.append(id);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("MoviesSearch")},
                                                      {QStringLiteral("movieIds"), idArray}})
                                .toJson();
    const Reply posted = fetch(sim.api(QStringLiteral("command")), {}, &body);
    QCOMPARE(posted.status, 201);
    const QJsonObject done =
        fetch(sim.api(QStringLiteral("command/%1").arg(posted.object().value(QLatin1String("id")).toInt()))).object();
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QLatin1String("message")).toString(),
             QStringLiteral("Completed search for %1 movies. %2 reports downloaded.").arg(ids.size()).arg(best.size()));
    for (int id : ids) {
        const SimFile &file = *movieFileOf(*sim.server, id);
        if (best.contains(id)) {
            QVERIFY(file.id != filesBefore.value(id));
            QCOMPARE(file.sceneName, best.value(id).value(QLatin1String("title")).toString());
        } else {
            QCOMPARE(file.id, filesBefore.value(id));
        }
    }
    QCOMPARE(sim->stats().searchGrabs, int(best.size()));

    // Sonarr: episodes, one at a time; the message is the last episode search's, and an episode whose search
    // found an approved release gets a new file holding it.
    Sim shows(sonarr(QStringLiteral("4.0.9"), 3, 10), cfg);
    QList<QPair<int, int>> withFiles; // episode id, file id (copied: upgrades change the library)
    for (const SimSeries &series : shows->library().series()) {
        for (const SimEpisode &episode : series.episodes) {
            if (episode.episodeFileId)
                withFiles.append({episode.id, episode.episodeFileId});
        }
    }
    int upgraded = 0;
    for (const auto &[episodeId, before] : withFiles) {
        const QByteArray search =
            QStringLiteral(R"({"name": "EpisodeSearch", "episodeIds": [%1]})").arg(episodeId).toUtf8();
        const Reply sent = fetch(shows.api(QStringLiteral("command")), {}, &search);
        const QString message =
            fetch(shows.api(QStringLiteral("command/%1").arg(sent.object().value(QLatin1String("id")).toInt())))
                .object()
                .value(QLatin1String("message"))
                .toString();
        QVERIFY(message == QLatin1String("Episode search completed. 0 reports downloaded.")
                || message == QLatin1String("Episode search completed. 1 reports downloaded."));
        const SimEpisode *after = shows->library().episode(episodeId);
        QVERIFY(after);
        QCOMPARE(after->episodeFileId != before, message.contains(QLatin1String(" 1 reports")));
        upgraded += after->episodeFileId != before ? 1 : 0;
        if (upgraded == 2)
            break;
    }
    QVERIFY(upgraded > 0);
}

QTEST_GUILESS_MAIN(tst_SimReleases)
#include "tst_simreleases.moc"
