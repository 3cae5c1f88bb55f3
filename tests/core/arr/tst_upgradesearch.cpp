// UpgradeSearch against the simulator in this process: the command bodies and batches the server records,
// what is and is not retried (a POST that may have been handled is never sent twice), the errors a user
// reads (without the key), cancel, and the mapping from table rows to ids.
#include "arr/upgradesearch.h"
#include "base/translations.h"
#include "simserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace arrscore;

namespace {

const QString kKey = QStringLiteral("UPGRADEKEY0123456789abcdef012345");

std::unique_ptr<SimServer> startSim(SimAppType type, int size, SimServerConfig config = {})
{
    SimLibraryConfig lib;
    lib.type = type;
    lib.version = type == SimAppType::Radarr ? QStringLiteral("5.14.0.9383") : QStringLiteral("4.0.9.2244");
    lib.movies = size;
    lib.series = size;
    lib.episodeFilesPerSeries = 4;
    config.apiKey = kKey;
    auto sim = std::make_unique<SimServer>(lib, config);
    if (!sim->start())
        qFatal("the simulator did not start");
    return sim;
}

InstanceTarget targetFor(const QUrl &url, InstanceType type, const QString &key = kKey)
{
    InstanceTarget target;
    target.name = QStringLiteral("main");
    target.type = type;
    target.client.baseUrl = url;
    target.client.apiKey = key;
    target.client.retry.baseDelayMs = 10;
    target.client.retry.maxAttempts = 3;
    return target;
}

struct Run
{
    bool ok = false;
    Error error;
    QList<int> commands;
    int accepted = 0;
    int requests = 0;
    QString summary;
};

Run search(const InstanceTarget &target, const QList<qint64> &ids, bool cancelAtOnce = false)
{
    QNetworkAccessManager nam;
    UpgradeSearch s(&nam);
    QSignalSpy finished(&s, &UpgradeSearch::finished);
    s.start(target, ids);
    if (cancelAtOnce)
        s.cancel();
    if (finished.isEmpty())
        finished.wait(30000);
    Run r;
    r.ok = s.succeeded();
    r.error = s.error();
    r.commands = s.commandIds();
    r.accepted = s.idsAccepted();
    r.requests = s.requestCount();
    r.summary = s.summary();
    if (finished.size() != 1)
        qWarning("finished() emitted %d times", int(finished.size()));
    return r;
}

QList<qint64> idsOf(const QJsonObject &command, const QString &key)
{
    QList<qint64> ids;
    for (const QJsonValue &v : command.value(QLatin1String("body")).toObject().value(key).toArray())
        ids.append(v.toInteger());
    return ids;
}

quint16 unusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class tst_UpgradeSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // English plural forms ("commands 1, 2, 3") come from the English translation, as in the apps.
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void batchesRadarr();
    void episodesSonarr();
    void nothingToSearch();
    void deadServer();
    void wrongKey();
    void noRetryAfterTheServerActed();
    void retryWhenRefused();
    void wrongAppType();
    void cancel();
    void itemsForRows();
};

void tst_UpgradeSearch::batchesRadarr()
{
    auto sim = startSim(SimAppType::Radarr, 250);
    QList<qint64> ids;
    for (const SimMovie &m : sim->library().movies())
        ids.prepend(m.id); // an order of our own, which must be kept
    QCOMPARE(ids.size(), 250);
    const Run r = search(targetFor(sim->baseUrl(), InstanceType::Radarr), ids + ids.mid(0, 7));
    QVERIFY2(r.ok, qPrintable(r.error.message));
    QCOMPARE(r.accepted, 250);
    QCOMPARE(r.requests, 3);
    const QList<QJsonObject> recorded = sim->commands();
    QCOMPARE(recorded.size(), 3);
    QList<qint64> posted;
    for (const QJsonObject &c : recorded) {
        QCOMPARE(c.value(QLatin1String("name")).toString(), QStringLiteral("MoviesSearch"));
        QVERIFY(idsOf(c, QStringLiteral("movieIds")).size() <= UpgradeSearch::kBatchSize);
        QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        posted += idsOf(c, QStringLiteral("movieIds"));
    }
    QCOMPARE(posted, ids); // each id once, in the given order
    QCOMPARE(idsOf(recorded.at(2), QStringLiteral("movieIds")).size(), 50);
    QList<int> serverIds;
    for (const QJsonObject &c : recorded)
        serverIds << c.value(QLatin1String("id")).toInt();
    QCOMPARE(r.commands, serverIds);
    QCOMPARE(r.summary, QStringLiteral("Asked Radarr \"main\" to search for 250 movies (commands %1, %2, %3).")
                            .arg(serverIds[0])
                            .arg(serverIds[1])
                            .arg(serverIds[2]));
}

