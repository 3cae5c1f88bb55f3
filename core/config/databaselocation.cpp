#include "config/databaselocation.h"

#include "base/postgresurl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace arrscore {

QString DatabaseLocation::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/arrscore/arrscore.db");
}

bool DatabaseLocation::isPostgres(const QString &location)
{
    return PostgresUrl::matches(location);
}

QString DatabaseLocation::resolve(const QString &text, const QString &baseDir)
{
    if (text.isEmpty())
        return defaultPath();
    if (isPostgres(text))
        return text;
    QString path = text;
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

QString DatabaseLocation::display(const QString &location, bool nativeSeparators)
{
    if (!isPostgres(location))
        return nativeSeparators ? QDir::toNativeSeparators(location) : location;
    QUrl url(location);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toDisplayString(QUrl::RemovePassword);
}

} // namespace arrscore
