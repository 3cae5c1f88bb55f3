// Two simulators sharing a catalogue (--twin 1080p / 4k) against a real QNetworkAccessManager: the same movies by
// tmdbId and episodes by tvdbId, season and episode, under other ids with other files and profiles; items in one
// twin only, exactly as /__sim/twin lists them; profiles of the same name whose scores drifted, format by format.
#include "simserver.h"
#include "simtestutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

SimLibraryConfig twinOf(SimLibraryConfig library, const QString &twin)
{
    library.twin = twin;
    return library;
}

QJsonObject twinInfo(const Sim &sim)
{
    return fetch(sim.raw(QStringLiteral("/__sim/twin"))).object();
}

QSet<int> idSet(const QJsonArray &ids)
{
    QSet<int> out;
    for (const auto &v : ids)
        out.insert(v.toInt());
    return out;
}

// Profile name → format id → score, as /qualityprofile serves them.
QHash<QString, QHash<int, int>> profiles(const Sim &sim)
{
    QHash<QString, QHash<int, int>> out;
    for (const auto &v : fetch(sim.api(QStringLiteral("qualityprofile"))).array()) {
        const QJsonObject p = v.toObject();
        for (const auto &f : p.value(QLatin1String("formatItems")).toArray())
            out[p.value(QLatin1String("name")).toString()].insert(f.toObject().value(QLatin1String("format")).toInt(),
                                                                  f.toObject().value(QLatin1String("score")).toInt());
    }
    return out;
}

} // namespace

class tst_SimTwin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void radarrPairsByTmdbId();
    void sonarrPairsByEpisode();
    void profilesDrift();
    void configAndAdmin();
};

void tst_SimTwin::radarrPairsByTmdbId()
{
    const SimLibraryConfig base = radarr(QStringLiteral("5.14.0.9383"), 80, 5);
    Sim hd(twinOf(base, QStringLiteral("1080p")));
    Sim uhd(twinOf(base, QStringLiteral("4k")));
    QHash<int, QJsonObject> hdMovies;
    for (const auto &v : fetch(hd.api(QStringLiteral("movie"))).array())
        hdMovies.insert(v.toObject().value(QLatin1String("tmdbId")).toInt(), v.toObject());
    QHash<int, QJsonObject> uhdMovies;
    for (const auto &v : fetch(uhd.api(QStringLiteral("movie"))).array())
        uhdMovies.insert(v.toObject().value(QLatin1String("tmdbId")).toInt(), v.toObject());
    const QSet<int> hdIds(hdMovies.keyBegin(), hdMovies.keyEnd());
    const QSet<int> uhdIds(uhdMovies.keyBegin(), uhdMovies.keyEnd());
    // Items in one twin only: exactly what each lists, and some of each.
    QCOMPARE(QSet<int>(hdIds).subtract(uhdIds), idSet(twinInfo(hd).value(QLatin1String("onlyHereTmdbIds")).toArray()));
    QCOMPARE(QSet<int>(uhdIds).subtract(hdIds), idSet(twinInfo(uhd).value(QLatin1String("onlyHereTmdbIds")).toArray()));
    QVERIFY(!QSet<int>(hdIds).subtract(uhdIds).isEmpty());
    QVERIFY(!QSet<int>(uhdIds).subtract(hdIds).isEmpty());
    const QSet<int> shared = QSet<int>(hdIds).intersect(uhdIds);
    QVERIFY(shared.size() > 50);
    int otherId = 0;
    int otherFile = 0;
    for (int tmdbId : shared) {
        const QJsonObject a = hdMovies.value(tmdbId);
        const QJsonObject b = uhdMovies.value(tmdbId);
        QCOMPARE(a.value(QLatin1String("title")), b.value(QLatin1String("title")));
        QCOMPARE(a.value(QLatin1String("year")), b.value(QLatin1String("year")));
        otherId += a.value(QLatin1String("id")) != b.value(QLatin1String("id"));
        otherFile += a.value(QLatin1String("hasFile")) != b.value(QLatin1String("hasFile"));
        // Each twin's movies sit on its own profiles.
        QVERIFY(QList<int>({1, 4}).contains(a.value(QLatin1String("qualityProfileId")).toInt()));
        QVERIFY(QList<int>({2, 3}).contains(b.value(QLatin1String("qualityProfileId")).toInt()));
    }
    QVERIFY(otherId > shared.size() / 2);
    QVERIFY(otherFile > 0);
    // The 4K twin's files are mostly 2160p, the 1080p twin's never (a file predating its profile may be anything).
    int uhdFiles = 0;
    int uhd2160 = 0;
    for (const SimMovie &m : uhd->library().movies()) {
        if (!m.file)
            continue;
        ++uhdFiles;
        uhd2160 += uhd->library().catalog().quality(m.file->qualityId).resolution == 2160;
    }
    QVERIFY2(uhd2160 * 4 > uhdFiles * 3, qPrintable(QStringLiteral("%1 of %2").arg(uhd2160).arg(uhdFiles)));
    int hd2160 = 0;
    for (const SimMovie &m : hd->library().movies())
        hd2160 += m.file && hd->library().catalog().quality(m.file->qualityId).resolution == 2160;
    QVERIFY(hd2160 * 4 < uhd2160);
}

