#include "notify/httpdelivery.h"

#include "base/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace arrscore {

namespace {

// What went wrong, in words, without QNetworkReply::errorString(): it quotes the URL, and a webhook URL
// is a secret.
QString networkProblem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpDelivery::tr("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return HttpDelivery::tr("the server closed the connection");
    case QNetworkReply::HostNotFoundError:
        return HttpDelivery::tr("the host name was not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return HttpDelivery::tr("no answer in time");
    case QNetworkReply::SslHandshakeFailedError:
        return HttpDelivery::tr("the TLS certificate was not accepted");
    default:
        return HttpDelivery::tr("a network error (%1)").arg(int(error));
    }
}

} // namespace

HttpDelivery::HttpDelivery(QNetworkAccessManager *network, NotificationTarget target, HttpPayload payload,
                           DeliveryOptions options, QObject *parent)
    : QObject(parent), m_network(network), m_target(std::move(target)), m_payload(std::move(payload)),
      m_options(std::move(options)), m_rng(QRandomGenerator::securelySeeded())
{
}

void HttpDelivery::start(std::function<void(const DeliveryResult &)> done)
{
    m_done = std::move(done);
    m_clock.start();
    attempt();
}

void HttpDelivery::attempt()
{
    ++m_attempts;
    QNetworkRequest request(m_payload.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_payload.contentType);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("arrscore"));
    for (const auto &[name, value] : m_payload.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_target.timeoutSeconds * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, m_payload.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handle(reply); });
}

void HttpDelivery::handle(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        finish(true, {});
        return;
    }
    if (status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        const bool tls = error == QNetworkReply::SslHandshakeFailedError;
        const Error problem{tls ? ErrorKind::Tls : ErrorKind::Network,
                            tr("%1: %2").arg(m_target.label(), networkProblem(error))};
        if (tls)
            finish(false, problem);
        else
            retryOrFail(problem, std::nullopt);
        return;
    }
    std::optional<qint64> retryAfter;
    if (status == 429 || status == 503)
        retryAfter = RetryPolicy::retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    ErrorKind kind = ErrorKind::Server;
    QString what = tr("%1 answered HTTP %2").arg(m_target.label()).arg(status);
    if (status == 401 || status == 403) {
        kind = ErrorKind::Auth;
        what += QStringLiteral(": ") + tr("the URL or token was refused; check it in the configuration");
    } else if (status == 404) {
        kind = ErrorKind::NotFound;
        what += QStringLiteral(": ") + tr("there is nothing at this URL (a deleted webhook?); check it");
    } else if (status == 429) {
        what += QStringLiteral(": ") + tr("too many messages; the server asked to wait");
    } else if (status >= 400 && status < 500) {
        kind = ErrorKind::Config;
        what += QStringLiteral(": ") + tr("the message was refused; check the target's settings");
    }
    // A repeated notification is harmless next to a lost one: a 500 is tried again too.
    if (RetryPolicy::isRetryableStatus(status, true))
        retryOrFail({kind, what}, retryAfter);
    else
        finish(false, {kind, what});
}

void HttpDelivery::retryOrFail(const Error &error, std::optional<qint64> retryAfterMs)
{
    const RetryPolicy &policy = m_options.retry;
    if (m_attempts >= policy.maxAttempts) {
        finish(false, {error.kind, tr("%1 (after %n attempt(s))", nullptr, m_attempts).arg(error.message)});
        return;
    }
    if (retryAfterMs && *retryAfterMs > policy.maxRetryAfterMs) {
        finish(false, {error.kind, tr("%1; it asked to wait %n s, longer than arrscore waits", nullptr,
                                      int(std::min<qint64>(*retryAfterMs / 1000, 1 << 30)))
                                       .arg(error.message)});
        return;
    }
    const qint64 delay = retryAfterMs ? *retryAfterMs : policy.backoffMs(m_attempts - 1, m_rng);
    if (m_clock.elapsed() + delay > policy.maxTotalMs) {
        finish(false, {error.kind, tr("%1 (gave up after %n attempt(s))", nullptr, m_attempts).arg(error.message)});
        return;
    }
    qCInfo(lcNet).noquote() << "notification" << m_target.label() << "attempt" << m_attempts
                            << "failed:" << error.message << "- trying again in" << delay << "ms";
    QTimer::singleShot(std::chrono::milliseconds(delay), this, &HttpDelivery::attempt);
}

void HttpDelivery::finish(bool sent, const Error &error)
{
    DeliveryResult result;
    result.target = m_target.name;
    result.label = m_target.label();
    result.sent = sent;
    result.error = error;
    result.attempts = m_attempts;
    if (sent)
        qCInfo(lcNet).noquote() << "notification" << m_target.label() << "delivered after" << m_attempts
                                << "attempt(s)";
    else
        qCInfo(lcNet).noquote() << "notification" << m_target.label() << "failed:" << error.message;
    if (auto done = std::exchange(m_done, nullptr))
        done(result);
}

} // namespace arrscore
