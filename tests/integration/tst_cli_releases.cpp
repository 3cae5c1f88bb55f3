// The real arrscore binary's `releases` and `grab` against simulators in this process: usage errors, the
// lookups each selection makes (movieId per movie; episodeId for one episode of a season, seriesId +
// seasonNumber for several; never a bare lookup) one at a time per instance, the verdicts checked against
// the simulator's own releases, the text and the JSON, release_lookups_per_hour across two runs, a failed
// lookup among good ones, and grabs: refused without --yes off a terminal, the pick's guid and indexer id
// sent, and a lookup older than 30 minutes repeated first. No output and no file but the configuration ever
// holds the key.
#include "clitestfixture.h"
#include "simtestutil.h"

#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

const QStringList kVerdicts{QStringLiteral("better"),         QStringLiteral("better-rejected"),
                            QStringLiteral("nothing-better"), QStringLiteral("no-releases"),
                            QStringLiteral("failed"),         QStringLiteral("deferred")};

// Lookups the simulator answered, of one kind ("movie", "episode", "season") or all (with RSS fetches).
int lookups(const SimServer &sim, const QString &kind = QString())
{
    if (!kind.isEmpty())
        return sim.stats().releaseLookups.value(kind);
    int total = 0;
    for (int n : sim.stats().releaseLookups)
        total += n;
    return total;
}

// What the simulator's releases say about an item with this score, by the rules.
QString expectedVerdict(const QJsonArray &releases, int currentScore, QJsonObject *pick)
{
    if (releases.isEmpty())
        return QStringLiteral("no-releases");
    QJsonObject best;
    for (const QJsonValue &v : releases) {
        const QJsonObject r = v.toObject();
        if (r.value(QLatin1String("approved")).toBool()
            && (best.isEmpty()
                || r.value(QLatin1String("releaseWeight")).toInt()
                       < best.value(QLatin1String("releaseWeight")).toInt()))
            best = r;
    }
    if (!best.isEmpty()) {
        *pick = best;
        return QStringLiteral("better");
    }
    for (const QJsonValue &v : releases) {
        const QJsonObject r = v.toObject();
        const int score = r.value(QLatin1String("customFormatScore")).toInt();
        if (score > currentScore && (best.isEmpty() || score > best.value(QLatin1String("customFormatScore")).toInt()))
            best = r;
    }
    *pick = best;
    return best.isEmpty() ? QStringLiteral("nothing-better") : QStringLiteral("better-rejected");
}

QJsonArray lookupsOf(const CliResult &r)
{
    return jsonOf(r).value(QLatin1String("lookups")).toArray();
}

} // namespace

class tst_CliReleases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void usageErrors();
    void candidatesLookUpOneAtATime();
    void jsonMatchesTheServer();
    void capHoldsAcrossRuns();
    void switchedOff();
    void failedLookupCarriesOn();
    void cancel();
    void grab();
    void grabAfterThirtyMinutes();

private:
    void configure(const QStringList &extra = {});
    void syncBoth();
    // The first movie of the simulator a lookup finds `verdict` for, looked up by `releases --json`; its
    // lookup object, or an empty one.
    QJsonObject movieWithVerdict(const QString &verdict);

    std::unique_ptr<CliHarness> m_cli;
    std::unique_ptr<SimServer> m_radarr;
    std::unique_ptr<SimServer> m_sonarr;
};

void tst_CliReleases::init()
{
    m_cli = std::make_unique<CliHarness>();
    SimServerConfig config;
    config.releaseDelayMs = 100; // long enough that two lookups at once would overlap
    config.searchUpgrades = true;
    m_radarr = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 40), config);
    m_sonarr = startSim(sonarrLibrary(QStringLiteral("4.0.9.2244"), 4, 6), config);
    configure();
}

void tst_CliReleases::cleanup()
{
    const std::unique_ptr<CliHarness> cli = std::move(m_cli);
    verifyNoSecrets(*cli);
    m_radarr.reset();
    m_sonarr.reset();
}

