#include "arr/circuitbreaker.h"

#include <QtTest>

using namespace arrscore;

class tst_CircuitBreaker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAfterThresholdConsecutiveFailures()
    {
        CircuitBreaker breaker(3, 1000);
        QVERIFY(breaker.allowRequest(0));
        breaker.recordFailure(0);
        breaker.recordFailure(0);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QVERIFY(breaker.allowRequest(0));
        breaker.recordFailure(10);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QVERIFY(!breaker.allowRequest(500));
    }

    void aSuccessResetsTheCount()
    {
        CircuitBreaker breaker(3, 1000);
        breaker.recordFailure(0);
        breaker.recordFailure(0);
        breaker.recordSuccess();
        breaker.recordFailure(0);
        breaker.recordFailure(0);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QCOMPARE(breaker.consecutiveFailures(), 2);
    }

    void halfOpenLetsOneTrialThrough()
    {
        CircuitBreaker breaker(1, 1000);
        breaker.recordFailure(0);
        QVERIFY(!breaker.allowRequest(999));
        QVERIFY(breaker.allowRequest(1000)); // the trial
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
        QVERIFY(!breaker.allowRequest(1001)); // only one at a time
        breaker.recordFailure(1100);          // trial failed: open again, new cooldown
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QVERIFY(!breaker.allowRequest(2000));
        QVERIFY(breaker.allowRequest(2100));
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QVERIFY(breaker.allowRequest(2101));
    }
};

QTEST_GUILESS_MAIN(tst_CircuitBreaker)
#include "tst_circuitbreaker.moc"
