// The real arrscore binary's `search` and `searches` against simulators in this process: usage errors,
// --dry-run (nothing is posted), --candidates (exactly the top candidates' ids, in rank order: MoviesSearch
// movie ids for Radarr, EpisodeSearch episode ids for Sonarr), --item and --file, nothing sent without --yes
// off a terminal, searches_per_hour across runs, search_cooldown_days and --force, the log with command
// states and outcomes after a sync, and failures (a dead server, a refused key) with their exit codes. No
// output and no file but the configuration ever holds the key.
#include "clitestfixture.h"

#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

QList<qint64> idsOf(const QJsonObject &command)
{
    const QJsonObject body = command.value(QLatin1String("body")).toObject();
    const QJsonArray ids = body.contains(QLatin1String("movieIds")) ? body.value(QLatin1String("movieIds")).toArray()
                                                                    : body.value(QLatin1String("episodeIds")).toArray();
    QList<qint64> out;
    for (const QJsonValue &v : ids)
        out << v.toInteger();
    return out;
}

} // namespace

class tst_CliSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void usageErrors();
    void dryRunPostsNothing();
    void candidatesInRankOrder();
    void itemsAndFiles();
    void nothingSentWithoutYes();
    void hourlyCapAcrossRuns();
    void cooldownAndForce();
    void logWithStatesAndOutcomes();
    void laterStates();
    void failures();

private:
    // Two simulators ("movies", "shows") in the configuration, synced once.
    void syncBoth();

    std::unique_ptr<CliHarness> m_cli;
    std::unique_ptr<SimServer> m_radarr;
    std::unique_ptr<SimServer> m_sonarr;
};

void tst_CliSearch::init()
{
    m_cli = std::make_unique<CliHarness>();
    m_radarr = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 60));
    m_sonarr = startSim(sonarrLibrary(QStringLiteral("4.0.9.2244"), 5, 6));
    m_cli->writeConfig(instanceYaml(QStringLiteral("movies"), *m_radarr)
                       + instanceYaml(QStringLiteral("shows"), *m_sonarr));
}

void tst_CliSearch::cleanup()
{
    const std::unique_ptr<CliHarness> cli = std::move(m_cli);
    verifyNoSecrets(*cli);
    m_radarr.reset();
    m_sonarr.reset();
}

void tst_CliSearch::syncBoth()
{
    const CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    m_radarr->resetStats();
    m_sonarr->resetStats();
}

void tst_CliSearch::usageErrors()
{
    const QString search = QStringLiteral("search");
    struct Case
    {
        QStringList args;
        QString message;
    };
    const QList<Case> cases{
        {{search}, QStringLiteral("search needs exactly one of --candidates, --item ID or --file FILE_ID")},
        {{search, QStringLiteral("--candidates"), QStringLiteral("--item"), QStringLiteral("1")},
         QStringLiteral("exactly one of")},
        {{search, QStringLiteral("--item"), QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("3")},
         QStringLiteral("--limit only goes with --candidates.")},
        {{search, QStringLiteral("--candidates"), QStringLiteral("--limit"), QStringLiteral("0")},
         QStringLiteral("--limit expects a number of 1 or more, not \"0\".")},
        {{search, QStringLiteral("--instance"), QStringLiteral("movies"), QStringLiteral("--item"),
          QStringLiteral("x7")},
         QStringLiteral("--item expects a positive id, not \"x7\".")},
        {{search, QStringLiteral("--item"), QStringLiteral("3")},
         QStringLiteral("Ids belong to one instance: add --instance NAME (configured: movies, shows).")},
        {{search, QStringLiteral("--instance"), QStringLiteral("nope"), QStringLiteral("--item"), QStringLiteral("3")},
         QStringLiteral("No instance named \"nope\". Configured: movies, shows.")},
        {{search, QStringLiteral("movies")},
         QStringLiteral("search takes no arguments; did you mean --instance movies?")},
    };
    for (const Case &c : cases) {
        const CliResult r = m_cli->run(c.args);
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains(c.message), qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral("\n") + r.err));
    }
    // --candidates and --file need a database; none was created by the above.
    QVERIFY(!QFile::exists(m_cli->home.databasePath()));
    CliResult r = m_cli->run({search, QStringLiteral("--candidates")});
    CHECK_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("Run \"arrscore sync\" first.")), qPrintable(r.err));

    syncBoth();
    r = m_cli->run({search, QStringLiteral("--instance"), QStringLiteral("shows"), QStringLiteral("--file"),
                    QStringLiteral("999999")});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("No file 999999 in the latest snapshot of \"shows\"")), qPrintable(r.err));
    QCOMPARE(m_radarr->stats().total + m_sonarr->stats().total, 0);
    QVERIFY(m_radarr->commands().isEmpty());
    QVERIFY(m_sonarr->commands().isEmpty());
}

