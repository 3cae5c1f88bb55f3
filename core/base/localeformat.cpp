#include "base/localeformat.h"

#include <QLocale>

namespace arrscore {

QString LocaleFormat::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("?");
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    if (locale.language() == QLocale::C)
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return locale.toString(local, QLocale::ShortFormat);
}

QString LocaleFormat::decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString LocaleFormat::percent(const std::optional<double> &share)
{
    if (!share)
        return QStringLiteral("—");
    const QLocale locale;
    return locale.toString(*share * 100.0, 'f', 0) + locale.percent();
}

} // namespace arrscore
