#include "arr/requesterrors.h"

#include "arr/clientsettings.h"
#include "base/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>

#include <algorithm>

namespace arrscore {

namespace {

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

QString RequestErrors::host() const
{
    const QUrl &u = m_settings.baseUrl;
    const int port = u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
    return u.host() + QLatin1Char(':') + QString::number(port);
}

QString RequestErrors::url() const
{
    return m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

QString RequestErrors::duration(qint64 ms)
{
    constexpr qint64 minute = qint64(60) * 1000;
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

QString RequestErrors::fingerprint(const QByteArray &digest)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(digest.toHex(':').toUpper());
}

Error RequestErrors::cancelled()
{
    return {ErrorKind::Cancelled, tr("Cancelled.")};
}

Error RequestErrors::circuitOpen(int failures, const Error &last) const
{
    return {last.kind, tr("Stopped after %Ln failed requests in a row to %1. The last error: %2", nullptr, failures)
                           .arg(host(), last.message)};
}

QString RequestErrors::plainHttpNotice() const
{
    return tr("The API key for %1 is sent over plain http, unencrypted: anyone who can watch the network "
              "between here and the server can read it and take over Radarr/Sonarr. Use an https "
              "address (e.g. through a reverse proxy) or a VPN or SSH tunnel.")
        .arg(host());
}

Error RequestErrors::network(const QNetworkReply &reply, const QString &tlsProblem, const QByteArray &tlsDigest) const
{
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return {ErrorKind::Network, tr("Connection refused by %1. Is the server running, and is the port in the "
                                       "URL right?")
                                        .arg(host())};
    case QNetworkReply::HostNotFoundError:
        return {ErrorKind::Network, tr("The host name \"%1\" was not found. Check the URL for a typo, or use the "
                                       "server's IP address.")
                                        .arg(m_settings.baseUrl.host())};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return {ErrorKind::Network, tr("%1 did not answer within %2 s. The server may be overloaded: raise "
                                       "timeout or lower max_concurrency in the configuration.")
                                        .arg(host())
                                        .arg(m_settings.timeoutMs / 1000.0)};
    case QNetworkReply::RemoteHostClosedError:
        return {ErrorKind::Network, tr("%1 closed the connection before the whole answer arrived.").arg(host())};
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (!tlsDigest.isEmpty() || reply.error() == QNetworkReply::SslHandshakeFailedError) {
            QString message = tr("The TLS certificate of %1 is not trusted (%2).")
                                  .arg(host(), tlsProblem.isEmpty() ? reply.errorString() : tlsProblem);
            if (!tlsDigest.isEmpty() && m_settings.tlsFingerprint.isEmpty())
                message += QLatin1Char(' ')
                           + tr("If it is your server's own self-signed certificate, pin it in the "
                                "configuration: tls_fingerprint: \"%1\" (or install it as a trusted "
                                "certificate).")
                                 .arg(fingerprint(tlsDigest));
            return {ErrorKind::Tls, message};
        }
        break;
    default:
        break;
    }
    return {ErrorKind::Network, tr("Could not reach %1: %2.").arg(host(), reply.errorString())};
}

Error RequestErrors::http(int status, const QByteArray &body) const
{
    const QString detail = serverMessage(body);
    switch (status) {
    case 401:
    case 403:
        return {ErrorKind::Auth, tr("The API key was refused by %1 (HTTP %2). Copy the key from Settings › "
                                    "General › Security in Radarr/Sonarr.")
                                     .arg(url())
                                     .arg(status)};
    case 404:
        return {ErrorKind::NotFound, tr("%1 has no such API address (HTTP 404). Check the URL base, and that "
                                        "this is a Radarr or Sonarr server of the configured type.")
                                         .arg(url())};
    case 429:
        return {ErrorKind::Server, tr("%1 kept asking us to slow down (HTTP 429). Set requests_per_second in "
                                      "the configuration.")
                                       .arg(url())};
    case 503:
        if (detail.contains(QLatin1String("starting"), Qt::CaseInsensitive))
            return {ErrorKind::Server, tr("%1 is still starting up (HTTP 503). Try again in a minute.").arg(url())};
        break;
    case 414:
        return {ErrorKind::Server, tr("%1 refused an over-long request (HTTP 414).").arg(url())};
    default:
        break;
    }
    QString message = tr("%1 answered with HTTP %2").arg(url()).arg(status);
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

Error RequestErrors::notJson(const QString &contentType, const QByteArray &body) const
{
    const bool html =
        contentType.contains(QLatin1String("html"), Qt::CaseInsensitive) || body.trimmed().startsWith('<');
    if (html)
        return {ErrorKind::NotFound, tr("%1 answered with a web page instead of the API. The URL base is probably "
                                        "wrong: use the address you open Radarr/Sonarr at in a browser, e.g. "
                                        "http://host:7878 or http://host:7878/radarr.")
                                         .arg(url())};
    return {ErrorKind::NotFound,
            tr("%1 answered with \"%2\" instead of JSON. Is this a Radarr or Sonarr server?").arg(url(), contentType)};
}

Error RequestErrors::cutBody(qint64 arrivedBytes, qint64 announcedBytes) const
{
    if (announcedBytes > 0)
        return {ErrorKind::Network,
                tr("The connection to %1 closed before the whole answer arrived (%L2 of %L3 bytes).")
                    .arg(host())
                    .arg(arrivedBytes)
                    .arg(announcedBytes)};
    return {ErrorKind::Network, tr("The connection to %1 closed before the whole answer arrived.").arg(host())};
}

Error RequestErrors::retryAfterTooLong(int status, qint64 askedMs) const
{
    return {ErrorKind::Server, tr("%1 answered HTTP %2 and asked to wait %3 before the next request "
                                  "(Retry-After), longer than arrscore waits (%4). Try again later.")
                                   .arg(host())
                                   .arg(status)
                                   .arg(duration(askedMs), duration(m_settings.retry.maxRetryAfterMs))};
}

QString RequestErrors::mayHaveActed()
{
    return tr("The request may have reached the server, so it was not sent again.");
}

QString RequestErrors::stillUnavailable(qint64 elapsedMs, int attempts)
{
    return tr("It was still unavailable after %1 and %n attempt(s).", nullptr, attempts).arg(duration(elapsedMs));
}

QString RequestErrors::gaveUp(qint64 elapsedMs, int attempts)
{
    return tr("Gave up after %1 and %n attempt(s), the longest one request may take with its "
              "retries.",
              nullptr, attempts)
        .arg(duration(elapsedMs));
}

Error RequestErrors::deadline(qint64 attemptMs) const
{
    return {ErrorKind::Network, tr("%1 did not finish answering within %2 (timeout: %3 in the "
                                   "configuration). The server may be overloaded or the connection slow: "
                                   "raise timeout or lower max_concurrency.")
                                    .arg(host(), duration(attemptMs))
                                    .arg(m_settings.timeoutMs / 1000.0)};
}

Error RequestErrors::budget(qint64 elapsedMs, int attempts) const
{
    return {ErrorKind::Network,
            tr("Gave up on a request to %1 after %2 and %n attempt(s): that is the longest one request may "
               "take with its retries. The server is too slow or keeps failing; check its health "
               "(System › Status), or raise timeout.",
               nullptr, attempts)
                .arg(host(), duration(elapsedMs))};
}

Error RequestErrors::tooLarge(qint64 announcedBytes) const
{
    const qint64 limit = m_settings.maxResponseBytes;
    return {ErrorKind::Server,
            tr("%1 sent an answer larger than %2 MiB (%3), more than any Radarr/Sonarr library needs, so it "
               "was not read. Check that the URL points at Radarr or Sonarr.")
                .arg(host())
                .arg(limit >> 20)
                .arg(announcedBytes > limit ? tr("%1 MiB announced").arg(announcedBytes >> 20) : tr("still arriving"))};
}

Error RequestErrors::corrupt() const
{
    return {ErrorKind::Network, tr("The answer from %1 arrived damaged (its gzip data is not valid).").arg(host())};
}

Error RequestErrors::pinRefusedBeforeSending(const QByteArray &digest) const
{
    return {ErrorKind::Tls, tr("The TLS certificate of %1 is not the pinned one: its fingerprint %2 does not "
                               "match tls_fingerprint. Nothing was sent to it (not the API key either). If "
                               "the server's certificate was renewed, pin the new one.")
                                .arg(host(), fingerprint(digest))};
}

Error RequestErrors::pinMismatch(const QByteArray &digest) const
{
    return {ErrorKind::Tls, tr("The TLS certificate of %1 is not the pinned one: its "
                               "fingerprint %2 does not match tls_fingerprint.")
                                .arg(host(), fingerprint(digest))};
}

QString RequestErrors::pinProblem(const QByteArray &digest)
{
    return tr("its fingerprint %1 does not match the pinned tls_fingerprint").arg(fingerprint(digest));
}

Error RequestErrors::redirectElsewhere(const QUrl &from, const QUrl &to) const
{
    return {ErrorKind::NotFound, tr("%1 redirected to %2, another scheme, host or port. The API key is sent only to "
                                    "the configured address, so the redirect was not followed. If %2 is really "
                                    "your server, set url: to that address in the configuration.")
                                     .arg(Redaction::url(from.toString()), Redaction::url(to.toString()))};
}

Error RequestErrors::redirectNotApi(const QUrl &to) const
{
    return {ErrorKind::NotFound, tr("The server at %1 redirected to %2, which is not an API address. "
                                    "Check the URL and its URL base.")
                                     .arg(url(), Redaction::url(to.toString()))};
}

QString RequestErrors::redirectFollowed(const QUrl &newBase) const
{
    return tr("The server redirected %1 to %2: the URL base is missing from the configured "
              "URL. Followed it; set the url to %2 to avoid the extra request.")
        .arg(url(), newBase.toDisplayString(QUrl::RemoveUserInfo));
}

} // namespace arrscore
