#include "arr/arrclient.h"

#include "base/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <cmath>

namespace arrscore {

namespace {

QString formatFingerprint(const QByteArray &digest)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(digest.toHex(':').toUpper());
}

// A short, single-line excerpt of a server's error body ({"message": ...} or {"errorMessage": ...}).
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *key : {"message", "errorMessage", "error"}) {
            const QString text = o.value(QLatin1String(key)).toString();
            if (!text.isEmpty())
                return text.left(200);
        }
    }
    if (doc.isArray() && !doc.array().isEmpty()) {
        // validation errors: [{"propertyName": ..., "errorMessage": ...}]
        const QString text = doc.array().first().toObject().value(QLatin1String("errorMessage")).toString();
        if (!text.isEmpty())
            return text.left(200);
    }
    return {};
}

} // namespace

struct ArrClient::Pending
{
    QByteArray verb;
    QString path;
    QUrlQuery query;
    QByteArray body;
    Callback callback;
    int attempt = 0; // attempts made so far
    int redirects = 0;
    bool done = false;
    QString tlsProblem;   // why the certificate was refused, when it was
    QByteArray tlsDigest; // the refused certificate's SHA-256
};

ArrClient::ArrClient(QNetworkAccessManager *nam, ClientSettings settings, QObject *parent)
    : QObject(parent), m_nam(nam), m_settings(std::move(settings)),
      m_circuit(m_settings.circuitThreshold, m_settings.circuitCooldownMs), m_rng(QRandomGenerator::securelySeeded()),
      m_pumpTimer(new QTimer(this))
{
    m_clock.start();
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ArrClient::pump);
    if (m_settings.maxConcurrency < 1)
        m_settings.maxConcurrency = 1;
}

ArrClient::~ArrClient()
{
    m_cancelled = true;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_running)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QUrl ArrClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

QString ArrClient::hostDescription() const
{
    const QUrl &u = m_settings.baseUrl;
    const int port = u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
    return u.host() + QLatin1Char(':') + QString::number(port);
}

void ArrClient::get(const QString &path, const QUrlQuery &query, Callback callback)
{
    auto pending = std::make_shared<Pending>();
    pending->verb = "GET";
    pending->path = path;
    pending->query = query;
    pending->callback = std::move(callback);
    enqueue(std::move(pending));
}

void ArrClient::post(const QString &path, const QByteArray &json, Callback callback)
{
    auto pending = std::make_shared<Pending>();
    pending->verb = "POST";
    pending->path = path;
    pending->body = json;
    pending->callback = std::move(callback);
    enqueue(std::move(pending));
}

void ArrClient::enqueue(std::shared_ptr<Pending> pending)
{
    if (m_cancelled) {
        complete(pending, Error{ErrorKind::Cancelled, tr("Cancelled.")});
        return;
    }
    m_queue.push_back(std::move(pending));
    if (!m_pumpTimer->isActive())
        m_pumpTimer->start(0);
}

void ArrClient::pump()
{
    while (!m_queue.empty() && m_inFlight < m_settings.maxConcurrency && !m_cancelled) {
        const qint64 now = m_clock.elapsed();
        if (!m_circuit.allowRequest(now)) {
            // Fail fast instead of sending more requests to a server that keeps failing.
            const Error error{m_lastFailure.kind,
                              tr("Stopped after %Ln failed requests in a row to %1. The last error: %2", nullptr,
                                 m_circuit.consecutiveFailures())
                                  .arg(hostDescription(), m_lastFailure.message)};
            while (!m_queue.empty()) {
                auto pending = m_queue.front();
                m_queue.pop_front();
                complete(pending, error);
            }
            return;
        }
        if (m_settings.requestsPerSecond > 0 && now < m_nextStartMs) {
            m_pumpTimer->start(int(m_nextStartMs - now));
            return;
        }
        if (m_settings.requestsPerSecond > 0)
            m_nextStartMs = std::max(now, m_nextStartMs) + qint64(std::ceil(1000.0 / m_settings.requestsPerSecond));
        auto pending = m_queue.front();
        m_queue.pop_front();
        send(pending);
    }
}

