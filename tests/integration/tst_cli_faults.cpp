// The real arrscore binary against simulators that misbehave (HTTP errors, rate limits, resets, cut and
// malformed bodies, web pages, slowness, a server failing everything), bad configurations, a
// configuration from the environment alone, and the API key never showing anywhere.
#include "clitestfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

SimFaultRule fault(const QString &spec)
{
    QString error;
    const std::optional<SimFaultRule> rule = SimFaultRule::parse(spec, &error);
    if (!rule)
        qFatal("bad fault %s: %s", qPrintable(spec), qPrintable(error));
    return *rule;
}

SimServerConfig withFaults(const QStringList &specs)
{
    SimServerConfig config;
    for (const QString &spec : specs)
        config.faults << fault(spec);
    return config;
}

} // namespace

class tst_CliFaults : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void serverErrorFailsOneInstance();
    void transientFaultsAreRetried_data();
    void transientFaultsAreRetried();
    void failingFaults_data();
    void failingFaults();
    void malformedJsonKeepsPreviousSnapshot();
    void circuitBreakerBoundsRequests();
    void badConfig_data();
    void badConfig();
    void unknownKeyWarns();
    void missingConfigFile();
    void environmentOnlyConfig();
    void secretsNeverLeak();
};

void tst_CliFaults::serverErrorFailsOneInstance()
{
    // 300 movies: two batches, which answer 500 however often they are asked (a GET is asked again on a 500,
    // which the servers also answer for a passing "database is locked").
    auto radarr = startSim(radarrLibrary(QStringLiteral("5.14.0"), 300),
                           withFaults({QStringLiteral("error:status=500,path=/api/v3/moviefile")}));
    auto sonarr = startSim(sonarrLibrary(QStringLiteral("4.0.9"), 5, 3));
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), *radarr)
                       + instanceYaml(QStringLiteral("sonarr"), *sonarr));
    const QString db = m_cli->home.databasePath();

    CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 3);
    QVERIFY2(r.err.contains(
                 QStringLiteral("radarr: failed (server): %1 answered with HTTP 500: Simulated server error. This is a "
                                "problem on the server")
                     .arg(radarr->baseUrl().toString())),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("sonarr: %1 files in ").arg(sonarr->library().episodeFileCount())),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Synced 1 of 2 instances")), qPrintable(r.err));
    // Each batch is asked five times at most; both were let through before either failed, and the breaker
    // gates only new requests.
    QVERIFY2(radarr->stats().status(500) >= 5, qPrintable(QString::number(radarr->stats().status(500))));
    QVERIFY2(radarr->stats().path(QStringLiteral("/api/v3/moviefile")) <= 10,
             qPrintable(QString::number(radarr->stats().path(QStringLiteral("/api/v3/moviefile")))));

    // Nothing of radarr is stored: no snapshot, no file rows; sonarr's is.
    QCOMPARE(snapshotCount(db, QStringLiteral("radarr")), 0);
    QCOMPARE(snapshotCount(db, QStringLiteral("sonarr")), 1);
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT COUNT(*) FROM file_versions f JOIN instances i ON i.id = "
                                         "f.instance_id WHERE i.name = 'radarr'")),
             0);
    r = m_cli->run({QStringLiteral("export")});
    CHECK_EXIT(r, 0);
    QCOMPARE(jsonOf(r).value(QLatin1String("instances")).toArray().size(), 1);
    QCOMPARE(filesById(jsonOf(r), QStringLiteral("radarr")).size(), 0);
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--instance"), QStringLiteral("radarr")});
    CHECK_EXIT(r, 2);

    // -q keeps the failure, drops the rest.
    radarr->resetStats(); // the 500 fires again
    r = m_cli->run({QStringLiteral("-q"), QStringLiteral("sync")});
    CHECK_EXIT(r, 3);
    QVERIFY2(r.err.contains(QLatin1String("radarr: failed (server): ")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("sonarr")) && !r.err.contains(QLatin1String("Synced")), qPrintable(r.err));
    QCOMPARE(snapshotCount(db, QStringLiteral("sonarr")), 2);

    // Once the server is fixed, the same instance syncs.
    radarr->clearFaults();
    r = m_cli->run({QStringLiteral("sync"), QStringLiteral("radarr")});
    CHECK_EXIT(r, 0);
    QCOMPARE(snapshotCount(db, QStringLiteral("radarr")), 1);
    QCOMPARE(snapshotCount(db, QStringLiteral("sonarr")), 2);
}

