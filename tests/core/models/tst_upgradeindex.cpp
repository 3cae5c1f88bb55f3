// UpgradeIndex: which check a file row reads (its movie, or its first checked episode), a check of a file the
// item no longer has ignored, a deferral never hiding a real answer and kept across a reload, last searched
// over a file's episodes, and the gain against the file's current score.
#include "models/upgradeindex.h"

#include <QtTest>

using namespace arrscore;

namespace {

ItemCheck check(const QString &instance, qint64 itemId, qint64 fileId, Verdict verdict, const QDateTime &at,
                std::optional<int> pickScore = std::nullopt)
{
    ItemCheck c;
    c.item.instance = instance;
    c.item.itemId = itemId;
    c.item.fileId = fileId;
    c.verdict = verdict;
    c.checkedAt = at;
    if (pickScore) {
        ReleaseInfo pick;
        pick.guid = QStringLiteral("guid-%1").arg(itemId);
        pick.customFormatScore = pickScore;
        c.pick = pick;
    }
    return c;
}

} // namespace

class tst_UpgradeIndex : public QObject
{
    Q_OBJECT

    LibrarySnapshot m_snapshot;

    FileRow row(int index) const { return FileRow::of(m_snapshot, m_snapshot.files.at(index)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_snapshot.instance.name = QStringLiteral("shows");
        m_snapshot.instance.type = InstanceType::Sonarr;
        MediaFile episodes;
        episodes.kind = MediaKind::Episode;
        episodes.fileId = 70;
        episodes.itemId = 5; // the series
        episodes.episodeIds = {501, 502};
        episodes.customFormatScore = 1000;
        MediaFile movieLike; // a second file, of episode 503
        movieLike.kind = MediaKind::Episode;
        movieLike.fileId = 71;
        movieLike.itemId = 5;
        movieLike.episodeIds = {503};
        m_snapshot.files = {episodes, movieLike};
    }

    void aFileReadsItsFirstCheckedEpisode()
    {
        UpgradeIndex index;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        index.reset({check(QStringLiteral("shows"), 502, 70, Verdict::Better, now, 3500)}, {});
        const ItemCheck *found = index.checkOf(row(0));
        QVERIFY(found);
        QCOMPARE(found->item.itemId, 502);
        QCOMPARE(UpgradeIndex::gainOver(*found, row(0)), std::optional<qint64>(2500));
        QVERIFY(!index.checkOf(row(1)));
        // Another instance's item of the same id is another item.
        QVERIFY(!index.checkOf(QStringLiteral("movies"), 502));
    }

    void aCheckOfAReplacedFileIsIgnored()
    {
        UpgradeIndex index;
        index.reset({check(QStringLiteral("shows"), 503, 60, Verdict::Better, QDateTime::currentDateTimeUtc(), 10)},
                    {});
        QVERIFY(index.checkOf(QStringLiteral("shows"), 503));
        QVERIFY(!index.checkOf(row(1))); // file 71 now, the check judged file 60
    }

    void deferralsNeverHideAnswersAndSurviveAReload()
    {
        UpgradeIndex index;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        index.reset({check(QStringLiteral("shows"), 501, 70, Verdict::NothingBetter, now.addSecs(-60))}, {});
        ItemCheck deferred = check(QStringLiteral("shows"), 501, 70, Verdict::Deferred, QDateTime());
        deferred.deferredUntil = now.addSecs(600);
        index.add({deferred});
        QCOMPARE(index.checkOf(row(0))->verdict, Verdict::NothingBetter);
        // An item only deferred shows it, and keeps showing it after a reload (the database holds no deferrals)...
        ItemCheck other = deferred;
        other.item.itemId = 503;
        other.item.fileId = 71;
        index.add({other});
        QCOMPARE(index.checkOf(row(1))->verdict, Verdict::Deferred);
        index.reset({}, {});
        QCOMPARE(index.checkOf(row(1))->verdict, Verdict::Deferred);
        // ...until a real answer comes.
        index.add({check(QStringLiteral("shows"), 503, 71, Verdict::NoReleases, now)});
        QCOMPARE(index.checkOf(row(1))->verdict, Verdict::NoReleases);
        // A newer check replaces an older one, not the other way round.
        index.add({check(QStringLiteral("shows"), 503, 71, Verdict::Better, now.addSecs(-3600), 5)});
        QCOMPARE(index.checkOf(row(1))->verdict, Verdict::NoReleases);
    }

    void lastSearchedIsTheLatestOfTheFilesEpisodes()
    {
        UpgradeIndex index;
        const QDateTime earlier = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
        const QDateTime later = earlier.addDays(3);
        index.reset({}, {{QStringLiteral("shows"), {{501, earlier}, {502, later}}}});
        QCOMPARE(index.lastSearched(row(0)), later);
        QVERIFY(!index.lastSearched(row(1)).isValid());
        index.markSearched(QStringLiteral("shows"), {503}, later.addDays(1));
        QCOMPARE(index.lastSearched(row(1)), later.addDays(1));
    }
};

QTEST_GUILESS_MAIN(tst_UpgradeIndex)
#include "tst_upgradeindex.moc"
