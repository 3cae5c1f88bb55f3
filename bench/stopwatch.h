#pragma once

#include <QElapsedTimer>

#include <sys/resource.h>

namespace arrscore::bench {

// Wall time and this process's CPU time (user + system, all threads) since start(): a benchmark
// that spends its time waiting shows a wall time far above its CPU time.
class Stopwatch
{
public:
    Stopwatch() { start(); }

    void start()
    {
        m_wall.start();
        m_cpuUs = cpuMicroseconds();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(cpuMicroseconds() - m_cpuUs) / 1e3; }

    // Peak resident set of this process so far, in KiB.
    static long peakRssKib()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_maxrss;
    }

private:
    static long long cpuMicroseconds()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000LL + usage.ru_utime.tv_usec
               + usage.ru_stime.tv_usec;
    }

    QElapsedTimer m_wall;
    long long m_cpuUs = 0;
};

} // namespace arrscore::bench
