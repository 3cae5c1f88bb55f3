#include "arr/retrypolicy.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace arrscore;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("429") << 429 << true;
        QTest::newRow("502") << 502 << true;
        QTest::newRow("503") << 503 << true;
        QTest::newRow("504") << 504 << true;
        QTest::newRow("500") << 500 << false;
        QTest::newRow("400") << 400 << false;
        QTest::newRow("401") << 401 << false;
        QTest::newRow("404") << 404 << false;
        QTest::newRow("414") << 414 << false;
        QTest::newRow("200") << 200 << false;
    }
    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
    }

    void backoffIsFullJitterUnderAnExponentialCeiling()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        QRandomGenerator rng(42);
        for (int retry = 0; retry < 8; ++retry) {
            const int ceiling = std::min(1000, 100 << retry);
            int lowest = INT_MAX;
            int highest = 0;
            for (int i = 0; i < 2000; ++i) {
                const int delay = policy.backoffMs(retry, rng);
                QVERIFY2(delay >= 0 && delay <= ceiling, qPrintable(QString::number(delay)));
                lowest = std::min(lowest, delay);
                highest = std::max(highest, delay);
            }
            // Full jitter spreads over the whole range, not just near the ceiling.
            QVERIFY(lowest < ceiling / 10 + 1);
            QVERIFY(highest > ceiling * 9 / 10);
        }
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("expectedMs"); // -1 = none
        QTest::newRow("seconds") << QByteArray("3") << 3000;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("padded") << QByteArray(" 2 ") << 2000;
        QTest::newRow("capped") << QByteArray("86400") << 60000;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("imf-fixdate") << QByteArray("Tue, 24 Nov 2026 10:00:07 GMT") << 7000;
        QTest::newRow("rfc850") << QByteArray("Tuesday, 24-Nov-26 10:00:05 GMT") << 5000;
        QTest::newRow("asctime") << QByteArray("Tue Nov 24 10:00:04 2026") << 4000;
        QTest::newRow("date in the past") << QByteArray("Tue, 24 Nov 2026 09:00:00 GMT") << 0;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, expectedMs);
        RetryPolicy policy;
        const QDateTime now(QDate(2026, 11, 24), QTime(10, 0, 0), Qt::UTC);
        const std::optional<int> ms = policy.retryAfterMs(header, now);
        if (expectedMs < 0) {
            QVERIFY(!ms.has_value());
        } else {
            QVERIFY(ms.has_value());
            QCOMPARE(*ms, expectedMs);
        }
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
