#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

class QNetworkReply;
class QSslError;

namespace arrscore {

struct ClientSettings;

// Where the API key may go: only to the configured scheme, host and port, and to the pinned certificate
// when one is set. Judges certificates and redirects; ArrClient acts on the verdicts.
class OriginGuard
{
public:
    enum class Redirect : quint8 {
        Follow,    // the same origin with the URL base in front of the path: adopt *newBase
        Elsewhere, // another scheme, host or port: the key must not follow
        NotApi,    // the same origin, but not the API path asked for (or too many redirects)
    };

    // `settings` is the client's own, which outlives this.
    explicit OriginGuard(const ClientSettings &settings) : m_settings(settings) {}

    // Plain http to a host other than this machine: the key crosses the network readable by anyone on it.
    bool keyTravelsInClear() const;
    // Whether a certificate that completed its handshake may receive the request: no pin, or the pinned one.
    bool acceptsPeer(const QByteArray &digest) const;
    // Whether a certificate with errors is used anyway: verification is off, or it is the pinned one.
    bool acceptsDespiteErrors(const QByteArray &digest) const;
    bool isPinned() const;
    // The SHA-256 of the certificate the errors are about (or the peer's).
    static QByteArray presentedDigest(const QNetworkReply &reply, const QList<QSslError> &errors);

    Redirect judgeRedirect(const QUrl &from, const QUrl &to, const QString &path, int redirectsSoFar,
                           QUrl *newBase) const;

private:
    const ClientSettings &m_settings;
};

} // namespace arrscore
