#include "config/configloader.h"

#include "base/logging.h"
#include "config/configparser.h"
#include "config/notificationparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace arrscore {

Result<QString> ConfigLoader::locate(const QString &explicitPath, const QProcessEnvironment &env)
{
    const auto required = [](const QString &path, const QString &origin) -> Result<QString> {
        const QFileInfo info(path);
        if (!info.exists())
            return Error{ErrorKind::Config, tr("the configuration file %1 (%2) does not exist").arg(path, origin)};
        if (!info.isFile())
            return Error{ErrorKind::Config, tr("the configuration file %1 (%2) is not a file").arg(path, origin)};
        return path;
    };
    if (!explicitPath.isEmpty())
        return required(explicitPath, tr("given by --config"));
    const QString fromEnv = env.value(QStringLiteral("ARRSCORE_CONFIG"));
    if (!fromEnv.isEmpty())
        return required(fromEnv, tr("named by ARRSCORE_CONFIG"));
    const QString local = QDir::current().absoluteFilePath(QStringLiteral("arrscore.yaml"));
    if (QFileInfo(local).isFile())
        return local;
    if (QFileInfo(defaultConfigPath()).isFile())
        return defaultConfigPath();
    return QString();
}

Result<AppConfig> ConfigLoader::load(const QString &explicitPath, const QProcessEnvironment &env)
{
    const Result<QString> path = locate(explicitPath, env);
    if (!path)
        return path.error();
    if (path->isEmpty()) {
        qCDebug(lcConfig) << "no configuration file; using the environment alone";
        return parse(QByteArray(), QString(), env);
    }
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Config, tr("cannot read the configuration file %1: %2").arg(*path, file.errorString())};
    qCDebug(lcConfig) << "reading" << *path;
    return parse(file.readAll(), *path, env);
}

Result<AppConfig> ConfigLoader::parse(const QByteArray &yaml, const QString &fileName, const QProcessEnvironment &env)
{
    ConfigParser parser(fileName, env);
    AppConfig config;
    config.sourcePath = fileName.isEmpty() ? QString() : QFileInfo(fileName).absoluteFilePath();
    if (!parser.run(yaml, config))
        return parser.error();
    if (NotificationParser notifications(parser); !notifications.run(config))
        return parser.error();
    config.warnings = parser.warnings();
    for (const QString &warning : std::as_const(config.warnings))
        qCDebug(lcConfig).noquote() << warning;
    return config;
}

QString ConfigLoader::defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/arrscore/arrscore.yaml");
}

QString ConfigLoader::writablePath(const AppConfig &config, const QProcessEnvironment &env)
{
    if (!config.sourcePath.isEmpty())
        return config.sourcePath;
    const QString fromEnv = env.value(QStringLiteral("ARRSCORE_CONFIG"));
    return fromEnv.isEmpty() ? defaultConfigPath() : fromEnv;
}

} // namespace arrscore
