// HandOff: work on a pool thread and its result handed back, to a continuation on the starting thread or to a
// caller that waits. Also run under ThreadSanitizer (scripts/run-sanitizers.sh --tsan), where these hand-offs
// must show no race: the captures cross to a pool thread that already runs, the results cross back.
#include "base/handoff.h"

#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <numeric>
#include <optional>
#include <vector>

using namespace arrscore;

class tst_HandOff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theResultReachesTheContextThread();
    void capturesAndResultsCrossWithoutARace();
    void nothingOnceTheContextIsGone();
    void takeResultWaitsForTheWork();
    void theResultIsTakenOnce();
    void aTaskThePoolDropsHandsNothing();
    void manyAtOnce();
};

void tst_HandOff::theResultReachesTheContextThread()
{
    QObject context;
    QThread *worker = nullptr;
    QThread *continuation = nullptr;
    std::optional<QString> got;
    whenFinished(&context, runInBackground([] { return qMakePair(QThread::currentThread(), QStringLiteral("done")); }),
                 [&](const QPair<QThread *, QString> &result) {
                     worker = result.first;
                     continuation = QThread::currentThread();
                     got = result.second;
                 });
    QVERIFY(!got); // never from inside the call, even when the work is already done
    QTRY_VERIFY(got.has_value());
    QCOMPARE(*got, QStringLiteral("done"));
    QVERIFY(worker != QThread::currentThread());
    QCOMPARE(continuation, QThread::currentThread());
}

void tst_HandOff::capturesAndResultsCrossWithoutARace()
{
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    // Start the pool's thread first: a task given to a thread that already waits crosses only through the
    // pool's queue, which ThreadSanitizer sees no more than the rest of Qt.
    runInBackground(&pool, [] { return 0; }).takeResult();
    for (int round = 0; round < 20; ++round) {
        std::vector<int> numbers(1000);
        std::iota(numbers.begin(), numbers.end(), round);
        HandOff<std::vector<int>> doubled = runInBackground(&pool, [&numbers] {
            std::vector<int> out;
            out.reserve(numbers.size());
            for (const int n : numbers)
                out.push_back(2 * n);
            return out;
        });
        const std::vector<int> result = doubled.takeResult();
        QCOMPARE(result.size(), numbers.size());
        QCOMPARE(result.front(), 2 * round);
        QCOMPARE(result.back(), 2 * (round + 999));
    }
}

void tst_HandOff::nothingOnceTheContextIsGone()
{
    QThreadPool pool;
    QSemaphore hold;
    auto *context = new QObject;
    bool called = false;
    HandOff<int> work = runInBackground(&pool, [&hold] {
        hold.acquire();
        return 1;
    });
    whenFinished(context, work, [&called](int) { called = true; });
    delete context;
    hold.release();
    pool.waitForDone();
    QTRY_VERIFY(work.isFinished());
    QTest::qWait(50); // the watcher's finished signal would be delivered by now
    QVERIFY(!called);
    QCOMPARE(work.take(), std::optional<int>(1)); // the result is still there for someone else
}

void tst_HandOff::takeResultWaitsForTheWork()
{
    QThreadPool pool;
    QSemaphore started;
    HandOff<QString> slow = runInBackground(&pool, [&started] {
        started.release();
        QThread::msleep(100);
        return QStringLiteral("slow");
    });
    started.acquire();
    QVERIFY(!slow.isFinished());
    QCOMPARE(slow.takeResult(), QStringLiteral("slow"));
    QVERIFY(slow.isFinished());
}

void tst_HandOff::theResultIsTakenOnce()
{
    HandOff<QString> work = runInBackground([] { return QStringLiteral("once"); });
    HandOff<QString> copy = work; // shares the result
    QCOMPARE(work.takeResult(), QStringLiteral("once"));
    QCOMPARE(copy.take(), std::nullopt);
    QVERIFY(!HandOff<int>().take());
    QVERIFY(HandOff<int>().isFinished());
}

void tst_HandOff::aTaskThePoolDropsHandsNothing()
{
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    QSemaphore hold;
    HandOff<int> first = runInBackground(&pool, [&hold] {
        hold.acquire();
        return 1;
    });
    bool ran = false;
    bool called = false;
    QObject context;
    HandOff<int> queued = runInBackground(&pool, [&ran] {
        ran = true;
        return 2;
    });
    whenFinished(&context, queued, [&called](int) { called = true; });
    QTRY_VERIFY(!first.isFinished() && pool.activeThreadCount() == 1); // the first holds the only thread
    pool.clear();                                                      // drops the queued one unrun
    QVERIFY(queued.isFinished());
    hold.release();
    QCOMPARE(first.takeResult(), 1);
    pool.waitForDone();
    QTest::qWait(50);
    QVERIFY(!ran);
    QVERIFY(!called);
    QCOMPARE(queued.take(), std::nullopt);
}

void tst_HandOff::manyAtOnce()
{
    QObject context;
    QList<HandOff<QList<int>>> works;
    int delivered = 0;
    qint64 sum = 0;
    for (int i = 0; i < 200; ++i) {
        works.append(runInBackground([i] { return QList<int>(i % 17 + 1, i); }));
        whenFinished(&context, works.last(), [&delivered, &sum](const QList<int> &list) {
            ++delivered;
            sum += std::accumulate(list.begin(), list.end(), qint64(0));
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(delivered, 200, 30000);
    qint64 expected = 0;
    for (int i = 0; i < 200; ++i)
        expected += qint64(i % 17 + 1) * i;
    QCOMPARE(sum, expected);
    for (HandOff<QList<int>> &work : works)
        QCOMPARE(work.take(), std::nullopt); // each went to its continuation
}

QTEST_GUILESS_MAIN(tst_HandOff)
#include "tst_handoff.moc"
