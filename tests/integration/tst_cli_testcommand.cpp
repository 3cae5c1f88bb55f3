// The real arrscore binary's `test` command against simulators in this process: reachability, the key, the
// URL base, TLS (a self-signed certificate and its pinned fingerprint) and a server still starting up.
#include "clitestfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

class tst_CliTestCommand : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void testCommand();
    void testCommandFailures();
    void testCommandTls();
};

void tst_CliTestCommand::testCommand()
{
    auto radarr = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 30));
    auto sonarr = startSim(sonarrLibrary(QStringLiteral("4.0.9.2244"), 5, 4));
    m_cli->writeConfig(instanceYaml(QStringLiteral("movies"), *radarr)
                       + instanceYaml(QStringLiteral("shows"), *sonarr));

    CliResult r = m_cli->run({QStringLiteral("test")});
    CHECK_EXIT(r, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^movies: OK — Radarr 5\\.14\\.0\\.9383 at %1, \\d+ ms$")
                                    .arg(QRegularExpression::escape(radarr->baseUrl().toString())),
                                QRegularExpression::MultilineOption)
                 .match(r.out)
                 .hasMatch(),
             qPrintable(r.out));
    QVERIFY2(lineOf(r.out, QStringLiteral("shows")).startsWith(QStringLiteral("shows: OK — Sonarr 4.0.9.2244 at ")),
             qPrintable(r.out));
    QCOMPARE(detailsOf(r.out, QStringLiteral("movies")),
             QStringLiteral("strategy: /movie, then moviefile?movieFileIds= in batches of up to 200"));
    QCOMPARE(detailsOf(r.out, QStringLiteral("shows")),
             QStringLiteral("strategy: /series, then episodefile?seriesId= and episode?seriesId= per series"));
    // A test asks for the status only, never the library.
    QCOMPARE(radarr->stats().total, 1);
    QCOMPARE(radarr->stats().path(QStringLiteral("/api/v3/system/status")), 1);
    QCOMPARE(sonarr->stats().total, 1);

    r = m_cli->run({QStringLiteral("test"), QStringLiteral("shows")});
    CHECK_EXIT(r, 0);
    QVERIFY(lineOf(r.out, QStringLiteral("movies")).isEmpty());
    QVERIFY(!lineOf(r.out, QStringLiteral("shows")).isEmpty());
    QCOMPARE(radarr->stats().total, 1);
    QCOMPARE(sonarr->stats().total, 2);

    // A Sonarr configured as Radarr: reachable, but the type is wrong and the message says which to set.
    m_cli->writeConfig(instanceYaml(QStringLiteral("movies"), QStringLiteral("radarr"), sonarr->baseUrl().toString()));
    r = m_cli->run({QStringLiteral("test")});
    CHECK_EXIT(r, 1);
    QVERIFY2(lineOf(r.out, QStringLiteral("movies")).contains(QLatin1String("Set type: sonarr")), qPrintable(r.out));
}

