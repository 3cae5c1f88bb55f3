// The library analyses on hand-built libraries (analysisfixture.h), every figure worked out by hand:
// format contribution from the profiles' own scores, what-if, profile summaries and distributions
// relative to the cutoff, the health formula and its top improvements, histograms and category counts,
// Sonarr season roll-ups and consistency, Radarr insights, trends across snapshots.
#include "analysis/libraryanalysis.h"
#include "analysis/trends.h"
#include "analysisfixture.h"
#include "export/exporter.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "views/analysisviews.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

const FormatContribution &formatNamed(const QList<FormatContribution> &list, const QString &name)
{
    for (const FormatContribution &c : list) {
        if (c.name == name)
            return c;
    }
    qFatal("no format %s", qPrintable(name));
}

MediaFile episode(qint64 id, int season, int number, int score, const char *group, const char *quality)
{
    MediaFile f;
    f.kind = MediaKind::Episode;
    f.fileId = id;
    f.itemId = 10;
    f.title = f.seriesTitle = QStringLiteral("Show");
    f.season = season;
    f.episodes = {number};
    f.qualityProfileId = 1;
    f.customFormatScore = score;
    f.releaseGroup = QString::fromLatin1(group);
    f.quality = QString::fromLatin1(quality);
    return f;
}

LibrarySnapshot movies(qint64 id, const QDateTime &at, const QList<QPair<qint64, qint64>> &movieFiles,
                       const QList<int> &scores)
{
    LibrarySnapshot s;
    s.id = id;
    s.instance = {QStringLiteral("radarr"), InstanceType::Radarr, QStringLiteral("http://r"), QStringLiteral("Radarr"),
                  QStringLiteral("5.14.0")};
    s.startedAt = at.addSecs(-10);
    s.finishedAt = at;
    s.profiles = {hdProfile()};
    for (qsizetype i = 0; i < movieFiles.size(); ++i) {
        MediaFile f =
            movie(movieFiles.at(i).second, QStringLiteral("M%1").arg(movieFiles.at(i).first), hdProfile(), 7, {});
        f.itemId = movieFiles.at(i).first;
        f.customFormatScore = scores.at(i);
        s.files.append(f);
    }
    return s;
}

} // namespace

class tst_LibraryAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatContribution();
    void whatIf();
    void profileSummaries();
    void health();
    void distributions();
    void seriesRollup();
    void movieInsights();
    void trends();
    void trendsFromTheStore();
    void emptyAndSonarrV3();
    void exportViews();
    void extremeScores();
};

void tst_LibraryAnalysis::formatContribution()
{
    const LibrarySnapshot radarr = radarrLibrary();
    const QList<FormatContribution> list = FormatAnalysis::contributions({&radarr});
    QStringList names;
    for (const FormatContribution &c : list)
        names << c.name;
    // By total contribution: 3600, 2000, 0, 0, −1000, −2000 (ties by name).
    QCOMPARE(names, QStringList({QStringLiteral("HDR10+"), QStringLiteral("Remux"), QStringLiteral("Proper"),
                                 QStringLiteral("Zero"), QStringLiteral("LQ"), QStringLiteral("x265 (HD)")}));
    const FormatContribution &hdr = formatNamed(list, QStringLiteral("HDR10+"));
    QCOMPARE(hdr.files, 7);                // six HD files and Lima, whose profile is unknown
    QCOMPARE(hdr.totalContribution, 3600); // 6 × 600; Lima's profile gives nothing known
    QCOMPARE(hdr.profiles.size(), 3);
    QCOMPARE(hdr.profiles.at(0).score, 600); // HD
    QCOMPARE(hdr.profiles.at(0).files, 6);
    QCOMPARE(hdr.profiles.at(2).score, 0); // Negative does not list it
    QCOMPARE(hdr.wouldCrossCutoff, 0);     // Bravo is 400 short; Delta 1000 > 600; Charlie already has it
    const FormatContribution &remux = formatNamed(list, QStringLiteral("Remux"));
    QCOMPARE(remux.files, 5);
    QCOMPARE(remux.totalContribution, 2000); // 4 × 400 (HD) + 400 (Negative)
    QCOMPARE(remux.wouldCrossCutoff, 2);     // Bravo 600 + 400 = 1000; India −500 + 400 = −100
    QCOMPARE(formatNamed(list, QStringLiteral("LQ")).totalContribution, -1000);
    QCOMPARE(formatNamed(list, QStringLiteral("x265 (HD)")).totalContribution, -2000);
    QCOMPARE(formatNamed(list, QStringLiteral("Proper")).files, 0);
}