void tst_CliReleases::configure(const QStringList &extra)
{
    m_cli->writeConfig(instanceYaml(QStringLiteral("movies"), *m_radarr, extra)
                       + instanceYaml(QStringLiteral("shows"), *m_sonarr, extra));
}

void tst_CliReleases::syncBoth()
{
    CHECK_EXIT(m_cli->run({QStringLiteral("sync")}), 0);
    m_radarr->resetStats();
    m_sonarr->resetStats();
}

QJsonObject tst_CliReleases::movieWithVerdict(const QString &verdict)
{
    QStringList ids;
    for (const SimMovie &m : m_radarr->library().movies()) {
        if (m.file)
            ids << QString::number(m.id);
    }
    const CliResult r =
        m_cli->run({QStringLiteral("releases"), QStringLiteral("--instance"), QStringLiteral("movies"),
                    QStringLiteral("--item"), ids.mid(0, 15).join(QLatin1Char(',')), QStringLiteral("--json")});
    if (r.exitCode != 0)
        return {};
    for (const QJsonValue &v : lookupsOf(r)) {
        if (v.toObject().value(QLatin1String("verdict")).toString() == verdict)
            return v.toObject();
    }
    return {};
}

void tst_CliReleases::usageErrors()
{
    const QString releases = QStringLiteral("releases");
    const QString grab = QStringLiteral("grab");
    struct Case
    {
        QStringList args;
        int exit;
        QString message;
    };
    const QList<Case> cases{
        {{releases}, 2, QStringLiteral("releases needs one of --candidates or --item ID")},
        {{releases, QStringLiteral("--candidates"), QStringLiteral("--item"), QStringLiteral("1")},
         2,
         QStringLiteral("releases needs one of")},
        {{releases, QStringLiteral("--item"), QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("2")},
         2,
         QStringLiteral("--limit only goes with --candidates.")},
        {{releases, QStringLiteral("--candidates"), QStringLiteral("--limit"), QStringLiteral("0")},
         2,
         QStringLiteral("--limit expects a number of 1 or more, not \"0\".")},
        {{releases, QStringLiteral("--instance"), QStringLiteral("movies"), QStringLiteral("--item"),
          QStringLiteral("-4")},
         2,
         QStringLiteral("--item expects a positive id, not \"-4\".")},
        {{releases, QStringLiteral("--item"), QStringLiteral("3")},
         2,
         QStringLiteral("Ids belong to one instance: add --instance NAME (configured: movies, shows).")},
        {{releases, QStringLiteral("movies")},
         2,
         QStringLiteral("releases takes no arguments; did you mean --instance movies?")},
        {{grab, QStringLiteral("--item"), QStringLiteral("3")},
         2,
         QStringLiteral("grab needs one --instance NAME and one --item ID")},
        {{grab, QStringLiteral("--instance"), QStringLiteral("movies"), QStringLiteral("--item"),
          QStringLiteral("3,4")},
         2,
         QStringLiteral("grab takes one --item ID.")},
        {{grab, QStringLiteral("--instance"), QStringLiteral("nope"), QStringLiteral("--item"), QStringLiteral("3")},
         2,
         QStringLiteral("No instance named \"nope\". Configured: movies, shows.")},
        // Lookups read what earlier syncs stored; nothing is created for them.
        {{releases, QStringLiteral("--candidates")}, 1, QStringLiteral("Run \"arrscore sync\" first.")},
        {{grab, QStringLiteral("--instance"), QStringLiteral("movies"), QStringLiteral("--item"), QStringLiteral("3")},
         1,
         QStringLiteral("Run \"arrscore sync\" first.")},
    };
    for (const Case &c : cases) {
        const CliResult r = m_cli->run(c.args);
        CHECK_EXIT(r, c.exit);
        QVERIFY2(r.err.contains(c.message), qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral("\n") + r.err));
    }
    QVERIFY(!QFile::exists(m_cli->home.databasePath()));

    syncBoth();
    CliResult r = m_cli->run({releases, QStringLiteral("--instance"), QStringLiteral("movies"),
                              QStringLiteral("--item"), QStringLiteral("99999")});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("No movie 99999 with a file in the latest snapshot of \"movies\"")),
             qPrintable(r.err));
    r = m_cli->run(
        {grab, QStringLiteral("--instance"), QStringLiteral("movies"), QStringLiteral("--item"), QStringLiteral("3")});
    CHECK_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String(
                 "No lookup of item 3 on \"movies\" yet: run \"arrscore releases --instance movies --item 3\" first.")),
             qPrintable(r.err));
    QCOMPARE(m_radarr->stats().total + m_sonarr->stats().total, 0);
}

