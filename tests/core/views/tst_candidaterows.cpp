// CandidateRows: the candidates view of exports and the report gives, row by row and cell by cell, what
// CandidateFinder::find() finds (capped files left out), in its order, though it holds them only in part.
#include "analysis/candidatefinder.h"
#include "analysisfixture.h"
#include "views/analysisviews.h"
#include "views/candidaterows.h"

#include <QtTest>

using namespace arrscore;

class tst_CandidateRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRowsAsTheFinder_data();
    void sameRowsAsTheFinder();
    void noSnapshots();
};

void tst_CandidateRows::sameRowsAsTheFinder_data()
{
    QTest::addColumn<QList<LibrarySnapshot>>("snapshots");
    QTest::newRow("radarr") << QList<LibrarySnapshot>{test::radarrLibrary()};
    QTest::newRow("sonarr v3, no scores") << QList<LibrarySnapshot>{test::sonarrV3Library()};
    QTest::newRow("extreme scores") << QList<LibrarySnapshot>{test::extremeLibrary()};
    QTest::newRow("three instances") << QList<LibrarySnapshot>{test::radarrLibrary(), test::sonarrV3Library(),
                                                               test::extremeLibrary()};
}

void tst_CandidateRows::sameRowsAsTheFinder()
{
    QFETCH(QList<LibrarySnapshot>, snapshots);
    const QList<const LibrarySnapshot *> pointers = snapshotPointers(snapshots);
    const CandidateReport report = CandidateFinder::find(pointers);
    QVERIFY(!report.candidates.isEmpty());
    CandidateRows rows(pointers, AnalysisViews::candidateColumns(), &AnalysisViews::candidateCell);
    QCOMPARE(rows.columns(), AnalysisViews::candidateColumns());
    int reasons = 0;
    for (const Candidate &expected : report.candidates) {
        QVERIFY(rows.next());
        reasons += int(expected.reasons.size());
        for (int c = 0; c < rows.columns().size(); ++c)
            QCOMPARE(rows.cell(c), AnalysisViews::candidateCell(expected, c));
    }
    QVERIFY(!rows.next());
    QVERIFY(reasons > 0); // the rows' reasons were compared, not only empty lists
}

void tst_CandidateRows::noSnapshots()
{
    CandidateRows rows({}, AnalysisViews::candidateColumns(), &AnalysisViews::candidateCell);
    QVERIFY(!rows.next());
}

QTEST_GUILESS_MAIN(tst_CandidateRows)
#include "tst_candidaterows.moc"
