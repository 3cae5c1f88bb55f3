#include "arr/arrclient.h"

#include "arr/replybody.h"
#include "base/logfields.h"
#include "base/logging.h"
#include "base/redaction.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace arrscore {

namespace {

// Whatever the configuration says, every wait must end: no value may disable a deadline.
ClientSettings normalized(ClientSettings settings)
{
    settings.maxConcurrency = std::max(1, settings.maxConcurrency);
    if (settings.timeoutMs <= 0)
        settings.timeoutMs = ClientSettings().timeoutMs;
    if (settings.retry.maxTotalMs <= 0)
        settings.retry.maxTotalMs = RetryPolicy().maxTotalMs;
    if (settings.maxResponseBytes <= 0)
        settings.maxResponseBytes = ClientSettings::kDefaultMaxResponseBytes;
    return settings;
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
    Progress progress; // GET only, optional
    int attempt = 0;   // attempts made so far
    int redirects = 0;
    int manager = -1; // the ManagerPool index the running attempt was sent on
    bool done = false;
    qint64 firstSentMs = -1;  // the client's clock at the first attempt: the request's budgets start here
    qint64 attemptMs = 0;     // the deadline of the running attempt
    qint64 attemptSentMs = 0; // the client's clock when the running attempt was sent: its duration in the log
    Abort abort = Abort::None;
    ReplyBody answer{0};  // of the running attempt: send() gives each attempt a fresh one
    QString tlsProblem;   // why the certificate was refused, when it was
    QByteArray tlsDigest; // the refused certificate's SHA-256
};

QString ArrClient::loggedPath(const Pending &pending)
{
    const QString query = pending.query.toString(QUrl::FullyEncoded);
    return Redaction::url(query.isEmpty() ? pending.path : pending.path + QLatin1Char('?') + query);
}

ArrClient::ArrClient(QNetworkAccessManager *nam, ClientSettings settings, QObject *parent)
    : QObject(parent), m_settings(normalized(std::move(settings))), m_errors(m_settings), m_guard(m_settings),
      m_pacing(m_settings), m_circuit(m_settings.circuitThreshold, m_settings.circuitCooldownMs),
      m_rng(QRandomGenerator::securelySeeded()), m_pumpTimer(new QTimer(this)),
      m_managers(nam, m_settings.maxConcurrency)
{
    m_clock.start();
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ArrClient::pump);
    if (m_guard.keyTravelsInClear())
        m_notices << m_errors.plainHttpNotice();
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

std::shared_ptr<ArrClient::Pending> ArrClient::newGet(const QString &path, const QUrlQuery &query, Callback callback,
                                                      Progress progress)
{
    auto pending = std::make_shared<Pending>();
    pending->verb = "GET";
    pending->path = path;
    pending->query = query;
    pending->callback = std::move(callback);
    pending->progress = std::move(progress);
    return pending;
}

void ArrClient::get(const QString &path, const QUrlQuery &query, Callback callback, Progress progress)
{
    enqueue(newGet(path, query, std::move(callback), std::move(progress)));
}

void ArrClient::getNext(const QString &path, const QUrlQuery &query, Callback callback)
{
    enqueue(newGet(path, query, std::move(callback)), true);
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

void ArrClient::enqueue(std::shared_ptr<Pending> pending, bool next)
{
    if (m_cancelled) {
        complete(pending, RequestErrors::cancelled());
        return;
    }
    if (next)
        m_queue.push_front(std::move(pending));
    else
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
            failNewRequests(m_errors.circuitOpen(m_circuit.consecutiveFailures(), m_lastFailure));
            continue;
        }
        if (const qint64 wait = m_pacing.takeStart(now); wait > 0) {
            m_pumpTimer->start(RequestPacing::timerInterval(wait));
            return;
        }
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
    pending->attemptMs = m_pacing.attemptMs(now, pending->firstSentMs);
    pending->abort = Abort::None;
    pending->answer = ReplyBody(m_settings.maxResponseBytes);

    ++pending->attempt;
    ++m_requestsSent;
    ++m_inFlight;
    pending->attemptSentMs = now;
    {
        const LogFields fields(
            {{QStringLiteral("instance"), m_settings.instanceName}, {QStringLiteral("path"), loggedPath(*pending)}});
        qCDebug(lcNet) << pending->verb << request.url().toDisplayString(QUrl::RemoveUserInfo) << "attempt"
                       << pending->attempt;
    }

    // Qt 6.4 sends at most six requests per host at once through one manager; the pool adds managers so that
    // maxConcurrency is reached.
    pending->manager = m_managers.acquire();
    QNetworkAccessManager *nam = m_managers.manager(pending->manager);
    QNetworkReply *reply = nullptr;
    if (pending->verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = nam->post(request, pending->body);
    } else {
        reply = nam->get(request);
    }
    m_running.append(reply);

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [this, reply, pending] {
        pending->abort = m_pacing.cutByBudget(pending->attemptMs) ? Abort::Budget : Abort::Deadline;
        reply->abort();
    });
    deadline->start(RequestPacing::timerInterval(pending->attemptMs));
    watch(reply, pending);
}

