// CandidateFinder on hand-built libraries (analysisfixture.h) with hand-computed expectations: which files
// are candidates, their reasons as data and words, the priority formula of docs/ANALYSIS.md, ties, capped
// files, Sonarr v3 nulls, negative cutoffs, group ranks, a file matching no format, empty libraries.
#include "analysis/candidatefinder.h"
#include "analysis/profilefacts.h"
#include "analysisfixture.h"
#include "base/translations.h"

#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

const Candidate *byTitle(const QList<Candidate> &list, const QString &title)
{
    for (const Candidate &c : list) {
        if (c.file->title == title)
            return &c;
    }
    return nullptr;
}

QStringList order(const QList<Candidate> &list)
{
    QStringList titles;
    for (const Candidate &c : list)
        titles << CandidateFinder::displayTitle(*c.file);
    return titles;
}

} // namespace

class tst_Candidates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // As the apps do: the English plural forms ("1 step"), and the locale counts are formatted in.
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void profileFacts();
    void whoIsACandidate();
    void ranking();
    void reasonsAsData();
    void reasonsInWords();
    void cappedFiles();
    void negativeCutoff();
    void sonarrV3NullScores();
    void tiesAreTotal();
    void emptyLibraries();
    void extremeScores();
};

void tst_Candidates::profileFacts()
{
    const QualityProfile hd = hdProfile();
    const ProfileFacts facts = ProfileFacts::of(hd);
    QCOMPARE(facts.scale, 1000LL); // 1000 − 0
    QCOMPARE(facts.cutoffRank, 2);
    QCOMPARE(facts.positiveFormats.size(), 3); // 0 and negative scores are not "formats it lacks"
    QCOMPARE(facts.positiveFormats.at(0).name, QStringLiteral("HDR10+"));
    QCOMPARE(facts.positiveFormats.at(2).name, QStringLiteral("Proper"));
    // Group members tie: WEBDL-720p and WEBRip-720p are both rank 1, one step below the cutoff.
    QCOMPARE(hd.qualityRank(5), 1);
    QCOMPARE(hd.qualityRank(14), 1);
    MediaFile f;
    f.qualityId = 14;
    QVERIFY(facts.qualityBelow(f));
    QCOMPARE(facts.qualityGap(f), 1);
    f.qualityId = 6; // the cutoff itself
    QVERIFY(!facts.qualityBelow(f));
    f.qualityId = 99; // unknown: the server's flag decides
    QVERIFY(!facts.qualityBelow(f));
    f.qualityCutoffNotMet = true;
    QVERIFY(facts.qualityBelow(f));
    QCOMPARE(facts.qualityGap(f), 0);

    QCOMPARE(ProfileFacts::of(negativeProfile()).scale, 900LL); // −100 − (−1000)
    QualityProfile flat = hdProfile();
    flat.cutoffFormatScore = 0; // no span: the largest |score| (x265 at −2000)
    QCOMPARE(ProfileFacts::of(flat).scale, 2000LL);
    flat.formatItems.clear();
    QCOMPARE(ProfileFacts::of(flat).scale, 1LL);
}

void tst_Candidates::whoIsACandidate()
{
    const LibrarySnapshot radarr = radarrLibrary();
    const CandidateReport r = CandidateFinder::find({&radarr});
    QCOMPARE(order(r.candidates), QStringList({QStringLiteral("Charlie (2020)"), QStringLiteral("Delta (2020)"),
                                               QStringLiteral("Echo (2020)"), QStringLiteral("Foxtrot (2020)"),
                                               QStringLiteral("India (2020)"), QStringLiteral("Bravo (2020)")}));
    QCOMPARE(r.filesConsidered, 11);
    QCOMPARE(r.noProfile, 1); // Lima: profile 42 is unknown
    QCOMPARE(r.scoreUnknown, 0);
    // Met both: Alpha; unknown quality and the server says met: Golf; at or above a negative cutoff: Juliet, Kilo.
    for (const char *title : {"Alpha", "Golf", "Juliet", "Kilo", "Lima", "Hotel"})
        QVERIFY2(!byTitle(r.candidates, QString::fromLatin1(title)), title);
}