void tst_LibraryAnalysis::whatIf()
{
    const LibrarySnapshot radarr = radarrLibrary();
    WhatIfResult r = FormatAnalysis::whatIf(radarr, 1, HDR10Plus, 1000);
    QVERIFY(r.valid);
    QCOMPARE(r.oldScore, 600);
    QCOMPARE(r.filesInProfile, 7);
    QCOMPARE(r.filesMatching, 6);
    QCOMPARE(r.belowBefore, 3); // Bravo, Charlie, Delta
    QCOMPARE(r.belowAfter, 2);  // Bravo reaches 1000
    QCOMPARE(r.crossUp, 1);
    QCOMPARE(r.crossDown, 0);
    r = FormatAnalysis::whatIf(radarr, 1, Remux, 0);
    QCOMPARE(r.crossDown, 4); // Alpha, Echo, Foxtrot, Golf fall to 600
    QCOMPARE(r.crossUp, 0);
    r = FormatAnalysis::whatIf(radarr, 1, Proper, 5000); // nobody has it
    QCOMPARE(r.filesMatching, 0);
    QCOMPARE(r.belowAfter, r.belowBefore);
    QVERIFY(!FormatAnalysis::whatIf(radarr, 77, Proper, 1).valid);
    QCOMPARE(radarr.profiles.first().scoreOf(HDR10Plus), 600); // nothing written
}

void tst_LibraryAnalysis::profileSummaries()
{
    const LibrarySnapshot radarr = radarrLibrary();
    const QList<ProfileSummary> list = ProfileAnalysis::summaries({&radarr});
    QCOMPARE(list.size(), 3);
    const ProfileSummary &hd = list.at(0);
    QCOMPARE(hd.name, QStringLiteral("HD"));
    QCOMPARE(hd.files, 7);
    QCOMPARE(hd.scoredFiles, 7);
    QCOMPARE(*hd.meanScore, 3200.0 / 7); // 1000 + 600 − 1400 + 0 + 1000 × 3
    QCOMPARE(*hd.medianScore, 1000.0);   // −1400 0 600 [1000] 1000 1000 1000
    QCOMPARE(*hd.shareAtOrAboveCutoff, 4.0 / 7);
    QCOMPARE(hd.candidates, 5);
    QCOMPARE(hd.distribution, QList<int>({1, 1, 1, 4, 0, 0})); // −2400, −1000, −400, 0 ×4 against 1000
    const ProfileSummary &locked = list.at(1);
    QCOMPARE(locked.candidates, 0);
    QCOMPARE(locked.capped, 1);
    QCOMPARE(*locked.shareAtOrAboveCutoff, 0.0);
    const ProfileSummary &negative = list.at(2);
    QCOMPARE(*negative.meanScore, -200.0);
    QCOMPARE(*negative.medianScore, -100.0);
    QCOMPARE(*negative.shareAtOrAboveCutoff, 2.0 / 3);
    QCOMPARE(negative.distribution, QList<int>({0, 0, 1, 2, 0, 0})); // −400, +100, 0 against 900
    QCOMPARE(ProfileAnalysis::bucketOf(-2001, 0, 1000), 0);
    QCOMPARE(ProfileAnalysis::bucketOf(-1000, 0, 1000), 1);
    QCOMPARE(ProfileAnalysis::bucketOf(-501, 0, 1000), 1);
    QCOMPARE(ProfileAnalysis::bucketOf(-500, 0, 1000), 2); // −½ belongs to [−½, 0)
    QCOMPARE(ProfileAnalysis::bucketOf(500, 0, 1000), 4);
    QCOMPARE(ProfileAnalysis::bucketOf(1000, 0, 1000), 5);
    // An even count: the mean of the two middle scores.
    LibrarySnapshot even = radarr;
    even.files.removeAt(6);
    QCOMPARE(*ProfileAnalysis::summaries({&even}).at(0).medianScore, 800.0); // −1400 0 [600 1000] 1000 1000
}

