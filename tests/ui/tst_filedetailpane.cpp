// FileDetailPane's score history against a real SQLite file written by SnapshotStore: two syncs give a
// chart of two points, an episode file is looked up by its episode, a stale answer is dropped.
#include "filedetailpane.h"
#include "scorehistorychart.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "views/filecolumns.h"

#include <QChart>
#include <QChartView>
#include <QScatterSeries>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThreadPool>
#include <QtTest>

using namespace arrscore;

namespace {

QualityProfile profile()
{
    QualityProfile p;
    p.id = 1;
    p.name = QStringLiteral("HD");
    p.upgradeAllowed = true;
    p.cutoff = 7;
    p.cutoffFormatScore = 500;
    p.formatItems = {{1, QStringLiteral("HDR"), 300}, {2, QStringLiteral("Remux"), 400}};
    p.qualities = {{7, QStringLiteral("Bluray-1080p"), 1080, true, 0, QString()}};
    p.definition = "{\"id\":1}";
    return p;
}

MediaFile movie(qint64 fileId, qint64 movieId, const QList<FormatRef> &formats, const QString &group)
{
    MediaFile f;
    f.fileId = fileId;
    f.itemId = movieId;
    f.title = QStringLiteral("Movie %1").arg(movieId);
    f.year = 2020;
    f.quality = QStringLiteral("Bluray-1080p");
    f.qualityId = 7;
    f.resolution = 1080;
    f.qualityProfileId = 1;
    f.customFormats = formats;
    int score = 0;
    for (const FormatRef &r : formats)
        score += profile().scoreOf(r.id);
    f.customFormatScore = score;
    f.releaseGroup = group;
    f.relativePath = QStringLiteral("Movie %1/%2.mkv").arg(movieId).arg(fileId);
    return f;
}

LibrarySnapshot snapshot(const QString &name, InstanceType type, const QList<MediaFile> &files, int day)
{
    LibrarySnapshot s;
    s.instance = {name, type, QStringLiteral("http://arr.local"),
                  type == InstanceType::Radarr ? QStringLiteral("Radarr") : QStringLiteral("Sonarr"),
                  QStringLiteral("5.0")};
    s.startedAt = QDateTime(QDate(2026, 6, day), QTime(3, 0), Qt::UTC);
    s.finishedAt = s.startedAt.addSecs(30);
    s.profiles = {profile()};
    s.formats = {{1, QStringLiteral("HDR"), "{\"hdr\":1}"}, {2, QStringLiteral("Remux"), "{\"remux\":1}"}};
    s.files = files;
    return s;
}

const MediaFile &fileOf(const LibrarySnapshot &s, qint64 fileId)
{
    for (const MediaFile &f : s.files)
        if (f.fileId == fileId)
            return f;
    qFatal("no file %lld", fileId);
}

} // namespace