void tst_CliSearch::dryRunPostsNothing()
{
    syncBoth();
    CliResult r = m_cli->run({QStringLiteral("search"), QStringLiteral("--candidates"), QStringLiteral("--limit"),
                              QStringLiteral("40"), QStringLiteral("--dry-run")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("Would ask Radarr \"movies\" to search for ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Would ask Sonarr \"shows\" to search for ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("(MoviesSearch)")));
    QVERIFY(r.out.contains(QLatin1String("(EpisodeSearch)")));
    QVERIFY(r.out.contains(QLatin1String("  1. ")));
    QVERIFY(r.out.trimmed().endsWith(QLatin1String("Dry run: nothing was sent.")));
    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("movies"),
                    QStringLiteral("--item"), QStringLiteral("4"), QStringLiteral("--dry-run")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("Would ask Radarr \"movies\" to search for 1 movie (MoviesSearch): 4")),
             qPrintable(r.out));
    // Not a single request, not even system/status.
    QCOMPARE(m_radarr->stats().total, 0);
    QCOMPARE(m_sonarr->stats().total, 0);
    QVERIFY(m_radarr->commands().isEmpty());
    QVERIFY(m_sonarr->commands().isEmpty());
}

void tst_CliSearch::candidatesInRankOrder()
{
    // No cooldown here: the second search takes the top items of "shows" again.
    m_cli->writeConfig(instanceYaml(QStringLiteral("movies"), *m_radarr, {QStringLiteral("search_cooldown_days: 0")})
                       + instanceYaml(QStringLiteral("shows"), *m_sonarr, {QStringLiteral("search_cooldown_days: 0")}));
    syncBoth();
    const int limit = 12;
    CliResult r = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    const QList<RankedItem> ranked = rankedItems(jsonOf(r), m_sonarr->library());
    QVERIFY(ranked.size() > limit);
    QList<qint64> movieIds;
    QList<qint64> episodeIds;
    for (const RankedItem &item : ranked.mid(0, limit))
        (item.instance == QLatin1String("movies") ? movieIds : episodeIds) << item.id;

    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--candidates"), QStringLiteral("--limit"),
                    QString::number(limit), QStringLiteral("--yes")});
    CHECK_EXIT(r, 0);
    QVERIFY2(
        r.out.contains(QStringLiteral("Upgrade candidates: %1 items; searching for the top %2 (--limit N for more).")
                           .arg(ranked.size())
                           .arg(limit)),
        qPrintable(r.out));
    QCOMPARE(m_radarr->commands().isEmpty(), movieIds.isEmpty());
    QCOMPARE(m_sonarr->commands().isEmpty(), episodeIds.isEmpty());
    if (!movieIds.isEmpty()) {
        QCOMPARE(m_radarr->commands().size(), 1);
        const QJsonObject command = m_radarr->commands().first();
        QCOMPARE(command.value(QLatin1String("name")).toString(), QStringLiteral("MoviesSearch"));
        QCOMPARE(idsOf(command), movieIds);
        QVERIFY2(r.out.contains(QStringLiteral("Asked Radarr \"movies\" to search for %1 (command %2).")
                                    .arg(movieIds.size() == 1 ? QStringLiteral("1 movie")
                                                              : QStringLiteral("%1 movies").arg(movieIds.size()))
                                    .arg(command.value(QLatin1String("id")).toInt())),
                 qPrintable(r.out));
    }
    if (!episodeIds.isEmpty()) {
        QCOMPARE(m_sonarr->commands().size(), 1);
        QCOMPARE(m_sonarr->commands().first().value(QLatin1String("name")).toString(), QStringLiteral("EpisodeSearch"));
        QCOMPARE(idsOf(m_sonarr->commands().first()), episodeIds);
    }
    // Only the command routes were used (the POST and its state): no sync, no status call.
    const QList<QString> paths = m_radarr->stats().perPath.keys() + m_sonarr->stats().perPath.keys();
    for (const QString &path : paths)
        QVERIFY2(path.startsWith(QLatin1String("/api/v3/command")), qPrintable(path));
    QCOMPARE(m_radarr->stats().path(QStringLiteral("/api/v3/command")), movieIds.isEmpty() ? 0 : 1);

    // One instance only, and Sonarr for sure: its top 3 episodes.
    m_sonarr->clearCommands();
    QList<qint64> top3;
    for (const RankedItem &item : ranked) {
        if (item.instance == QLatin1String("shows") && top3.size() < 3)
            top3 << item.id;
    }
    QCOMPARE(top3.size(), 3);
    const int radarrBefore = int(m_radarr->commands().size());
    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--candidates"), QStringLiteral("--instance"),
                    QStringLiteral("shows"), QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--yes")});
    CHECK_EXIT(r, 0);
    QCOMPARE(m_sonarr->commands().size(), 1);
    QCOMPARE(idsOf(m_sonarr->commands().first()), top3);
    QCOMPARE(int(m_radarr->commands().size()), radarrBefore);
    QVERIFY2(r.out.contains(QStringLiteral("Asked Sonarr \"shows\" to search for 3 episodes (command ")),
             qPrintable(r.out));
}

