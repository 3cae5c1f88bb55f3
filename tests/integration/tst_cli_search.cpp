// The real arrscore binary's `search` against simulators in this process: usage errors, --dry-run (nothing
// is posted), --candidates (exactly the top candidates' ids, in rank order: MoviesSearch movie ids for
// Radarr, EpisodeSearch episode ids for Sonarr), --item and --file, and failures (a dead server, a refused
// key) with their exit codes. No output and no file but the configuration ever holds the key.
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

void appendOnce(QList<qint64> &list, const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (!list.contains(id))
            list << id;
    }
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
    syncBoth();
    const int limit = 12;
    CliResult r = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    const QJsonArray ranked = jsonOf(r).value(QLatin1String("candidates")).toArray();
    QVERIFY(ranked.size() > limit);
    QList<qint64> movieIds;
    QList<qint64> episodeIds;
    for (int i = 0; i < limit; ++i) {
        const QJsonObject c = ranked.at(i).toObject();
        if (c.value(QLatin1String("instance")).toString() == QLatin1String("movies"))
            appendOnce(movieIds, {c.value(QLatin1String("item_id")).toInteger()});
        else
            appendOnce(episodeIds, episodeIdsOf(m_sonarr->library(), c.value(QLatin1String("file_id")).toInteger()));
    }

    r = m_cli->run(
        {QStringLiteral("search"), QStringLiteral("--candidates"), QStringLiteral("--limit"), QString::number(limit)});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Upgrade candidates: %1; searching for the top %2 (--limit N for more).")
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
    // Only the command route was used: no sync, no status call.
    QCOMPARE(m_radarr->stats().total, movieIds.isEmpty() ? 0 : 1);

    // One instance only, and Sonarr for sure: its top 3 files' episodes.
    m_sonarr->clearCommands();
    r = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--json"), QStringLiteral("--instance"),
                    QStringLiteral("shows"), QStringLiteral("--limit"), QStringLiteral("3")});
    CHECK_EXIT(r, 0);
    QList<qint64> top3;
    for (const QJsonValue &v : jsonOf(r).value(QLatin1String("candidates")).toArray())
        appendOnce(top3, episodeIdsOf(m_sonarr->library(), v.toObject().value(QLatin1String("file_id")).toInteger()));
    QVERIFY(!top3.isEmpty());
    const int radarrBefore = int(m_radarr->commands().size());
    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--candidates"), QStringLiteral("--instance"),
                    QStringLiteral("shows"), QStringLiteral("--limit"), QStringLiteral("3")});
    CHECK_EXIT(r, 0);
    QCOMPARE(m_sonarr->commands().size(), 1);
    QCOMPARE(idsOf(m_sonarr->commands().first()), top3);
    QCOMPARE(int(m_radarr->commands().size()), radarrBefore);
    QVERIFY2(
        r.out.contains(QStringLiteral("Asked Sonarr \"shows\" to search for %1 episodes (command ").arg(top3.size())),
        qPrintable(r.out));
}

void tst_CliSearch::itemsAndFiles()
{
    // --item needs no database: the ids go to the server as given (repeated or comma-separated, once each).
    CliResult r =
        m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("movies"),
                    QStringLiteral("--item"), QStringLiteral("3"), QStringLiteral("--item"), QStringLiteral("5,7,3")});
    CHECK_EXIT(r, 0);
    QCOMPARE(m_radarr->commands().size(), 1);
    QCOMPARE(idsOf(m_radarr->commands().first()), (QList<qint64>{3, 5, 7}));
    QVERIFY2(r.out.contains(QLatin1String("Asked Radarr \"movies\" to search for 3 movies (command 1).")),
             qPrintable(r.out));
    QVERIFY(!QFile::exists(m_cli->home.databasePath()));

    // --file maps a Sonarr file id to all of its episodes, a Radarr file id to its movie.
    syncBoth();
    const SimSeries &series = m_sonarr->library().series().first();
    const SimFile &file = series.files.first();
    const QList<qint64> episodes = episodeIdsOf(m_sonarr->library(), file.id);
    QVERIFY(!episodes.isEmpty());
    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("shows"),
                    QStringLiteral("--file"), QString::number(file.id)});
    CHECK_EXIT(r, 0);
    QCOMPARE(m_sonarr->commands().size(), 1);
    QCOMPARE(idsOf(m_sonarr->commands().first()), episodes);

    const SimMovie *movie = nullptr;
    for (const SimMovie &m : m_radarr->library().movies()) {
        if (m.file && m.id != 1) {
            movie = &m;
            break;
        }
    }
    QVERIFY(movie);
    m_radarr->clearCommands();
    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--instance"), QStringLiteral("movies"),
                    QStringLiteral("--file"), QString::number(movie->file->id)});
    CHECK_EXIT(r, 0);
    QCOMPARE(idsOf(m_radarr->commands().first()), QList<qint64>{movie->id});
}

void tst_CliSearch::failures()
{
    syncBoth();
    // The Sonarr's key changes after the sync: Radarr searches, Sonarr refuses. Exit 3, the key nowhere.
    const QString wrongKey = QStringLiteral("0000000000000000000000000000beef");
    m_cli->writeConfig(instanceYaml(QStringLiteral("movies"), *m_radarr)
                       + instanceYaml(QStringLiteral("shows"), QStringLiteral("sonarr"), m_sonarr->baseUrl().toString(),
                                      {}, wrongKey));
    CliResult r = m_cli->run(
        {QStringLiteral("search"), QStringLiteral("--candidates"), QStringLiteral("--limit"), QStringLiteral("40")});
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
    r = m_cli->run({QStringLiteral("search"), QStringLiteral("--item"), QStringLiteral("1")});
    CHECK_EXIT(r, 1);
    QVERIFY2(
        r.err.contains(QLatin1String("Could not ask Radarr \"movies\" to search for 1 movie: Connection refused by "
                                     "127.0.0.1:")),
        qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliSearch)
#include "tst_cli_search.moc"