void tst_Candidates::ranking()
{
    const LibrarySnapshot radarr = radarrLibrary();
    const CandidateReport r = CandidateFinder::find({&radarr});
    // Charlie: gap 2400 / 1000 = 2.4 → capped at 2; quality 1 step of 2 → 0.5; 100 × 2.5
    const Candidate *c = byTitle(r.candidates, QStringLiteral("Charlie"));
    QCOMPARE(c->scoreGap, std::optional<qint64>(2400));
    QCOMPARE(c->scorePart, 2.0);
    QCOMPARE(c->qualityGap, 1);
    QCOMPARE(c->qualityPart, 0.5);
    QCOMPARE(c->priority, 250.0);
    // Delta matches no format: gap 1000 / 1000 = 1; quality 2 of 2 steps → 1.
    c = byTitle(r.candidates, QStringLiteral("Delta"));
    QCOMPARE(c->scoreGap, std::optional<qint64>(1000));
    QCOMPARE(c->priority, 200.0);
    // Foxtrot: quality only (score 1000 = cutoff): 0.5 → 50; Echo: unknown rank, server flag → 0.5 → 50.
    c = byTitle(r.candidates, QStringLiteral("Foxtrot"));
    QCOMPARE(c->scoreGap, std::optional<qint64>(0));
    QVERIFY(!c->scoreBelowCutoff);
    QVERIFY(c->qualityBelowCutoff);
    QCOMPARE(c->priority, 50.0);
    c = byTitle(r.candidates, QStringLiteral("Echo"));
    QCOMPARE(c->qualityGap, 0);
    QCOMPARE(c->priority, 50.0);
    // India, negative cutoff: gap 400 / scale 900 = 0.444… → 44.4
    c = byTitle(r.candidates, QStringLiteral("India"));
    QCOMPARE(c->scoreGap, std::optional<qint64>(400));
    QCOMPARE(c->scale, 900);
    QCOMPARE(c->priority, 44.4);
    // Bravo: 400 / 1000 → 40
    QCOMPARE(byTitle(r.candidates, QStringLiteral("Bravo"))->priority, 40.0);
}

void tst_Candidates::reasonsAsData()
{
    const LibrarySnapshot radarr = radarrLibrary();
    const CandidateReport r = CandidateFinder::find({&radarr});
    const Candidate *c = byTitle(r.candidates, QStringLiteral("Charlie"));
    QCOMPARE(c->negativeFormats, QList<FormatItem>({item(X265, -2000)}));
    QCOMPARE(c->missingFormats, QList<FormatItem>({item(Remux, 400), item(Proper, 100)})); // has HDR10+
    QCOMPARE(c->reasons, QList<CandidateReason>({{ReasonKind::ScoreBelowCutoff, 2400, 0, {}},
                                                 {ReasonKind::QualityBelowCutoff, 1, 0, QStringLiteral("Bluray-720p")},
                                                 {ReasonKind::NegativeFormat, -2000, X265, QStringLiteral("x265 (HD)")},
                                                 {ReasonKind::MissingFormat, 400, Remux, QStringLiteral("Remux")},
                                                 {ReasonKind::MissingFormat, 100, Proper, QStringLiteral("Proper")}}));
    // A file matching no format lacks the three best positive formats, and has no negative one.
    c = byTitle(r.candidates, QStringLiteral("Delta"));
    QCOMPARE(c->missingFormats, QList<FormatItem>({item(HDR10Plus, 600), item(Remux, 400), item(Proper, 100)}));
    QVERIFY(c->negativeFormats.isEmpty());
    QCOMPARE(c->file->sizeBytes, 4000000000LL);
    // Quality only: missing formats are data, but not a reason (the score is at its cutoff).
    c = byTitle(r.candidates, QStringLiteral("Foxtrot"));
    QCOMPARE(c->missingFormats, QList<FormatItem>({item(Proper, 100)}));
    QCOMPARE(c->reasons,
             QList<CandidateReason>({{ReasonKind::QualityBelowCutoff, 1, 0, QStringLiteral("Bluray-720p")}}));
    c = byTitle(r.candidates, QStringLiteral("Echo"));
    QCOMPARE(c->reasons,
             QList<CandidateReason>({{ReasonKind::QualityBelowCutoff, 0, 0, QStringLiteral("Bluray-720p")}}));
}