void tst_CliSearch::itemsAndFiles()
{
    // --item needs no earlier sync: the ids go to the server as given (repeated or comma-separated, once each),
    // and the search is recorded in a new database.
    CliResult r = m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("movies"),
                              QStringLiteral("--item"), QStringLiteral("3"), QStringLiteral("--item"),
                              QStringLiteral("5,7,3"), QStringLiteral("--yes")});
    CHECK_EXIT(r, 0);
    QCOMPARE(m_radarr->commands().size(), 1);
    QCOMPARE(idsOf(m_radarr->commands().first()), (QList<qint64>{3, 5, 7}));
    QVERIFY2(r.out.contains(QLatin1String("Asked Radarr \"movies\" to search for 3 movies (command 1).")),
             qPrintable(r.out));
    QCOMPARE(sqlValue(m_cli->home.databasePath(), QStringLiteral("SELECT COUNT(*) FROM search_items")), 3);

    // --file maps a Sonarr file id to all of its episodes, a Radarr file id to its movie.
    syncBoth();
    const SimSeries &series = m_sonarr->library().series().first();
    const SimFile &file = series.files.first();
    const QList<qint64> episodes = episodeIdsOf(m_sonarr->library(), file.id);
    QVERIFY(!episodes.isEmpty());
    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("shows"),
                    QStringLiteral("--file"), QString::number(file.id), QStringLiteral("--yes")});
    CHECK_EXIT(r, 0);
    QCOMPARE(m_sonarr->commands().size(), 1);
    QCOMPARE(idsOf(m_sonarr->commands().first()), episodes);

    const SimMovie *movie = nullptr;
    for (const SimMovie &m : m_radarr->library().movies()) {
        if (m.file && m.id > 7) { // not one searched above: it would be within its cooldown
            movie = &m;
            break;
        }
    }
    QVERIFY(movie);
    m_radarr->clearCommands();
    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("movies"),
                    QStringLiteral("--file"), QString::number(movie->file->id), QStringLiteral("--yes")});
    CHECK_EXIT(r, 0);
    QCOMPARE(idsOf(m_radarr->commands().first()), QList<qint64>{movie->id});
}

