#include "arr/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace arrscore {

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

int RetryPolicy::backoffMs(int retry, QRandomGenerator &rng) const
{
    const int shift = std::clamp(retry, 0, 20);
    const qint64 ceiling = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << shift);
    if (ceiling <= 0)
        return 0;
    return int(rng.bounded(ceiling + 1));
}

static std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    // RFC 9110 prefers IMF-fixdate; clients still accept the two obsolete forms. The weekday is dropped
    // before parsing: it is redundant, and Qt would check it against a two-digit year's wrong century.
    QString text = QString::fromLatin1(value).simplified();
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    text = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(QLatin1Char(' '), 1);
    const QLocale c = QLocale::c();
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate
        "dd-MMM-yy HH:mm:ss 'GMT'",   // RFC 850
        "MMM d HH:mm:ss yyyy",        // asctime
    };
    for (const char *format : formats) {
        QDateTime dt = c.toDateTime(text, QLatin1String(format));
        if (dt.isValid()) {
            dt.setTimeSpec(Qt::UTC);
            if (dt.date().year() < 1970) // two-digit years of RFC 850 belong to this century
                dt = dt.addYears(100);
            return dt;
        }
    }
    return std::nullopt;
}

std::optional<int> RetryPolicy::retryAfterMs(const QByteArray &headerValue, const QDateTime &nowUtc) const
{
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        return int(std::min<qint64>(seconds * 1000, maxRetryAfterMs));
    }
    const std::optional<QDateTime> when = parseHttpDate(value);
    if (!when)
        return std::nullopt;
    const qint64 ms = nowUtc.msecsTo(*when);
    return int(std::clamp<qint64>(ms, 0, maxRetryAfterMs));
}

} // namespace arrscore