void tst_LibraryAnalysis::health()
{
    const LibrarySnapshot radarr = radarrLibrary();
    const HealthReport h = LibraryHealth::compute({&radarr});
    // HD (7) and Negative (3) are judged; Locked and Lima are not. 10 quality + 10 score checks.
    QCOMPARE(h.files, 10);
    QCOMPARE(h.checks, 20);
    // Failed: quality Charlie, Delta, Foxtrot, Echo; score Bravo, Charlie, Delta, India.
    QCOMPARE(h.passed, 12);
    QCOMPARE(h.health, 60);
    QCOMPARE(h.improvements.size(), 3);
    QCOMPARE(h.improvements.at(0).kind, HealthImprovement::Kind::UpgradeQuality);
    QCOMPARE(h.improvements.at(0).profileName, QStringLiteral("HD"));
    QCOMPARE(h.improvements.at(0).files, 4);
    QCOMPARE(h.improvements.at(0).gain, 20.0);
    QCOMPARE(h.improvements.at(1).kind, HealthImprovement::Kind::AddFormat);
    QCOMPARE(h.improvements.at(1).formatName, QStringLiteral("Remux")); // Bravo and India
    QCOMPARE(h.improvements.at(1).gain, 10.0);
    QCOMPARE(h.improvements.at(2).kind, HealthImprovement::Kind::RemoveFormat);
    QCOMPARE(h.improvements.at(2).formatName, QStringLiteral("LQ")); // India −500 → 0 ≥ −100
    QCOMPARE(h.improvements.at(2).files, 1);
    QCOMPARE(LibraryHealth::describe(h.improvements.at(1)),
             QStringLiteral("radarr: 2 files would reach their score cutoff with Remux (+10.0 points)"));
}

void tst_LibraryAnalysis::distributions()
{
    QCOMPARE(Distributions::niceBinWidth(-1400, 1000), 200LL); // 100 would need 25 bins
    QCOMPARE(Distributions::niceBinWidth(0, 0), 1LL);
    QCOMPARE(Distributions::niceBinWidth(-35000, 10000), 5000LL);
    const LibrarySnapshot radarr = radarrLibrary();
    const LibraryDistributions d = Distributions::compute({&radarr});
    QCOMPARE(d.scoreHistograms.size(), 4); // HD, Locked, Negative, and the unknown profile 42
    const ScoreHistogram &hd = d.scoreHistograms.at(0);
    QCOMPARE(hd.start, -1400LL);
    QCOMPARE(hd.binWidth, 200LL);
    QList<int> expected(13, 0);
    expected[0] = 1;  // −1400
    expected[7] = 1;  // 0
    expected[10] = 1; // 600
    expected[12] = 4; // 1000
    QCOMPARE(hd.counts, expected);
    QCOMPARE(d.byResolution.first().label, QStringLiteral("1080p"));
    QCOMPARE(d.byResolution.first().files, 6); // Alpha, Bravo, India, Juliet, Kilo, Lima
    QCOMPARE(d.scoreBySize.size(), 12);
    QCOMPARE(d.scoreBySize.at(1).scorePerGb, 300.0); // Bravo: 600 points, 2 GB
}

