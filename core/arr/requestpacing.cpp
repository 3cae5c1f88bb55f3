#include "arr/requestpacing.h"

#include "arr/clientsettings.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace arrscore {

RequestPacing::RequestPacing(const ClientSettings &settings)
    : m_retry(settings.retry), m_timeoutMs(settings.timeoutMs), m_spacingMs(spacingMs(settings.requestsPerSecond))
{
}

qint64 RequestPacing::spacingMs(double requestsPerSecond)
{
    if (!(requestsPerSecond > 0)) // 0, negative or NaN: no limit
        return 0;
    // Clamped as a double: 1000 / 1e-300 does not fit any integer.
    return qint64(std::ceil(std::clamp(1000.0 / requestsPerSecond, 0.0, double(kSlowestSpacingMs))));
}

int RequestPacing::timerInterval(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

qint64 RequestPacing::takeStart(qint64 nowMs)
{
    if (m_spacingMs <= 0)
        return 0;
    if (nowMs < m_nextStartMs)
        return m_nextStartMs - nowMs;
    m_nextStartMs = nowMs + m_spacingMs;
    return 0;
}

qint64 RequestPacing::budgetEndMs(qint64 firstSentMs) const
{
    return firstSentMs + std::max<qint64>(m_retry.maxTotalMs, m_timeoutMs);
}

qint64 RequestPacing::attemptMs(qint64 nowMs, qint64 firstSentMs) const
{
    return std::max<qint64>(1, std::min<qint64>(m_timeoutMs, budgetEndMs(firstSentMs) - nowMs));
}

RequestPacing::Next RequestPacing::afterFailure(qint64 nowMs, qint64 firstSentMs, int attempts, bool unavailable,
                                                std::optional<qint64> askedMs, QRandomGenerator &rng) const
{
    const qint64 windowEndMs = firstSentMs + m_retry.unavailableBudgetMs;
    const bool attemptsLeft = attempts < m_retry.maxAttempts;
    const bool waiting = unavailable && nowMs < windowEndMs;
    if (!attemptsLeft && !waiting)
        return {Next::Action::Exhausted, 0};
    qint64 delay = 0;
    if (askedMs) {
        delay = *askedMs;
    } else if (attemptsLeft) {
        delay = m_retry.backoffMs(attempts - 1, rng);
    } else {
        // Past the attempts, an unavailable server is asked at the slowest backoff pace, and once more as
        // the window closes rather than long after it.
        delay = std::min<qint64>(m_retry.backoffMs(30, rng), windowEndMs - nowMs);
    }
    if (nowMs + delay >= budgetEndMs(firstSentMs))
        return {Next::Action::OverBudget, 0};
    return {Next::Action::Retry, delay};
}

} // namespace arrscore
