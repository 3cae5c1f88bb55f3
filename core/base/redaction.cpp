#include "base/redaction.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace arrscore {

QString Redaction::url(const QString &url)
{
    QUrl u(url);
    if (url.isEmpty() || !u.isValid())
        return text(url);
    u.setUserInfo({});
    QUrlQuery query(u);
    const QList<QPair<QString, QString>> items = query.queryItems();
    for (const auto &item : items) {
        const QString key = item.first.toLower();
        if (key == QLatin1String("apikey") || key == QLatin1String("api_key") || key == QLatin1String("x-api-key"))
            query.removeAllQueryItems(item.first);
    }
    if (query.isEmpty())
        u.setQuery(QString());
    else
        u.setQuery(query);
    return u.toString();
}

QString Redaction::text(const QString &text)
{
    static const QRegularExpression userInfo(QStringLiteral("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]+@"));
    static const QRegularExpression keys(QStringLiteral("((?:apikey|api_key|x-api-key)\\s*[=:]\\s*)[^&\\s\"']+|"
                                                        "(bearer\\s+)[^\\s\"']+"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1"));
    out.replace(keys, QStringLiteral("\\1\\2<redacted>"));
    return out;
}

} // namespace arrscore