void tst_LibraryAnalysis::seriesRollup()
{
    LibrarySnapshot s;
    s.instance.name = QStringLiteral("sonarr");
    QualityProfile p;
    p.id = 1;
    p.upgradeAllowed = true;
    p.cutoffFormatScore = 600; // scale 600: an outlier is 300 or more under the season median
    s.profiles = {p};
    s.files = {episode(1, 1, 1, 500, "A", "WEBDL-1080p"), episode(2, 1, 2, 500, "A", "WEBDL-1080p"),
               episode(3, 1, 3, 400, "B", "HDTV-1080p"),  episode(4, 1, 4, -600, "A", "WEBDL-1080p"),
               episode(5, 2, 1, 700, "A", "WEBDL-1080p"), episode(6, 2, 2, 700, "", "WEBDL-1080p")};
    const SeriesReport r = SeriesRollup::compute({&s});
    QCOMPARE(r.seasons.size(), 2);
    const SeasonRollup &one = r.seasons.at(0);
    QCOMPARE(one.season, 1);
    QCOMPARE(one.scores.minScore(), std::optional<int>(-600));
    QCOMPARE(*one.scores.meanScore(), 200.0);
    QCOMPARE(*one.scores.shareBelowCutoff(), 1.0);
    QVERIFY(one.mixedReleaseGroups());
    QVERIFY(one.mixedQualities());
    QCOMPARE(one.outliers.size(), 1); // median 450; −600 is 1050 under; 400 only 50
    QCOMPARE(one.outliers.first().fileId, 4);
    QCOMPARE(one.outliers.first().pointsBelowMedian, 1050.0);
    const SeasonRollup &two = r.seasons.at(1);
    QVERIFY(two.consistent()); // a file without a release group does not make the season mixed
    QCOMPARE(r.series.size(), 1);
    QCOMPARE(r.series.first().seasons, 2);
    QCOMPARE(r.series.first().inconsistentSeasons, 1);
    QCOMPARE(*r.series.first().scores.meanScore(), 2200.0 / 6);
    QCOMPARE(*r.series.first().scores.shareBelowCutoff(), 4.0 / 6);
}

void tst_LibraryAnalysis::movieInsights()
{
    LibrarySnapshot s = radarrLibrary();
    s.files[0].collection = s.files[1].collection = QStringLiteral("Saga");    // both Bluray-1080p
    s.files[2].collection = s.files[3].collection = QStringLiteral("Trilogy"); // WEBRip-720p, SDTV
    s.files[0].resolution = s.files[1].resolution = 2160;
    s.files[1].dynamicRange = QStringLiteral("HDR10");
    s.files[0].dynamicRange = QStringLiteral("SDR");
    s.files[0].genres = {QStringLiteral("Drama"), QStringLiteral("War")};
    s.files[1].genres = {QStringLiteral("Drama")};
    s.files[1].year = 1994;
    const MovieReport r = MovieInsights::compute({&s});
    QCOMPARE(r.mixedCollections.size(), 1);
    QCOMPARE(r.mixedCollections.first().collection, QStringLiteral("Trilogy"));
    QCOMPARE(r.mixedCollections.first().qualities,
             QStringList({QStringLiteral("SDTV"), QStringLiteral("WEBRip-720p")}));
    QCOMPARE(r.uhdWithoutHdr.size(), 1);
    QCOMPARE(r.uhdWithoutHdr.first().title, QStringLiteral("Alpha"));
    QCOMPARE(r.byGenre.size(), 3); // "", Drama, War
    QCOMPARE(r.byGenre.at(1).label, QStringLiteral("Drama"));
    QCOMPARE(*r.byGenre.at(1).scores.meanScore(), 800.0); // Alpha 1000, Bravo 600
    QCOMPARE(*r.byGenre.at(1).scores.shareBelowCutoff(), 0.5);
    QCOMPARE(r.byDecade.size(), 2);
    QCOMPARE(r.byDecade.at(0).label, QStringLiteral("1990s"));
    QCOMPARE(r.byDecade.at(1).scores.files, 11);
}

void tst_LibraryAnalysis::trends()
{
    const QDateTime monday(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
    Trends t;
    t.add(movies(1, monday, {{1, 100}, {2, 200}}, {0, 1000}));
    t.add(movies(2, monday.addDays(3), {{1, 101}, {2, 200}}, {900, 1000}));                 // movie 1 upgraded
    t.add(movies(3, monday.addDays(10), {{1, 101}, {2, 201}, {3, 300}}, {900, 1200, 300})); // movie 2; 3 is new
    const TrendReport r = t.result();
    QCOMPARE(r.points.size(), 3);
    QVERIFY(!r.points.at(0).upgrades);
    QCOMPARE(r.points.at(1).upgrades, std::optional<int>(1));
    QCOMPARE(r.points.at(2).upgrades, std::optional<int>(1));
    QCOMPARE(*r.points.at(0).meanScore, 500.0);
    QCOMPARE(*r.points.at(2).meanScore, 800.0);
    QCOMPARE(r.points.at(0).candidates, 1); // score 0 < 1000
    QCOMPARE(r.points.at(2).candidates, 2); // 900 and 300
    QCOMPARE(r.upgradesPerWeek.size(), 2);
    QCOMPARE(r.upgradesPerWeek.at(0).weekStart, QDate(2026, 11, 2));
    QCOMPARE(r.upgradesPerWeek.at(1).weekStart, QDate(2026, 11, 9));
    QCOMPARE(r.upgradesPerWeek.at(1).upgrades, 1);
}

void tst_LibraryAnalysis::trendsFromTheStore()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("a.db")));
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    SnapshotStore store(*db.value());
    const QDateTime monday(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 4; ++i) {
        LibrarySnapshot s = movies(0, monday.addDays(7 * i), {{1, 100 + i}}, {100 * i});
        QVERIFY(store.save(s).ok());
    }
    // Only the newest two are read; the older of them has no predecessor among them.
    const Result<TrendReport> r = Trends::load(store, QStringLiteral("radarr"), 2);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->points.size(), 2);
    QCOMPARE(*r->points.at(0).meanScore, 200.0);
    QVERIFY(!r->points.at(0).upgrades);
    QCOMPARE(r->points.at(1).upgrades, std::optional<int>(1));
    QCOMPARE(Trends::load(store, QStringLiteral("radarr"))->points.size(), 4);
}