void tst_UpgradeSearch::episodesSonarr()
{
    auto sim = startSim(SimAppType::Sonarr, 3);
    const SimSeries &series = sim->library().series().first();
    const QList<qint64> ids{series.episodes.at(1).id, series.episodes.at(0).id};
    const Run r = search(targetFor(sim->baseUrl(), InstanceType::Sonarr), ids);
    QVERIFY2(r.ok, qPrintable(r.error.message));
    QCOMPARE(sim->commands().size(), 1);
    QCOMPARE(sim->commands().first().value(QLatin1String("name")).toString(), QStringLiteral("EpisodeSearch"));
    QCOMPARE(idsOf(sim->commands().first(), QStringLiteral("episodeIds")), ids);
    QCOMPARE(r.summary,
             QStringLiteral("Asked Sonarr \"main\" to search for 2 episodes (command %1).").arg(r.commands.value(0)));
    QCOMPARE(UpgradeSearch::commandBody(InstanceType::Sonarr, {7}),
             QByteArrayLiteral("{\"episodeIds\":[7],\"name\":\"EpisodeSearch\"}"));
}

void tst_UpgradeSearch::nothingToSearch()
{
    auto sim = startSim(SimAppType::Radarr, 5);
    const Run r = search(targetFor(sim->baseUrl(), InstanceType::Radarr), {});
    QVERIFY(r.ok);
    QCOMPARE(r.requests, 0);
    QCOMPARE(sim->stats().total, 0);
    QCOMPARE(r.summary, QStringLiteral("Nothing to ask Radarr \"main\" to search for."));
}

void tst_UpgradeSearch::deadServer()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()));
    const Run r = search(targetFor(url, InstanceType::Radarr), {1, 2});
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind, ErrorKind::Network);
    QVERIFY2(r.error.message.startsWith(QLatin1String("Connection refused by 127.0.0.1:")),
             qPrintable(r.error.message));
    // A refused connection reached nobody: trying again is safe.
    QCOMPARE(r.requests, 3);
    QVERIFY2(
        r.summary.startsWith(QLatin1String("Could not ask Radarr \"main\" to search for 2 movies: Connection refused")),
        qPrintable(r.summary));
}

void tst_UpgradeSearch::wrongKey()
{
    auto sim = startSim(SimAppType::Radarr, 5);
    const QString wrong = QStringLiteral("WRONGKEY0123456789abcdef01234567");
    const Run r = search(targetFor(sim->baseUrl(), InstanceType::Radarr, wrong), {1});
    QCOMPARE(r.error.kind, ErrorKind::Auth);
    QVERIFY(r.error.message.contains(QLatin1String("API key was refused")));
    QVERIFY(!r.error.message.contains(wrong));
    QVERIFY(!r.summary.contains(wrong));
    QVERIFY(!r.summary.contains(kKey));
    QCOMPARE(r.requests, 1);
    QVERIFY(sim->commands().isEmpty());
}

void tst_UpgradeSearch::noRetryAfterTheServerActed()
{
    // The server queues the command, then the connection drops halfway through its answer.
    auto sim = startSim(SimAppType::Radarr, 5);
    SimFaultRule cut;
    cut.kind = SimFaultRule::Kind::Truncate;
    cut.path = QStringLiteral("command");
    sim->addFault(cut);
    Run r = search(targetFor(sim->baseUrl(), InstanceType::Radarr), {1, 2});
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind, ErrorKind::Network);
    QVERIFY2(r.error.message.contains(QLatin1String("was not sent again")), qPrintable(r.error.message));
    QCOMPARE(r.requests, 1);
    QCOMPARE(sim->commands().size(), 1); // queued once, not twice

    // A 502 or 504 from a proxy may come after the server acted: not repeated either.
    sim->clearFaults();
    sim->clearCommands();
    SimFaultRule gateway;
    gateway.kind = SimFaultRule::Kind::Error;
    gateway.status = 504;
    gateway.path = QStringLiteral("command");
    gateway.firstN = 1;
    sim->addFault(gateway);
    r = search(targetFor(sim->baseUrl(), InstanceType::Radarr), {1});
    QVERIFY(!r.ok);
    QCOMPARE(r.requests, 1);
}

