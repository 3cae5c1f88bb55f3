#include "simserver.h"

#include "simadmin.h"
#include "simapi.h"
#include "simreleases.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include <array>

#include <sys/socket.h>

namespace arrscore {

Q_LOGGING_CATEGORY(lcSim, "arrscore.sim", QtInfoMsg)

namespace {

// Kestrel's default request-line limit; longer id batches get 414.
constexpr int kMaxRequestTarget = 8192;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

// RFC 1952 gzip of data, as the servers send it when asked (ASP.NET's response compression at its
// fastest level). qCompress makes a zlib stream behind a 4-byte length: its deflate data is re-framed.
QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 1);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\xff", 10);
    out += QByteArrayView(zlib).sliced(4 + 2, zlib.size() - 4 - 2 - 4); // length, zlib header, Adler-32
    const auto appendLe = [&out](quint32 v) {
        for (int i = 0; i < 4; ++i)
            out += char((v >> (8 * i)) & 0xFF);
    };
    appendLe(crc32(data));
    appendLe(quint32(data.size()));
    return out;
}

// The response as it goes on the wire for this request: gzip-compressed when the client accepts it.
SimResponse encoded(const SimRequest &request, SimResponse response)
{
    if (response.body.isEmpty() || !request.header("Accept-Encoding").contains("gzip"))
        return response;
    response.body = gzip(response.body);
    response.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
    response.headers.append({QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding")});
    return response;
}

} // namespace

struct SimServer::Job
{
    std::unique_ptr<QHttpServerResponder> responder; // keeps the exchange alive while we wait
    QPointer<QTcpSocket> socket;
    SimRequest request;
    int targetLength = 0;
    bool startup = false;
    std::optional<SimResponse> early; // decided before faults: 414, 503, base, auth, ping, HTML
    std::optional<SimFaultRule> fault;
    QString apiPath;
    int delayMs = 0;
    bool releaseRequest = false; // a GET release: it queries every indexer
};

SimServer::SimServer(const SimLibraryConfig &library, const SimServerConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_library(std::make_unique<SimLibrary>(library)),
      m_api(std::make_unique<SimApi>(*m_library, m_config, m_clock, m_stats)),
      m_admin(std::make_unique<SimAdmin>(*this)), m_faults(config.faultSeed)
{
    m_config.urlBase = SimServerConfig::normalizedUrlBase(m_config.urlBase);
    m_faults.setRules(m_config.faults);
}

SimServer::~SimServer() = default;

bool SimServer::start(QString *error)
{
    m_http = std::make_unique<QHttpServer>();
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        onRequest(request, std::move(responder));
    });
    if (!m_config.tlsCertFile.isEmpty() || !m_config.tlsKeyFile.isEmpty()) {
        QFile certFile(m_config.tlsCertFile);
        QFile keyFile(m_config.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read the TLS certificate or key");
            return false;
        }
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QByteArray keyData = keyFile.readAll();
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            if (error)
                *error = tr("The TLS certificate or key is not valid PEM");
            return false;
        }
        m_http->sslSetup(cert, key);
    }
    m_port = m_http->listen(m_config.host, m_config.port);
    if (!m_port) {
        if (error)
            *error = tr("Cannot listen on %1:%2").arg(m_config.host.toString()).arg(m_config.port);
        return false;
    }
    m_sinceStart.start();
    m_startupSeen = 0;
    qCDebug(lcSim) << "listening on" << baseUrl().toString();
    return true;
}