void tst_CliTestCommand::testCommandFailures()
{
    const auto lib = radarrLibrary(QStringLiteral("5.14.0"), 30);
    auto good = startSim(lib);
    auto badKey = startSim(lib, {}, QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
    auto noBase = startSim(lib);
    SimServerConfig withBase;
    withBase.urlBase = QStringLiteral("/radarr");
    auto based = startSim(lib, withBase);
    SimServerConfig startingBriefly;
    startingBriefly.startupRequests = 2;
    auto startsFew = startSim(lib, startingBriefly);
    SimServerConfig startingLong;
    startingLong.startupRequests = 1000;
    auto startsMany = startSim(lib, startingLong);
    const quint16 closedPort = unusedPort();
    const QString basedRoot = QStringLiteral("http://127.0.0.1:%1").arg(based->port());

    m_cli->writeConfig(instanceYaml(QStringLiteral("good"), *good)
                       + instanceYaml(QStringLiteral("refused"), QStringLiteral("radarr"),
                                      QStringLiteral("http://127.0.0.1:%1").arg(closedPort))
                       + instanceYaml(QStringLiteral("nxdomain"), QStringLiteral("radarr"),
                                      QStringLiteral("http://nonexistent.invalid:7878"))
                       + instanceYaml(QStringLiteral("badkey"), *badKey)
                       + instanceYaml(QStringLiteral("extrabase"), QStringLiteral("radarr"),
                                      noBase->baseUrl().toString() + QStringLiteral("/radarr"))
                       + instanceYaml(QStringLiteral("missingbase"), QStringLiteral("radarr"), basedRoot)
                       + instanceYaml(QStringLiteral("startsfew"), *startsFew)
                       + instanceYaml(QStringLiteral("startsmany"), *startsMany));

    QElapsedTimer timer;
    timer.start();
    CliResult r = m_cli->run({QStringLiteral("test")});
    const qint64 elapsed = timer.elapsed();
    CHECK_EXIT(r, 3);
    QVERIFY2(lineOf(r.out, QStringLiteral("good")).startsWith(QStringLiteral("good: OK — Radarr 5.14.0")),
             qPrintable(r.out));
    QCOMPARE(lineOf(r.out, QStringLiteral("refused")),
             QStringLiteral("refused: FAILED (network) — Connection refused by 127.0.0.1:%1. Is the server running, "
                            "and is the port in the URL right?")
                 .arg(closedPort));
    QVERIFY2(lineOf(r.out, QStringLiteral("nxdomain"))
                 .startsWith(QStringLiteral("nxdomain: FAILED (network) — The host name "
                                            "\"nonexistent.invalid\" was not found. Check the URL")),
             qPrintable(r.out));
    QVERIFY2(
        lineOf(r.out, QStringLiteral("badkey")).contains(QStringLiteral("FAILED (auth) — The API key was refused by")),
        qPrintable(r.out));
    QVERIFY(lineOf(r.out, QStringLiteral("badkey")).contains(QLatin1String("(HTTP 401)")));
    const QString html = lineOf(r.out, QStringLiteral("extrabase"));
    QVERIFY2(html.contains(QLatin1String("FAILED (not-found)")) && html.contains(QLatin1String("web page"))
                 && html.contains(QLatin1String("URL base")),
             qPrintable(html));
    QVERIFY2(lineOf(r.out, QStringLiteral("missingbase")).startsWith(QStringLiteral("missingbase: OK — Radarr")),
             qPrintable(r.out));
    const QString note = detailsOf(r.out, QStringLiteral("missingbase"));
    QVERIFY2(note.contains(
                 QStringLiteral("note: The server redirected %1 to %1/radarr: the URL base is missing").arg(basedRoot)),
             qPrintable(note));
    QCOMPARE(based->stats().status(307), 1);
    QCOMPARE(based->stats().status(200), 1);
    QVERIFY2(lineOf(r.out, QStringLiteral("startsfew")).startsWith(QLatin1String("startsfew: OK")), qPrintable(r.out));
    QCOMPARE(startsFew->stats().status(503), 2);
    QCOMPARE(startsFew->stats().total, 3);
    // A test waits for a server starting up only a few seconds (a sync waits 90 s), asking it again and
    // again meanwhile, and says to try again later.
    const QString starting = lineOf(r.out, QStringLiteral("startsmany"));
    QVERIFY2(starting.contains(QStringLiteral("FAILED (server) — %1 is still starting up (HTTP 503). Try again in a "
                                              "minute. It was still unavailable after ")
                                   .arg(startsMany->baseUrl().toString())),
             qPrintable(starting));
    QVERIFY2(startsMany->stats().total > 5, qPrintable(QString::number(startsMany->stats().total)));
    QCOMPARE(startsMany->stats().status(503), startsMany->stats().total);
    QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));

    r = m_cli->run({QStringLiteral("test"), QStringLiteral("refused"), QStringLiteral("badkey")});
    CHECK_EXIT(r, 1);
    r = m_cli->run({QStringLiteral("test"), QStringLiteral("good"), QStringLiteral("missingbase")});
    CHECK_EXIT(r, 0);

    // A sync through the redirect works and warns once about the missing base.
    r = m_cli->run({QStringLiteral("sync"), QStringLiteral("missingbase")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.err.contains(QLatin1String("missingbase: warning: The server redirected")), qPrintable(r.err));
    QCOMPARE(snapshotCount(m_cli->home.databasePath(), QStringLiteral("missingbase")), 1);
}

void tst_CliTestCommand::testCommandTls()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("no openssl CLI to make a certificate");
    const QString cert = m_cli->home.file(QStringLiteral("cert.pem"));
    const QString key = m_cli->home.file(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(cert);
    QCOMPARE(certs.size(), 1);
    const QString expectedPin =
        QStringLiteral("sha256:")
        + QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());

    SimServerConfig tls;
    tls.tlsCertFile = cert;
    tls.tlsKeyFile = key;
    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0"), 10), tls);
    QCOMPARE(sim->baseUrl().scheme(), QStringLiteral("https"));

    m_cli->writeConfig(instanceYaml(QStringLiteral("secure"), *sim));
    CliResult r = m_cli->run({QStringLiteral("test")});
    CHECK_EXIT(r, 1);
    const QString line = lineOf(r.out, QStringLiteral("secure"));
    QVERIFY2(line.contains(QLatin1String("FAILED (tls)")) && line.contains(QLatin1String("is not trusted")),
             qPrintable(line));
    const QRegularExpressionMatch pin =
        QRegularExpression(QStringLiteral("tls_fingerprint: \"(sha256:[0-9A-F:]+)\"")).match(line);
    QVERIFY2(pin.hasMatch(), qPrintable(line));
    QCOMPARE(pin.captured(1), expectedPin);

    m_cli->writeConfig(
        instanceYaml(QStringLiteral("secure"), *sim, {QStringLiteral("tls_fingerprint: \"%1\"").arg(pin.captured(1))}));
    r = m_cli->run({QStringLiteral("test")});
    CHECK_EXIT(r, 0);
    r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    QCOMPARE(snapshotCount(m_cli->home.databasePath(), QStringLiteral("secure")), 1);

    QString wrong = QStringLiteral("sha256:") + QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
    m_cli->writeConfig(
        instanceYaml(QStringLiteral("secure"), *sim, {QStringLiteral("tls_fingerprint: \"%1\"").arg(wrong)}));
    r = m_cli->run({QStringLiteral("test")});
    CHECK_EXIT(r, 1);
    QVERIFY2(
        lineOf(r.out, QStringLiteral("secure"))
            .contains(QStringLiteral("its fingerprint %1 does not match the pinned tls_fingerprint").arg(expectedPin)),
        qPrintable(r.out));
}

QTEST_GUILESS_MAIN(tst_CliTestCommand)
#include "tst_cli_testcommand.moc"