class tst_FileDetailPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    LibrarySnapshot m_radarr; // the second radarr sync, as the table shows it
    LibrarySnapshot m_sonarr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_location = m_dir.filePath(QStringLiteral("history.db"));
        auto db = Database::open(m_location);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        SnapshotStore store(*db.value());
        // Movie 100: HDR (300) on day 1, upgraded to HDR + Remux (700) by another file on day 8.
        // Movie 200: the same file both times.
        const QList<FormatRef> hdr{{1, QStringLiteral("HDR")}};
        const QList<FormatRef> both{{1, QStringLiteral("HDR")}, {2, QStringLiteral("Remux")}};
        const LibrarySnapshot first =
            snapshot(QStringLiteral("radarr"), InstanceType::Radarr,
                     {movie(1, 100, hdr, QStringLiteral("GRP")), movie(2, 200, hdr, QStringLiteral("OLD"))}, 1);
        m_radarr =
            snapshot(QStringLiteral("radarr"), InstanceType::Radarr,
                     {movie(3, 100, both, QStringLiteral("FraMeSToR")), movie(2, 200, hdr, QStringLiteral("OLD"))}, 8);
        QVERIFY(store.save(first).ok());
        QVERIFY(store.save(m_radarr).ok());

        // A Sonarr file of episodes 5001 and 5002: its history is that of its first episode.
        MediaFile episode = movie(9, 50, hdr, QStringLiteral("NTb"));
        episode.kind = MediaKind::Episode;
        episode.seriesTitle = episode.title;
        episode.season = 1;
        episode.episodes = {1, 2};
        episode.episodeIds = {5001, 5002};
        m_sonarr = snapshot(QStringLiteral("sonarr"), InstanceType::Sonarr, {episode}, 8);
        QVERIFY(store.save(m_sonarr).ok());
    }

    void twoSyncsGiveTwoPoints()
    {
        FileDetailPane pane;
        pane.setDatabaseLocation(m_location);
        pane.resize(400, 800);
        pane.show();
        QSignalSpy shown(&pane, &FileDetailPane::historyShown);
        pane.showFile(FileRow::of(m_radarr, fileOf(m_radarr, 3)));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        ScoreHistoryChart *history = pane.historyChart();
        QCOMPARE(history->pointCount(), 2);
        QVERIFY(history->view()->isVisible());
        QCOMPARE(history->note(), QString());
        // The versions as points, the steps, and the cutoff at 500.
        QScatterSeries *points = nullptr;
        bool cutoff = false;
        for (QAbstractSeries *series : history->view()->chart()->series()) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(series))
                points = scatter;
            else if (series->name().contains(QStringLiteral("Cutoff")))
                cutoff = static_cast<QXYSeries *>(series)->at(0).y() == 500;
        }
        QVERIFY(points);
        QCOMPARE(points->count(), 2);
        QCOMPARE(points->at(0).y(), 300.0);
        QCOMPARE(points->at(1).y(), 700.0);
        QVERIFY(cutoff);
        QVERIFY(history->pointTips().at(1).contains(QStringLiteral("FraMeSToR")));
        QVERIFY(history->pointTips().at(1).contains(QStringLiteral("Bluray-1080p")));
        QVERIFY(history->pointTips().at(1).contains(QStringLiteral("upgraded")));
    }

    void unchangedFileIsOnePoint()
    {
        FileDetailPane pane;
        pane.setDatabaseLocation(m_location);
        pane.show();
        QSignalSpy shown(&pane, &FileDetailPane::historyShown);
        pane.showFile(FileRow::of(m_radarr, fileOf(m_radarr, 2)));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(pane.historyChart()->pointCount(), 1);
        QVERIFY(pane.historyChart()->view()->isVisible());
        QVERIFY(pane.historyChart()->note().contains(QStringLiteral("not changed")));
    }

    void episodeFileUsesItsFirstEpisode()
    {
        const MediaFile &episode = m_sonarr.files.first();
        QCOMPARE(FileDetailPane::historyItemId(episode), qint64(5001));
        QCOMPARE(FileDetailPane::historyItemId(fileOf(m_radarr, 3)), qint64(100));
        FileDetailPane pane;
        pane.setDatabaseLocation(m_location);
        pane.show();
        QSignalSpy shown(&pane, &FileDetailPane::historyShown);
        pane.showFile(FileRow::of(m_sonarr, episode));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(pane.historyChart()->pointCount(), 1);
        QVERIFY(pane.historyChart()->note().contains(QStringLiteral("One sync so far")));
    }

    void staleAnswersAreDropped()
    {
        FileDetailPane pane;
        pane.setDatabaseLocation(m_location);
        pane.show();
        QSignalSpy shown(&pane, &FileDetailPane::historyShown);
        // Hold the pane's one reader so that the first read is still waiting when the selection changes.
        auto *pool = pane.findChild<QThreadPool *>(QStringLiteral("historyPool"));
        QVERIFY(pool);
        QCOMPARE(pool->maxThreadCount(), 1);
        QSemaphore hold;
        pool->start([&hold] { hold.acquire(); });
        pane.showFile(FileRow::of(m_radarr, fileOf(m_radarr, 3)));
        QTest::qWait(250); // past the delay: the read of file 3 is queued
        pane.showFile(FileRow::of(m_radarr, fileOf(m_radarr, 2)));
        QTest::qWait(250); // the read of file 2 is queued behind it
        hold.release();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QVERIFY(pool->waitForDone(10000));
        QTest::qWait(100); // the first read's answer, which came first, was dropped
        QCOMPARE(shown.count(), 1);
        QCOMPARE(pane.historyChart()->pointCount(), 1);
        QVERIFY(pane.historyChart()->pointTips().first().contains(QStringLiteral("OLD")));
    }

    void aScoreBelowTheCutoffHasTheSignAndWords()
    {
        FileDetailPane pane;
        pane.showFile(FileRow::of(m_radarr, fileOf(m_radarr, 2))); // HDR alone: 300 against a cutoff of 500
        QVERIFY2(pane.text().contains(QString(QChar(0x25bc)) + QStringLiteral(" 300")), qPrintable(pane.text()));
        QVERIFY(pane.text().contains(QLatin1String("200 points below the cutoff.")));
        pane.showFile(FileRow::of(m_radarr, fileOf(m_radarr, 3))); // HDR and Remux: 700
        QVERIFY(!pane.text().contains(QChar(0x25bc)));
        QVERIFY(pane.text().contains(QLatin1String("At or above the cutoff.")));
    }

    void noDatabaseNoHistory()
    {
        FileDetailPane pane;
        pane.show();
        pane.showFile(FileRow::of(m_radarr, fileOf(m_radarr, 3)));
        QVERIFY(!pane.historyChart()->isVisible());
        QVERIFY(pane.text().contains(QStringLiteral("Movie 100")));
        pane.setDatabaseLocation(m_dir.filePath(QStringLiteral("missing/none.db")));
        QSignalSpy shown(&pane, &FileDetailPane::historyShown);
        pane.showFile(FileRow::of(m_radarr, fileOf(m_radarr, 3)));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QVERIFY(pane.historyChart()->isVisible());
        QCOMPARE(pane.historyChart()->pointCount(), 0);
        QVERIFY(!pane.historyChart()->note().isEmpty());
    }
};

QTEST_MAIN(tst_FileDetailPane)
#include "tst_filedetailpane.moc"
