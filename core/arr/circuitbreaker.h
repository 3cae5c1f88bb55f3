#pragma once

#include <QtGlobal>

namespace arrscore {

// Stops a client from hammering a server that keeps failing: after `threshold` consecutive failures
// the circuit opens and requests fail fast until `cooldownMs` has passed; then one trial request
// decides whether it closes again.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    explicit CircuitBreaker(int threshold = 8, int cooldownMs = 15000)
        : m_threshold(threshold), m_cooldownMs(cooldownMs)
    {
    }

    bool allowRequest(qint64 nowMs);
    void recordSuccess();
    void recordFailure(qint64 nowMs);

    State state() const { return m_state; }
    int consecutiveFailures() const { return m_failures; }
    int threshold() const { return m_threshold; }

private:
    int m_threshold;
    int m_cooldownMs;
    int m_failures = 0;
    qint64 m_openedAtMs = 0;
    bool m_trialInFlight = false;
    State m_state = State::Closed;
};

} // namespace arrscore