void tst_CliReleases::candidatesLookUpOneAtATime()
{
    syncBoth();
    const int limit = 8;
    CliResult r = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    QList<RankedItem> items = rankedItems(jsonOf(r), m_sonarr->library());
    QVERIFY(items.size() > limit);
    items = items.mid(0, limit);
    // Per (series, season) of the chosen episodes: one episode lookup, or one season lookup for several.
    int movies = 0;
    QMap<QPair<int, int>, int> seasons;
    for (const RankedItem &item : std::as_const(items)) {
        if (item.instance == QLatin1String("movies")) {
            ++movies;
        } else {
            const SimEpisode *e = m_sonarr->library().episode(int(item.id));
            QVERIFY(e);
            ++seasons[{e->seriesId, e->seasonNumber}];
        }
    }
    const int seasonLookups = int(std::count_if(seasons.cbegin(), seasons.cend(), [](int n) { return n > 1; }));
    const int episodeLookups = int(seasons.size()) - seasonLookups;

    r = m_cli->run({QStringLiteral("releases"), QStringLiteral("--candidates"), QStringLiteral("--limit"),
                    QString::number(limit)});
    CHECK_EXIT(r, 0);
    QCOMPARE(lookups(*m_radarr, QStringLiteral("movie")), movies);
    QCOMPARE(lookups(*m_sonarr, QStringLiteral("episode")), episodeLookups);
    QCOMPARE(lookups(*m_sonarr, QStringLiteral("season")), seasonLookups);
    // Never a bare lookup (an RSS fetch of every indexer), never two at once on one server.
    QCOMPARE(m_radarr->stats().rssFetches + m_sonarr->stats().rssFetches, 0);
    QCOMPARE(m_radarr->stats().releaseInFlightPeak, movies > 0 ? 1 : 0);
    QCOMPARE(m_sonarr->stats().releaseInFlightPeak, seasons.isEmpty() ? 0 : 1);

    QVERIFY2(r.out.contains(QStringLiteral("looking up the top %1 (--limit N for more).").arg(limit)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("%1 items: ").arg(limit)), qPrintable(r.out));
    // What a lookup costs and the cap's room, before the first one; nothing was asked.
    QVERIFY2(r.err.contains(QLatin1String("query every enabled indexer")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("updates the item's last search time")), qPrintable(r.err));
    if (movies > 0)
        QVERIFY2(r.err.contains(QLatin1String("release_lookups_per_hour: 20 of 20 left this hour.")),
                 qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("[y/N]")));
}

