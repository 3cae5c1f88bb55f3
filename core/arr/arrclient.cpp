#include "arr/arrclient.h"

#include "arr/gzipdecoder.h"
#include "base/logging.h"
#include "base/redaction.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace arrscore {

namespace {

// The slowest pace a requests/s limit may set: slower would let a sync run for days.
constexpr qint64 kSlowestSpacingMs = 60 * 1000;

// A QTimer interval is an int: anything longer would wrap into a timer that fires at once or never.
int timerInterval(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

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

// Why the client itself aborted the attempt that is running.
enum class ArrClient::Abort : quint8 { None, Deadline, Budget, TooLarge, Corrupt, Pin };

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
    qint64 firstSentMs = -1; // the client's clock at the first attempt: the request's budgets start here
    qint64 attemptMs = 0;    // the deadline of the running attempt
    Abort abort = Abort::None;
    qint64 announcedBytes = -1;        // a Content-Length over the limit
    QByteArray received;               // the body so far, read as it arrives
    qint64 rawBytes = 0;               // of the body as sent (compressed or not)
    std::shared_ptr<GzipDecoder> gzip; // when the body is gzip-compressed
    QString tlsProblem;                // why the certificate was refused, when it was
    QByteArray tlsDigest;              // the refused certificate's SHA-256
};

ArrClient::ArrClient(QNetworkAccessManager *nam, ClientSettings settings, QObject *parent)
    : QObject(parent), m_nam(nam), m_settings(std::move(settings)),
      m_circuit(m_settings.circuitThreshold, m_settings.circuitCooldownMs), m_rng(QRandomGenerator::securelySeeded()),
      m_pumpTimer(new QTimer(this))
{
    m_clock.start();
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ArrClient::pump);
    // Whatever the configuration says, every wait below must end: no value may disable a deadline or
    // overflow a timer.
    m_settings.maxConcurrency = std::max(1, m_settings.maxConcurrency);
    if (m_settings.timeoutMs <= 0)
        m_settings.timeoutMs = ClientSettings().timeoutMs;
    if (m_settings.retry.maxTotalMs <= 0)
        m_settings.retry.maxTotalMs = RetryPolicy().maxTotalMs;
    if (m_settings.maxResponseBytes <= 0)
        m_settings.maxResponseBytes = ClientSettings::kDefaultMaxResponseBytes;
    const double rps = m_settings.requestsPerSecond;
    if (rps > 0) // not NaN, not negative
        m_spacingMs = qint64(std::ceil(std::clamp(1000.0 / rps, 0.0, double(kSlowestSpacingMs))));

    const QString host = m_settings.baseUrl.host();
    const QHostAddress address(host);
    const bool loopback = address.isNull() ? host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
                                                 || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive)
                                           : address.isLoopback();
    if (m_settings.baseUrl.scheme() == QLatin1String("http") && !loopback && !m_settings.apiKey.isEmpty())
        m_notices << tr("The API key for %1 is sent over plain http, unencrypted: anyone who can watch the network "
                        "between here and the server can read it and take over Radarr/Sonarr. Use an https "
                        "address (e.g. through a reverse proxy) or a VPN or SSH tunnel.")
                         .arg(hostDescription());
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

QString ArrClient::durationText(qint64 ms) const
{
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (ms >= 2 * day)
        return tr("%n day(s)", nullptr, int(std::min<qint64>(ms / day, 36500)));
    if (ms >= 2 * hour)
        return tr("%n hour(s)", nullptr, int(ms / hour));
    if (ms >= 2 * minute)
        return tr("%n minute(s)", nullptr, int(ms / minute));
    return tr("%1 s").arg(double(ms) / 1000.0);
}

qint64 ArrClient::budgetEndMs(const Pending &pending) const
{
    return pending.firstSentMs + std::max<qint64>(m_settings.retry.maxTotalMs, m_settings.timeoutMs);
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
        // The breaker gates new requests only: a retry belongs to a request already let through, which its
        // own attempts and budget bound.
        if (m_queue.front()->attempt == 0 && !m_circuit.allowRequest(now)) {
            // Fail fast instead of sending more requests to a server that keeps failing.
            failNewRequests(
                Error{m_lastFailure.kind, tr("Stopped after %1 failed requests in a row to %2. The last error: %3")
                                              .arg(m_circuit.consecutiveFailures())
                                              .arg(hostDescription(), m_lastFailure.message)});
            continue;
        }
        if (m_spacingMs > 0 && now < m_nextStartMs) {
            m_pumpTimer->start(timerInterval(m_nextStartMs - now));
            return;
        }
        if (m_spacingMs > 0)
            m_nextStartMs = std::max(now, m_nextStartMs) + m_spacingMs;
        auto pending = m_queue.front();
        m_queue.pop_front();
        send(pending);
    }
}

