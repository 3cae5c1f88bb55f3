#include "arr/circuitbreaker.h"

namespace arrscore {

bool CircuitBreaker::allowRequest(qint64 nowMs)
{
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        if (nowMs - m_openedAtMs < m_cooldownMs)
            return false;
        m_state = State::HalfOpen;
        m_trialInFlight = true;
        return true;
    case State::HalfOpen:
        if (m_trialInFlight)
            return false;
        m_trialInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_trialInFlight = false;
    m_state = State::Closed;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    m_trialInFlight = false;
    if (m_state == State::HalfOpen || m_failures >= m_threshold) {
        m_state = State::Open;
        m_openedAtMs = nowMs;
    }
}

} // namespace arrscore