void ArrClient::send(const std::shared_ptr<Pending> &pending)
{
    QNetworkRequest request(urlFor(pending->path, pending->query));
    request.setRawHeader("X-Api-Key", m_settings.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("arrscore/" ARRSCORE_VERSION));
    request.setTransferTimeout(m_settings.timeoutMs);
    // Redirects are followed by hand: a 307 means the URL base is missing, which the user should hear of.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    ++pending->attempt;
    ++m_requestsSent;
    ++m_inFlight;
    qCDebug(lcNet) << pending->verb << request.url().toDisplayString(QUrl::RemoveUserInfo) << "attempt"
                   << pending->attempt;

    QNetworkReply *reply = nullptr;
    if (pending->verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_nam->post(request, pending->body);
    } else {
        reply = m_nam->get(request);
    }
    m_running.append(reply);

    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, pending](const QList<QSslError> &errors) {
        QSslCertificate cert = reply->sslConfiguration().peerCertificate();
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull()) {
                cert = e.certificate();
                break;
            }
        }
        const QByteArray digest = cert.digest(QCryptographicHash::Sha256);
        const bool pinned = !m_settings.tlsFingerprint.isEmpty() && digest == m_settings.tlsFingerprint;
        if (!m_settings.verifyTls || pinned) {
            reply->ignoreSslErrors(errors);
            return;
        }
        pending->tlsDigest = digest;
        pending->tlsProblem = errors.isEmpty() ? QString() : errors.first().errorString();
        if (!m_settings.tlsFingerprint.isEmpty())
            pending->tlsProblem =
                tr("its fingerprint %1 does not match the pinned tls_fingerprint").arg(formatFingerprint(digest));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] { onFinished(reply, pending); });
}

void ArrClient::onFinished(QNetworkReply *reply, const std::shared_ptr<Pending> &pending)
{
    reply->deleteLater();
    m_running.removeAll(reply);
    --m_inFlight;
    if (pending->done || m_cancelled) {
        complete(pending, Error{ErrorKind::Cancelled, tr("Cancelled.")});
        pump();
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();

    if (status != 0 && !m_settings.tlsFingerprint.isEmpty() && reply->url().scheme() == QLatin1String("https")) {
        // A pin names one certificate: check it on every reply, also when the chain is trusted anyway or
        // the connection was reused (sslErrors is only emitted for a new, untrusted handshake).
        const QByteArray digest = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
        if (digest != m_settings.tlsFingerprint) {
            complete(pending, Error{ErrorKind::Tls, tr("The TLS certificate of %1 is not the pinned one: its "
                                                       "fingerprint %2 does not match tls_fingerprint.")
                                                        .arg(hostDescription(), formatFingerprint(digest))});
            pump();
            return;
        }
    }

    // Qt 6.4 sometimes finishes a reply whose connection closed halfway through the body without an error
    // (seen under load): a body shorter than its Content-Length is a dropped connection all the same.
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const bool encoded = !reply->rawHeader("Content-Encoding").isEmpty(); // decompressed: sizes differ
    const bool cut =
        netError == QNetworkReply::NoError && !encoded && announced > 0 && reply->bytesAvailable() < announced;
    if (status == 0 || cut || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        // Nothing (or not all) came back: a transport failure.
        Error error = cut ? Error{ErrorKind::Network, tr("The connection to %1 closed before the whole answer "
                                                         "arrived (%L2 of %L3 bytes).")
                                                          .arg(hostDescription())
                                                          .arg(reply->bytesAvailable())
                                                          .arg(announced)}
                          : networkError(reply, *pending);
        bool transient = error.kind == ErrorKind::Network && netError != QNetworkReply::HostNotFoundError;
        if (pending->verb == "POST" && netError != QNetworkReply::ConnectionRefusedError) {
            // A POST acts: after a timeout or a dropped connection the server may have done it already, and
            // sending it again could do it twice. Only a refused connection certainly reached nobody.
            transient = false;
            if (error.kind == ErrorKind::Network)
                error.message += QLatin1Char(' ')
                                 + tr("The request may have reached the server, so it was not "
                                      "sent again.");
        }
        m_circuit.recordFailure(m_clock.elapsed());
        m_lastFailure = error;
        if (transient && pending->attempt < m_settings.retry.maxAttempts) {
            retryLater(pending, m_settings.retry.backoffMs(pending->attempt - 1, m_rng), error);
        } else {
            complete(pending, error);
        }
        pump();
        return;
    }

    if (status >= 300 && status < 400) {
        if (!followRedirect(reply, pending))
            complete(pending,
                     Error{ErrorKind::NotFound, tr("The server at %1 redirected to %2, which is not an API address. "
                                                   "Check the URL and its URL base.")
                                                    .arg(m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo),
                                                         QString::fromUtf8(reply->rawHeader("Location")))});
        pump();
        return;
    }

    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (!contentType.contains(QLatin1String("json"), Qt::CaseInsensitive)) {
            m_circuit.recordSuccess(); // the server is up; the address is wrong
            const bool html =
                contentType.contains(QLatin1String("html"), Qt::CaseInsensitive) || body.trimmed().startsWith('<');
            complete(pending,
                     Error{ErrorKind::NotFound,
                           html ? tr("%1 answered with a web page instead of the API. The URL base is probably "
                                     "wrong: use the address you open Radarr/Sonarr at in a browser, e.g. "
                                     "http://host:7878 or http://host:7878/radarr.")
                                      .arg(m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo))
                                : tr("%1 answered with \"%2\" instead of JSON. Is this a Radarr or Sonarr "
                                     "server?")
                                      .arg(m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo), contentType)});
            pump();
            return;
        }
        m_circuit.recordSuccess();
        complete(pending, body);
        pump();
        Q_EMIT requestFinished();
        return;
    }

    const Error error = httpError(status, body);
    // 429 and 503 refuse a request before it is handled; a 502 or 504 from a proxy may come after the
    // server did the work, so a POST is not repeated on those.
    const bool retryable =
        pending->verb == "POST" ? (status == 429 || status == 503) : RetryPolicy::isRetryableStatus(status);
    if (retryable) {
        m_circuit.recordFailure(m_clock.elapsed());
        m_lastFailure = error;
        if (pending->attempt < m_settings.retry.maxAttempts) {
            const std::optional<int> asked =
                m_settings.retry.retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
            retryLater(pending, asked.value_or(m_settings.retry.backoffMs(pending->attempt - 1, m_rng)), error);
            pump();
            return;
        }
    } else {
        m_circuit.recordSuccess(); // the server answered; the request was wrong
    }
    complete(pending, error);
    pump();
}