void tst_CliFaults::transientFaultsAreRetried_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("minimumMs");

    QTest::newRow("503 twice") << QStringLiteral("error:status=503,first=2,path=/api/v3/movie") << 503 << 2 << 0;
    QTest::newRow("502 proxy page once") << QStringLiteral("error:status=502,first=1,path=/api/v3/movie") << 502 << 1
                                         << 0;
    QTest::newRow("429 Retry-After 1") << QStringLiteral("ratelimit:retryAfter=1,first=1,path=/api/v3/movie") << 429
                                       << 1 << 950;
}

void tst_CliFaults::transientFaultsAreRetried()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(int, times);
    QFETCH(int, minimumMs);

    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0"), 30), withFaults({fault}));
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), *sim));
    QElapsedTimer timer;
    timer.start();
    const CliResult r = m_cli->run({QStringLiteral("sync")});
    const qint64 ms = timer.elapsed();
    CHECK_EXIT(r, 0);
    QCOMPARE(sim->stats().status(status), times);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/movie")), times + 1);
    QVERIFY2(ms >= minimumMs, qPrintable(QString::number(ms)));
    QCOMPARE(snapshotCount(m_cli->home.databasePath(), QStringLiteral("radarr")), 1);
    // The summary counts every request sent, retries included.
    QVERIFY2(r.err.contains(QStringLiteral("%1 requests").arg(sim->stats().total)), qPrintable(r.err));
}

void tst_CliFaults::failingFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("attempts");

    const QString movie = QStringLiteral("/api/v3/movie");
    const QString files = QStringLiteral("/api/v3/moviefile");
    QTest::newRow("reset every time") << QStringLiteral("reset:path=moviefile") << QStringList()
                                      << QStringLiteral("network") << QStringLiteral("closed the connection") << files
                                      << 5;
    QTest::newRow("truncated body") << QStringLiteral("truncate:path=/api/v3/movie") << QStringList()
                                    << QStringLiteral("network")
                                    << QStringLiteral("closed the connection before the whole answer arrived") << movie
                                    << 5;
    QTest::newRow("web page") << QStringLiteral("html:path=moviefile") << QStringList() << QStringLiteral("not-found")
                              << QStringLiteral("answered with a web page instead of the API") << files << 1;
    QTest::newRow("slower than timeout") << QStringLiteral("slow:delayMs=1600,path=/api/v3/movie")
                                         << QStringList{QStringLiteral("timeout: 1")} << QStringLiteral("network")
                                         << QStringLiteral("did not finish answering within 1 second") << movie << 5;
}

void tst_CliFaults::failingFaults()
{
    QFETCH(QString, fault);
    QFETCH(QStringList, settings);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QFETCH(QString, path);
    QFETCH(int, attempts);

    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0"), 30), withFaults({fault}));
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), *sim, settings));
    const CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("radarr: failed (%1): ").arg(kind)), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Synced 0 of 1 instance:")), qPrintable(r.err));
    // The client's own count: status, profiles and formats once, and when the movie list came through, the list
    // and the history's first page (read once the list is in); then every attempt at the faulty call.
    const int before = path == QLatin1String("/api/v3/movie") ? 3 : 5;
    QVERIFY2(r.err.contains(QStringLiteral(", %1 requests, ").arg(before + attempts)), qPrintable(diagnostics(r)));
    // The server saw at least as many (Qt resends a request once on a connection reset under it); a slow
    // answer whose client already left is never counted.
    if (!fault.startsWith(QLatin1String("slow")))
        QVERIFY2(sim->stats().path(path) >= attempts, qPrintable(QString::number(sim->stats().path(path))));
    QCOMPARE(snapshotCount(m_cli->home.databasePath(), QStringLiteral("radarr")), 0);
}

void tst_CliFaults::malformedJsonKeepsPreviousSnapshot()
{
    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0"), 40));
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), *sim));
    const QString db = m_cli->home.databasePath();
    CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    r = m_cli->run({QStringLiteral("export")});
    CHECK_EXIT(r, 0);
    const QJsonValue before = jsonOf(r).value(QLatin1String("files"));
    QCOMPARE(before.toArray().size(), sim->library().movieFileCount());

    // The server's scores change, but its /movie answer is broken: nothing of the new state may land.
    const SimProfile &profile = sim->library().profiles().first();
    QVERIFY(sim->library().setFormatScore(profile.id, 1, profile.formatScores.value(1) + 500));
    sim->addFault(fault(QStringLiteral("malformed:path=/api/v3/movie")));
    r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("radarr: failed (parse): The answer to /api/v3/movie ")), qPrintable(r.err));
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/moviefile")), 1); // only the first, good sync's batch
    QCOMPARE(totalSnapshots(db), 1);
    r = m_cli->run({QStringLiteral("export")});
    CHECK_EXIT(r, 0);
    QCOMPARE(jsonOf(r).value(QLatin1String("files")), before);
}

