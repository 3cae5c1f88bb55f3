// DashboardData on the hand-built libraries of analysisfixture.h: bins aligned on the cutoff, candidates
// by CandidateFinder's rule, categories and format contributions, worked out by hand in the comments.
#include "analysis/candidatefinder.h"
#include "analysis/dashboarddata.h"
#include "analysisfixture.h"

#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

QList<FileRow> rowsOf(const QList<const LibrarySnapshot *> &snapshots)
{
    QList<FileRow> rows;
    for (const LibrarySnapshot *s : snapshots)
        for (const MediaFile &f : s->files)
            rows.append(FileRow::of(*s, f));
    return rows;
}

const DashboardProfile *profileNamed(const DashboardSummary &summary, const QString &name)
{
    for (const DashboardProfile &p : summary.profiles)
        if (p.name == name)
            return &p;
    return nullptr;
}

QList<int> counts(const DashboardProfile &p)
{
    QList<int> list;
    for (const DashboardScoreBin &b : p.bins)
        list.append(b.files);
    return list;
}

} // namespace

class tst_DashboardData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyRowsGiveAnEmptySummary()
    {
        const DashboardSummary s = DashboardData::compute({});
        QCOMPARE(s.files, 0);
        QVERIFY(s.profiles.isEmpty());
        QVERIFY(s.qualities.isEmpty());
        QVERIFY(s.resolutions.isEmpty());
        QVERIFY(s.formats.isEmpty());
    }

    void binsAreAlignedOnTheCutoff()
    {
        // [-1400, 1000] with the cutoff at 1000: 200 would need 13 bins from -1400, so 500 from -1500.
        const QList<DashboardScoreBin> bins = DashboardData::scoreBins(-1400, 1000, 1000);
        QCOMPARE(bins.size(), 6);
        QCOMPARE(bins.first(), (DashboardScoreBin{-1500, -1001, 0, false}));
        QCOMPARE(bins.at(4), (DashboardScoreBin{500, 999, 0, false}));
        QCOMPARE(bins.last(), (DashboardScoreBin{1000, 1499, 0, true}));
        // A single score far below the cutoff: one bin of width 1.
        QCOMPARE(DashboardData::scoreBins(0, 0, 1000), (QList<DashboardScoreBin>{{0, 0, 0, false}}));
        // The cutoff inside the range splits it on a bin edge: 35 and 40 fall on either side of 37.
        const QList<DashboardScoreBin> split = DashboardData::scoreBins(30, 45, 37, 4);
        QCOMPARE(split, (QList<DashboardScoreBin>{
                            {27, 31, 0, false}, {32, 36, 0, false}, {37, 41, 0, true}, {42, 46, 0, true}}));
        QVERIFY(DashboardData::scoreBins(5, 4, 0).isEmpty());
    }

    void radarrAndSonarrLibraries()
    {
        const LibrarySnapshot radarr = radarrLibrary();
        const LibrarySnapshot sonarr = sonarrV3Library();
        const DashboardSummary s = DashboardData::compute(rowsOf({&radarr, &sonarr}));

        QCOMPARE(s.files, 16);
        QCOMPARE(s.scoredFiles, 12); // Sonarr v3 scores nothing
        QCOMPARE(s.noProfile, 1);    // Lima, profile 42
        // The same counts as CandidateFinder over the same snapshots.
        const CandidateReport report = CandidateFinder::find({&radarr, &sonarr});
        QCOMPARE(s.candidates, int(report.candidates.size()));
        QCOMPARE(s.capped, int(report.capped.size()));
        QCOMPARE(s.candidates, 9);
        QCOMPARE(s.capped, 1);

        // Most files first: HD 7, Any 4, Negative 3, Locked 1.
        QStringList names;
        for (const DashboardProfile &p : s.profiles)
            names << p.instance + QLatin1Char('/') + p.name;
        QCOMPARE(names, (QStringList{QStringLiteral("radarr/HD"), QStringLiteral("sonarr/Any"),
                                     QStringLiteral("radarr/Negative"), QStringLiteral("radarr/Locked")}));

        // HD: 1000, 600, -1400, 0, 1000, 1000, 1000; a2..a6 fall short of a cutoff.
        const DashboardProfile *hd = profileNamed(s, QStringLiteral("HD"));
        QCOMPARE(hd->files, 7);
        QCOMPARE(hd->scoredFiles, 7);
        QCOMPARE(hd->candidates, 5);
        QCOMPARE(hd->capped, 0);
        QCOMPARE(hd->cutoffFormatScore, 1000);
        QCOMPARE(hd->binWidth, 500LL);
        QCOMPARE(counts(*hd), (QList<int>{1, 0, 0, 1, 1, 4}));
        QCOMPARE(hd->bins.first().low, -1500);

        // Negative: -500, 0, -100 against a cutoff of -100: bins of 50 from -500 to 49, -100 is at the
        // cutoff.
        const DashboardProfile *negative = profileNamed(s, QStringLiteral("Negative"));
        QCOMPARE(negative->binWidth, 50LL);
        QCOMPARE(negative->bins.size(), 11);
        QCOMPARE(counts(*negative), (QList<int>{1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1}));
        QCOMPARE(negative->bins.at(8), (DashboardScoreBin{-100, -51, 1, true}));
        QCOMPARE(negative->bins.at(7).atOrAboveCutoff, false);
        QCOMPARE(negative->candidates, 1);

        const DashboardProfile *locked = profileNamed(s, QStringLiteral("Locked"));
        QCOMPARE(locked->capped, 1);
        QCOMPARE(locked->candidates, 0);
        QCOMPARE(counts(*locked), QList<int>{1});

        // No score, so no bins; three HDTV-720p files below the WEBDL-1080p cutoff.
        const DashboardProfile *any = profileNamed(s, QStringLiteral("Any"));
        QCOMPARE(any->files, 4);
        QCOMPARE(any->scoredFiles, 0);
        QVERIFY(any->bins.isEmpty());
        QCOMPARE(any->candidates, 3);

        QCOMPARE(s.qualities, (QList<DashboardCategory>{{QStringLiteral("Bluray-1080p"), 6},
                                                        {QStringLiteral("HDTV-720p"), 3},
                                                        {QStringLiteral("SDTV"), 2},
                                                        {QStringLiteral("Unknown-Q"), 2},
                                                        {QStringLiteral("WEBDL-1080p"), 1},
                                                        {QStringLiteral("WEBDL-720p"), 1},
                                                        {QStringLiteral("WEBRip-720p"), 1}}));
        // Highest first, Unknown (Echo, Golf and the four episodes) last.
        QCOMPARE(s.resolutions, (QList<DashboardCategory>{{QStringLiteral("1080p"), 6},
                                                          {QStringLiteral("720p"), 2},
                                                          {QStringLiteral("480p"), 2},
                                                          {QStringLiteral("Unknown"), 6}}));

        // HDR10+: six HD files × 600 (Lima's profile is unknown: counted, adds nothing). Remux: four HD
        // files × 400 + Kilo in Negative 400. x265: Charlie −2000. LQ: India and Kilo × −500.
        QCOMPARE(s.formats, (QList<DashboardFormat>{{QStringLiteral("HDR10+"), 7, 3600},
                                                    {QStringLiteral("Remux"), 5, 2000},
                                                    {QStringLiteral("x265 (HD)"), 1, -2000},
                                                    {QStringLiteral("LQ"), 2, -1000}}));
    }

    void followsTheRowsGiven()
    {
        // The dashboard follows the table's filter: only the rows given count.
        const LibrarySnapshot radarr = radarrLibrary();
        QList<FileRow> rows;
        for (const MediaFile &f : radarr.files)
            if (f.qualityProfileId == 3)
                rows.append(FileRow::of(radarr, f));
        const DashboardSummary s = DashboardData::compute(rows);
        QCOMPARE(s.files, 3);
        QCOMPARE(s.profiles.size(), 1);
        QCOMPARE(s.candidates, 1);
        QCOMPARE(s.formats,
                 (QList<DashboardFormat>{{QStringLiteral("LQ"), 2, -1000}, {QStringLiteral("Remux"), 1, 400}}));
    }

    // Scores at the ends of Int32 (extremeLibrary()): bins aligned on a cutoff of INT_MAX start below
    // INT_MIN; the width is 5 × 10^8, not the clamped first bin's span.
    void extremeScores()
    {
        QCOMPARE(DashboardData::scoreBins(INT_MIN, INT_MAX, INT_MAX).size(), 10);
        const LibrarySnapshot x = extremeLibrary();
        const DashboardSummary s = DashboardData::compute(rowsOf({&x}));
        const DashboardProfile *p = profileNamed(s, QStringLiteral("Extremes"));
        QVERIFY(p);
        QCOMPARE(p->binWidth, 500000000LL);
        // From INT_MAX − 9 × 5 × 10^8: X-Ray, Zulu | Papa, Oscar | Yankee.
        QCOMPARE(counts(*p), (QList<int>{2, 0, 0, 0, 2, 0, 0, 0, 0, 1}));
        QCOMPARE(p->bins.first().low, INT_MIN);
        QCOMPARE(p->bins.first().high, -1852516354);
        QCOMPARE(p->bins.last(), (DashboardScoreBin{INT_MAX, INT_MAX, 1, true}));
        QCOMPARE(p->bins.at(8).atOrAboveCutoff, false);
        QCOMPARE(p->candidates, 4);
        QCOMPARE(s.formats.first().name, QStringLiteral("x265 (HD)")); // |2 × INT_MIN| > 2 × INT_MAX
        QCOMPARE(s.formats.first().contribution, 2LL * INT_MIN);
    }
};

QTEST_GUILESS_MAIN(tst_DashboardData)
#include "tst_dashboarddata.moc"