void ArrClient::failNewRequests(const Error &error)
{
    std::deque<std::shared_ptr<Pending>> retries;
    for (const std::shared_ptr<Pending> &pending : m_queue) {
        if (pending->attempt == 0)
            complete(pending, error);
        else
            retries.push_back(pending);
    }
    m_queue = std::move(retries);
}

void ArrClient::send(const std::shared_ptr<Pending> &pending)
{
    QNetworkRequest request(urlFor(pending->path, pending->query));
    request.setRawHeader("X-Api-Key", m_settings.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    // Asked for by hand, so that Qt leaves the body compressed and GzipDecoder can tell a cut one.
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("arrscore/" ARRSCORE_VERSION));
    // Redirects are followed by hand: a 307 means the URL base is missing, which the user should hear of,
    // and the key must never follow one to another scheme, host or port.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    const qint64 now = m_clock.elapsed();
    if (pending->firstSentMs < 0)
        pending->firstSentMs = now;
    // One deadline from sending to the last byte (Qt's transfer timeout only notices silence, and a server
    // trickling a byte now and then would hold the request for ever), cut short by the request's budget.
    const qint64 left = budgetEndMs(*pending) - now;
    pending->attemptMs = std::max<qint64>(1, std::min<qint64>(m_settings.timeoutMs, left));
    pending->abort = Abort::None;
    pending->received.clear();
    pending->announcedBytes = -1;
    pending->rawBytes = 0;
    pending->gzip.reset();

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

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [this, reply, pending] {
        pending->abort = pending->attemptMs < m_settings.timeoutMs ? Abort::Budget : Abort::Deadline;
        reply->abort();
    });
    deadline->start(timerInterval(pending->attemptMs));
    watch(reply, pending);
}

void ArrClient::watch(QNetworkReply *reply, const std::shared_ptr<Pending> &pending)
{
    // Emitted after the handshake and before any HTTP data is sent (Qt blocks its network thread on the
    // slot): an impostor with a certificate some CA trusts never receives the key.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, pending] {
        if (m_settings.tlsFingerprint.isEmpty())
            return;
        const QByteArray digest = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
        if (digest != m_settings.tlsFingerprint) {
            pending->abort = Abort::Pin;
            pending->tlsDigest = digest;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, pending](const QList<QSslError> &errors) {
        QSslCertificate cert = reply->sslConfiguration().peerCertificate();
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull()) {
                cert = e.certificate();
                break;
            }
        }
        const QByteArray digest = cert.digest(QCryptographicHash::Sha256);
        // A self-signed certificate is accepted when it is the pinned one.
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
    // The body is taken as it arrives, so that it is held once, and refused once it is larger than any
    // real answer.
    const auto tooLarge = [this, reply, pending] {
        pending->abort = Abort::TooLarge;
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, pending, tooLarge] {
        if (reply->rawHeader("Content-Encoding").trimmed().compare("gzip", Qt::CaseInsensitive) == 0 && !pending->gzip)
            pending->gzip = std::make_shared<GzipDecoder>(m_settings.maxResponseBytes);
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (!length.isValid())
            return;
        pending->announcedBytes = length.toLongLong();
        if (pending->announcedBytes > m_settings.maxResponseBytes)
            tooLarge();
        else if (!pending->gzip)
            pending->received.reserve(pending->announcedBytes);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, pending, tooLarge] {
        if (pending->abort != Abort::None)
            return;
        const QByteArray chunk = reply->read(m_settings.maxResponseBytes + 1 - pending->rawBytes);
        pending->rawBytes += chunk.size();
        if (pending->gzip) {
            const GzipDecoder::State state = pending->gzip->feed(chunk, &pending->received);
            if (state == GzipDecoder::State::Corrupt) {
                pending->abort = Abort::Corrupt;
                reply->abort();
                return;
            }
        } else {
            pending->received += chunk;
        }
        if (pending->received.size() > m_settings.maxResponseBytes || pending->rawBytes > m_settings.maxResponseBytes)
            tooLarge();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] { onFinished(reply, pending); });
}