void tst_Candidates::reasonsInWords()
{
    const LibrarySnapshot radarr = radarrLibrary();
    const CandidateReport r = CandidateFinder::find({&radarr});
    QCOMPARE(CandidateFinder::reasonTexts(*byTitle(r.candidates, QStringLiteral("Charlie"))),
             QStringList({QStringLiteral("score %1 points below the profile's cutoff").arg(QLocale().toString(2400)),
                          QStringLiteral("quality 1 step below the cutoff Bluray-720p"),
                          QStringLiteral("matches x265 (HD) (-2000)"), QStringLiteral("lacks Remux (+400)"),
                          QStringLiteral("lacks Proper (+100)")}));
    QCOMPARE(CandidateFinder::reasonTexts(*byTitle(r.candidates, QStringLiteral("Echo"))),
             QStringList({QStringLiteral("quality below the cutoff Bluray-720p (as the server reports)")}));
    QCOMPARE(CandidateFinder::reasonKindName(ReasonKind::MissingFormat), QStringLiteral("missing_format"));
}

void tst_Candidates::cappedFiles()
{
    const LibrarySnapshot radarr = radarrLibrary();
    const CandidateReport r = CandidateFinder::find({&radarr});
    QCOMPARE(r.capped.size(), 1);
    const Candidate &c = r.capped.first();
    QCOMPARE(c.file->title, QStringLiteral("Hotel"));
    QVERIFY(c.capped);
    QCOMPARE(c.reasons.first(), (CandidateReason{ReasonKind::UpgradesDisabled, 0, 0, QStringLiteral("Locked")}));
    QCOMPARE(CandidateFinder::reasonText(c.reasons.first()),
             QStringLiteral("capped: the profile Locked does not allow upgrades"));
    // The same file in a profile that allows upgrades is a candidate.
    LibrarySnapshot open = radarr;
    open.profiles[1].upgradeAllowed = true;
    const CandidateReport r2 = CandidateFinder::find({&open});
    QVERIFY(r2.capped.isEmpty());
    QVERIFY(byTitle(r2.candidates, QStringLiteral("Hotel")));
    // count() (what the trend needs) agrees with find(), capped files left out.
    QCOMPARE(CandidateFinder::count(radarr), int(r.candidates.size()));
    QCOMPARE(CandidateFinder::count(open), int(r2.candidates.size()));
    QCOMPARE(CandidateFinder::count(open), CandidateFinder::count(radarr) + 1);
}

void tst_Candidates::negativeCutoff()
{
    const QualityProfile negative = negativeProfile();
    const ProfileFacts facts = ProfileFacts::of(negative);
    LibrarySnapshot s;
    MediaFile f = movie(1, QStringLiteral("x"), negative, 7, {});
    // 0 ≥ −100: not a candidate; −100 = cutoff: not a candidate; −101: one point below.
    QVERIFY(!CandidateFinder::evaluate(s, f, facts));
    f.customFormatScore = -100;
    QVERIFY(!CandidateFinder::evaluate(s, f, facts));
    f.customFormatScore = -101;
    const std::optional<Candidate> c = CandidateFinder::evaluate(s, f, facts);
    QVERIFY(c);
    QCOMPARE(c->scoreGap, std::optional<qint64>(1));
    QCOMPARE(c->priority, 0.1); // 1 / 900 → 0.11 → 0.1
}

void tst_Candidates::sonarrV3NullScores()
{
    const LibrarySnapshot sonarr = sonarrV3Library();
    const CandidateReport r = CandidateFinder::find({&sonarr});
    QCOMPARE(r.scoreUnknown, 4);
    // Only the quality candidates: the WEBDL-1080p file is not a candidate although null < 10 would be.
    QCOMPARE(order(r.candidates), QStringList({QStringLiteral("Show S00E05"), QStringLiteral("Show S01E01"),
                                               QStringLiteral("Show S01E02")}));
    const Candidate &c = r.candidates.first();
    QVERIFY(!c.scoreGap);
    QVERIFY(!c.scoreBelowCutoff);
    QCOMPARE(c.priority, 100.0);
    QCOMPARE(c.reasons, QList<CandidateReason>({{ReasonKind::QualityBelowCutoff, 1, 0, QStringLiteral("WEBDL-1080p")},
                                                {ReasonKind::ScoreUnknown, 0, 0, {}}}));
    QCOMPARE(CandidateFinder::reasonText(c.reasons.last()),
             QStringLiteral("score unknown (the server sends none): judged on quality only"));
}