void tst_CliReleases::jsonMatchesTheServer()
{
    syncBoth();
    QStringList ids;
    for (const SimMovie &m : m_radarr->library().movies()) {
        if (m.file && ids.size() < 12)
            ids << QString::number(m.id);
    }
    const CliResult r = m_cli->run({QStringLiteral("releases"), QStringLiteral("--instance"), QStringLiteral("movies"),
                                    QStringLiteral("--item"), ids.join(QLatin1Char(',')), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    const QJsonArray list = lookupsOf(r);
    QCOMPARE(list.size(), ids.size());
    QCOMPARE(lookups(*m_radarr, QStringLiteral("movie")), int(ids.size()));
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        for (const char *key :
             {"instance", "item_id", "file_id", "current_score", "verdict", "checked_at", "release_count", "pick"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        // In the order asked for.
        QCOMPARE(o.value(QLatin1String("item_id")).toInteger(), ids.at(i).toLongLong());
        QCOMPARE(o.value(QLatin1String("instance")).toString(), QStringLiteral("movies"));
        const SimMovie *movie = m_radarr->library().movie(ids.at(i).toInt());
        QCOMPARE(o.value(QLatin1String("file_id")).toInteger(), qint64(movie->file->id));
        const int score = m_radarr->library().reportedScore(*movie->file, movie->qualityProfileId);
        QCOMPARE(o.value(QLatin1String("current_score")).toInt(), score);
        QVERIFY(QDateTime::fromString(o.value(QLatin1String("checked_at")).toString(), Qt::ISODateWithMs).isValid());

        // The same lookup straight from the server (its releases are deterministic per item).
        const QJsonArray releases =
            fetch(m_radarr->baseUrl().resolved(QUrl(QStringLiteral("api/v3/release?movieId=%1").arg(movie->id))),
                  {{"X-Api-Key", secretKey().toUtf8()}})
                .array();
        QJsonObject expectedPick;
        const QString verdict = expectedVerdict(releases, score, &expectedPick);
        QCOMPARE(o.value(QLatin1String("verdict")).toString(), verdict);
        QCOMPARE(o.value(QLatin1String("release_count")).toInt(), int(releases.size()));
        seen.insert(verdict);
        if (expectedPick.isEmpty()) {
            QVERIFY(o.value(QLatin1String("pick")).isNull());
            continue;
        }
        const QJsonObject pick = o.value(QLatin1String("pick")).toObject();
        for (const char *key : {"guid", "indexer_id", "title", "indexer", "custom_format_score", "custom_formats",
                                "quality", "size_bytes", "approved", "rejections"})
            QVERIFY2(pick.contains(QLatin1String(key)), key);
        QCOMPARE(pick.value(QLatin1String("guid")).toString(), expectedPick.value(QLatin1String("guid")).toString());
        QCOMPARE(pick.value(QLatin1String("indexer_id")).toInt(),
                 expectedPick.value(QLatin1String("indexerId")).toInt());
        QCOMPARE(pick.value(QLatin1String("approved")).toBool(), verdict == QLatin1String("better"));
        QCOMPARE(pick.value(QLatin1String("rejections")).toArray().size(),
                 expectedPick.value(QLatin1String("rejections")).toArray().size());
    }
    for (const QString &v : seen)
        QVERIFY2(kVerdicts.contains(v), qPrintable(v));
    QVERIFY2(seen.size() >= 2, "the simulator's mix gives more than one verdict in 12 movies");

    // The text of the same items: a verdict per item, the pick with its score against the file's.
    m_radarr->resetStats();
    const CliResult text = m_cli->run({QStringLiteral("releases"), QStringLiteral("--instance"),
                                       QStringLiteral("movies"), QStringLiteral("--item"), ids.first()});
    CHECK_EXIT(text, 0);
    const QJsonObject first = list.first().toObject();
    QVERIFY2(text.out.contains(QStringLiteral("(movie %1 on \"movies\"), file %2 scoring ")
                                   .arg(ids.first())
                                   .arg(first.value(QLatin1String("file_id")).toInteger())),
             qPrintable(text.out));
    if (!first.value(QLatin1String("pick")).isNull())
        QVERIFY2(
            text.out.contains(first.value(QLatin1String("pick")).toObject().value(QLatin1String("title")).toString()),
            qPrintable(text.out));
    // "1 item: " once translations/arrscore_en.ts has the English plural forms of the new strings.
    QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("\\n1 items?: "))), qPrintable(text.out));
}