void tst_LibraryAnalysis::emptyAndSonarrV3()
{
    const LibraryAnalysisReport none = LibraryAnalysis::analyze({});
    QCOMPARE(none.health.health, 100);
    QCOMPARE(none.health.checks, 0);
    QVERIFY(none.health.improvements.isEmpty());
    LibrarySnapshot empty;
    empty.profiles = {hdProfile()};
    const LibraryAnalysisReport e = LibraryAnalysis::analyze({&empty});
    QCOMPARE(e.profiles.size(), 1);
    QCOMPARE(e.profiles.first().files, 0);
    QVERIFY(!e.profiles.first().meanScore);
    QVERIFY(e.distributions.scoreHistograms.isEmpty());

    const LibrarySnapshot v3 = sonarrV3Library();
    const LibraryAnalysisReport r = LibraryAnalysis::analyze({&v3});
    // Quality checks only: 4 files, 3 below the cutoff quality.
    QCOMPARE(r.health.checks, 4);
    QCOMPARE(r.health.passed, 1);
    QCOMPARE(r.health.health, 25);
    QCOMPARE(r.profiles.first().scoredFiles, 0);
    QVERIFY(!r.profiles.first().meanScore);
    QCOMPARE(r.profiles.first().distribution, QList<int>(6, 0));
    QCOMPARE(r.formats.size(), 0);
    QVERIFY(r.distributions.scoreBySize.isEmpty());
    QVERIFY(!r.series.seasons.first().scores.minScore());
}

void tst_LibraryAnalysis::exportViews()
{
    const LibrarySnapshot radarr = radarrLibrary();
    QCOMPARE(Exporter::viewNames(), QStringList({QStringLiteral("files"), QStringLiteral("candidates"),
                                                 QStringLiteral("formats"), QStringLiteral("profiles")}));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.view = QStringLiteral("candidates");
    QVERIFY(Exporter::write({radarr}, options, &buffer).ok());
    const QJsonArray rows =
        QJsonDocument::fromJson(buffer.data()).object().value(QLatin1String("candidates")).toArray();
    QCOMPARE(rows.size(), 6);
    const QJsonObject first = rows.first().toObject();
    QCOMPARE(first.value(QLatin1String("title")).toString(), QStringLiteral("Charlie"));
    QCOMPARE(first.value(QLatin1String("score_gap")).toInt(), 2400);
    QCOMPARE(first.value(QLatin1String("priority")).toDouble(), 250.0);
    QCOMPARE(first.value(QLatin1String("negative_formats")).toArray().first().toString(),
             QStringLiteral("x265 (HD) (-2000)"));
    QCOMPARE(first.keys().size(), AnalysisViews::candidateColumns().size());

    buffer.close();
    buffer.setData({});
    buffer.open(QIODevice::WriteOnly);
    options.view = QStringLiteral("profiles");
    options.format = ExportFormat::Csv;
    QVERIFY(Exporter::write({radarr}, options, &buffer).ok());
    const QList<QByteArray> lines = buffer.data().split('\n');
    QVERIFY(lines.first().startsWith("instance,profile_id,profile,upgrade_allowed"));
    QVERIFY2(lines.at(1).startsWith("radarr,1,HD,true,1000,0,Bluray-720p,1000,7,7,457.14"), lines.at(1).constData());
}