void tst_CliFaults::circuitBreakerBoundsRequests()
{
    // Status, profiles, formats and the series list work; every per-series call answers 503 (as nginx's
    // limit_req does): each of the sync's calls must not wait out the 90 s start-up window on its own.
    const int series = 20;
    auto sim = startSim(sonarrLibrary(QStringLiteral("4.0.9"), series, 2),
                        withFaults({QStringLiteral("error:status=503,path=/api/v3/episode")}));
    m_cli->writeConfig(instanceYaml(QStringLiteral("sonarr"), *sim));
    QElapsedTimer timer;
    timer.start();
    const CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("sonarr: failed (server): ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(
                 QRegularExpression(QStringLiteral("Stopped after \\d+ failed requests in a row to 127\\.0\\.0\\.1:"))),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("HTTP 503: Simulated server error.")), qPrintable(r.err));
    // Without a breaker this would be series × 2 calls × 5 attempts = 200 requests, or a thousand while
    // every call waits for the server to start.
    const int failing = sim->stats().status(503);
    QVERIFY2(failing <= 24, qPrintable(QString::number(failing)));
    QVERIFY2(sim->stats().total < series * 2 * 5 / 4, qPrintable(QString::number(sim->stats().total)));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(snapshotCount(m_cli->home.databasePath(), QStringLiteral("sonarr")), 0);
}

void tst_CliFaults::badConfig_data()
{
    QTest::addColumn<QString>("yaml"); // the lines after "database: …" (line 1)
    QTest::addColumn<int>("line");     // in `yaml`; the file has the database line before it
    QTest::addColumn<QString>("message");

    const QString head = QStringLiteral("instances:\n  - name: radarr\n    type: radarr\n");
    const QString key = QStringLiteral("    api_key: %1\n").arg(secretKey());
    QTest::newRow("YAML syntax") << head + QStringLiteral("    url: [http://localhost:7878\n") + key << 5
                                 << QStringLiteral("invalid YAML");
    QTest::newRow("unknown type") << QStringLiteral("instances:\n  - name: radarr\n    type: lidarr\n"
                                                    "    url: http://localhost:7878\n")
                                         + key
                                  << 3
                                  << QStringLiteral(
                                         "instances[0].type: expected \"radarr\" or \"sonarr\", got \"lidarr\"");
    QTest::newRow("duplicate names") << head + QStringLiteral("    url: http://localhost:7878\n") + key
                                            + QStringLiteral("  - name: radarr\n    type: radarr\n"
                                                             "    url: http://localhost:7879\n")
                                            + key
                                     << 6 << QStringLiteral("instances[1].name: \"radarr\" is already used by");
    QTest::newRow("missing key") << head + QStringLiteral("    url: http://localhost:7878\n") << 2
                                 << QStringLiteral("instances[0]: missing \"api_key\"");
    QTest::newRow("unset api_key_env") << head
                                              + QStringLiteral("    url: http://localhost:7878\n"
                                                               "    api_key_env: ARRSCORE_TEST_UNSET_VARIABLE\n")
                                       << 5
                                       << QStringLiteral(
                                              "the environment variable ARRSCORE_TEST_UNSET_VARIABLE is not set");
    QTest::newRow("bad url") << head + QStringLiteral("    url: localhost:7878\n") + key << 4
                             << QStringLiteral("instances[0].url");
    QTest::newRow("timeout out of range")
        << head + QStringLiteral("    url: http://localhost:7878\n    timeout: 0\n") + key << 5
        << QStringLiteral("expected a whole number from 1 to 3600, got \"0\"");
    QTest::newRow("key pasted as timeout")
        << head + QStringLiteral("    url: http://localhost:7878\n    timeout: %1\n").arg(secretKey()) + key << 5
        << QStringLiteral("expected a whole number from 1 to 3600, got \"SECR");
}