void ArrClient::watch(QNetworkReply *reply, const std::shared_ptr<Pending> &pending)
{
    // Emitted after the handshake and before any HTTP data is sent (Qt blocks its network thread on the
    // slot): an impostor with a certificate some CA trusts never receives the key.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, pending] {
        const QByteArray digest = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
        if (!m_guard.acceptsPeer(digest)) {
            pending->abort = Abort::Pin;
            pending->tlsDigest = digest;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, pending](const QList<QSslError> &errors) {
        const QByteArray digest = OriginGuard::presentedDigest(*reply, errors);
        if (m_guard.acceptsDespiteErrors(digest)) {
            reply->ignoreSslErrors(errors);
            return;
        }
        pending->tlsDigest = digest;
        if (m_guard.isPinned())
            pending->tlsProblem = RequestErrors::pinProblem(digest);
        else if (!errors.isEmpty())
            pending->tlsProblem = errors.first().errorString();
    });
    // The body is taken as it arrives, so that it is held once, and refused once it is larger than any
    // real answer.
    const auto check = [reply, pending](ReplyBody::State state) {
        if (state == ReplyBody::State::Reading)
            return;
        pending->abort = state == ReplyBody::State::TooLarge ? Abort::TooLarge : Abort::Corrupt;
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, pending, check] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        check(pending->answer.start(reply->rawHeader("Content-Encoding"), length.isValid() ? length.toLongLong() : -1));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, pending, check] {
        // A caller peeking at the body (Progress) sees it a slice at a time, and what it asks for meanwhile is
        // sent at once, while the rest is inflated (a 4 MB gzip body is 30 MB of JSON, some 80 ms of inflating).
        // Only a 200's body (an error page is no peek's business) that has not been refused.
        const bool peek =
            pending->progress && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        constexpr qint64 kPeekSlice = qint64(128) * 1024;
        while (pending->abort == Abort::None && reply->bytesAvailable() > 0) {
            check(pending->answer.append(
                reply->read(peek ? std::min(kPeekSlice, pending->answer.readLimit()) : pending->answer.readLimit())));
            if (!peek || pending->abort != Abort::None)
                continue;
            pending->progress(pending->answer.received());
            if (!m_queue.empty())
                pump();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] { onFinished(reply, pending); });
}

// The error of an attempt the client aborted itself, or nullopt when it was not aborted.
std::optional<Error> ArrClient::abortError(const Pending &pending) const
{
    switch (pending.abort) {
    case Abort::None:
        return std::nullopt;
    case Abort::Deadline:
        return m_errors.deadline(pending.attemptMs);
    case Abort::Budget:
        return m_errors.budget(m_clock.elapsed() - pending.firstSentMs, pending.attempt);
    case Abort::TooLarge:
        return m_errors.tooLarge(pending.answer.announcedBytes());
    case Abort::Corrupt:
        return m_errors.corrupt();
    case Abort::Pin:
        return m_errors.pinRefusedBeforeSending(pending.tlsDigest);
    }
    return std::nullopt;
}

