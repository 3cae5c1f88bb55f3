// Fuzz target: what the client reads from a server's Retry-After header, and the backoff it waits otherwise.
// A header of any bytes gives no delay or one in [0, a century], never a negative or overflowed one (a negative
// timer never fires: the sync would hang; the client fails at once beyond maxRetryAfterMs, so the value itself
// is not capped); delta-seconds (of any length) give exactly min(seconds × 1000, a century). The
// first byte of the input also picks the retry count for backoffMs(), whose delay stays in [0, maxDelayMs].
#include "arr/retrypolicy.h"
#include "fuzzcheck.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QRandomGenerator>
#include <QString>
#include <QTime>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>

using namespace arrscore;

namespace {

bool isDeltaSeconds(const QByteArray &value)
{
    return !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    const RetryPolicy policy;
    const QDateTime now(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);

    // RetryPolicy saturates at about a century (kLongestWaitMs in retrypolicy.cpp).
    constexpr qint64 longestMs = qint64(100) * 365 * 24 * 3600 * 1000;
    const std::optional<qint64> delay = RetryPolicy::retryAfterMs(header, now);
    if (delay)
        FUZZ_CHECK(*delay >= 0 && *delay <= longestMs,
                   QStringLiteral("a delay of %1 ms for \"%2\"").arg(*delay).arg(QString::fromLatin1(header)));
    const QByteArray trimmed = header.trimmed();
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isDeltaSeconds(trimmed)) {
        // Beyond 64 bits toLongLong() fails: that is a very long wait too.
        const qint64 expected = !isNumber || seconds >= longestMs / 1000 ? longestMs : seconds * 1000;
        FUZZ_CHECK(delay == expected, QStringLiteral("%1 seconds gave %2 ms, not %3 ms")
                                          .arg(seconds)
                                          .arg(delay ? QString::number(*delay) : QStringLiteral("none"))
                                          .arg(expected));
    }

    const int retry = size > 0 ? int(data[0]) - 64 : 0; // negative, small and large retry counts
    QRandomGenerator rng(static_cast<quint32>(size));
    const int backoff = policy.backoffMs(retry, rng);
    FUZZ_CHECK(backoff >= 0 && backoff <= policy.maxDelayMs,
               QStringLiteral("a backoff of %1 ms for retry %2").arg(backoff).arg(retry));
    return 0;
}