// Scores at the ends of Int32 (extremeLibrary()): every sum, gap, range and bin in 64 bits. A bin start
// or gap that wrapped in 32 bits crashed `analyze` or gave wrong counts.
void tst_LibraryAnalysis::extremeScores()
{
    const LibrarySnapshot s = extremeLibrary();
    const LibraryAnalysisReport report = LibraryAnalysis::analyze({&s});

    // [INT_MIN, INT_MAX] in at most 20 bins: 2 × 10^8 would need 22, so 10 of 5 × 10^8 from −2.5 × 10^9.
    QCOMPARE(Distributions::niceBinWidth(INT_MIN, INT_MAX), 500000000LL);
    QCOMPARE(Distributions::niceBinWidth(INT_MIN, INT_MIN), 1LL);
    QCOMPARE(Distributions::niceBinWidth(INT_MIN, INT_MAX, 2), 5000000000LL);
    QCOMPARE(report.distributions.scoreHistograms.size(), 1);
    const ScoreHistogram &h = report.distributions.scoreHistograms.first();
    QCOMPARE(h.start, -2500000000LL);
    QCOMPARE(h.binWidth, 500000000LL);
    QCOMPARE(h.counts, (QList<int>{2, 0, 0, 0, 1, 1, 0, 0, 0, 1})); // X-Ray, Zulu | Papa | Oscar | Yankee

    // Distance to the cutoff in units of the scale 2^32 − 1: X-Ray at exactly −1, Zulu and Papa just under,
    // Oscar just over −½, Yankee at the cutoff.
    QCOMPARE(report.profiles.size(), 1);
    const ProfileSummary &p = report.profiles.first();
    QCOMPARE(p.scale, 4294967295LL);
    QCOMPARE(p.distribution, (QList<int>{0, 3, 1, 1, 0, 0}));
    QCOMPARE(p.meanScore, std::optional<double>(-2100000002 / 5.0));
    QCOMPARE(p.medianScore, std::optional<double>(-1));
    QCOMPARE(p.candidates, 4);

    // Contributions are sums of INT_MAX and INT_MIN; only Oscar (gap INT_MAX) would reach the cutoff with
    // HDR10+, X-Ray's and Zulu's gaps are larger than any Int32 score.
    const FormatContribution &hdr = formatNamed(report.formats, QStringLiteral("HDR10+"));
    QCOMPARE(hdr.totalContribution, 2LL * INT_MAX);
    QCOMPARE(hdr.wouldCrossCutoff, 1);
    QCOMPARE(formatNamed(report.formats, QStringLiteral("x265 (HD)")).totalContribution, 2LL * INT_MIN);

    // x265 from INT_MIN to INT_MAX: Papa's −1 becomes 2^32 − 2, which is above the cutoff, not −2.
    const WhatIfResult w = FormatAnalysis::whatIf(s, 1, X265, INT_MAX);
    QCOMPARE(w.belowBefore, 4);
    QCOMPARE(w.belowAfter, 2);
    QCOMPARE(w.crossUp, 2);
    QCOMPARE(w.crossDown, 0);

    // 10 checks, 6 passed; Oscar gains with HDR10+, Papa (gap 2^31) without x265 (−INT_MIN = 2^31).
    QCOMPARE(report.health.checks, 10);
    QCOMPARE(report.health.passed, 6);
    QCOMPARE(report.health.improvements.size(), 2);
    QCOMPARE(report.health.improvements.at(0).kind, HealthImprovement::Kind::AddFormat);
    QCOMPARE(report.health.improvements.at(0).files, 1);
    QCOMPARE(report.health.improvements.at(1).kind, HealthImprovement::Kind::RemoveFormat);
    QCOMPARE(report.health.improvements.at(1).files, 1);

    Trends trends;
    trends.add(s);
    QCOMPARE(trends.result().points.first().meanScore, std::optional<double>(-2100000002 / 5.0));
    QCOMPARE(trends.result().points.first().candidates, 4);
}

QTEST_GUILESS_MAIN(tst_LibraryAnalysis)
#include "tst_libraryanalysis.moc"
