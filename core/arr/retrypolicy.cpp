#include "arr/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace arrscore {

namespace {

// Longer than any wait a client could mean to honour, and far from overflowing when added to a clock.
constexpr qint64 kLongestWaitMs = qint64(100) * 365 * 24 * 3600 * 1000;

std::optional<QDateTime> parseHttpDate(const QByteArray &value)
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

// delta-seconds is 1*DIGIT: any number of digits, so it is read digit by digit, saturating, rather than
// with toLongLong, which fails on (and would call garbage) a value too large for 64 bits.
std::optional<qint64> deltaSecondsMs(const QByteArray &value)
{
    qint64 ms = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        ms = std::min(kLongestWaitMs, ms * 10 + qint64(c - '0') * 1000);
    }
    return ms;
}

} // namespace

bool RetryPolicy::isRetryableStatus(int httpStatus, bool idempotent)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504
           || (idempotent && httpStatus == 500);
}

int RetryPolicy::backoffMs(int retry, QRandomGenerator &rng) const
{
    const int shift = std::clamp(retry, 0, 20);
    const qint64 ceiling = std::min<qint64>(maxDelayMs, qint64(std::max(0, baseDelayMs)) << shift);
    if (ceiling <= 0)
        return 0;
    return int(rng.bounded(ceiling + 1));
}

std::optional<qint64> RetryPolicy::retryAfterMs(const QByteArray &headerValue, const QDateTime &nowUtc)
{
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (const std::optional<qint64> ms = deltaSecondsMs(value))
        return ms;
    const std::optional<QDateTime> when = parseHttpDate(value);
    if (!when)
        return std::nullopt;
    return std::clamp<qint64>(nowUtc.msecsTo(*when), 0, kLongestWaitMs);
}

} // namespace arrscore