void tst_CliSearch::nothingSentWithoutYes()
{
    syncBoth();
    const CliResult r = m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("movies"),
                                    QStringLiteral("--item"), QStringLiteral("4")});
    CHECK_EXIT(r, 1);
    // What would be sent is shown; then why nothing was.
    QVERIFY2(r.out.contains(QLatin1String("Will ask Radarr \"movies\" to search for 1 movie (MoviesSearch): 4")),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("Nothing was sent: run it again with --yes to search, or in a terminal to "
                                          "be asked.")),
             qPrintable(r.err));
    QCOMPARE(m_radarr->stats().total, 0);
    QVERIFY(m_radarr->commands().isEmpty());
    QCOMPARE(sqlValue(m_cli->home.databasePath(), QStringLiteral("SELECT COUNT(*) FROM searches")), 0);
}

void tst_CliSearch::hourlyCapAcrossRuns()
{
    m_cli->writeConfig(instanceYaml(QStringLiteral("movies"), *m_radarr, {QStringLiteral("searches_per_hour: 4")}));
    CliResult r = m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("movies"),
                              QStringLiteral("--item"), QStringLiteral("1,2,3"), QStringLiteral("--yes")});
    CHECK_EXIT(r, 0);
    QCOMPARE(idsOf(m_radarr->commands().first()), (QList<qint64>{1, 2, 3}));

    // The second run has room for one more item in this hour; the others are not sent, and --force does not
    // change that.
    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("movies"),
                    QStringLiteral("--item"), QStringLiteral("4,5,6"), QStringLiteral("--yes"),
                    QStringLiteral("--force")});
    CHECK_EXIT(r, 0);
    QCOMPARE(m_radarr->commands().size(), 2);
    QCOMPARE(idsOf(m_radarr->commands().at(1)), QList<qint64>{4});
    QVERIFY2(r.out.contains(QLatin1String("are over the hourly cap (searches_per_hour; \"movies\": 1 of 4 left this "
                                          "hour) and are not sent; --force does not change that.")),
             qPrintable(r.out));

    // Full: nothing is sent, and the exit code says so.
    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("movies"),
                    QStringLiteral("--item"), QStringLiteral("7"), QStringLiteral("--yes")});
    CHECK_EXIT(r, 1);
    QCOMPARE(m_radarr->commands().size(), 2);
    QVERIFY2(r.out.contains(QLatin1String("none left until ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Nothing to search for now.")), qPrintable(r.out));
}

