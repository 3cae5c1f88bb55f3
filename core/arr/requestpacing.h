#pragma once

#include "arr/retrypolicy.h"

#include <QtGlobal>

#include <optional>

class QRandomGenerator;

namespace arrscore {

struct ClientSettings;

// The clock arithmetic of ArrClient: when the next request may start under a requests/s limit, each
// attempt's deadline cut short by its request's budget, and whether and when a failed attempt is tried
// again. Every result is bounded, so no configured value can overflow a wait or make one endless.
class RequestPacing
{
public:
    // The slowest pace a requests/s limit may set: slower would let a sync run for days.
    static constexpr qint64 kSlowestSpacingMs = qint64(60) * 1000;

    // What to do after a failed attempt.
    struct Next
    {
        enum class Action : quint8 { Retry, Exhausted, OverBudget };
        Action action = Action::Exhausted;
        qint64 delayMs = 0; // before the next attempt, for Retry
    };

    explicit RequestPacing(const ClientSettings &settings);

    // The time between request starts for a requests/s limit: 0 (no limit) for 0, a negative value or
    // NaN, and never more than kSlowestSpacingMs however close to 0 the value is.
    static qint64 spacingMs(double requestsPerSecond);
    // A QTimer interval is an int: anything longer would wrap into a timer that fires at once or never.
    static int timerInterval(qint64 ms);

    qint64 spacingMs() const { return m_spacingMs; }
    // 0 when a request may start at `nowMs` (and it then takes that start), else how long to wait.
    qint64 takeStart(qint64 nowMs);
    // The end of a request's budget: all its attempts and waits, never shorter than one timeout.
    qint64 budgetEndMs(qint64 firstSentMs) const;
    // The deadline of an attempt sent at `nowMs`: the timeout, or what is left of the budget if less.
    qint64 attemptMs(qint64 nowMs, qint64 firstSentMs) const;
    // Whether an attempt of this length was cut short by the budget rather than being a whole timeout.
    bool cutByBudget(qint64 attemptMs) const { return attemptMs < m_timeoutMs; }

    // After `attempts` attempts: retry with backoff (or after `askedMs`, a Retry-After within the cap)
    // while attempts are left; an `unavailable` server (503, restarting) is also asked again past the
    // attempts until the start-up window ends, the last wait ending with the window.
    Next afterFailure(qint64 nowMs, qint64 firstSentMs, int attempts, bool unavailable, std::optional<qint64> askedMs,
                      QRandomGenerator &rng) const;

private:
    RetryPolicy m_retry;
    qint64 m_timeoutMs;
    qint64 m_spacingMs;
    qint64 m_nextStartMs = 0;
};

} // namespace arrscore
