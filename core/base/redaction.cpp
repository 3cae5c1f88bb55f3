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

bool Redaction::looksLikeKey(const QString &value)
{
    static const QRegularExpression hexKey(QStringLiteral("^[0-9a-fA-F]{32,}$"));
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9._~+/=-]{20,}$"));
    static const QRegularExpression variableName(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    const QString trimmed = value.trimmed();
    if (hexKey.match(trimmed).hasMatch())
        return true;
    if (!token.match(trimmed).hasMatch() || variableName.match(trimmed).hasMatch())
        return false;
    qsizetype digits = 0;
    qsizetype letters = 0;
    for (const QChar c : trimmed) {
        digits += c.isDigit() ? 1 : 0;
        letters += c.isLetter() ? 1 : 0;
    }
    // Words and paths have few digits; generated tokens mix both throughout.
    return digits >= 4 && letters >= 4;
}

QString Redaction::quoted(const QString &value)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9._~+=-]+"));
    // user:password@ without a scheme:// before it (a URL typed without one) is credentials too.
    static const QRegularExpression bareUserInfo(QStringLiteral("[^\\s/@:]+:[^\\s/@]+@"));
    QString redacted = text(value);
    redacted.replace(bareUserInfo, QString());
    QString out;
    qsizetype done = 0;
    auto it = word.globalMatch(redacted);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!looksLikeKey(match.captured()))
            continue;
        out += redacted.mid(done, match.capturedStart() - done);
        out += match.captured().left(4) + QChar(0x2026) + match.captured().right(4);
        done = match.capturedEnd();
    }
    return out + redacted.mid(done);
}

} // namespace arrscore
