#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QNetworkReply;
class QUrl;

namespace arrscore {

struct ClientSettings;

// Every message ArrClient gives a user: what failed, at which server, and what to change in the
// configuration. Servers are named by the configured URL without user info: never a key.
class RequestErrors
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::RequestErrors)
public:
    // `settings` is the client's own, which outlives this and whose URL base a redirect may change.
    explicit RequestErrors(const ClientSettings &settings) : m_settings(settings) {}

    // The server as "host:port".
    QString host() const;
    // A certificate's SHA-256 as tls_fingerprint: takes it.
    static QString fingerprint(const QByteArray &digest);

    static Error cancelled();
    Error circuitOpen(int failures, const Error &last) const;
    QString plainHttpNotice() const;

    // A transport failure: refused, no such host, timeout, reset, an untrusted certificate (`tlsProblem`
    // and `tlsDigest` say why and which, when the client refused it).
    Error network(const QNetworkReply &reply, const QString &tlsProblem, const QByteArray &tlsDigest) const;
    // An HTTP error status, with the server's own message when its body holds one.
    Error http(int status, const QByteArray &body) const;
    Error notJson(const QString &contentType, const QByteArray &body) const;
    Error cutBody(qint64 arrivedBytes, qint64 announcedBytes) const;
    Error retryAfterTooLong(int status, qint64 askedMs) const;
    // Appended to the last error of a request that is not tried again.
    static QString mayHaveActed();
    static QString stillUnavailable(qint64 elapsedMs, int attempts);
    static QString gaveUp(qint64 elapsedMs, int attempts);

    // Attempts the client aborted itself.
    Error deadline(qint64 attemptMs) const;
    Error budget(qint64 elapsedMs, int attempts) const;
    Error tooLarge(qint64 announcedBytes) const;
    Error corrupt() const;
    Error pinRefusedBeforeSending(const QByteArray &digest) const;
    Error pinMismatch(const QByteArray &digest) const;
    // Why a certificate with errors was refused although a pin is set.
    static QString pinProblem(const QByteArray &digest);

    Error redirectElsewhere(const QUrl &from, const QUrl &to) const;
    Error redirectNotApi(const QUrl &to) const;
    QString redirectFollowed(const QUrl &newBase) const;

private:
    QString url() const;

    const ClientSettings &m_settings;
};

} // namespace arrscore
