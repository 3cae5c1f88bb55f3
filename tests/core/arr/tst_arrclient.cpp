#include "arr/arrclient.h"
#include "simserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace arrscore;

namespace {

const QString kKey = QStringLiteral("CLIENTKEY0123456789abcdef01234567");

SimServerConfig simConfig()
{
    SimServerConfig config;
    config.apiKey = kKey;
    return config;
}

SimLibraryConfig smallRadarr()
{
    SimLibraryConfig lib;
    lib.movies = 20;
    return lib;
}

ClientSettings settingsFor(const QUrl &url, const QString &key = kKey)
{
    ClientSettings s;
    s.baseUrl = url;
    s.apiKey = key;
    s.timeoutMs = 5000;
    s.retry.baseDelayMs = 10;
    s.retry.maxDelayMs = 50;
    return s;
}

// Runs one GET and waits for its callback.
Result<QByteArray> fetch(ArrClient &client, const QString &path = QStringLiteral("api/v3/system/status"))
{
    std::optional<Result<QByteArray>> result;
    client.get(path, {}, [&](Result<QByteArray> r) { result = std::move(r); });
    QDeadlineTimer deadline(30000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(5);
    return result.value_or(Error{ErrorKind::None, QStringLiteral("no callback")});
}

// A self-signed certificate for 127.0.0.1 and its key, as PEM files; false without openssl.
bool makeCertificate(const QString &cert, const QString &key)
{
    return QProcess::execute(QStringLiteral("openssl"),
                             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                              QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                              QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                              QStringLiteral("subjectAltName=IP:127.0.0.1")})
           == 0;
}

// A raw HTTP listener for what the simulator does not do: trickling, absurd headers, redirects elsewhere.
// Each request is answered by `respond` once its head has arrived.
class RawServer : public QTcpServer
{
public:
    using Responder = std::function<void(QTcpSocket *)>;
    explicit RawServer(Responder respond) : m_respond(std::move(respond))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto head = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head] {
                    *head += socket->readAll();
                    if (head->contains("\r\n\r\n")) {
                        ++requests;
                        head->clear();
                        m_respond(socket);
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int requests = 0;

private:
    Responder m_respond;
};

// The SHA-256 of the certificate startTlsSim() wrote to home, as tls_fingerprint pins it (empty if unreadable).
QByteArray certificateDigest(const test::TestHome &home)
{
    QFile pem(home.file(QStringLiteral("cert.pem")));
    return pem.open(QIODevice::ReadOnly) ? QSslCertificate(pem.readAll()).digest(QCryptographicHash::Sha256)
                                         : QByteArray();
}

// The simulator serving https with a fresh self-signed certificate (written to home as cert.pem), or
// nullptr when there is no openssl to make one.
std::unique_ptr<SimServer> startTlsSim(const test::TestHome &home)
{
    const QString cert = home.file(QStringLiteral("cert.pem"));
    const QString key = home.file(QStringLiteral("key.pem"));
    if (!makeCertificate(cert, key))
        return nullptr;
    SimServerConfig config = simConfig();
    config.tlsCertFile = cert;
    config.tlsKeyFile = key;
    auto sim = std::make_unique<SimServer>(smallRadarr(), config);
    if (!sim->start() || sim->baseUrl().scheme() != QLatin1String("https"))
        return nullptr;
    return sim;
}

} // namespace

// ArrClient against the simulator on 127.0.0.1: success, each failure class, retries and their limits.
class tst_ArrClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyGoesInTheHeader()
    {
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(sim.baseUrl()));
        Result<QByteArray> r = fetch(client);
        QVERIFY2(r, qPrintable(r.error().message));
        QVERIFY(r.value().contains("\"appName\""));
        QVERIFY(!client.urlFor(QStringLiteral("api/v3/movie")).toString().contains(kKey));
        QCOMPARE(client.requestsSent(), 1);
    }

    void wrongKeyIsAnAuthError()
    {
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(sim.baseUrl(), QStringLiteral("WRONGKEY999")));
        Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Auth);
        QVERIFY(r.error().message.contains(QLatin1String("401")));
        QVERIFY(!r.error().message.contains(QLatin1String("WRONGKEY999")));
        QCOMPARE(client.requestsSent(), 1); // a refused key is not retried
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        s.retry.maxAttempts = 2;
        ArrClient client(&nam, s);
        Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QVERIFY2(r.error().message.contains(QLatin1String("refused")), qPrintable(r.error().message));
        QCOMPARE(client.requestsSent(), 2); // network errors are retried
    }

    void hostNotFound()
    {
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(QUrl(QStringLiteral("http://nonexistent.invalid:7878"))));
        Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QVERIFY2(r.error().message.contains(QLatin1String("not found")), qPrintable(r.error().message));
        QCOMPARE(client.requestsSent(), 1); // a wrong name does not fix itself
    }

    void htmlPageMeansWrongUrlBase()
    {
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        QUrl url = sim.baseUrl();
        url.setPath(QStringLiteral("/radarr"));
        ArrClient client(&nam, settingsFor(url));
        Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        QVERIFY2(r.error().message.contains(QLatin1String("URL base")), qPrintable(r.error().message));
    }

    void missingUrlBaseRedirectIsFollowedAndReported()
    {
        SimServerConfig config = simConfig();
        config.urlBase = QStringLiteral("/radarr");
        SimServer sim(smallRadarr(), config);
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        QUrl url = sim.baseUrl();
        url.setPath(QString());
        ArrClient client(&nam, settingsFor(url));
        Result<QByteArray> r = fetch(client);
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(client.baseUrl().path(), QStringLiteral("/radarr"));
        QCOMPARE(client.notices().size(), 1);
        QVERIFY(client.notices().first().contains(QLatin1String("/radarr")));
        // Later requests go straight to the right base: one request each.
        const int before = client.requestsSent();
        QVERIFY(fetch(client, QStringLiteral("api/v3/qualityprofile")));
        QCOMPARE(client.requestsSent(), before + 1);
    }

    void startingUpIsRetried()
    {
        SimServerConfig config = simConfig();
        config.startupRequests = 2;
        SimServer sim(smallRadarr(), config);
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(sim.baseUrl()));
        QVERIFY(fetch(client));
        QCOMPARE(client.requestsSent(), 3);
        QCOMPARE(client.retries(), 2);
    }

    void startingUpTooLongSaysSo()
    {
        SimServerConfig config = simConfig();
        config.startupRequests = 100;
        SimServer sim(smallRadarr(), config);
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        s.retry.maxAttempts = 3;
        s.retry.unavailableBudgetMs = 300; // past the attempts, a 503 is waited for this long
        ArrClient client(&nam, s);
        Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Server);
        QVERIFY2(r.error().message.contains(QLatin1String("starting up"))
                     && r.error().message.contains(QLatin1String("still unavailable after")),
                 qPrintable(r.error().message));
        QVERIFY(sim.stats().total >= 3);
    }

    void rateLimitHonoursRetryAfter()
    {
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        sim.addFault(*SimFaultRule::parse(QStringLiteral("ratelimit:retryAfter=1,first=1")));
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(sim.baseUrl()));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(fetch(client));
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(client.requestsSent(), 2);
    }

    void otherClientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(ErrorKind::Server);
        QTest::newRow("404") << 404 << int(ErrorKind::NotFound);
        QTest::newRow("501") << 501 << int(ErrorKind::Server);
    }
    void otherClientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        sim.addFault(*SimFaultRule::parse(QStringLiteral("error:status=%1").arg(status)));
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(sim.baseUrl()));
        Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(sim.stats().total, 1);
    }

    void badGatewayIsRetriedThenReported()
    {
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        sim.addFault(*SimFaultRule::parse(QStringLiteral("error:status=502")));
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        s.retry.maxAttempts = 4;
        ArrClient client(&nam, s);
        Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Server);
        QVERIFY(r.error().message.contains(QLatin1String("502")));
        QCOMPARE(sim.stats().total, 4);
    }

    void resetsAndTruncatedBodiesAreNetworkErrors_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("reset") << QStringLiteral("reset");
        QTest::newRow("truncate") << QStringLiteral("truncate");
    }
    void resetsAndTruncatedBodiesAreNetworkErrors()
    {
        QFETCH(QString, fault);
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        sim.addFault(*SimFaultRule::parse(fault));
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        s.retry.maxAttempts = 2;
        ArrClient client(&nam, s);
        Result<QByteArray> r = fetch(client, QStringLiteral("api/v3/movie"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QCOMPARE(client.requestsSent(), 2);
    }

    void slowServerTimesOut()
    {
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        sim.addFault(*SimFaultRule::parse(QStringLiteral("slow:delayMs=3000")));
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        s.timeoutMs = 300;
        s.retry.maxAttempts = 1;
        ArrClient client(&nam, s);
        QElapsedTimer timer;
        timer.start();
        Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QVERIFY2(r.error().message.contains(QLatin1String("did not finish answering")), qPrintable(r.error().message));
        QVERIFY(timer.elapsed() < 2500);
    }

    void concurrencyIsReachedAndCapped_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("3") << 3;
        // Qt 6.4 sends at most six at once through one manager: these need the client's own as well.
        QTest::newRow("8") << 8;
        QTest::newRow("12") << 12;
    }

    void concurrencyIsReachedAndCapped()
    {
        QFETCH(int, concurrency);
        SimServerConfig config = simConfig();
        config.latencyMs = 40;
        SimServer sim(smallRadarr(), config);
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        s.maxConcurrency = concurrency;
        ArrClient client(&nam, s);
        const int requests = 5 * concurrency;
        int done = 0;
        for (int i = 0; i < requests; ++i)
            client.get(QStringLiteral("api/v3/system/status"), {}, [&](Result<QByteArray> r) { done += r ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(done, requests, 20000);
        QCOMPARE(sim.stats().peakConcurrency, concurrency);
        QCOMPARE(sim.stats().total, requests);
        QCOMPARE(client.requestsSent(), requests);
    }

    void nextGoesAheadOfTheQueue()
    {
        // Two in flight, six queued: a getNext() made now starts as soon as a slot frees, before the six, and the
        // server never sees more than two at once.
        SimServerConfig config = simConfig();
        config.latencyMs = 40;
        SimServer sim(smallRadarr(), config);
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        s.maxConcurrency = 2;
        ArrClient client(&nam, s);
        QStringList order;
        for (int i = 0; i < 8; ++i) {
            client.get(QStringLiteral("api/v3/system/status"), {}, [&order, i](const Result<QByteArray> &r) {
                order << (r ? QString::number(i) : QStringLiteral("!"));
            });
        }
        QTest::qWait(10); // the first two are sent
        client.getNext(QStringLiteral("api/v3/qualityprofile"), {}, [&order](const Result<QByteArray> &r) {
            order << (r ? QStringLiteral("next") : QStringLiteral("!"));
        });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 9, 20000);
        QVERIFY2(order.indexOf(QStringLiteral("next")) <= 3, qPrintable(order.join(QLatin1Char(' '))));
        QVERIFY(!order.contains(QStringLiteral("!")));
        QCOMPARE(sim.stats().peakConcurrency, 2);
        QCOMPARE(client.requestsSent(), 9);
    }

    void requestsPerSecondIsRespected()
    {
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        s.requestsPerSecond = 20; // one every 50 ms
        ArrClient client(&nam, s);
        QElapsedTimer timer;
        timer.start();
        int done = 0;
        for (int i = 0; i < 11; ++i)
            client.get(QStringLiteral("api/v3/system/status"), {}, [&](Result<QByteArray>) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 11, 20000);
        QVERIFY2(timer.elapsed() >= 480, qPrintable(QString::number(timer.elapsed())));
    }

    void tinyRequestsPerSecondNeitherHangsNorFloods()
    {
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        s.requestsPerSecond = 1e-300; // one every 10^300 s: the spacing must not overflow into "at once"
        ArrClient client(&nam, s);
        QVERIFY(fetch(client)); // the first request goes at once
        std::optional<Result<QByteArray>> second;
        client.get(QStringLiteral("api/v3/system/status"), {}, [&](Result<QByteArray> r) { second = std::move(r); });
        QTest::qWait(300);
        QCOMPARE(sim.stats().total, 1); // the second waits its turn (a minute at most: RequestPacing)
        QVERIFY(!second.has_value());
        client.cancelAll();
        QTRY_VERIFY(second.has_value());
        QCOMPARE(second->error().kind, ErrorKind::Cancelled);
    }

    void circuitStopsHammeringAFailingServer_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("mostSent"); // requests let through at most
        // Every failed attempt counts, and the circuit opens on the fourth. One at a time: a new request
        // starts while another waits to retry, so how many are under way then depends on timing, but no
        // more than four.
        QTest::newRow("one at a time") << 1 << 2 << 4;
        // Calls made together, as a sync's per-series calls: the four sent at once and at most three more
        // sent into the slots the first three failed attempts freed. Counting only requests that used up
        // their attempts, every call would have been sent (and on a 503 each would wait out the start-up
        // window on its own).
        QTest::newRow("four together") << 4 << 5 << 7;
    }

    void circuitStopsHammeringAFailingServer()
    {
        QFETCH(int, concurrency);
        QFETCH(int, attempts);
        QFETCH(int, mostSent);
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        sim.addFault(*SimFaultRule::parse(QStringLiteral("error:status=502")));
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        s.maxConcurrency = concurrency;
        s.retry.maxAttempts = attempts;
        s.circuitThreshold = 4;
        ArrClient client(&nam, s);
        int failed = 0;
        int stopped = 0; // failed by the open circuit, without being sent
        for (int i = 0; i < 30; ++i)
            client.get(QStringLiteral("api/v3/movie"), {}, [&](Result<QByteArray> r) {
                if (!r) {
                    ++failed;
                    stopped += r.error().message.contains(QLatin1String("in a row")) ? 1 : 0;
                }
            });
        QTRY_COMPARE_WITH_TIMEOUT(failed, 30, 20000);
        // Each request let through makes all its attempts (the breaker never stops a retry); every other
        // fails without being sent (30 × attempts without the breaker).
        QVERIFY2(30 - stopped <= mostSent, qPrintable(QString::number(stopped)));
        QCOMPARE(sim.stats().total, attempts * (30 - stopped));
    }

    void cancelFailsEverythingOutstanding_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("2") << 2;
        QTest::newRow("12, on two managers") << 12;
    }

    void cancelFailsEverythingOutstanding()
    {
        QFETCH(int, concurrency);
        SimServerConfig config = simConfig();
        config.latencyMs = 200;
        SimServer sim(smallRadarr(), config);
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        s.maxConcurrency = concurrency;
        ArrClient client(&nam, s);
        const int requests = 3 * concurrency + 4;
        int cancelled = 0;
        for (int i = 0; i < requests; ++i)
            client.get(QStringLiteral("api/v3/system/status"), {}, [&](Result<QByteArray> r) {
                cancelled += (!r && r.error().kind == ErrorKind::Cancelled) ? 1 : 0;
            });
        QTRY_COMPARE(sim.stats().active, concurrency); // every manager has requests on the wire
        client.cancelAll();
        QTRY_COMPARE(cancelled, requests);
        QCOMPARE(sim.stats().peakConcurrency, concurrency);
        // nothing new goes out after a cancel
        std::optional<Result<QByteArray>> later;
        client.get(QStringLiteral("api/v3/system/status"), {}, [&](Result<QByteArray> r) { later = std::move(r); });
        QTRY_VERIFY(later.has_value());
        QCOMPARE(later->error().kind, ErrorKind::Cancelled);
    }

    void tls()
    {
        test::TestHome home;
        const std::unique_ptr<SimServer> server = startTlsSim(home);
        if (!server)
            QSKIP("openssl is not installed (scripts/install-deps.sh --tests installs it)");
        SimServer &sim = *server;
        const QByteArray digest = certificateDigest(home);
        QVERIFY(!digest.isEmpty());
        QNetworkAccessManager nam;

        ArrClient untrusted(&nam, settingsFor(sim.baseUrl()));
        Result<QByteArray> r = fetch(untrusted);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Tls);
        const QString expectedPin = QString::fromLatin1(digest.toHex(':').toUpper());
        QVERIFY2(r.error().message.contains(QLatin1String("tls_fingerprint"))
                     && r.error().message.contains(expectedPin),
                 qPrintable(r.error().message));

        ClientSettings pinned = settingsFor(sim.baseUrl());
        pinned.tlsFingerprint = digest;
        ArrClient pinnedClient(&nam, pinned);
        Result<QByteArray> ok = fetch(pinnedClient);
        QVERIFY2(ok, qPrintable(ok.error().message));

        // Same manager: the accepted connection is reused, and the pin must still be checked.
        ClientSettings wrongPin = settingsFor(sim.baseUrl());
        wrongPin.tlsFingerprint = QByteArray(32, '\x01');
        ArrClient wrongClient(&nam, wrongPin);
        Result<QByteArray> bad = fetch(wrongClient);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("does not match")), qPrintable(bad.error().message));

        ClientSettings noVerify = settingsFor(sim.baseUrl());
        noVerify.verifyTls = false;
        QNetworkAccessManager nam3;
        ArrClient noVerifyClient(&nam3, noVerify);
        QVERIFY(fetch(noVerifyClient));
    }
    void retryAfterBeyondTheCapFailsAtOnce_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("said");
        QTest::newRow("three days") << QByteArray("259200") << QStringLiteral("3 day");
        QTest::newRow("beyond 64 bits") << QByteArray("99999999999999999999") << QStringLiteral("36500 day");
        QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << QStringLiteral("day");
    }
    void retryAfterBeyondTheCapFailsAtOnce()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, said);
        RawServer server([&](QTcpSocket *socket) {
            socket->write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: " + retryAfter
                          + "\r\nContent-Length: 0\r\n\r\n");
        });
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(server.url()));
        const Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Server);
        QVERIFY2(r.error().message.contains(QLatin1String("asked to wait")) && r.error().message.contains(said),
                 qPrintable(r.error().message));
        QCOMPARE(server.requests, 1);
    }

    void trickleIsEndedByTheDeadline_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("said");
        QTest::newRow("one attempt") << 1 << QStringLiteral("did not finish answering");
        QTest::newRow("the request's budget") << 5 << QStringLiteral("Gave up");
    }
    void trickleIsEndedByTheDeadline()
    {
        QFETCH(int, attempts);
        QFETCH(QString, said);
        // A byte every 50 ms: never idle long enough for an idle timeout, never done.
        RawServer server([](QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[");
            auto *drip = new QTimer(socket);
            QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            drip->start(50);
        });
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(server.url());
        s.timeoutMs = 300;
        s.retry.maxAttempts = attempts;
        s.retry.maxTotalMs = 700;
        ArrClient client(&nam, s);
        const Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QVERIFY2(r.error().message.contains(said), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(kKey));
        QVERIFY(server.requests <= attempts);
    }

    void oversizedAnswersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("said");
        QTest::newRow("3 GiB announced") << QByteArray("Content-Length: 3221225472\r\n") << QStringLiteral("3072 MiB");
        QTest::newRow("unannounced") << QByteArray("Connection: close\r\n") << QStringLiteral("still arriving");
    }
    void oversizedAnswersAreRefused()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, said);
        RawServer server([&](QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + head + "\r\n[");
            for (int i = 0; i < 32; ++i)
                socket->write(QByteArray(64 * 1024, ' '));
        });
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(server.url());
        s.maxResponseBytes = 1 << 20;
        ArrClient client(&nam, s);
        const Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Server);
        QVERIFY2(r.error().message.contains(said), qPrintable(r.error().message));
        QCOMPARE(server.requests, 1); // not worth another try
    }

    void inflatedSizeIsBounded()
    {
        // The simulator gzips the movie list; what counts is what it inflates to.
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        QVERIFY(fetch(*std::make_unique<ArrClient>(&nam, s), QStringLiteral("api/v3/movie")));
        s.maxResponseBytes = 16 * 1024;
        ArrClient client(&nam, s);
        const Result<QByteArray> r = fetch(client, QStringLiteral("api/v3/movie"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("larger than")), qPrintable(r.error().message));
    }

    void redirectsLeaveOnlyForTheSameOrigin_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("another port") << QStringLiteral("port");
        QTest::newRow("another scheme") << QStringLiteral("scheme");
        QTest::newRow("another host") << QStringLiteral("host");
    }
    void redirectsLeaveOnlyForTheSameOrigin()
    {
        QFETCH(QString, where);
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        QUrl target = sim.baseUrl();
        target.setPath(QStringLiteral("/api/v3/system/status"));
        RawServer server([&](QTcpSocket *socket) {
            socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + target.toEncoded()
                          + "\r\nContent-Length: 0\r\n\r\n");
        });
        if (where == QLatin1String("scheme")) {
            target.setScheme(QStringLiteral("https"));
            target.setPort(server.serverPort());
        } else if (where == QLatin1String("host")) {
            target.setHost(QStringLiteral("localhost"));
            target.setPort(server.serverPort());
        }
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(server.url()));
        const Result<QByteArray> r = fetch(client);
        QVERIFY(!r);
        const QString &message = r.error().message;
        QVERIFY2(message.contains(server.url().toString()) && message.contains(target.toString())
                     && message.contains(QLatin1String("url:")),
                 qPrintable(message));
        QVERIFY(!message.contains(kKey));
        QCOMPARE(server.requests, 1);
        QCOMPARE(sim.requestsReceived(), 0);
        QVERIFY(sim.keysReceived().isEmpty());
    }

    void keyOverPlainHttpIsWarnedOf_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("warned");
        QTest::newRow("LAN address") << QStringLiteral("http://192.168.1.20:7878") << true;
        QTest::newRow("host name") << QStringLiteral("http://radarr.example.com") << true;
        QTest::newRow("https") << QStringLiteral("https://radarr.example.com") << false;
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:7878") << false;
        QTest::newRow("127.0.0.2") << QStringLiteral("http://127.0.0.2:7878") << false;
        QTest::newRow("localhost") << QStringLiteral("http://LocalHost:7878") << false;
        QTest::newRow("::1") << QStringLiteral("http://[::1]:7878") << false;
    }
    void keyOverPlainHttpIsWarnedOf()
    {
        QFETCH(QString, url);
        QFETCH(bool, warned);
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(QUrl(url)));
        QCOMPARE(client.notices().size(), warned ? 1 : 0);
        if (warned) {
            QVERIFY2(client.notices().first().contains(QLatin1String("plain http"))
                         && client.notices().first().contains(QLatin1String("https")),
                     qPrintable(client.notices().first()));
            QVERIFY(!client.notices().first().contains(kKey));
        }
    }

    void serverErrorsOfGetsAreRetried()
    {
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        sim.addFault(*SimFaultRule::parse(QStringLiteral("error:status=500,first=2")));
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(sim.baseUrl()));
        QVERIFY(fetch(client));
        QCOMPARE(client.requestsSent(), 3);

        // A POST may have acted before the 500: never sent twice.
        sim.clearFaults();
        sim.addFault(*SimFaultRule::parse(QStringLiteral("error:status=500")));
        sim.resetStats();
        std::optional<Result<QByteArray>> posted;
        client.post(QStringLiteral("api/v3/command"), R"({"name": "MoviesSearch", "movieIds": [1]})",
                    [&](Result<QByteArray> r) { posted = std::move(r); });
        QTRY_VERIFY(posted.has_value());
        QVERIFY(!*posted);
        QCOMPARE(sim.stats().total, 1);
    }

    void aPeekSeesTheBodyAsItArrivesAndWhatItAsksForGoesOutAtOnce()
    {
        // The first answer stops half-way until a second request arrives (or 3 s pass): the second is asked for
        // from the first's peek, and must reach the server before the first has finished.
        const QByteArray body = "[" + QByteArray(200000, ' ') + "]";
        QList<int> order; // request numbers as they arrive; -1 when the first answer was completed
        std::function<void()> finishFirst;
        RawServer server([&](QTcpSocket *socket) {
            const int number = server.requests;
            order << number;
            if (number == 1) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body.first(1000));
                finishFirst = [&order, first = QPointer<QTcpSocket>(socket), &body] {
                    if (!first || order.contains(-1))
                        return;
                    order << -1;
                    first->write(body.sliced(1000));
                };
                QTimer::singleShot(3000, socket, [&finishFirst] { finishFirst(); });
                return;
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]");
            if (finishFirst)
                finishFirst();
        });
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(server.url()));
        QList<qsizetype> peeked;
        bool asked = false;
        std::optional<Result<QByteArray>> first;
        std::optional<Result<QByteArray>> second;
        client.get(
            QStringLiteral("api/v3/movie"), {}, [&](Result<QByteArray> r) { first = std::move(r); },
            [&](QByteArrayView soFar) {
                QVERIFY(soFar.startsWith("["));
                peeked << soFar.size();
                if (!asked) {
                    asked = true;
                    client.get(QStringLiteral("api/v3/moviefile"), {},
                               [&](Result<QByteArray> r) { second = std::move(r); });
                }
            });
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value() && second.has_value(), 10000);
        QVERIFY(*first);
        QCOMPARE(first->value(), body);
        QVERIFY(*second);
        QCOMPARE(order.mid(0, 2), (QList<int>{1, 2})); // the second arrived while the first was cut short
        QVERIFY(!peeked.isEmpty());
        QVERIFY(std::is_sorted(peeked.cbegin(), peeked.cend()));
        QCOMPARE(peeked.last(), body.size());
    }

    void aPeekSeesNoErrorPage()
    {
        // A 500 (retried) and its page are not the body: the peek sees only the 200's.
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        sim.addFault(*SimFaultRule::parse(QStringLiteral("error:status=500,first=1")));
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(sim.baseUrl()));
        QByteArray last;
        std::optional<Result<QByteArray>> result;
        client.get(
            QStringLiteral("api/v3/movie"), {}, [&](Result<QByteArray> r) { result = std::move(r); },
            [&](QByteArrayView soFar) {
                QVERIFY2(soFar.startsWith("["),
                         soFar.first(std::min<qsizetype>(soFar.size(), 80)).toByteArray().constData());
                last = soFar.toByteArray();
            });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(*result);
        QCOMPARE(client.requestsSent(), 2);
        QCOMPARE(last, result->value());
    }

    void cutGzipBodyIsRetried()
    {
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        sim.addFault(*SimFaultRule::parse(QStringLiteral("truncate:first=1")));
        QNetworkAccessManager nam;
        ArrClient client(&nam, settingsFor(sim.baseUrl()));
        const Result<QByteArray> r = fetch(client, QStringLiteral("api/v3/movie"));
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(QJsonDocument::fromJson(r.value()).array().size(), 20);
        QCOMPARE(client.requestsSent(), 2);
    }

    void startUpWindowIsWaitedFor()
    {
        SimServer sim(smallRadarr(), simConfig());
        QVERIFY(sim.start());
        // As through POST /__sim/config: 503 "starting up" for the next 1.2 s.
        QVERIFY(sim.applyConfig(QJsonObject{{QStringLiteral("startupMs"), 1200}}));
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim.baseUrl());
        s.retry.maxAttempts = 2;
        s.retry.maxDelayMs = 100;
        s.circuitThreshold = 2; // the retries of one request open the circuit, which stops only new requests
        ArrClient client(&nam, s);
        const Result<QByteArray> r = fetch(client);
        QVERIFY2(r, qPrintable(r.error().message));
        QVERIFY(sim.stats().status(503) > 2);
    }

    void restartIsWaitedFor()
    {
        auto sim = std::make_unique<SimServer>(smallRadarr(), simConfig());
        QVERIFY(sim->start());
        SimServerConfig config = simConfig();
        config.port = sim->port();
        QNetworkAccessManager nam;
        ClientSettings s = settingsFor(sim->baseUrl());
        s.retry.maxAttempts = 2;
        s.retry.maxDelayMs = 100;
        ArrClient client(&nam, s);
        QVERIFY(fetch(client));
        sim.reset(); // the server goes away: connections are refused until it is back
        QTimer::singleShot(600, this, [&] {
            sim = std::make_unique<SimServer>(smallRadarr(), config);
            QVERIFY(sim->start());
        });
        const Result<QByteArray> r = fetch(client);
        QVERIFY2(r, qPrintable(r.error().message));
        QVERIFY(client.retries() >= 2);
    }

    void pinIsCheckedBeforeTheKeyIsSent()
    {
        test::TestHome home;
        const std::unique_ptr<SimServer> server = startTlsSim(home);
        if (!server)
            QSKIP("openssl is not installed (scripts/install-deps.sh --tests installs it)");
        SimServer &sim = *server;
        const QString cert = home.file(QStringLiteral("cert.pem"));
        // The impostor's certificate is one the system trusts: only the pin can tell.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(cert);
        QSslConfiguration::setDefaultConfiguration(trusting);

        ClientSettings wrongPin = settingsFor(sim.baseUrl());
        wrongPin.tlsFingerprint = QByteArray(32, '\x01');
        QNetworkAccessManager nam;
        ArrClient wrong(&nam, wrongPin);
        const Result<QByteArray> bad = fetch(wrong);
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ErrorKind::Tls);
        QVERIFY2(bad.error().message.contains(QLatin1String("Nothing was sent")), qPrintable(bad.error().message));
        QCOMPARE(sim.requestsReceived(), 0);
        QVERIFY(sim.keysReceived().isEmpty());

        // Trusted and unpinned, the same server gets the request and its key: the record can tell.
        QNetworkAccessManager nam2;
        ArrClient trusted(&nam2, settingsFor(sim.baseUrl()));
        const Result<QByteArray> ok = fetch(trusted);
        QVERIFY2(ok, qPrintable(ok.error().message));
        QCOMPARE(sim.keysReceived(), QStringList{kKey});
    }

    // Every manager the client sends on opens its own connections: each one's handshake is checked against
    // the pin before the key goes out, and the verdict is the same on all of them.
    void pinIsCheckedOnEveryManager()
    {
        test::TestHome home;
        const std::unique_ptr<SimServer> server = startTlsSim(home);
        if (!server)
            QSKIP("openssl is not installed (scripts/install-deps.sh --tests installs it)");
        SimServer &sim = *server;
        sim.setLatencyMs(400); // longer than twelve handshakes on a busy machine: the requests overlap
        const QByteArray digest = certificateDigest(home);
        QVERIFY(!digest.isEmpty());
        const int requests = 30;
        const auto runAll = [&](ArrClient &client) {
            int succeeded = 0;
            int refused = 0;
            for (int i = 0; i < requests; ++i)
                client.get(QStringLiteral("api/v3/system/status"), {}, [&](Result<QByteArray> r) {
                    ++(r ? succeeded : refused);
                    if (!r && r.error().kind != ErrorKind::Tls)
                        qWarning() << r.error().message;
                });
            if (!QTest::qWaitFor([&] { return succeeded + refused == requests; }, 20000))
                qWarning() << "not every request finished";
            return std::pair{succeeded, refused};
        };

        ClientSettings wrongPin = settingsFor(sim.baseUrl());
        wrongPin.maxConcurrency = 12;
        wrongPin.retry.maxAttempts = 1;
        wrongPin.tlsFingerprint = QByteArray(32, '\x01');
        wrongPin.verifyTls = false; // only the pin stands between the key and this server
        QNetworkAccessManager nam;
        ArrClient wrong(&nam, wrongPin);
        QCOMPARE(runAll(wrong), std::pair(0, requests));
        QCOMPARE(sim.requestsReceived(), 0);
        QVERIFY(sim.keysReceived().isEmpty());

        ClientSettings pinned = settingsFor(sim.baseUrl());
        pinned.maxConcurrency = 12;
        pinned.tlsFingerprint = digest;
        QNetworkAccessManager nam2;
        ArrClient right(&nam2, pinned);
        QCOMPARE(runAll(right), std::pair(requests, 0));
        QCOMPARE(sim.stats().peakConcurrency, 12);
        QCOMPARE(sim.keysReceived(), QStringList{kKey});
    }
};

QTEST_GUILESS_MAIN(tst_ArrClient)
#include "tst_arrclient.moc"