void tst_CliReleases::capHoldsAcrossRuns()
{
    configure({QStringLiteral("release_lookups_per_hour: 3")});
    syncBoth();
    QList<qint64> ids;
    for (const SimMovie &m : m_radarr->library().movies()) {
        if (m.file && ids.size() < 5)
            ids << m.id;
    }
    const auto run = [this](const QList<qint64> &some) {
        QStringList texts;
        for (qint64 id : some)
            texts << QString::number(id);
        return m_cli->run({QStringLiteral("releases"), QStringLiteral("--instance"), QStringLiteral("movies"),
                           QStringLiteral("--item"), texts.join(QLatin1Char(',')), QStringLiteral("--json")});
    };
    CliResult r = run(ids.mid(0, 2));
    CHECK_EXIT(r, 0);
    QCOMPARE(lookups(*m_radarr), 2);
    QVERIFY2(r.err.contains(QLatin1String("release_lookups_per_hour: 3 of 3 left this hour.")), qPrintable(r.err));

    // A second run: one lookup left in the hour; the other two items are deferred with the time they may run.
    r = run(ids.mid(2, 3));
    CHECK_EXIT(r, 0);
    QCOMPARE(lookups(*m_radarr), 3);
    QVERIFY2(r.err.contains(QLatin1String("release_lookups_per_hour: 1 of 3 left this hour.")), qPrintable(r.err));
    const QJsonArray list = lookupsOf(r);
    QCOMPARE(list.size(), 3);
    QVERIFY(list.at(0).toObject().value(QLatin1String("verdict")).toString() != QLatin1String("deferred"));
    for (int i : {1, 2}) {
        const QJsonObject o = list.at(i).toObject();
        QCOMPARE(o.value(QLatin1String("verdict")).toString(), QStringLiteral("deferred"));
        QVERIFY(o.value(QLatin1String("pick")).isNull());
        const QDateTime until =
            QDateTime::fromString(o.value(QLatin1String("deferred_until")).toString(), Qt::ISODateWithMs);
        QVERIFY(until.isValid());
        QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(50 * 60));
        QVERIFY(until <= QDateTime::currentDateTimeUtc().addSecs(60 * 60));
    }

    // The text says so; the cap is spent, nothing reaches the server.
    r = m_cli->run({QStringLiteral("releases"), QStringLiteral("--instance"), QStringLiteral("movies"),
                    QStringLiteral("--item"), QString::number(ids.last())});
    CHECK_EXIT(r, 0);
    QCOMPARE(lookups(*m_radarr), 3);
    QVERIFY2(r.out.contains(QLatin1String("Deferred: the hourly cap (release_lookups_per_hour) is reached; it may run "
                                          "from ")),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("release_lookups_per_hour: none left until ")), qPrintable(r.err));
}

void tst_CliReleases::switchedOff()
{
    configure({QStringLiteral("release_lookups_per_hour: 0")});
    syncBoth();
    const SimMovie *movie = nullptr;
    for (const SimMovie &m : m_radarr->library().movies()) {
        if (m.file && !movie)
            movie = &m;
    }
    QVERIFY(movie);
    const CliResult r = m_cli->run({QStringLiteral("releases"), QStringLiteral("--instance"), QStringLiteral("movies"),
                                    QStringLiteral("--item"), QString::number(movie->id), QStringLiteral("--json")});
    CHECK_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("movies: release lookups are switched off (release_lookups_per_hour: 0")),
             qPrintable(r.err));
    const QJsonObject o = lookupsOf(r).first().toObject();
    QCOMPARE(o.value(QLatin1String("verdict")).toString(), QStringLiteral("deferred"));
    QVERIFY(o.value(QLatin1String("deferred_until")).isNull());
    QCOMPARE(lookups(*m_radarr), 0);
}

