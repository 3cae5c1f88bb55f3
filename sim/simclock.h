#pragma once

// The simulator's notion of "now": the wall clock plus an offset the admin API can advance, so a test can
// expire the 30-minute release cache or finish a slow command without waiting.

#include <QDateTime>

namespace arrscore {

class SimClock
{
public:
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    qint64 nowSeconds() const { return nowMs() / 1000; }
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }
    qint64 offsetSeconds() const { return m_offsetMs / 1000; }
    void reset() { m_offsetMs = 0; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace arrscore