void tst_UpgradeSearch::retryWhenRefused()
{
    // 503 while starting up and 429 are refusals before any work: retried, and queued exactly once.
    auto sim = startSim(SimAppType::Radarr, 5);
    sim->setStartup(1, 0);
    Run r = search(targetFor(sim->baseUrl(), InstanceType::Radarr), {1});
    QVERIFY2(r.ok, qPrintable(r.error.message));
    QCOMPARE(r.requests, 2);
    QCOMPARE(sim->stats().status(503), 1);
    QCOMPARE(sim->commands().size(), 1);

    sim->clearCommands();
    SimFaultRule limit;
    limit.kind = SimFaultRule::Kind::RateLimit;
    limit.retryAfterSeconds = 0;
    limit.path = QStringLiteral("command");
    limit.firstN = 1;
    sim->addFault(limit);
    r = search(targetFor(sim->baseUrl(), InstanceType::Radarr), {2});
    QVERIFY2(r.ok, qPrintable(r.error.message));
    QCOMPARE(r.requests, 2);
    QCOMPARE(sim->commands().size(), 1);
}

void tst_UpgradeSearch::wrongAppType()
{
    // A Sonarr configured as Radarr: the server does not know MoviesSearch (HTTP 500).
    auto sim = startSim(SimAppType::Sonarr, 2);
    const Run r = search(targetFor(sim->baseUrl(), InstanceType::Radarr), {1});
    QCOMPARE(r.error.kind, ErrorKind::Config);
    QVERIFY2(r.error.message.contains(QLatin1String("does not know the MoviesSearch command. Is it really a Radarr "
                                                    "server? Check the type of the instance \"main\"")),
             qPrintable(r.error.message));
    QCOMPARE(r.requests, 1);
}

void tst_UpgradeSearch::cancel()
{
    SimServerConfig slow;
    slow.latencyMs = 300;
    auto sim = startSim(SimAppType::Radarr, 5, slow);
    const Run r = search(targetFor(sim->baseUrl(), InstanceType::Radarr), {1, 2}, true);
    QCOMPARE(r.error.kind, ErrorKind::Cancelled);
    QCOMPARE(r.summary, QStringLiteral("Stopped asking Radarr \"main\" to search."));
    QTest::qWait(400);
    QVERIFY(sim->commands().isEmpty());
}

void tst_UpgradeSearch::itemsForRows()
{
    LibrarySnapshot movies;
    movies.instance.name = QStringLiteral("films");
    movies.instance.type = InstanceType::Radarr;
    for (qint64 movieId : {12, 5, 12}) { // two files of one movie: searched once
        MediaFile f;
        f.kind = MediaKind::Movie;
        f.fileId = movieId * 10 + movies.files.size();
        f.itemId = movieId;
        movies.files.append(f);
    }
    LibrarySnapshot shows;
    shows.instance.name = QStringLiteral("tv");
    shows.instance.type = InstanceType::Sonarr;
    MediaFile multi; // a two-episode file: both episodes
    multi.kind = MediaKind::Episode;
    multi.fileId = 900;
    multi.itemId = 3; // the series: never what is searched
    multi.episodeIds = {301, 302};
    MediaFile unlinked; // no episode ids known
    unlinked.kind = MediaKind::Episode;
    unlinked.fileId = 901;
    unlinked.itemId = 3;
    MediaFile single;
    single.kind = MediaKind::Episode;
    single.fileId = 902;
    single.itemId = 3;
    single.episodeIds = {290};
    shows.files = {multi, unlinked, single};

    const QList<FileRow> rows{FileRow::of(shows, shows.files[2]), FileRow::of(movies, movies.files[0]),
                              FileRow::of(shows, shows.files[0]), FileRow::of(movies, movies.files[1]),
                              FileRow::of(shows, shows.files[1]), FileRow::of(movies, movies.files[2])};
    const QList<SearchItems> items = UpgradeSearch::itemsFor(rows);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].instance, QStringLiteral("tv"));
    QCOMPARE(items[0].type, InstanceType::Sonarr);
    QCOMPARE(items[0].ids, (QList<qint64>{290, 301, 302}));
    QCOMPARE(items[0].files, 2);
    QCOMPARE(items[0].skipped, 1);
    QCOMPARE(items[1].instance, QStringLiteral("films"));
    QCOMPARE(items[1].type, InstanceType::Radarr);
    QCOMPARE(items[1].ids, (QList<qint64>{12, 5}));
    QCOMPARE(items[1].files, 3);
    QCOMPARE(items[1].skipped, 0);
    QVERIFY(UpgradeSearch::itemsFor({}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_UpgradeSearch)
#include "tst_upgradesearch.moc"