void tst_SimTwin::sonarrPairsByEpisode()
{
    const SimLibraryConfig base = sonarr(QStringLiteral("4.0.9.2244"), 10, 12);
    Sim hd(twinOf(base, QStringLiteral("1080p")));
    Sim uhd(twinOf(base, QStringLiteral("4k")));
    // Episode key (tvdbId season episode) → has a file, per twin.
    const auto episodes = [](const Sim &sim) {
        QHash<QString, bool> out;
        QSet<int> series;
        for (const auto &v : fetch(sim.api(QStringLiteral("series"))).array()) {
            const QJsonObject s = v.toObject();
            series.insert(s.value(QLatin1String("tvdbId")).toInt());
            const int id = s.value(QLatin1String("id")).toInt();
            for (const auto &e : fetch(sim.api(QStringLiteral("episode?seriesId=%1").arg(id))).array()) {
                const QJsonObject ep = e.toObject();
                out.insert(QStringLiteral("%1 S%2E%3")
                               .arg(s.value(QLatin1String("tvdbId")).toInt())
                               .arg(ep.value(QLatin1String("seasonNumber")).toInt())
                               .arg(ep.value(QLatin1String("episodeNumber")).toInt()),
                           ep.value(QLatin1String("hasFile")).toBool());
            }
        }
        return std::make_pair(series, out);
    };
    const auto [hdSeries, hdEpisodes] = episodes(hd);
    const auto [uhdSeries, uhdEpisodes] = episodes(uhd);
    QCOMPARE(QSet<int>(hdSeries).subtract(uhdSeries),
             idSet(twinInfo(hd).value(QLatin1String("onlyHereTvdbIds")).toArray()));
    QCOMPARE(QSet<int>(uhdSeries).subtract(hdSeries),
             idSet(twinInfo(uhd).value(QLatin1String("onlyHereTvdbIds")).toArray()));
    QVERIFY(!QSet<int>(hdSeries).subtract(uhdSeries).isEmpty());
    QVERIFY(!QSet<int>(uhdSeries).subtract(hdSeries).isEmpty());
    // Shared series number their episodes alike; some episodes have a file in one twin only.
    int shared = 0;
    int fileInOne = 0;
    for (auto it = hdEpisodes.cbegin(); it != hdEpisodes.cend(); ++it) {
        const int tvdbId = it.key().section(QLatin1Char(' '), 0, 0).toInt();
        if (!uhdSeries.contains(tvdbId))
            continue;
        QVERIFY2(uhdEpisodes.contains(it.key()), qPrintable(it.key()));
        ++shared;
        fileInOne += it.value() != uhdEpisodes.value(it.key());
    }
    QVERIFY(shared > 50);
    QVERIFY(fileInOne > 0);
    // Ids differ: the 4K twin numbers its own series and episodes.
    int otherIds = 0;
    for (const SimSeries &a : hd->library().series()) {
        for (const SimSeries &b : uhd->library().series()) {
            if (a.tvdbId == b.tvdbId)
                otherIds += (a.id != b.id) + (a.episodes.last().id != b.episodes.last().id);
        }
    }
    QVERIFY(otherIds > 0);
}

