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
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<bool>("retryable");
        for (const bool idempotent : {true, false}) {
            const char *verb = idempotent ? "GET " : "POST ";
            auto row = [&](int status, bool retryable) {
                QTest::addRow("%s%d", verb, status) << status << idempotent << retryable;
            };
            row(429, true);
            row(502, true);
            row(503, true);
            row(504, true);
            row(500, idempotent); // "database is locked" is transient, but a POST may have acted
            row(501, false);
            row(400, false);
            row(401, false);
            row(404, false);
            row(414, false);
            row(200, false);
        }
    }
    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, idempotent);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryableStatus(status, idempotent), retryable);
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

    void backoffNeverOverflows()
    {
        RetryPolicy policy;
        policy.baseDelayMs = INT_MAX;
        policy.maxDelayMs = INT_MAX;
        QRandomGenerator rng(7);
        for (const int retry : {0, 1, 30, 64, 1000, INT_MAX, -1, INT_MIN}) {
            const int delay = policy.backoffMs(retry, rng);
            QVERIFY2(delay >= 0, qPrintable(QString::number(delay)));
        }
        policy.baseDelayMs = -5;
        policy.maxDelayMs = -5;
        QCOMPARE(policy.backoffMs(3, rng), 0);
    }

    void retryAfter_data()
    {
        constexpr qint64 day = 24 * 3600 * 1000;
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1 = none
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("padded") << QByteArray(" 2 ") << qint64(2000);
        QTest::newRow("a day, not capped here") << QByteArray("86400") << day;
        QTest::newRow("beyond int") << QByteArray("3000000") << qint64(3000000000);
        // Would overflow 64 bits as milliseconds, and as seconds: saturates at a century.
        QTest::newRow("beyond 64 bits") << QByteArray("99999999999999999") << 36500 * day;
        QTest::newRow("forty digits") << QByteArray(40, '9') << 36500 * day;
        QTest::newRow("leading zeros") << QByteArray("0000000000000000000000000000005") << qint64(5000);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("huge negative") << QByteArray("-99999999999999999999") << qint64(-1);
        QTest::newRow("plus sign") << QByteArray("+5") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("unit") << QByteArray("5s") << qint64(-1);
        QTest::newRow("hex") << QByteArray("0x10") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("control bytes") << QByteArray("\x1b[2J\x00\xff") << qint64(-1);
        QTest::newRow("imf-fixdate") << QByteArray("Tue, 24 Nov 2026 10:00:07 GMT") << qint64(7000);
        QTest::newRow("rfc850") << QByteArray("Tuesday, 24-Nov-26 10:00:05 GMT") << qint64(5000);
        QTest::newRow("asctime") << QByteArray("Tue Nov 24 10:00:04 2026") << qint64(4000);
        QTest::newRow("date in the past") << QByteArray("Tue, 24 Nov 2026 09:00:00 GMT") << qint64(0);
        QTest::newRow("three days ahead") << QByteArray("Fri, 27 Nov 2026 10:00:00 GMT") << 3 * day;
        QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << 36500 * day;
        QTest::newRow("invalid date") << QByteArray("Tue, 31 Feb 2026 10:00:00 GMT") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 24), QTime(10, 0, 0), Qt::UTC);
        const std::optional<qint64> ms = RetryPolicy::retryAfterMs(header, now);
        if (expectedMs < 0) {
            QVERIFY2(!ms.has_value(), qPrintable(QString::number(ms.value_or(0))));
        } else {
            QVERIFY(ms.has_value());
            QCOMPARE(*ms, expectedMs);
        }
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
