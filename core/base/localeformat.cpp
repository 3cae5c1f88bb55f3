#include "base/localeformat.h"

#include <QLocale>

#include <algorithm>

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

QString LocaleFormat::duration(qint64 ms)
{
    constexpr qint64 second = 1000;
    constexpr qint64 day = qint64(24) * 3600 * second;
    // A Retry-After can ask for centuries; past 100 years the exact figure says nothing more (and rounding up
    // must not overflow).
    constexpr qint64 longest = 36500 * day;
    ms = std::clamp<qint64>(ms, 0, longest);
    // Under ten seconds a fraction matters (a 1.5 s back-off): tenths, with the locale's decimal separator.
    if (ms < 10 * second && ms % second != 0) {
        const qint64 tenths = (ms + 99) / 100; // rounded up
        return tr("%1 s").arg(QLocale().toString(double(tenths) / 10.0, 'f', 1));
    }
    const qint64 seconds = (ms + second - 1) / second;
    if (seconds < 120)
        return tr("%n second(s)", nullptr, int(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 180)
        return tr("%n minute(s)", nullptr, int(minutes));
    // (lupdate 6.4 loops forever on a nested parenthesis in the count argument: each count gets its own name.)
    const qint64 hours = (minutes + 59) / 60;
    if (hours < 48) {
        const int wholeHours = int(hours);
        return tr("%n hour(s)", nullptr, wholeHours);
    }
    const int days = int((hours + 23) / 24);
    return tr("%n day(s)", nullptr, days);
}

} // namespace arrscore