void tst_Candidates::tiesAreTotal()
{
    const LibrarySnapshot radarr = radarrLibrary();
    const LibrarySnapshot sonarr = sonarrV3Library();
    const CandidateReport both = CandidateFinder::find({&sonarr, &radarr});
    // Priority first; equal priorities by instance, title, season, episode (Echo/Foxtrot: both 50).
    QCOMPARE(order(both.candidates),
             QStringList({QStringLiteral("Charlie (2020)"), QStringLiteral("Delta (2020)"),
                          QStringLiteral("Show S00E05"), QStringLiteral("Show S01E01"), QStringLiteral("Show S01E02"),
                          QStringLiteral("Echo (2020)"), QStringLiteral("Foxtrot (2020)"),
                          QStringLiteral("India (2020)"), QStringLiteral("Bravo (2020)")}));
    // The same files in any input order give the same ranking; equal everything but the file id: by file id.
    LibrarySnapshot twins = radarr;
    twins.files[4].title = QStringLiteral("Echo");
    std::reverse(twins.files.begin(), twins.files.end());
    const CandidateReport t = CandidateFinder::find({&twins});
    const qsizetype echo = order(t.candidates).indexOf(QStringLiteral("Echo (2020)"));
    QCOMPARE(t.candidates.at(echo).file->fileId, 5);
    QCOMPARE(t.candidates.at(echo + 1).file->fileId, 6);
    QVERIFY(!CandidateFinder::ranksBefore(t.candidates.at(echo), t.candidates.at(echo)));
}

void tst_Candidates::emptyLibraries()
{
    const CandidateReport none = CandidateFinder::find({});
    QVERIFY(none.candidates.isEmpty());
    LibrarySnapshot empty;
    empty.profiles = {hdProfile()};
    const CandidateReport r = CandidateFinder::find({&empty});
    QVERIFY(r.candidates.isEmpty());
    QVERIFY(r.capped.isEmpty());
    QCOMPARE(r.filesConsidered, 0);
}

// Scores at the ends of Int32 (extremeLibrary()): gaps and the scale are 64-bit, never wrapped.
void tst_Candidates::extremeScores()
{
    const LibrarySnapshot s = extremeLibrary();
    const ProfileFacts facts = ProfileFacts::of(s.profiles.first());
    QCOMPARE(facts.scale, 4294967295LL); // INT_MAX − INT_MIN

    const CandidateReport report = CandidateFinder::find({&s});
    QCOMPARE(report.candidates.size(), 4); // all but Yankee, at INT_MAX
    const Candidate &first = report.candidates.first();
    QCOMPARE(first.file->title, QStringLiteral("X-Ray"));
    QCOMPARE(first.scoreGap, std::optional<qint64>(4294967295LL));
    QCOMPARE(first.scorePart, 1.0);
    QCOMPARE(first.priority, 100.0);
    QCOMPARE(first.reasons.first(), (CandidateReason{ReasonKind::ScoreBelowCutoff, 4294967295LL, 0, {}}));
    // Beyond tr()'s int count: written whole, in the locale's digits (not "%Ln", as a wrapped count left it).
    QCOMPARE(CandidateFinder::reasonText(first.reasons.first()),
             QStringLiteral("score %1 points below the profile's cutoff").arg(QLocale().toString(4294967295LL)));
    QCOMPARE(CandidateFinder::reasonText(report.candidates.at(1).reasons.first()),
             QStringLiteral("score %1 points below the profile's cutoff").arg(QLocale().toString(4247483647LL)));
    QCOMPARE(report.candidates.at(1).file->title, QStringLiteral("Zulu"));
    QCOMPARE(report.candidates.at(1).scoreGap, std::optional<qint64>(4247483647LL)); // INT_MAX + 2.1e9
    // Oscar (gap INT_MAX) and Papa (gap 2^31) both at priority 50.0: by title.
    QCOMPARE(report.candidates.at(2).file->title, QStringLiteral("Oscar"));
    QCOMPARE(report.candidates.at(2).scoreGap, std::optional<qint64>(INT_MAX));
    QCOMPARE(report.candidates.at(2).priority, 50.0);
    QCOMPARE(report.candidates.at(3).file->title, QStringLiteral("Papa"));
    QCOMPARE(report.candidates.at(3).scoreGap, std::optional<qint64>(2147483648LL));
    QCOMPARE(report.candidates.at(3).negativeFormats.first().score, INT_MIN); // x265, its worst format
}

QTEST_GUILESS_MAIN(tst_Candidates)
#include "tst_candidates.moc"