bool ArrClient::followRedirect(QNetworkReply *reply, const std::shared_ptr<Pending> &pending)
{
    const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    const QString suffix = QLatin1Char('/') + pending->path;
    if (pending->redirects >= 3 || !target.isValid() || target.host() != m_settings.baseUrl.host()
        || !target.path().endsWith(suffix))
        return false;
    // The server put its URL base in front of our path: adopt that base for every later request.
    QUrl newBase = target;
    newBase.setQuery(QString());
    newBase.setPath(target.path().chopped(suffix.size()));
    const QString notice = tr("The server redirected %1 to %2: the URL base is missing from the configured "
                              "URL. Followed it; set the url to %2 to avoid the extra request.")
                               .arg(m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo),
                                    newBase.toDisplayString(QUrl::RemoveUserInfo));
    if (!m_notices.contains(notice))
        m_notices << notice;
    qCInfo(lcNet) << "following redirect to" << newBase.toDisplayString(QUrl::RemoveUserInfo);
    m_settings.baseUrl = newBase;
    ++pending->redirects;
    m_queue.push_front(pending);
    return true;
}

void ArrClient::retryLater(const std::shared_ptr<Pending> &pending, int delayMs, const Error &lastError)
{
    ++m_retries;
    qCInfo(lcNet) << "retrying" << pending->path << "in" << delayMs << "ms after:" << lastError.message;
    QTimer::singleShot(delayMs, this, [this, pending] {
        if (m_cancelled || pending->done) {
            complete(pending, Error{ErrorKind::Cancelled, tr("Cancelled.")});
            return;
        }
        m_queue.push_front(pending);
        pump();
    });
}

void ArrClient::complete(const std::shared_ptr<Pending> &pending, Result<QByteArray> result)
{
    if (!pending->callback)
        return;
    // Always asynchronous, so a callback never runs inside get()/post()/cancelAll().
    Callback callback = std::move(pending->callback);
    pending->callback = nullptr;
    pending->done = true;
    QMetaObject::invokeMethod(
        this, [callback = std::move(callback), result = std::move(result)]() mutable { callback(std::move(result)); },
        Qt::QueuedConnection);
}