QUrl SimServer::baseUrl() const
{
    QString host = m_config.host.toString();
    if (m_config.host.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const QString scheme = m_config.tlsCertFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    return QUrl(QStringLiteral("%1://%2:%3%4").arg(scheme, host).arg(m_port).arg(m_config.urlBase));
}

void SimServer::setConfig(const SimServerConfig &config)
{
    // A start-up window set at run time starts now, as a restarted server's does.
    const bool restart = config.startupMs != m_config.startupMs || config.startupRequests != m_config.startupRequests;
    m_config = config;
    if (restart) {
        m_startupSeen = 0;
        m_sinceStart.restart();
    }
    m_config.urlBase = SimServerConfig::normalizedUrlBase(m_config.urlBase);
    m_faults = SimFaults(config.faultSeed);
    m_faults.setRules(config.faults);
    pump();
}

bool SimServer::applyConfig(const QJsonObject &object, QString *error)
{
    SimServerConfig next = m_config;
    if (!next.apply(object, error))
        return false;
    setConfig(next);
    return true;
}

void SimServer::setMaxConcurrency(int max)
{
    m_config.maxConcurrency = max;
    pump();
}

void SimServer::setStartup(int requests, int ms)
{
    m_config.startupRequests = requests;
    m_config.startupMs = ms;
    m_startupSeen = 0;
    m_sinceStart.restart();
}

void SimServer::setFaults(const QList<SimFaultRule> &faults)
{
    m_config.faults = faults;
    m_faults.setRules(faults);
}

void SimServer::addFault(const SimFaultRule &fault)
{
    QList<SimFaultRule> all = m_faults.rules();
    all.append(fault);
    setFaults(all);
}

QList<SimFaultRule> SimServer::faults() const
{
    return m_faults.rules();
}

void SimServer::resetStats()
{
    const int active = m_stats.active;
    const int queued = m_stats.queued;
    const int releaseInFlight = m_stats.releaseInFlight;
    m_stats = SimStats();
    m_stats.active = active;
    m_stats.queued = queued;
    m_stats.releaseInFlight = releaseInFlight;
    m_faults.reset();
    m_received = 0;
    m_keysReceived.clear();
    m_startupSeen = 0;
    m_sinceStart.restart();
}

QList<QJsonObject> SimServer::commands() const
{
    return m_api->commands();
}

QJsonArray SimServer::planted() const
{
    return m_api->planted();
}

void SimServer::clearCommands()
{
    m_api->clearCommands();
}

void SimServer::onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto job = std::make_shared<Job>();
    job->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    job->socket = job->responder->socket();
    const QUrl url = request.url();
    job->request.method = methodName(request.method());
    job->request.path = url.path();
    job->request.query = QUrlQuery(url);
    job->request.body = request.body();
    job->request.headers = request.headers();
    job->targetLength = int(url.path(QUrl::FullyEncoded).size() + url.query(QUrl::FullyEncoded).size() + 1);

    const QString &path = job->request.path;
    if (path.startsWith(QLatin1String("/__sim/"))
        || (!m_config.urlBase.isEmpty() && path.startsWith(m_config.urlBase + QLatin1String("/__sim/")))) {
        // The admin API answers at once: no key, no latency, no faults, not counted.
        send(*job, m_admin->handle(job->request, path.mid(path.indexOf(QLatin1String("/__sim/")) + 7)));
        return;
    }
    ++m_received;
    const QString key = presentedKey(job->request);
    if (!key.isEmpty() && !m_keysReceived.contains(key))
        m_keysReceived.append(key);
    job->startup = m_startupSeen++ < m_config.startupRequests
                   || (m_config.startupMs > 0 && m_sinceStart.elapsed() < m_config.startupMs);
    m_queue.enqueue(job);
    m_stats.queued = int(m_queue.size());
    pump();
}

void SimServer::pump()
{
    while (!m_queue.isEmpty() && (m_config.maxConcurrency <= 0 || m_stats.active < m_config.maxConcurrency)) {
        std::shared_ptr<Job> job = m_queue.dequeue();
        m_stats.queued = int(m_queue.size());
        ++m_stats.active;
        m_stats.peakConcurrency = qMax(m_stats.peakConcurrency, m_stats.active);
        prepare(job);
        const int delay = m_config.latencyMs + job->delayMs;
        if (delay <= 0) {
            process(job);
        } else {
            // A timer per request, never a sleep: latency must not serialise other requests.
            QTimer::singleShot(delay, this, [this, job] { process(job); });
        }
    }
}

QString SimServer::presentedKey(const SimRequest &request)
{
    // Same precedence as the servers: query string, then X-Api-Key, then a bearer token.
    QString key = request.query.queryItemValue(QStringLiteral("apikey"));
    if (key.isEmpty())
        key = QString::fromUtf8(request.header("X-Api-Key"));
    if (key.isEmpty()) {
        const QByteArray auth = request.header("Authorization");
        if (auth.startsWith("Bearer "))
            key = QString::fromUtf8(auth.mid(7)).trimmed();
    }
    return key;
}

bool SimServer::keyValid(const SimRequest &request) const
{
    const QString key = presentedKey(request);
    return !key.isEmpty() && key == m_config.apiKey;
}