void tst_CliReleases::failedLookupCarriesOn()
{
    syncBoth();
    QList<qint64> ids;
    for (const SimMovie &m : m_radarr->library().movies()) {
        if (m.file && ids.size() < 3)
            ids << m.id;
    }
    SimFaultRule fault;
    fault.kind = SimFaultRule::Kind::Error;
    fault.status = 500;
    fault.firstN = 1;
    fault.path = QStringLiteral("release");
    m_radarr->addFault(fault);
    const CliResult r = m_cli->run(
        {QStringLiteral("releases"), QStringLiteral("--instance"), QStringLiteral("movies"), QStringLiteral("--item"),
         QStringLiteral("%1,%2,%3").arg(ids.at(0)).arg(ids.at(1)).arg(ids.at(2)), QStringLiteral("--json")});
    CHECK_EXIT(r, 3);
    const QJsonArray list = lookupsOf(r);
    QCOMPARE(list.size(), 3);
    const QJsonObject failed = list.at(0).toObject();
    QCOMPARE(failed.value(QLatin1String("verdict")).toString(), QStringLiteral("failed"));
    QVERIFY(!failed.value(QLatin1String("error")).toString().isEmpty());
    for (int i : {1, 2})
        QVERIFY(list.at(i).toObject().value(QLatin1String("verdict")).toString() != QLatin1String("failed"));
    // Never retried: each lookup costs the user's indexers.
    QCOMPARE(lookups(*m_radarr), 3);
    QVERIFY(!r.all().contains(QLatin1String("\"apikey\"")));
}

void tst_CliReleases::cancel()
{
    syncBoth();
    QVERIFY(m_radarr->applyConfig(QJsonObject{{QStringLiteral("releaseDelayMs"), 20000}}));
    QStringList ids;
    for (const SimMovie &m : m_radarr->library().movies()) {
        if (m.file && ids.size() < 3)
            ids << QString::number(m.id);
    }
    const CliResult cancelled =
        runInterrupted(*m_cli,
                       {QStringLiteral("releases"), QStringLiteral("--instance"), QStringLiteral("movies"),
                        QStringLiteral("--item"), ids.join(QLatin1Char(',')), QStringLiteral("--json")},
                       [this] { return lookups(*m_radarr) == 1; });
    QVERIFY(!cancelled.timedOut);
    QVERIFY(!cancelled.crashed);
    CHECK_EXIT(cancelled, 130);
    QVERIFY2(cancelled.err.contains(QLatin1String("Cancelled: the lookup in flight was stopped")),
             qPrintable(cancelled.err));
    // The lookup in flight is stored as cancelled; the others never started.
    QCOMPARE(lookups(*m_radarr), 1);
    QCOMPARE(sqlValue(m_cli->home.databasePath(),
                      QStringLiteral("SELECT COUNT(*) FROM release_lookups WHERE state = 'cancelled'")),
             1);
    QCOMPARE(sqlValue(m_cli->home.databasePath(), QStringLiteral("SELECT COUNT(*) FROM release_lookups")), 1);
    const QJsonArray list = lookupsOf(cancelled);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QLatin1String("verdict")).toString(), QStringLiteral("failed"));
}

