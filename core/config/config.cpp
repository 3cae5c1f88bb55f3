#include "config/config.h"

#include "base/redaction.h"
#include "config/databaselocation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace arrscore {

QString InstanceConfig::maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QCoreApplication::translate("arrscore::InstanceConfig", "(not set)");
    // Showing both ends of a short key would reveal most of it.
    if (secret.size() < 16)
        return QStringLiteral("****");
    return secret.left(4) + QChar(0x2026) + secret.right(4);
}

bool InstanceConfig::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

QString InstanceConfig::checkUrl(const QString &text, QUrl *normalised)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        QString problem = QCoreApplication::translate(
            "arrscore::ConfigLoader",
            "expected an http:// or https:// URL with a host, e.g. http://localhost:7878/radarr");
        // Echo only a credential-free form: a URL may carry user:password@.
        const QString shown = url.isValid() ? url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) : QString();
        if (!shown.isEmpty() && shown.size() <= 80)
            problem +=
                QStringLiteral("; ")
                + QCoreApplication::translate("arrscore::ConfigLoader", "got \"%1\"").arg(Redaction::quoted(shown));
        return problem;
    }
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("arrscore::ConfigLoader",
                                           "expected a base URL without a ?query or #fragment");
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    *normalised = url;
    normalised->setPath(path);
    return {};
}

std::optional<QByteArray> InstanceConfig::parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!pattern.match(hex).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(hex.toLatin1());
}

QString InstanceConfig::maskedApiKey() const
{
    return maskSecret(apiKey);
}

QString InstanceConfig::displayUrl() const
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString InstanceConfig::envPrefix(const QString &instanceName)
{
    QString prefix = instanceName.toUpper();
    prefix.replace(QLatin1Char('-'), QLatin1Char('_'));
    return prefix;
}

const InstanceConfig *AppConfig::instance(const QString &name) const
{
    for (const InstanceConfig &config : instances) {
        if (config.name == name)
            return &config;
    }
    return nullptr;
}

QList<InstanceConfig> AppConfig::enabledInstances() const
{
    QList<InstanceConfig> result;
    for (const InstanceConfig &config : instances) {
        if (config.enabled)
            result.append(config);
    }
    return result;
}

bool AppConfig::databaseIsPostgres() const
{
    return DatabaseLocation::isPostgres(database);
}

QString AppConfig::displayDatabase() const
{
    return DatabaseLocation::display(database);
}

const NotificationTarget *AppConfig::notification(const QString &name) const
{
    for (const NotificationTarget &target : notifications) {
        if (target.name == name)
            return &target;
    }
    return nullptr;
}

} // namespace arrscore
