// ScoreBinning: the narrowest 1/2/5 × 10^k width over any range of Int32 scores, anchored on 0 or a
// cutoff, and a bin for every score, also at INT_MIN and INT_MAX where a 32-bit start would wrap.
#include "analysis/scorebinning.h"

#include <QtTest>

#include <climits>

using namespace arrscore;

class tst_ScoreBinning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundWidths()
    {
        const ScoreBinning b = ScoreBinning::cover(-1400, 1000);
        QCOMPARE(b.width, 200LL); // 100 would need 25 bins
        QCOMPARE(b.start, -1400LL);
        QCOMPARE(b.count, 13);
        QCOMPARE(b.binOf(-1400), 0);
        QCOMPARE(b.binOf(-1201), 0);
        QCOMPARE(b.binOf(-1200), 1);
        QCOMPARE(b.binOf(1000), 12);
        const ScoreBinning one = ScoreBinning::cover(7, 7);
        QCOMPARE(one.width, 1LL);
        QCOMPARE(one.count, 1);
        QCOMPARE(ScoreBinning::cover(5, 4).count, 0);
    }

    void anchoredOnACutoff()
    {
        // Edges at 37 + k × 5: 35 and 40 fall on either side of the cutoff.
        const ScoreBinning b = ScoreBinning::cover(30, 45, 37, 4);
        QCOMPARE(b.start, 27LL);
        QCOMPARE(b.width, 5LL);
        QCOMPARE(b.count, 4);
        QCOMPARE(b.binOf(36), 1);
        QCOMPARE(b.binOf(37), 2);
    }

    void everyInt32Range_data()
    {
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("anchor");
        QTest::addColumn<int>("maxBins");
        QTest::newRow("all of Int32") << INT_MIN << INT_MAX << 0 << 20;
        QTest::newRow("anchored at INT_MAX") << INT_MIN << INT_MAX << INT_MAX << 12;
        QTest::newRow("anchored at INT_MIN") << INT_MIN << INT_MAX << INT_MIN << 12;
        QTest::newRow("one bin") << INT_MIN << INT_MAX << 0 << 1;
        QTest::newRow("two bins") << INT_MIN << INT_MAX << 0 << 2;
        QTest::newRow("no bins asked") << INT_MIN << INT_MAX << 0 << 0;
        QTest::newRow("INT_MIN alone") << INT_MIN << INT_MIN << 0 << 20;
        QTest::newRow("INT_MAX alone") << INT_MAX << INT_MAX << INT_MIN << 20;
        QTest::newRow("below −2e9") << -2100000000 << 0 << 0 << 20;
        QTest::newRow("near INT_MIN") << INT_MIN << INT_MIN + 5 << 1000 << 2;
    }

    // Whatever the range: at most maxBins bins of a positive width, covering min and max, every score
    // between them in range.
    void everyInt32Range()
    {
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(int, anchor);
        QFETCH(int, maxBins);
        const ScoreBinning b = ScoreBinning::cover(min, max, anchor, maxBins);
        QVERIFY(b.width > 0);
        QVERIFY(b.count >= 1);
        QVERIFY(b.count <= std::max(maxBins, 1));
        QVERIFY(b.start <= min);
        QVERIFY(b.start + qint64(b.count) * b.width > max);
        if (maxBins >= 2) // one bin cannot have an edge on the anchor inside the range: it starts at min
            QCOMPARE((b.start - anchor) % b.width, 0);
        for (const qint64 score : {qint64(min), qint64(max), (qint64(min) + max) / 2}) {
            const int bin = b.binOf(score);
            QVERIFY(bin >= 0 && bin < b.count);
            QVERIFY(b.lowOf(bin) <= score && score < b.lowOf(bin) + b.width);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ScoreBinning)
#include "tst_scorebinning.moc"
