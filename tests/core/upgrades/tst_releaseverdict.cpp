// The verdict rules of issue 11 §1: each verdict, which release is the pick, and which releases of a
// season lookup count for an episode.
#include "upgrades/releaseverdict.h"

#include <QtTest>

using namespace arrscore;

namespace {

ReleaseInfo release(const QString &guid, std::optional<int> score, bool approved, int weight)
{
    ReleaseInfo r;
    r.guid = guid;
    r.indexerId = 1;
    r.title = guid;
    r.customFormatScore = score;
    r.approved = approved;
    r.rejected = !approved;
    r.releaseWeight = weight;
    if (!approved)
        r.rejections = {QStringLiteral("Existing file meets cutoff")};
    return r;
}

} // namespace

class tst_ReleaseVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void betterPicksTheApprovedWithTheLowestWeight();
    void betterRejectedPicksTheHighestScoreAboveTheFile();
    void nothingBetterAndNoReleases();
    void unknownScoreNeverBetterRejected();
    void seasonReleasesCountForTheirEpisodes();
    void namesRoundTrip();
};

void tst_ReleaseVerdict::betterPicksTheApprovedWithTheLowestWeight()
{
    const QList<ReleaseInfo> releases = {
        release(QStringLiteral("a"), 5000, false, 0), release(QStringLiteral("b"), 100, true, 7),
        release(QStringLiteral("c"), 900, true, 3), release(QStringLiteral("d"), 2000, true, 5)};
    const VerdictResult v = ReleaseVerdict::judge(releases, 50);
    QCOMPARE(v.verdict, Verdict::Better);
    QCOMPARE(v.pick, 2); // the server's first choice, not the highest score
    QCOMPARE(v.releaseCount, 4);
}

void tst_ReleaseVerdict::betterRejectedPicksTheHighestScoreAboveTheFile()
{
    const QList<ReleaseInfo> releases = {
        release(QStringLiteral("low"), 10, false, 0), release(QStringLiteral("high"), 3000, false, 4),
        release(QStringLiteral("mid"), 1200, false, 1), release(QStringLiteral("tie"), 3000, false, 2)};
    const VerdictResult v = ReleaseVerdict::judge(releases, 1000);
    QCOMPARE(v.verdict, Verdict::BetterRejected);
    QCOMPARE(v.pick, 3); // 3000 twice: the lower weight wins
    QVERIFY(!releases.at(v.pick).rejections.isEmpty());
}

void tst_ReleaseVerdict::nothingBetterAndNoReleases()
{
    const QList<ReleaseInfo> releases = {release(QStringLiteral("same"), 1000, false, 0),
                                         release(QStringLiteral("worse"), 200, false, 1)};
    QCOMPARE(ReleaseVerdict::judge(releases, 1000), (VerdictResult{Verdict::NothingBetter, -1, 2}));
    QCOMPARE(ReleaseVerdict::judge({}, 1000), (VerdictResult{Verdict::NoReleases, -1, 0}));
}

void tst_ReleaseVerdict::unknownScoreNeverBetterRejected()
{
    const QList<ReleaseInfo> releases = {release(QStringLiteral("x"), 9000, false, 0),
                                         release(QStringLiteral("y"), std::nullopt, false, 1)};
    QCOMPARE(ReleaseVerdict::judge(releases, std::nullopt).verdict, Verdict::NothingBetter);
    // A release without a score is never "above" a known one either.
    QCOMPARE(ReleaseVerdict::judge({releases.at(1)}, 0).verdict, Verdict::NothingBetter);
}

void tst_ReleaseVerdict::seasonReleasesCountForTheirEpisodes()
{
    ReleaseInfo e1 = release(QStringLiteral("e1"), 500, true, 2);
    e1.episodeNumbers = {1};
    ReleaseInfo e23 = release(QStringLiteral("e23"), 700, false, 1);
    e23.episodeNumbers = {2, 3};
    ReleaseInfo pack = release(QStringLiteral("pack"), 900, false, 0);
    pack.fullSeason = true;
    const QList<ReleaseInfo> releases = {e1, e23, pack};
    QCOMPARE(ReleaseVerdict::releasesFor(releases, 1), (QList<int>{0, 2}));
    QCOMPARE(ReleaseVerdict::releasesFor(releases, 3), (QList<int>{1, 2}));
    QCOMPARE(ReleaseVerdict::releasesFor(releases, 9), (QList<int>{2}));
    QCOMPARE(ReleaseVerdict::judgeEpisode(releases, 1, 100), (VerdictResult{Verdict::Better, 0, 2}));
    // Episode 2: e23 and the pack are rejected; the pack scores highest above the file.
    QCOMPARE(ReleaseVerdict::judgeEpisode(releases, 2, 100), (VerdictResult{Verdict::BetterRejected, 2, 2}));
    QCOMPARE(ReleaseVerdict::judgeEpisode({e1, e23}, 9, 100), (VerdictResult{Verdict::NoReleases, -1, 0}));
}

void tst_ReleaseVerdict::namesRoundTrip()
{
    const QStringList names = {QStringLiteral("better"),         QStringLiteral("better-rejected"),
                               QStringLiteral("nothing-better"), QStringLiteral("no-releases"),
                               QStringLiteral("failed"),         QStringLiteral("deferred")};
    for (const QString &name : names) {
        const std::optional<Verdict> v = ReleaseVerdict::fromName(name);
        QVERIFY(v);
        QCOMPARE(ReleaseVerdict::name(*v), name);
        QVERIFY(!ReleaseVerdict::text(*v).isEmpty());
    }
    QVERIFY(!ReleaseVerdict::fromName(QStringLiteral("Better")));
}

QTEST_GUILESS_MAIN(tst_ReleaseVerdict)
#include "tst_releaseverdict.moc"
