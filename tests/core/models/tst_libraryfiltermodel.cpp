#include "analysisfixture.h"
#include "models/candidatetablemodel.h"
#include "models/filetablemodel.h"
#include "models/libraryfiltermodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <memory>

using namespace arrscore;
using namespace arrscore::test;

// The proxy behind every file table of the app: each LibraryFilter field, sorting by raw values with
// stable ties, the copies "export the current view" writes, and the candidate table it also filters.
class tst_LibraryFilterModel : public QObject
{
    Q_OBJECT

    FileTableModel m_files;
    LibraryFilterModel m_proxy;
    // Both checked in every test function, from init() to cleanup().
    std::unique_ptr<QAbstractItemModelTester> m_filesTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        for (int r = 0; r < m_proxy.rowCount(); ++r)
            ids << m_proxy.fileRowAt(r).file->fileId;
        return ids;
    }
    QList<qint64> shownSorted() const
    {
        QList<qint64> ids = shownIds();
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    void apply(const LibraryFilter &f) { m_proxy.setLibraryFilter(f); }

private Q_SLOTS:
    void init()
    {
        m_filesTester = std::make_unique<QAbstractItemModelTester>(
            &m_files, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            &m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_files.setSnapshots({radarrLibrary(), sonarrV3Library()});
        m_proxy.setSourceModel(&m_files);
        m_proxy.setLibraryFilter({});
        m_proxy.sort(-1);
        QCOMPARE(m_proxy.rowCount(), 16);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_filesTester.reset();
    }

    void modelTester()
    {
        LibraryFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&m_files);
        proxy.sort(FileColumns::CustomFormatScore, Qt::DescendingOrder);
        LibraryFilter f;
        f.text = QStringLiteral("o");
        proxy.setLibraryFilter(f);
        m_files.setSnapshots({radarrLibrary()});
        proxy.setLibraryFilter({});
        QCOMPARE(proxy.rowCount(), 12);
    }

    void textSearchesTitleReleaseGroupAndPath()
    {
        m_files.setSnapshots({radarrLibrary(), sonarrV3Library()});
        LibraryFilter f;
        f.text = QStringLiteral("  ALP ");
        apply(f);
        QCOMPARE(shownIds(), QList<qint64>{1});
        f.text = QStringLiteral("show");
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{21, 22, 23, 24}));
        f.text = QStringLiteral("no such title");
        apply(f);
        QCOMPARE(m_proxy.rowCount(), 0);
    }

    void releaseGroupAndPathMatchToo()
    {
        LibrarySnapshot s = radarrLibrary();
        s.files[2].releaseGroup = QStringLiteral("FraMeSToR");
        s.files[3].relativePath = QStringLiteral("Delta (2020)/Delta.FRAMESTOR.mkv");
        m_files.setSnapshots({s});
        LibraryFilter f;
        f.text = QStringLiteral("framestor");
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{3, 4}));
    }

    void instanceProfileQualityResolution()
    {
        LibraryFilter f;
        f.instances = {QStringLiteral("sonarr")};
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{21, 22, 23, 24}));
        f = {};
        f.profiles = {QStringLiteral("Negative"), QStringLiteral("Locked")};
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{8, 9, 10, 11}));
        f = {};
        f.qualities = {QStringLiteral("SDTV")};
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{4, 8}));
        f = {};
        f.resolutions = {QStringLiteral("720p")};
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{3, 5}));
        // The fixture's Sonarr files have no resolution: "Unknown", as the filter bar offers it.
        f.resolutions = {QStringLiteral("Unknown")};
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{6, 7, 21, 22, 23, 24}));
    }

    void scoreRangeNeverMatchesAnUnknownScore()
    {
        LibraryFilter f;
        f.minScore = 600;
        apply(f);
        // 1000: a1 a5 a6 a7; 600: a2, n1 (Lima). Sonarr v3 files have no score: never in a range.
        QCOMPARE(shownSorted(), (QList<qint64>{1, 2, 5, 6, 7, 12}));
        f.maxScore = 600;
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{2, 12}));
        f = {};
        f.maxScore = -101;
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{3, 9}));
    }

    void hasAndLacksFormat()
    {
        LibraryFilter f;
        f.hasFormat = QStringLiteral("remux");
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{1, 5, 6, 7, 11}));
        f.lacksFormat = QStringLiteral("LQ");
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{1, 5, 6, 7}));
        f = {};
        f.lacksFormat = QStringLiteral("HDR10+");
        f.instances = {QStringLiteral("radarr")};
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{4, 8, 9, 10, 11}));
    }

    void candidatesOnlyAsCandidateFinderJudges()
    {
        LibraryFilter f;
        f.candidatesOnly = true;
        apply(f);
        // a2 a3 a4 a5 a6 c1; b1 is capped, n1's profile is unknown; Sonarr v3: quality below the cutoff.
        QCOMPARE(shownSorted(), (QList<qint64>{2, 3, 4, 5, 6, 9, 21, 23, 24}));
        f.text = QStringLiteral("show");
        apply(f);
        QCOMPARE(shownSorted(), (QList<qint64>{21, 23, 24}));
    }

    void sortsNumbersAsNumbersAndNullFirst()
    {
        m_proxy.sort(FileColumns::CustomFormatScore, Qt::AscendingOrder);
        QList<qint64> ids = shownIds();
        // Four unknown scores first, in library order; then −1400, −500, −100, 0 (Delta, Hotel, Juliet) ...
        QCOMPARE(ids.mid(0, 4), (QList<qint64>{21, 22, 23, 24}));
        QCOMPARE(ids.mid(4, 6), (QList<qint64>{3, 9, 11, 4, 8, 10}));
        m_proxy.sort(FileColumns::CustomFormatScore, Qt::DescendingOrder);
        ids = shownIds();
        QCOMPARE(ids.mid(0, 4), (QList<qint64>{1, 5, 6, 7})); // ties keep the library's order
        QCOMPARE(ids.mid(12), (QList<qint64>{21, 22, 23, 24}));
        m_proxy.sort(FileColumns::SizeBytes, Qt::DescendingOrder);
        QCOMPARE(shownIds().mid(0, 3), (QList<qint64>{12, 11, 10}));
    }

    void sortsTextCaseInsensitively()
    {
        LibrarySnapshot s = radarrLibrary();
        s.files[0].title = QStringLiteral("zulu");
        s.files[1].title = QStringLiteral("Yankee");
        s.files[2].title = QStringLiteral("alpha");
        m_files.setSnapshots({s});
        m_proxy.sort(FileColumns::Title, Qt::AscendingOrder);
        const QList<qint64> ids = shownIds();
        QCOMPARE(ids.first(), 3);
        QCOMPARE(ids.mid(ids.size() - 2), (QList<qint64>{2, 1}));
    }

    // Text sorts by rank among the column's distinct texts: texts equal but for case tie, and ties keep the
    // library's order in either direction, as a string comparison did.
    void sortsTextEqualButForCaseAsTies()
    {
        LibrarySnapshot s = radarrLibrary();
        s.files = s.files.mid(0, 5);
        const QStringList groups{QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("BETA"),
                                 QStringLiteral("alpha"), QStringLiteral("Beta")};
        for (qsizetype i = 0; i < groups.size(); ++i)
            s.files[i].releaseGroup = groups[i];
        m_files.setSnapshots({s});
        m_proxy.sort(FileColumns::ReleaseGroup, Qt::AscendingOrder);
        QCOMPARE(shownIds(), (QList<qint64>{2, 4, 1, 3, 5}));
        m_proxy.sort(FileColumns::ReleaseGroup, Qt::DescendingOrder);
        QCOMPARE(shownIds(), (QList<qint64>{1, 3, 5, 2, 4}));
        s.files[4].releaseGroup = QStringLiteral("aardvark"); // a new library, new ranks
        m_files.setSnapshots({s});
        QCOMPARE(shownIds(), (QList<qint64>{1, 3, 2, 4, 5}));
    }

    void sortSurvivesAResetAndAFilter()
    {
        m_proxy.sort(FileColumns::CustomFormatScore, Qt::DescendingOrder);
        LibrarySnapshot s = radarrLibrary();
        s.files[9].customFormatScore = 5000; // Juliet now leads
        m_files.setSnapshots({s});
        QCOMPARE(shownIds().first(), 10);
        LibraryFilter f;
        f.profiles = {QStringLiteral("HD")};
        apply(f);
        QCOMPARE(shownIds().first(), 1);
        QCOMPARE(shownIds().last(), 3);
    }

    void snapshotsOfKeepOnlyTheShownFiles()
    {
        LibraryFilter f;
        f.text = QStringLiteral("a"); // Alpha, Charlie, Delta, India, Juliet, Lima... and not "Show"
        apply(f);
        const QList<LibrarySnapshot> copies =
            LibraryFilterModel::snapshotsOf(m_files.snapshots(), m_proxy.filteredRows());
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().instance.name, QStringLiteral("radarr"));
        QCOMPARE(copies.first().files.size(), m_proxy.rowCount());
        QCOMPARE(copies.first().profiles.size(), 3);
        QList<qint64> ids;
        for (const MediaFile &file : copies.first().files)
            ids << file.fileId;
        QCOMPARE(ids, shownSorted()); // in the library's order
    }

    void candidateTableIsFilteredTheSameWay()
    {
        CandidateTableModel candidates;
        QAbstractItemModelTester tester(&candidates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        candidates.setSnapshots(m_files.snapshots());
        QCOMPARE(candidates.rowCount(), 9);
        LibraryFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&candidates);
        LibraryFilter f;
        f.instances = {QStringLiteral("radarr")};
        f.maxScore = 0;
        proxy.setLibraryFilter(f);
        QList<qint64> ids;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids << proxy.fileRowAt(r).file->fileId;
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{3, 4, 9}));
        // Ranked by priority: the first row is the one CandidateFinder ranks first.
        const int priority = candidates.columnOf(QStringLiteral("priority"));
        proxy.sort(priority, Qt::DescendingOrder);
        QCOMPARE(proxy.fileRowAt(0).file->fileId, candidates.report().candidates.first().file->fileId);
        QCOMPARE(proxy.index(0, candidates.columnOf(QStringLiteral("title"))).data().toString(),
                 QStringLiteral("Charlie (2020)"));
        QVERIFY(proxy.index(0, candidates.columnOf(QStringLiteral("reasons")))
                    .data()
                    .toString()
                    .contains(QLatin1String("2,400"))
                || proxy.index(0, candidates.columnOf(QStringLiteral("reasons")))
                       .data()
                       .toString()
                       .contains(QLatin1String("2400")));

        // The score cell says below the cutoff as CandidateFinder judged it (a candidate may be one for its
        // quality alone), through the proxy the view reads.
        const int score = candidates.columnOf(QStringLiteral("custom_format_score"));
        int below = 0;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const Candidate &c = candidates.candidate(proxy.mapToSource(proxy.index(r, 0)).row());
            QCOMPARE(proxy.index(r, score).data(ModelRole::BelowCutoff).toBool(), c.scoreBelowCutoff);
            QCOMPARE(proxy.index(r, score).data(Qt::AccessibleTextRole).isValid(), c.scoreBelowCutoff);
            below += c.scoreBelowCutoff ? 1 : 0;
        }
        QVERIFY(below > 0);
        QVERIFY(!proxy.index(0, priority).data(ModelRole::BelowCutoff).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_LibraryFilterModel)
#include "tst_libraryfiltermodel.moc"