void tst_CliFaults::badConfig()
{
    QFETCH(QString, yaml);
    QFETCH(int, line);
    QFETCH(QString, message);

    m_cli->home.writeConfig(QStringLiteral("database: %1\n").arg(m_cli->home.databasePath()) + yaml);
    const QString where = QStringLiteral("%1:%2: ").arg(m_cli->home.configPath()).arg(line + 1);
    for (const QString &command :
         {QStringLiteral("sync"), QStringLiteral("test"), QStringLiteral("instances"), QStringLiteral("export")}) {
        const CliResult r = m_cli->run({command});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.startsWith(where), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QVERIFY(!QFile::exists(m_cli->home.databasePath()));
}

void tst_CliFaults::unknownKeyWarns()
{
    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0"), 10));
    m_cli->home.writeConfig(QStringLiteral("database: %1\ninstances:\n").arg(m_cli->home.databasePath())
                            + instanceYaml(QStringLiteral("radarr"), *sim, {QStringLiteral("tiemout: 5")}));
    const QString warning = QStringLiteral("warning: %1:7: unknown key \"tiemout\" ignored (did you mean \"timeout\"?)")
                                .arg(m_cli->home.configPath());
    CliResult r = m_cli->run({QStringLiteral("instances")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.err.contains(warning), qPrintable(r.err));
    r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.err.contains(warning), qPrintable(r.err));
    QCOMPARE(snapshotCount(m_cli->home.databasePath(), QStringLiteral("radarr")), 1);
}

void tst_CliFaults::missingConfigFile()
{
    const QString missing = m_cli->home.file(QStringLiteral("nowhere/arrscore.yaml"));
    CliResult r = m_cli->run({QStringLiteral("--config"), missing, QStringLiteral("sync")});
    CHECK_EXIT(r, 2);
    QVERIFY2(
        r.err.contains(QStringLiteral("the configuration file %1 (given by --config) does not exist").arg(missing)),
        qPrintable(r.err));
    // TestHome names arrscore.yaml in ARRSCORE_CONFIG but nothing wrote it yet.
    r = m_cli->run({QStringLiteral("instances")});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("(named by ARRSCORE_CONFIG) does not exist")), qPrintable(r.err));
    // A file whose only instance is disabled: nothing to sync is a configuration error too.
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), QStringLiteral("radarr"),
                                    QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()),
                                    {QStringLiteral("enabled: false")}));
    r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(QStringLiteral("%1 configures no enabled instance").arg(m_cli->home.configPath())),
             qPrintable(r.err));
    r = m_cli->run({QStringLiteral("instances")});
    CHECK_EXIT(r, 0);
    QVERIFY(r.out.contains(QLatin1String("    disabled\n")));
}

void tst_CliFaults::environmentOnlyConfig()
{
    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0"), 20));
    QVERIFY(QDir(m_cli->home.path()).mkpath(QStringLiteral("empty")));
    const QString emptyDir = m_cli->home.file(QStringLiteral("empty"));
    QProcessEnvironment env = m_cli->home.environment();
    env.remove(QStringLiteral("ARRSCORE_CONFIG"));

    // Only a URL: a warning, and no instance.
    env.insert(QStringLiteral("RADARR_URL"), sim->baseUrl().toString());
    CliResult r = m_cli->run({QStringLiteral("sync")}, env, emptyDir);
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("RADARR_URL is set but RADARR_API_KEY is not")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("No instance is configured")), qPrintable(r.err));

    env.insert(QStringLiteral("RADARR_API_KEY"), secretKey());
    r = m_cli->run({QStringLiteral("sync")}, env, emptyDir);
    CHECK_EXIT(r, 0);
    QVERIFY2(r.err.contains(QStringLiteral("radarr: %1 files").arg(sim->library().movieFileCount())),
             qPrintable(r.err));
    const QString db = m_cli->home.file(QStringLiteral("data/arrscore/arrscore.db"));
    QCOMPARE(snapshotCount(db, QStringLiteral("radarr")), 1);
    QVERIFY(QDir(emptyDir).isEmpty()); // nothing lands in the working directory

    r = m_cli->run({QStringLiteral("instances")}, env, emptyDir);
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("defined in: environment (RADARR_URL)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("database: %1").arg(db)), qPrintable(r.out));
    r = m_cli->run({QStringLiteral("export")}, env, emptyDir);
    CHECK_EXIT(r, 0);
    QCOMPARE(jsonOf(r).value(QLatin1String("files")).toArray().size(), sim->library().movieFileCount());
}

