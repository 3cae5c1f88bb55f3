#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

class QRandomGenerator;

namespace arrscore {

// When and how long to wait before a request is tried again: exponential backoff with full jitter,
// honouring a server's Retry-After, within a time budget per request.
class RetryPolicy
{
public:
    int maxAttempts = 5; // including the first
    int baseDelayMs = 200;
    int maxDelayMs = 8000;
    // A Retry-After up to this long is waited; a server asking for more fails the request at once, saying
    // how long it asked for: retrying sooner would only be refused again.
    int maxRetryAfterMs = 60000;
    // How long a server that is unavailable (503, as while it starts up, or refusing connections after it
    // had answered, as during a restart) is waited for, counted from the request's first attempt,
    // however many attempts that takes.
    int unavailableBudgetMs = 90000;
    // The longest one request may take with all its attempts and waits (never less than one timeout).
    int maxTotalMs = 300000;

    // 429, 502, 503 and 504 are worth another try, and 500 for a request that can be repeated (the
    // servers answer 500 for a transient "database is locked"); other 4xx and 5xx are not.
    static bool isRetryableStatus(int httpStatus, bool idempotent = true);

    // Full jitter: a uniform delay in [0, min(maxDelay, base * 2^retry)], retry counted from 0.
    int backoffMs(int retry, QRandomGenerator &rng) const;

    // The delay a Retry-After header asks for (delta-seconds or an HTTP date; 0 for a date in the past), not
    // capped but saturating at about a century so that it never overflows; nullopt if absent or unreadable.
    static std::optional<qint64> retryAfterMs(const QByteArray &headerValue, const QDateTime &nowUtc);
};

} // namespace arrscore