void SimServer::prepare(const std::shared_ptr<Job> &job)
{
    const SimRequest &request = job->request;
    if (job->targetLength > kMaxRequestTarget) {
        job->early = SimResponse::empty(414);
        return;
    }
    if (job->startup) {
        job->early =
            SimResponse::json(QStringLiteral("{\n  \"errorMessage\": \"%1 is starting up, please try again later\"\n}")
                                  .arg(m_library->appName())
                                  .toUtf8(),
                              503);
        return;
    }
    const QString &base = m_config.urlBase;
    QString rest = request.path;
    if (!base.isEmpty()) {
        if (rest == base || rest.startsWith(base + QLatin1Char('/'))) {
            rest = rest.mid(base.size());
        } else if (rest.startsWith(QLatin1String("/api/")) && !keyValid(request)) {
            job->early = SimResponse::empty(401);
            return;
        } else {
            // The client left out the base: the server redirects to where it lives.
            SimResponse redirect = SimResponse::empty(307);
            const QString query = request.query.toString(QUrl::FullyEncoded);
            redirect.headers.append(
                {"Location", (base + rest + (query.isEmpty() ? QString() : QLatin1Char('?') + query)).toUtf8()});
            job->early = redirect;
            return;
        }
    }
    if (rest == QLatin1String("/ping")) {
        job->early = SimResponse::json("{\n  \"status\": \"OK\"\n}");
        return;
    }
    if (!rest.startsWith(QLatin1String("/api/"))) {
        job->early = SimAdmin::htmlPage(m_library->appName(), base);
        return;
    }
    if (!keyValid(request)) {
        job->early = SimResponse::empty(401);
        return;
    }
    if (!rest.startsWith(QLatin1String("/api/v3/"))) {
        job->early = SimResponse::empty(404);
        return;
    }
    job->apiPath = rest.mid(8);
    const SimFaults::Decision decision = m_faults.decide(rest);
    job->delayMs = decision.extraDelayMs;
    job->fault = decision.action;
    if (request.method == "GET" && job->apiPath.compare(QLatin1String("release"), Qt::CaseInsensitive) == 0) {
        // Every GET release queries the indexers, a failed one too: counted when it starts, with how many run at once.
        const SimReleases::Kind kind = SimReleases::classify(request.query, m_library->isRadarr());
        if (kind == SimReleases::Kind::Rss)
            ++m_stats.rssFetches;
        else
            ++m_stats.releaseLookups[SimReleases::kindName(kind)];
        job->releaseRequest = true;
        job->delayMs += m_config.releaseDelayMs;
        ++m_stats.releaseInFlight;
        m_stats.releaseInFlightPeak = qMax(m_stats.releaseInFlightPeak, m_stats.releaseInFlight);
    }
}

void SimServer::process(const std::shared_ptr<Job> &job)
{
    if (!job->socket || job->socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcSim) << "client left before the answer to" << job->request.path;
    } else if (const auto &early = job->early) {
        send(*job, *early);
    } else if (const auto &fault = job->fault) {
        sendFault(*job, *fault);
    } else {
        send(*job, m_api->handle(job->request, job->apiPath, m_config.urlBase));
    }
    job->responder.reset();
    --m_stats.active;
    if (job->releaseRequest)
        --m_stats.releaseInFlight;
    pump();
}

SimResponse SimServer::route(const Job &job)
{
    return m_api->handle(job.request, job.apiPath, m_config.urlBase);
}

static QByteArray head(const SimResponse &response, qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    return out;
}

void SimServer::send(Job &job, const SimResponse &plain)
{
    const SimResponse response = encoded(job.request, plain);
    if (job.socket)
        job.socket->write(head(response, response.body.size()) + response.body);
    if (!job.request.path.contains(QLatin1String("/__sim/")))
        record(job.request.path, response.status);
}

void SimServer::sendFault(Job &job, const SimFaultRule &fault)
{
    QTcpSocket *socket = job.socket;
    switch (fault.kind) {
    case SimFaultRule::Kind::Error: {
        SimResponse r = fault.status == 502 || fault.status == 504
                            ? SimAdmin::proxyErrorPage(fault.status)
                            : SimResponse::message(fault.status, tr("Simulated server error"));
        r.status = fault.status;
        send(job, r);
        return;
    }
    case SimFaultRule::Kind::RateLimit: {
        SimResponse r = SimResponse::message(429, tr("Too many requests"));
        r.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        send(job, r);
        return;
    }
    case SimFaultRule::Kind::Reset: {
        // Linger 0 makes close() send a TCP RST instead of a FIN.
        const struct linger lingerOff = {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOff, sizeof lingerOff);
        socket->abort();
        record(job.request.path, 0);
        return;
    }
    case SimFaultRule::Kind::Truncate: {
        // Cut what goes on the wire: with gzip, the compressed stream ends halfway.
        const SimResponse r = encoded(job.request, route(job));
        socket->write(head(r, r.body.size()) + r.body.left(r.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        record(job.request.path, r.status);
        return;
    }
    case SimFaultRule::Kind::MalformedJson: {
        SimResponse r = route(job);
        r.body = r.body.left(qMax<qsizetype>(1, r.body.size() / 2)) + "\n<!-- cut -->";
        send(job, r);
        return;
    }
    case SimFaultRule::Kind::Html:
        send(job, SimAdmin::htmlPage(m_library->appName(), m_config.urlBase));
        return;
    case SimFaultRule::Kind::Slow:
        break;
    }
    send(job, route(job));
}

void SimServer::record(const QString &path, int status)
{
    ++m_stats.total;
    ++m_stats.perPath[path];
    ++m_stats.perStatus[status];
    Q_EMIT requestFinished(path, status);
}

} // namespace arrscore