void tst_CliSearch::cooldownAndForce()
{
    syncBoth();
    CliResult r = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    QList<qint64> ranked;
    for (const RankedItem &item : rankedItems(jsonOf(r), m_sonarr->library())) {
        if (item.instance == QLatin1String("movies"))
            ranked << item.id;
    }
    QVERIFY(ranked.size() >= 6);
    const QStringList top3{QStringLiteral("search"), QStringLiteral("--candidates"), QStringLiteral("--instance"),
                           QStringLiteral("movies"), QStringLiteral("--limit"),      QStringLiteral("3"),
                           QStringLiteral("--yes")};
    r = m_cli->run(top3);
    CHECK_EXIT(r, 0);
    QCOMPARE(idsOf(m_radarr->commands().last()), ranked.mid(0, 3));

    // Again: the three are within their cooldown (7 days by default); the next three are taken.
    r = m_cli->run(top3);
    CHECK_EXIT(r, 0);
    QCOMPARE(m_radarr->commands().size(), 2);
    QCOMPARE(idsOf(m_radarr->commands().last()), ranked.mid(3, 3));
    QVERIFY2(r.out.contains(QLatin1String("Searched within their cooldown (search_cooldown_days), so skipped; --force "
                                          "searches them too:")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("(movie %1; file ").arg(ranked.first())), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Skipped 3 item")), qPrintable(r.out));

    // --item goes through the cooldown too, unless forced; the forced search is recorded as such.
    const QStringList first{QStringLiteral("search"), QStringLiteral("--instance"),    QStringLiteral("movies"),
                            QStringLiteral("--item"), QString::number(ranked.first()), QStringLiteral("--yes")};
    r = m_cli->run(first);
    CHECK_EXIT(r, 0);
    QCOMPARE(m_radarr->commands().size(), 2);
    QVERIFY2(r.out.contains(QLatin1String("Nothing to search for now.")), qPrintable(r.out));
    r = m_cli->run(first + QStringList{QStringLiteral("--force")});
    CHECK_EXIT(r, 0);
    QCOMPARE(m_radarr->commands().size(), 3);
    QCOMPARE(idsOf(m_radarr->commands().last()), QList<qint64>{ranked.first()});
    QVERIFY2(r.out.contains(QLatin1String("Searched again within their cooldown because of --force:")),
             qPrintable(r.out));
    QCOMPARE(sqlValue(m_cli->home.databasePath(), QStringLiteral("SELECT COUNT(*) FROM searches WHERE forced = 1")), 1);
}

void tst_CliSearch::logWithStatesAndOutcomes()
{
    // The searches really upgrade what they find an approved release for; commands take a while to complete.
    for (SimServer *sim : {m_radarr.get(), m_sonarr.get()})
        QVERIFY(sim->applyConfig(QJsonObject{{QStringLiteral("searchUpgrades"), true}}));
    syncBoth();
    CliResult r = m_cli->run({QStringLiteral("searches")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("No search or grab was sent yet.")), qPrintable(r.out));

    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--candidates"), QStringLiteral("--limit"),
                    QStringLiteral("20"), QStringLiteral("--yes")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String(": completed: ")), qPrintable(r.out));
    const int sent = int(m_radarr->commands().size() + m_sonarr->commands().size());
    QVERIFY(sent >= 1);

    // Before a sync every item is pending; the commands' states and messages are the servers'.
    r = m_cli->run({QStringLiteral("searches"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    QJsonArray searches = jsonOf(r).value(QLatin1String("searches")).toArray();
    QCOMPARE(searches.size(), sent);
    int items = 0;
    for (const QJsonValue &v : searches) {
        const QJsonObject search = v.toObject();
        for (const char *key : {"instance", "sent_at", "command_id", "kind", "state", "message", "items"})
            QVERIFY2(search.contains(QLatin1String(key)), key);
        QCOMPARE(search.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        QVERIFY(search.value(QLatin1String("message")).toString().contains(QLatin1String("reports downloaded.")));
        for (const QJsonValue &i : search.value(QLatin1String("items")).toArray()) {
            ++items;
            QCOMPARE(i.toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("pending"));
            QVERIFY(i.toObject().value(QLatin1String("new_score")).isNull());
        }
    }
    QCOMPARE(items, 20);

    // After a sync: the items the simulator upgraded are "upgraded", old → new score as the server has it.
    CHECK_EXIT(m_cli->run({QStringLiteral("sync")}), 0);
    r = m_cli->run({QStringLiteral("searches"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    searches = jsonOf(r).value(QLatin1String("searches")).toArray();
    int upgraded = 0;
    for (const QJsonValue &v : searches) {
        const QJsonObject search = v.toObject();
        const SimServer &sim =
            search.value(QLatin1String("instance")).toString() == QLatin1String("movies") ? *m_radarr : *m_sonarr;
        for (const QJsonValue &i : search.value(QLatin1String("items")).toArray()) {
            const QJsonObject item = i.toObject();
            if (item.value(QLatin1String("outcome")).toString() != QLatin1String("upgraded"))
                continue;
            ++upgraded;
            QVERIFY(item.value(QLatin1String("new_score")).toInt() != item.value(QLatin1String("old_score")).toInt()
                    || !item.value(QLatin1String("new_quality")).isNull());
            if (sim.library().isRadarr()) {
                const SimMovie *movie = sim.library().movie(int(item.value(QLatin1String("item_id")).toInteger()));
                QCOMPARE(item.value(QLatin1String("new_score")).toInt(),
                         sim.library().customFormatScore(*movie->file, movie->qualityProfileId));
            }
        }
    }
    const int searchGrabs = m_radarr->stats().searchGrabs + m_sonarr->stats().searchGrabs;
    // Each release a search grabbed replaced one searched item's file.
    QVERIFY(searchGrabs > 0);
    QCOMPARE(upgraded, searchGrabs);
    const QJsonObject summary = jsonOf(r).value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("all")).toObject().value(QLatin1String("searched")).toInt(), 20);
    QCOMPARE(summary.value(QLatin1String("all")).toObject().value(QLatin1String("upgraded")).toInt(), upgraded);

    // The text: each search with its state and message, the items' outcomes, the summary.
    r = m_cli->run({QStringLiteral("searches")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("MoviesSearch")) || r.out.contains(QLatin1String("EpisodeSearch")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("reports downloaded.")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Searched 20")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Upgraded ")) && r.out.contains(QStringLiteral(" → ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Per profile:")), qPrintable(r.out));
}

void tst_CliSearch::laterStates()
{
    // A command that runs for an hour on the server: search stops following it and says where it was;
    // `searches` asks again and shows where it ended.
    QVERIFY(m_radarr->applyConfig(QJsonObject{{QStringLiteral("commandRunMs"), 3600000}}));
    CliResult r = m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("movies"),
                              QStringLiteral("--item"), QStringLiteral("2"), QStringLiteral("--yes")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("Command 1 on \"movies\": started")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("\"arrscore searches\" shows what became of them.")), qPrintable(r.out));
    r = m_cli->run({QStringLiteral("searches"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    QCOMPARE(jsonOf(r).value(QLatin1String("searches")).toArray().first().toObject().value(QLatin1String("state")),
             QJsonValue(QStringLiteral("started")));

    m_radarr->advanceClock(2 * 3600);
    r = m_cli->run({QStringLiteral("searches")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("MoviesSearch (command 1): completed")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Completed search for 1 movies.")), qPrintable(r.out));
}

void tst_CliSearch::failures()
{
    syncBoth();
    // The Sonarr's key changes after the sync: Radarr searches, Sonarr refuses. Exit 3, the key nowhere.
    const QString wrongKey = QStringLiteral("0000000000000000000000000000beef");
    m_cli->writeConfig(instanceYaml(QStringLiteral("movies"), *m_radarr)
                       + instanceYaml(QStringLiteral("shows"), QStringLiteral("sonarr"), m_sonarr->baseUrl().toString(),
                                      {}, wrongKey));
    CliResult r = m_cli->run({QStringLiteral("search"), QStringLiteral("--candidates"), QStringLiteral("--limit"),
                              QStringLiteral("40"), QStringLiteral("--yes")});
    CHECK_EXIT(r, 3);
    QCOMPARE(m_radarr->commands().size(), 1);
    QVERIFY(m_sonarr->commands().isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("Could not ask Sonarr \"shows\" to search for ")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("The API key was refused")));
    QVERIFY(!r.all().contains(wrongKey));
    QVERIFY(r.out.contains(QLatin1String("Asked Radarr \"movies\" to search for ")));

    // A server that is gone: exit 1 and what to check.
    m_cli->writeConfig(instanceYaml(QStringLiteral("movies"), QStringLiteral("radarr"),
                                    QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()),
                                    {QStringLiteral("timeout: 5")}));
    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--item"), QStringLiteral("1"), QStringLiteral("--yes")});
    CHECK_EXIT(r, 1);
    QVERIFY2(
        r.err.contains(QLatin1String("Could not ask Radarr \"movies\" to search for 1 movie: Connection refused by "
                                     "127.0.0.1:")),
        qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliSearch)
#include "tst_cli_search.moc"