void ArrClient::onFinished(QNetworkReply *reply, const std::shared_ptr<Pending> &pending)
{
    reply->deleteLater();
    m_running.removeAll(reply);
    --m_inFlight;
    m_managers.release(pending->manager);
    const auto next = qScopeGuard([this] { pump(); });
    if (pending->done || m_cancelled) {
        complete(pending, RequestErrors::cancelled());
        return;
    }

    if (const std::optional<Error> aborted = abortError(*pending)) {
        if (pending->abort == Abort::Deadline || pending->abort == Abort::Corrupt)
            transportFailure(reply, pending, *aborted);
        else
            fail(pending, *aborted);
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    if (status != 0)
        m_serverSeen = true;
    {
        const qint64 durationMs = m_clock.elapsed() - pending->attemptSentMs;
        const LogFields fields({{QStringLiteral("instance"), m_settings.instanceName},
                                {QStringLiteral("path"), loggedPath(*pending)},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("duration_ms"), durationMs}});
        qCDebug(lcNet).noquote() << pending->verb << loggedPath(*pending) << "->" << status << "in" << durationMs
                                 << "ms";
    }

    if (status != 0 && m_guard.isPinned() && reply->url().scheme() == QLatin1String("https")) {
        // A connection reused from another client of the same manager had no handshake now: check the pin on
        // the reply too.
        const QByteArray digest = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
        if (!m_guard.acceptsPeer(digest)) {
            complete(pending, m_errors.pinMismatch(digest));
            return;
        }
    }

    // A body that ended early is a dropped connection, even when Qt finished it without an error.
    const bool cut = netError == QNetworkReply::NoError && pending->answer.isCut();
    if (status == 0 || cut || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        // Nothing (or not all) came back: a transport failure.
        transportFailure(reply, pending,
                         cut ? m_errors.cutBody(pending->answer.rawBytes(), pending->answer.announcedBytes())
                             : m_errors.network(*reply, pending->tlsProblem, pending->tlsDigest));
        return;
    }

    if (status >= 300 && status < 400) {
        Error refused;
        if (!followRedirect(reply, pending, &refused))
            fail(pending, refused);
        return;
    }

    const QByteArray body = pending->answer.take();
    if (status >= 200 && status < 300) {
        m_circuit.recordSuccess(); // the server is up, even when the address turns out wrong
        const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (!contentType.contains(QLatin1String("json"), Qt::CaseInsensitive)) {
            complete(pending, m_errors.notJson(contentType, body));
            return;
        }
        complete(pending, body);
        Q_EMIT requestFinished();
        return;
    }

    // 429 and 503 refuse a request before it is handled; a 500, 502 or 504 may come after the server did
    // the work, so a POST is not repeated on those.
    const bool retryable =
        pending->verb == "POST" ? (status == 429 || status == 503) : RetryPolicy::isRetryableStatus(status);
    if (!retryable) {
        m_circuit.recordSuccess(); // the server answered; the request was wrong
        complete(pending, m_errors.http(status, body));
        return;
    }
    const std::optional<qint64> asked =
        RetryPolicy::retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (asked && *asked > m_settings.retry.maxRetryAfterMs) // asking again sooner would only be refused again
        fail(pending, m_errors.retryAfterTooLong(status, *asked));
    else
        retryOrFail(pending, m_errors.http(status, body), status == 503, asked);
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
        error.message += QLatin1Char(' ') + RequestErrors::mayHaveActed();
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
    const qint64 now = m_clock.elapsed();
    const RequestPacing::Next next =
        m_pacing.afterFailure(now, pending->firstSentMs, pending->attempt, unavailable, delayMs, m_rng);
    const qint64 elapsed = now - pending->firstSentMs;
    Error final = error;
    switch (next.action) {
    case RequestPacing::Next::Action::Retry:
        // Each failed attempt counts against the server, so that a sync whose calls all fail (a 502 or 503 on
        // every per-series call) stops sending new ones after a few attempts in all rather than a few per
        // call, which across a sync's concurrent calls waiting out a 503 came to a thousand requests in 90 s.
        // The breaker gates new requests only, so one request still waits out a start-up or a restart.
        m_circuit.recordFailure(now);
        m_lastFailure = error;
        retryLater(pending, next.delayMs, error);
        return;
    case RequestPacing::Next::Action::Exhausted:
        if (unavailable)
            final.message += QLatin1Char(' ') + RequestErrors::stillUnavailable(elapsed, pending->attempt);
        break;
    case RequestPacing::Next::Action::OverBudget:
        final.message += QLatin1Char(' ') + RequestErrors::gaveUp(elapsed, pending->attempt);
        break;
    }
    fail(pending, final);
}

bool ArrClient::followRedirect(QNetworkReply *reply, const std::shared_ptr<Pending> &pending, Error *refused)
{
    const QUrl from = reply->url();
    const QUrl target = from.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    QUrl newBase;
    switch (m_guard.judgeRedirect(from, target, pending->path, pending->redirects, &newBase)) {
    case OriginGuard::Redirect::Elsewhere:
        *refused = m_errors.redirectElsewhere(from, target);
        return false;
    case OriginGuard::Redirect::NotApi:
        *refused = m_errors.redirectNotApi(target);
        return false;
    case OriginGuard::Redirect::Follow:
        break;
    }
    // Adopted for every later request.
    const QString notice = m_errors.redirectFollowed(newBase);
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
    QTimer::singleShot(RequestPacing::timerInterval(delayMs), this, [this, pending] {
        if (m_cancelled || pending->done) {
            complete(pending, RequestErrors::cancelled());
            return;
        }
        m_queue.push_front(pending);
        pump();
    });
}

void ArrClient::fail(const std::shared_ptr<Pending> &pending, const Error &error)
{
    // A request that gives up counts against the server, as each of its attempts retried did (retryOrFail).
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
    const Error cancelled = RequestErrors::cancelled();
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

} // namespace arrscore