void tst_CliReleases::grab()
{
    syncBoth();
    const QJsonObject better = movieWithVerdict(QStringLiteral("better"));
    QVERIFY2(!better.isEmpty(), "one of the first 15 movies has an approved release");
    const qint64 movieId = better.value(QLatin1String("item_id")).toInteger();
    const QJsonObject pick = better.value(QLatin1String("pick")).toObject();
    const QStringList args{QStringLiteral("grab"), QStringLiteral("--instance"), QStringLiteral("movies"),
                           QStringLiteral("--item"), QString::number(movieId)};

    // Without a terminal and without --yes: the release is named, nothing is sent.
    CliResult r = m_cli->run(args);
    CHECK_EXIT(r, 1);
    QVERIFY2(r.err.contains(pick.value(QLatin1String("title")).toString()), qPrintable(r.err));
    QVERIFY2(r.err.contains(pick.value(QLatin1String("indexer")).toString()), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Nothing was grabbed: run it again with --yes to grab it, or in a terminal "
                                          "to be asked.")),
             qPrintable(r.err));
    QCOMPARE(m_radarr->stats().grabs + m_radarr->stats().grabMisses, 0);

    // A guid the lookup does not have.
    r = m_cli->run(args + QStringList{QStringLiteral("--guid"), QStringLiteral("nope"), QStringLiteral("--yes")});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("has no release with guid \"nope\"")), qPrintable(r.err));

    // With --yes: the pick's guid and indexer id reach the server (a miss would be a 404), and with
    // searchUpgrades the movie now has a file made from exactly that release.
    const int lookupsBefore = lookups(*m_radarr);
    r = m_cli->run(args + QStringList{QStringLiteral("--yes")});
    CHECK_EXIT(r, 0);
    QCOMPARE(m_radarr->stats().grabs, 1);
    QCOMPARE(m_radarr->stats().grabMisses, 0);
    QCOMPARE(lookups(*m_radarr), lookupsBefore); // fresh: not looked up again
    const SimMovie *movie = m_radarr->library().movie(int(movieId));
    QVERIFY(movie && movie->file);
    QCOMPARE(movie->file->sceneName, pick.value(QLatin1String("title")).toString());
    QVERIFY2(r.out.contains(pick.value(QLatin1String("title")).toString()), qPrintable(r.out));

    // Recorded as a search of kind grab.
    r = m_cli->run({QStringLiteral("searches"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    const QJsonArray searches = jsonOf(r).value(QLatin1String("searches")).toArray();
    QCOMPARE(searches.size(), 1);
    QCOMPARE(searches.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("grab"));
    QCOMPARE(searches.first()
                 .toObject()
                 .value(QLatin1String("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("item_id"))
                 .toInteger(),
             movieId);

    // An item whose latest lookup found nothing approved cannot be grabbed.
    const QJsonObject other = movieWithVerdict(QStringLiteral("nothing-better"));
    if (!other.isEmpty()) {
        r = m_cli->run({QStringLiteral("grab"), QStringLiteral("--instance"), QStringLiteral("movies"),
                        QStringLiteral("--item"), QString::number(other.value(QLatin1String("item_id")).toInteger()),
                        QStringLiteral("--yes")});
        CHECK_EXIT(r, 1);
        QVERIFY2(r.err.contains(QLatin1String("nothing to grab")), qPrintable(r.err));
        QCOMPARE(m_radarr->stats().grabs, 1);
    }
}

void tst_CliReleases::grabAfterThirtyMinutes()
{
    syncBoth();
    const QJsonObject better = movieWithVerdict(QStringLiteral("better"));
    QVERIFY(!better.isEmpty());
    const qint64 movieId = better.value(QLatin1String("item_id")).toInteger();
    const QJsonObject pick = better.value(QLatin1String("pick")).toObject();
    // 31 minutes pass: the server forgot its releases, and the stored lookup is that old.
    m_radarr->advanceClock(31 * 60);
    QVERIFY(sqlExec(m_cli->home.databasePath(),
                    QStringLiteral("UPDATE release_lookups SET started_at = started_at - 1860000, finished_at = "
                                   "finished_at - 1860000")));
    const int lookupsBefore = lookups(*m_radarr);
    const CliResult r = m_cli->run({QStringLiteral("grab"), QStringLiteral("--instance"), QStringLiteral("movies"),
                                    QStringLiteral("--item"), QString::number(movieId), QStringLiteral("--yes")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.err.contains(QLatin1String("it is looked up again first")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Looking up again")), qPrintable(r.err));
    QCOMPARE(lookups(*m_radarr), lookupsBefore + 1);
    QCOMPARE(m_radarr->stats().grabs, 1);
    QCOMPARE(m_radarr->stats().grabMisses, 0);
    QCOMPARE(m_radarr->library().movie(int(movieId))->file->sceneName, pick.value(QLatin1String("title")).toString());
}

QTEST_GUILESS_MAIN(tst_CliReleases)
#include "tst_cli_releases.moc"
