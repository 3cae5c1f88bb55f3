#include "config.h"

#include <QCoreApplication>
#include <QUrlQuery>

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
    return database.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           database.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString AppConfig::displayDatabase() const
{
    if (!databaseIsPostgres())
        return database;
    QUrl url(database);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toDisplayString(QUrl::RemovePassword);
}

} // namespace arrscore