void tst_SimTwin::profilesDrift()
{
    const SimLibraryConfig base = radarr(QStringLiteral("5.14.0.9383"), 20, 5);
    Sim hd(twinOf(base, QStringLiteral("1080p")));
    Sim uhd(twinOf(base, QStringLiteral("4k")));
    const auto a = profiles(hd);
    const auto b = profiles(uhd);
    QCOMPARE(QSet<QString>(a.keyBegin(), a.keyEnd()), QSet<QString>(b.keyBegin(), b.keyEnd()));
    QSet<QString> drifted;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        for (auto f = it.value().cbegin(); f != it.value().cend(); ++f) {
            if (b.value(it.key()).value(f.key()) != f.value())
                drifted.insert(QStringLiteral("%1/%2").arg(it.key()).arg(f.key()));
        }
    }
    // Exactly the drift the two twins list, with the scores each serves.
    QSet<QString> listed;
    for (const Sim *sim : {&hd, &uhd}) {
        const auto served = profiles(*sim);
        for (const auto &v : twinInfo(*sim).value(QLatin1String("drift")).toArray()) {
            const QJsonObject d = v.toObject();
            const QString profile = d.value(QLatin1String("profile")).toString();
            const int formatId = d.value(QLatin1String("formatId")).toInt();
            listed.insert(QStringLiteral("%1/%2").arg(profile).arg(formatId));
            QCOMPARE(served.value(profile).value(formatId), d.value(QLatin1String("score")).toInt());
            QVERIFY(d.value(QLatin1String("catalogueScore")).toInt() != d.value(QLatin1String("score")).toInt());
        }
    }
    QCOMPARE(drifted, listed);
    QVERIFY(drifted.size() >= 4);
    // A library of its own has no twin and no drift.
    Sim alone(base);
    QCOMPARE(twinInfo(alone).value(QLatin1String("twin")).toString(), QString());
    QVERIFY(twinInfo(alone).value(QLatin1String("drift")).toArray().isEmpty());
}

void tst_SimTwin::configAndAdmin()
{
    // POST /__sim/config turns a running simulator into a twin (or refuses a bad name).
    Sim sim(radarr(QStringLiteral("5.14.0.9383"), 30, 5));
    const QByteArray bad = R"({"library": {"twin": "8k"}})";
    QCOMPARE(fetch(sim.raw(QStringLiteral("/__sim/config")), {}, &bad).status, 400);
    const QByteArray good = R"({"library": {"twin": "4k"}})";
    const Reply r = fetch(sim.raw(QStringLiteral("/__sim/config")), {}, &good);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("library")).toObject().value(QLatin1String("twin")).toString(),
             QStringLiteral("4k"));
    Sim direct(twinOf(radarr(QStringLiteral("5.14.0.9383"), 30, 5), QStringLiteral("4k")));
    QCOMPARE(fetch(sim.api(QStringLiteral("movie"))).body, fetch(direct.api(QStringLiteral("movie"))).body);
    // Each twin still plants its audit cases.
    QVERIFY(!QJsonDocument::fromJson(fetch(sim.raw(QStringLiteral("/__sim/planted"))).body).array().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SimTwin)
#include "tst_simtwin.moc"