void tst_CliFaults::secretsNeverLeak()
{
    // Every run below goes through m_cli, so cleanup() also checks each one's stdout and stderr.
    auto good = startSim(radarrLibrary(QStringLiteral("5.14.0"), 30));
    auto otherKey =
        startSim(radarrLibrary(QStringLiteral("5.14.0"), 5), {}, QStringLiteral("anotherkey0123456789abcdef012345"));
    auto broken = startSim(sonarrLibrary(QStringLiteral("4.0.9"), 3, 2),
                           withFaults({QStringLiteral("malformed:path=/api/v3/episodefile")}));
    auto legacy = startSim(radarrLibrary(QStringLiteral("4.7.4"), 5));
    m_cli->writeConfig(instanceYaml(QStringLiteral("good"), *good) + instanceYaml(QStringLiteral("wrongkey"), *otherKey)
                       + instanceYaml(QStringLiteral("broken"), *broken)
                       + instanceYaml(QStringLiteral("legacy"), *legacy));

    QList<CliResult> runs;
    for (const QStringList &args : QList<QStringList>{
             {QStringLiteral("-vv"), QStringLiteral("test")},
             {QStringLiteral("-vv"), QStringLiteral("sync")},
             {QStringLiteral("-v"), QStringLiteral("sync")},
             {QStringLiteral("sync")},
             {QStringLiteral("-vv"), QStringLiteral("instances")},
             {QStringLiteral("-vv"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")},
             {QStringLiteral("-vv"), QStringLiteral("export"), QStringLiteral("--output"),
              m_cli->home.file(QStringLiteral("all.json"))}}) {
        runs << m_cli->run(args);
    }
    CHECK_EXIT(runs[0], 3);
    QVERIFY2(runs[0].out.contains(QLatin1String("wrongkey: FAILED (auth)")), qPrintable(runs[0].out));
    CHECK_EXIT(runs[1], 3);
    // -vv really logs every request (so the check below means something), with the key in a header only.
    QVERIFY2(runs[1].err.contains(QStringLiteral("%1/api/v3/moviefile?movieFileIds=").arg(good->baseUrl().toString())),
             qPrintable(runs[1].err.left(3000)));
    QVERIFY2(runs[1].err.contains(QLatin1String("broken: failed (parse)")), qPrintable(runs[1].err));
    CHECK_EXIT(runs[4], 0);
    QVERIFY(runs[4].out.contains(QStringLiteral("api key: SECR") + QChar(0x2026) + QStringLiteral("3456")));
    CHECK_EXIT(runs[5], 0);
    CHECK_EXIT(runs[6], 0);
    for (const CliResult &r : std::as_const(runs)) {
        QVERIFY2(!r.all().contains(secretKey()), qPrintable(diagnostics(r)));
        QVERIFY(!r.all().contains(QLatin1String("apikey=")));
    }

    // TLS failures and configuration errors, verbose.
    if (!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        const QString cert = m_cli->home.file(QStringLiteral("cert.pem"));
        const QString key = m_cli->home.file(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        SimServerConfig tls;
        tls.tlsCertFile = cert;
        tls.tlsKeyFile = key;
        auto secure = startSim(radarrLibrary(QStringLiteral("5.14.0"), 5), tls);
        m_cli->writeConfig(instanceYaml(QStringLiteral("secure"), *secure));
        const CliResult r = m_cli->run({QStringLiteral("-vv"), QStringLiteral("sync")});
        CHECK_EXIT(r, 1);
        QVERIFY2(r.err.contains(QLatin1String("secure: failed (tls)")), qPrintable(r.err));
    }
    // A key that landed on a broken line, an unknown key holding a key, and a key in an unknown section.
    for (const QString &yaml :
         {QStringLiteral("instances:\n  - name: radarr\n    type: radarr\n    url: http://localhost:7878\n"
                         "    api_key: \"%1\n")
              .arg(secretKey()),
          QStringLiteral("instances:\n  - name: radarr\n    type: radarr\n    url: http://localhost:7878\n"
                         "    api_key: %1\n    apikey: %1\n    timeout: [%1]\n")
              .arg(secretKey()),
          QStringLiteral("instances:\n  - name: radarr\n    type: radarr\n    url: http://localhost:7878\n"
                         "    api_key: %1 %1\n")
              .arg(secretKey()),
          QStringLiteral("instances:\n  - name: radarr\n    type: radarr\n    url: http://%1@localhost:7878\n"
                         "    api_key: %1\n")
              .arg(secretKey())}) {
        m_cli->home.writeConfig(yaml);
        const CliResult r = m_cli->run({QStringLiteral("-vv"), QStringLiteral("instances")});
        QVERIFY2(r.exitCode == 2 || r.exitCode == 0, qPrintable(diagnostics(r)));
        QVERIFY2(!r.all().contains(secretKey()), qPrintable(diagnostics(r)));
    }

    // Not in the database file or its journal either.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(m_cli->home.databasePath() + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(secretKey().toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY(QFile::exists(m_cli->home.databasePath()));
}

QTEST_GUILESS_MAIN(tst_CliFaults)
#include "tst_cli_faults.moc"