// An attempt the client aborted: *error says why and what to change; false when it was not aborted.
bool ArrClient::finishAborted(const Pending &pending, Error *error) const
{
    const QString host = hostDescription();
    switch (pending.abort) {
    case Abort::None:
        return false;
    case Abort::Deadline:
        *error = {ErrorKind::Network, tr("%1 did not finish answering within %2 (timeout: %3 in the "
                                         "configuration). The server may be overloaded or the connection slow: "
                                         "raise timeout or lower max_concurrency.")
                                          .arg(host, durationText(pending.attemptMs))
                                          .arg(m_settings.timeoutMs / 1000.0)};
        return true;
    case Abort::Budget:
        *error = {ErrorKind::Network,
                  tr("Gave up on a request to %1 after %2 and %n attempt(s): that is the longest one request may "
                     "take with its retries. The server is too slow or keeps failing; check its health "
                     "(System › Status), or raise timeout.",
                     nullptr, pending.attempt)
                      .arg(host, durationText(m_clock.elapsed() - pending.firstSentMs))};
        return true;
    case Abort::TooLarge:
        *error = {ErrorKind::Server,
                  tr("%1 sent an answer larger than %2 MiB (%3), more than any Radarr/Sonarr library needs, so it "
                     "was not read. Check that the URL points at Radarr or Sonarr.")
                      .arg(host)
                      .arg(m_settings.maxResponseBytes >> 20)
                      .arg(pending.announcedBytes > m_settings.maxResponseBytes
                               ? tr("%1 MiB announced").arg(pending.announcedBytes >> 20)
                               : tr("still arriving"))};
        return true;
    case Abort::Corrupt:
        *error = {ErrorKind::Network, tr("The answer from %1 arrived damaged (its gzip data is not valid).").arg(host)};
        return true;
    case Abort::Pin:
        *error = {ErrorKind::Tls, tr("The TLS certificate of %1 is not the pinned one: its fingerprint %2 does not "
                                     "match tls_fingerprint. Nothing was sent to it (not the API key either). If "
                                     "the server's certificate was renewed, pin the new one.")
                                      .arg(host, formatFingerprint(pending.tlsDigest))};
        return true;
    }
    return false;
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

    Error aborted;
    if (finishAborted(*pending, &aborted)) {
        if (pending->abort == Abort::Deadline || pending->abort == Abort::Corrupt)
            transportFailure(reply, pending, aborted);
        else
            fail(pending, aborted);
        pump();
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    if (status != 0)
        m_serverSeen = true;

    if (status != 0 && !m_settings.tlsFingerprint.isEmpty() && reply->url().scheme() == QLatin1String("https")) {
        // A connection reused from another client of the same manager had no handshake now: check the pin on
        // the reply too.
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
    // (seen under load): a body shorter than its Content-Length, or a gzip stream that did not reach its
    // end, is a dropped connection all the same.
    const bool cut =
        netError == QNetworkReply::NoError
        && ((pending->announcedBytes > 0 && pending->rawBytes < pending->announcedBytes)
            || (pending->gzip && pending->rawBytes > 0 && pending->gzip->state() != GzipDecoder::State::Finished));
    const qint64 arrived = pending->rawBytes;
    if (status == 0 || cut || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        // Nothing (or not all) came back: a transport failure.
        transportFailure(reply, pending,
                         cut ? Error{ErrorKind::Network, pending->announcedBytes > 0
                                                             ? tr("The connection to %1 closed before the whole "
                                                                  "answer arrived (%2 of %3 bytes).")
                                                                   .arg(hostDescription())
                                                                   .arg(arrived)
                                                                   .arg(pending->announcedBytes)
                                                             : tr("The connection to %1 closed before the whole "
                                                                  "answer arrived.")
                                                                   .arg(hostDescription())}
                             : networkError(reply, *pending));
        pump();
        return;
    }

    if (status >= 300 && status < 400) {
        Error refused;
        if (!followRedirect(reply, pending, &refused))
            fail(pending, refused);
        pump();
        return;
    }

    const QByteArray body = std::exchange(pending->received, {});
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
    // 429 and 503 refuse a request before it is handled; a 500, 502 or 504 may come after the server did
    // the work, so a POST is not repeated on those.
    const bool retryable =
        pending->verb == "POST" ? (status == 429 || status == 503) : RetryPolicy::isRetryableStatus(status);
    if (!retryable) {
        m_circuit.recordSuccess(); // the server answered; the request was wrong
        complete(pending, error);
        pump();
        return;
    }
    const std::optional<qint64> asked =
        RetryPolicy::retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (asked && *asked > m_settings.retry.maxRetryAfterMs) {
        // Asking again sooner than the server said would only be refused again.
        fail(pending,
             Error{ErrorKind::Server, tr("%1 answered HTTP %2 and asked to wait %3 before the next request "
                                         "(Retry-After), longer than arrscore waits (%4). Try again later.")
                                          .arg(hostDescription())
                                          .arg(status)
                                          .arg(durationText(*asked), durationText(m_settings.retry.maxRetryAfterMs))});
    } else {
        retryOrFail(pending, error, status == 503, asked);
    }
    pump();
}

void ArrClient::transportFailure(QNetworkReply *reply, const std::shared_ptr<Pending> &pending, Error error)
{
    const QNetworkReply::NetworkError netError = reply->error();
    if (error.kind != ErrorKind::Network || netError == QNetworkReply::HostNotFoundError) {
        fail(pending, error); // a certificate or a wrong name does not fix itself
        return;
    }
    const bool refused = netError == QNetworkReply::ConnectionRefusedError;
    if (pending->verb == "POST" && !refused) {
        // A POST acts: after a timeout or a dropped connection the server may have done it already, and
        // sending it again could do it twice. Only a refused connection certainly reached nobody.
        error.message += QLatin1Char(' ') + tr("The request may have reached the server, so it was not sent again.");
        fail(pending, error);
        return;
    }
    // Refused after the server had answered: it is restarting, which is waited for like a 503. Refused from
    // the start is more often a wrong port, which the attempts alone end soon.
    retryOrFail(pending, error, refused && m_serverSeen);
}

void ArrClient::retryOrFail(const std::shared_ptr<Pending> &pending, const Error &error, bool unavailable,
                            std::optional<qint64> delayMs)
{
    const qint64 elapsed = m_clock.elapsed() - pending->firstSentMs;
    const bool attemptsLeft = pending->attempt < m_settings.retry.maxAttempts;
    const bool waiting = unavailable && elapsed < m_settings.retry.unavailableBudgetMs;
    if (!attemptsLeft && !waiting) {
        Error final = error;
        if (unavailable)
            final.message += QLatin1Char(' ')
                             + tr("It was still unavailable after %1 and %n attempt(s).", nullptr, pending->attempt)
                                   .arg(durationText(elapsed));
        fail(pending, final);
        return;
    }
    // Past the attempts, an unavailable server is asked at the slowest backoff pace.
    const qint64 delay = delayMs.value_or(m_settings.retry.backoffMs(attemptsLeft ? pending->attempt - 1 : 30, m_rng));
    if (m_clock.elapsed() + delay >= budgetEndMs(*pending)) {
        Error final = error;
        final.message += QLatin1Char(' ')
                         + tr("Gave up after %1 and %n attempt(s), the longest one request may take with its "
                              "retries.",
                              nullptr, pending->attempt)
                               .arg(durationText(elapsed));
        fail(pending, final);
        return;
    }
    retryLater(pending, delay, error);
}

bool ArrClient::followRedirect(QNetworkReply *reply, const std::shared_ptr<Pending> &pending, Error *refused)
{
    const QUrl from = reply->url();
    const QUrl target = from.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    const auto portOf = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    const QString shownFrom = Redaction::url(from.toString());
    const QString shownTo = Redaction::url(target.toString());
    if (!target.isValid() || target.scheme() != from.scheme()
        || target.host().compare(from.host(), Qt::CaseInsensitive) != 0 || portOf(target) != portOf(from)) {
        // The key goes only where the user configured it (and the pin only guards that address).
        *refused = {ErrorKind::NotFound,
                    tr("%1 redirected to %2, another scheme, host or port. The API key is sent only to the "
                       "configured address, so the redirect was not followed. If %2 is really your server, set "
                       "url: to that address in the configuration.")
                        .arg(shownFrom, shownTo)};
        return false;
    }
    const QString suffix = QLatin1Char('/') + pending->path;
    if (pending->redirects >= 3 || !target.path().endsWith(suffix)) {
        *refused = {ErrorKind::NotFound, tr("The server at %1 redirected to %2, which is not an API address. "
                                            "Check the URL and its URL base.")
                                             .arg(m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo), shownTo)};
        return false;
    }
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

void ArrClient::retryLater(const std::shared_ptr<Pending> &pending, qint64 delayMs, const Error &lastError)
{
    ++m_retries;
    qCInfo(lcNet) << "retrying" << pending->path << "in" << delayMs << "ms after:" << lastError.message;
    QTimer::singleShot(timerInterval(delayMs), this, [this, pending] {
        if (m_cancelled || pending->done) {
            complete(pending, Error{ErrorKind::Cancelled, tr("Cancelled.")});
            return;
        }
        m_queue.push_front(pending);
        pump();
    });
}

void ArrClient::fail(const std::shared_ptr<Pending> &pending, const Error &error)
{
    // Only a request that gave up counts against the server: its retries were its own business.
    if (error.kind == ErrorKind::Network || error.kind == ErrorKind::Server) {
        m_circuit.recordFailure(m_clock.elapsed());
        m_lastFailure = error;
    }
    complete(pending, error);
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
