#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

class QRandomGenerator;

namespace arrscore {

// When and how long to wait before a request is tried again: exponential backoff with full jitter,
// honouring a server's Retry-After.
class RetryPolicy
{
public:
    int maxAttempts = 5; // including the first
    int baseDelayMs = 200;
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 60000; // a Retry-After longer than this is capped

    // 429, 502, 503 and 504 are worth another try; other 4xx and 5xx are not.
    static bool isRetryableStatus(int httpStatus);

    // Full jitter: a uniform delay in [0, min(maxDelay, base * 2^retry)], retry counted from 0.
    int backoffMs(int retry, QRandomGenerator &rng) const;

    // The delay a Retry-After header asks for (delta-seconds or an HTTP date), capped; nullopt if absent
    // or unreadable.
    std::optional<int> retryAfterMs(const QByteArray &headerValue, const QDateTime &nowUtc) const;
};

} // namespace arrscore
