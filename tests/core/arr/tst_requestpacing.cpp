#include "arr/clientsettings.h"
#include "arr/requestpacing.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace arrscore;

// RequestPacing's arithmetic: the spacing of any requests/s value, the start slots, the budgets, and the
// start-up window's last wait.
class tst_RequestPacing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spacing_data()
    {
        QTest::addColumn<double>("requestsPerSecond");
        QTest::addColumn<qint64>("spacingMs");
        QTest::newRow("unlimited") << 0.0 << qint64(0);
        QTest::newRow("negative") << -3.0 << qint64(0);
        QTest::newRow("NaN") << std::nan("") << qint64(0);
        QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity() << qint64(0);
        QTest::newRow("twenty") << 20.0 << qint64(50);
        QTest::newRow("three, rounded up") << 3.0 << qint64(334);
        QTest::newRow("one a minute") << 1.0 / 60 << RequestPacing::kSlowestSpacingMs;
        QTest::newRow("0.001: capped at a minute") << 0.001 << RequestPacing::kSlowestSpacingMs;
        QTest::newRow("1e-300: capped, no overflow") << 1e-300 << RequestPacing::kSlowestSpacingMs;
        QTest::newRow("smallest double") << std::numeric_limits<double>::denorm_min()
                                         << RequestPacing::kSlowestSpacingMs;
        QTest::newRow("huge: a millisecond") << 1e300 << qint64(1);
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << qint64(0);
    }
    void spacing()
    {
        QFETCH(double, requestsPerSecond);
        QFETCH(qint64, spacingMs);
        QCOMPARE(RequestPacing::spacingMs(requestsPerSecond), spacingMs);
    }

    void startsAreSpaced()
    {
        ClientSettings settings;
        settings.requestsPerSecond = 1e-300;
        RequestPacing pacing(settings);
        QCOMPARE(pacing.takeStart(1000), 0);
        QCOMPARE(pacing.takeStart(1000), RequestPacing::kSlowestSpacingMs);
        QCOMPARE(pacing.takeStart(31000), RequestPacing::kSlowestSpacingMs - 30000);
        QCOMPARE(pacing.takeStart(61000), 0);
        QCOMPARE(RequestPacing(ClientSettings()).takeStart(5), 0); // unlimited: always now
    }

    void timerIntervalsFitAnInt()
    {
        QCOMPARE(RequestPacing::timerInterval(-5), 0);
        QCOMPARE(RequestPacing::timerInterval(1500), 1500);
        QCOMPARE(RequestPacing::timerInterval(std::numeric_limits<qint64>::max()), std::numeric_limits<int>::max());
    }

    void attemptsAreCutByTheBudget()
    {
        ClientSettings settings;
        settings.timeoutMs = 300;
        settings.retry.maxTotalMs = 700;
        const RequestPacing pacing(settings);
        QCOMPARE(pacing.attemptMs(0, 0), 300);
        QVERIFY(!pacing.cutByBudget(pacing.attemptMs(0, 0)));
        QCOMPARE(pacing.attemptMs(500, 0), 200);
        QVERIFY(pacing.cutByBudget(pacing.attemptMs(500, 0)));
        QCOMPARE(pacing.attemptMs(5000, 0), 1); // past the budget: ends at once, never 0 or negative
        settings.retry.maxTotalMs = 100;        // never less than one timeout
        QCOMPARE(RequestPacing(settings).budgetEndMs(1000), 1300);
    }

    void afterFailure()
    {
        ClientSettings settings;
        settings.timeoutMs = 1000;
        settings.retry.maxAttempts = 2;
        settings.retry.baseDelayMs = 100;
        settings.retry.maxDelayMs = 8000;
        settings.retry.unavailableBudgetMs = 5000;
        settings.retry.maxTotalMs = 60000;
        const RequestPacing pacing(settings);
        QRandomGenerator rng(3);
        using Action = RequestPacing::Next::Action;

        RequestPacing::Next next = pacing.afterFailure(0, 0, 1, false, std::nullopt, rng);
        QCOMPARE(next.action, Action::Retry);
        QVERIFY(next.delayMs >= 0 && next.delayMs <= 100);
        QCOMPARE(pacing.afterFailure(0, 0, 2, false, std::nullopt, rng).action, Action::Exhausted);
        next = pacing.afterFailure(0, 0, 1, false, qint64(1500), rng); // Retry-After within the cap
        QCOMPARE(next.action, Action::Retry);
        QCOMPARE(next.delayMs, 1500);

        // Unavailable past the attempts: asked again until the window closes, the last wait ending with it
        // (the slowest backoff would be up to 8 s, past a 5 s window).
        for (qint64 now = 0; now < 5000; now += 250) {
            next = pacing.afterFailure(now, 0, 7, true, std::nullopt, rng);
            QCOMPARE(next.action, Action::Retry);
            QVERIFY2(now + next.delayMs <= 5000, qPrintable(QString::number(now + next.delayMs)));
        }
        QCOMPARE(pacing.afterFailure(5000, 0, 30, true, std::nullopt, rng).action, Action::Exhausted);

        // A wait that would end past the request's budget is not begun.
        QCOMPARE(pacing.afterFailure(59990, 0, 1, false, qint64(20), rng).action, Action::OverBudget);
    }
};

QTEST_GUILESS_MAIN(tst_RequestPacing)
#include "tst_requestpacing.moc"