void ArrClient::cancelAll()
{
    m_cancelled = true;
    m_pumpTimer->stop();
    const Error cancelled{ErrorKind::Cancelled, tr("Cancelled.")};
    while (!m_queue.empty()) {
        auto pending = m_queue.front();
        m_queue.pop_front();
        complete(pending, cancelled);
    }
    const auto running = m_running;
    for (const QPointer<QNetworkReply> &reply : running) {
        if (reply)
            reply->abort(); // finishes with OperationCanceledError; onFinished reports Cancelled
    }
}

Error ArrClient::networkError(QNetworkReply *reply, const Pending &pending) const
{
    const QString host = hostDescription();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return {ErrorKind::Network, tr("Connection refused by %1. Is the server running, and is the port in the "
                                       "URL right?")
                                        .arg(host)};
    case QNetworkReply::HostNotFoundError:
        return {ErrorKind::Network, tr("The host name \"%1\" was not found. Check the URL for a typo, or use the "
                                       "server's IP address.")
                                        .arg(m_settings.baseUrl.host())};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return {ErrorKind::Network, tr("%1 did not answer within %2 s. The server may be overloaded: raise "
                                       "timeout or lower max_concurrency in the configuration.")
                                        .arg(host)
                                        .arg(m_settings.timeoutMs / 1000.0)};
    case QNetworkReply::RemoteHostClosedError:
        return {ErrorKind::Network, tr("%1 closed the connection before the whole answer arrived.").arg(host)};
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (!pending.tlsDigest.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
            QString message = tr("The TLS certificate of %1 is not trusted (%2).")
                                  .arg(host, pending.tlsProblem.isEmpty() ? reply->errorString() : pending.tlsProblem);
            if (!pending.tlsDigest.isEmpty() && m_settings.tlsFingerprint.isEmpty())
                message += QLatin1Char(' ')
                           + tr("If it is your server's own self-signed certificate, pin it in the "
                                "configuration: tls_fingerprint: \"%1\" (or install it as a trusted "
                                "certificate).")
                                 .arg(formatFingerprint(pending.tlsDigest));
            return {ErrorKind::Tls, message};
        }
        break;
    default:
        break;
    }
    return {ErrorKind::Network, tr("Could not reach %1: %2.").arg(host, reply->errorString())};
}

Error ArrClient::httpError(int status, const QByteArray &body) const
{
    const QString detail = serverMessage(body);
    const QString url = m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    switch (status) {
    case 401:
    case 403:
        return {ErrorKind::Auth, tr("The API key was refused by %1 (HTTP %2). Copy the key from Settings › "
                                    "General › Security in Radarr/Sonarr.")
                                     .arg(url)
                                     .arg(status)};
    case 404:
        return {ErrorKind::NotFound, tr("%1 has no such API address (HTTP 404). Check the URL base, and that "
                                        "this is a Radarr or Sonarr server of the configured type.")
                                         .arg(url)};
    case 429:
        return {ErrorKind::Server, tr("%1 kept asking us to slow down (HTTP 429). Set requests_per_second in "
                                      "the configuration.")
                                       .arg(url)};
    case 503:
        if (detail.contains(QLatin1String("starting"), Qt::CaseInsensitive))
            return {ErrorKind::Server, tr("%1 is still starting up (HTTP 503). Try again in a minute.").arg(url)};
        break;
    case 414:
        return {ErrorKind::Server, tr("%1 refused an over-long request (HTTP 414).").arg(url)};
    default:
        break;
    }
    QString message = tr("%1 answered with HTTP %2").arg(url).arg(status);
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    // The server's text rarely ends a sentence; the advice below starts a new one.
    if (!message.endsWith(QLatin1Char('.')) && !message.endsWith(QLatin1Char('!'))
        && !message.endsWith(QLatin1Char('?')))
        message += QLatin1Char('.');
    if (status >= 500)
        message += QLatin1Char(' ') + tr("This is a problem on the server; its log (System › Logs) says more.");
    return {ErrorKind::Server, message};
}

} // namespace arrscore
