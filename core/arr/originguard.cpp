#include "arr/originguard.h"

#include "arr/clientsettings.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

namespace arrscore {

namespace {

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    const QHostAddress address(host);
    if (!address.isNull())
        return address.isLoopback();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
           || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive);
}

} // namespace

bool OriginGuard::keyTravelsInClear() const
{
    return m_settings.baseUrl.scheme() == QLatin1String("http") && !isLoopback(m_settings.baseUrl)
           && !m_settings.apiKey.isEmpty();
}

bool OriginGuard::isPinned() const
{
    return !m_settings.tlsFingerprint.isEmpty();
}

bool OriginGuard::acceptsPeer(const QByteArray &digest) const
{
    return !isPinned() || digest == m_settings.tlsFingerprint;
}

bool OriginGuard::acceptsDespiteErrors(const QByteArray &digest) const
{
    // A self-signed certificate is accepted when it is the pinned one.
    return !m_settings.verifyTls || (isPinned() && digest == m_settings.tlsFingerprint);
}

QByteArray OriginGuard::presentedDigest(const QNetworkReply &reply, const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        if (!e.certificate().isNull())
            return e.certificate().digest(QCryptographicHash::Sha256);
    }
    return reply.sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
}

OriginGuard::Redirect OriginGuard::judgeRedirect(const QUrl &from, const QUrl &to, const QString &path,
                                                 int redirectsSoFar, QUrl *newBase) const
{
    // The key goes only where the user configured it (and the pin only guards that address).
    if (!to.isValid() || to.scheme() != from.scheme() || to.host().compare(from.host(), Qt::CaseInsensitive) != 0
        || portOf(to) != portOf(from))
        return Redirect::Elsewhere;
    const QString suffix = QLatin1Char('/') + path;
    if (redirectsSoFar >= 3 || !to.path().endsWith(suffix))
        return Redirect::NotApi;
    // The server put its URL base in front of our path.
    *newBase = to;
    newBase->setQuery(QString());
    newBase->setPath(to.path().chopped(suffix.size()));
    return Redirect::Follow;
}

} // namespace arrscore
