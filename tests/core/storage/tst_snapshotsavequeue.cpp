// SnapshotSaveQueue staging a sync's files batch by batch, on SQLite and PostgreSQL: a file id that comes
// again in a later batch (a server listing a file twice) keeps one copy, the same whichever batch brought
// it first, and the copy dropped leaves no row and no episode link behind.

#include "storage/snapshotsavequeue.h"

#include "snapshotfixture.h"
#include "storage/database.h"
#include "storage/filestaging.h"
#include "storage/snapshotstore.h"
#include "storagebackends.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace arrscore;
using namespace arrscore::test;

namespace {

// An episode file of series 7 holding one episode; its fields all depend on fileId and episodeId.
MediaFile episodeFile(qint64 fileId, qint64 itemId, qint64 episodeId)
{
    MediaFile f = snapshots::movie(fileId, QStringLiteral("Series %1").arg(itemId));
    f.kind = MediaKind::Episode;
    f.itemId = itemId;
    f.seriesTitle = f.title;
    f.season = 1;
    f.episodes = {int(episodeId % 100)};
    f.episodeIds = {episodeId};
    f.episodeTitle = QStringLiteral("Episode %1").arg(episodeId);
    return f;
}

LibrarySnapshot header()
{
    LibrarySnapshot s = snapshots::library(0, QStringLiteral("sonarr"));
    s.instance.type = InstanceType::Sonarr;
    return s;
}

} // namespace

class tst_SnapshotSaveQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StorageBackends::addRows(); }
    void init();
    void cleanup() { m_storage.dropSchemas(); }

    void duplicateAcrossBatchesKeepsOneCopy_data();
    void duplicateAcrossBatchesKeepsOneCopy();
    void abortStoresNothing();

private:
    // Stores the batches as one sync through the queue; the snapshot id, 0 on failure (error set).
    qint64 saveBatches(const QList<QList<MediaFile>> &batches, Error *error = nullptr);
    std::unique_ptr<Database> open();

    StorageBackends m_storage{QStringLiteral("tst_savequeue")};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

void tst_SnapshotSaveQueue::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (!m_storage.select(backend))
        QSKIP(StorageBackends::kPgHint);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = m_storage.freshLocation(*m_dir, QStringLiteral("queue-%1.db"));
}

std::unique_ptr<Database> tst_SnapshotSaveQueue::open()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_location);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    return std::move(db).value();
}

qint64 tst_SnapshotSaveQueue::saveBatches(const QList<QList<MediaFile>> &batches, Error *error)
{
    SnapshotSaveQueue queue(m_location);
    QSignalSpy saved(&queue, &SnapshotSaveQueue::saved);
    queue.open(3, QStringLiteral("sonarr"));
    for (const QList<MediaFile> &batch : batches)
        queue.append(3, batch);
    queue.close(3, header());
    if (!saved.wait(30000))
        qFatal("the save did not finish");
    const QList<QVariant> args = saved.takeFirst();
    if (args.at(0).toInt() != 3)
        qFatal("saved() named another index");
    if (error)
        *error = args.at(4).value<Error>();
    return args.at(1).toLongLong();
}

void tst_SnapshotSaveQueue::duplicateAcrossBatchesKeepsOneCopy_data()
{
    QTest::addColumn<QList<int>>("order"); // of the copies below, by batch: -1 starts the next batch
    QTest::addColumn<int>("kept");         // the copy stored (0 = the one stored before, nothing new)
    // Copies of file 50: 0 is what the previous sync stored (item 20); 1 is of a higher item id (dropped
    // whenever another copy comes); 2 is of a lower one (kept over both).
    QTest::newRow("stored, then worse") << QList<int>{0, -1, 1} << 0;
    QTest::newRow("worse, then stored") << QList<int>{1, -1, 0} << 0;
    QTest::newRow("stored, then better") << QList<int>{0, -1, 2} << 2;
    QTest::newRow("better, then stored") << QList<int>{2, -1, 0} << 2;
    QTest::newRow("worse, then better") << QList<int>{1, -1, 2} << 2;
    QTest::newRow("better, then worse") << QList<int>{2, -1, 1} << 2;
    QTest::newRow("worse, better, stored") << QList<int>{1, -1, 2, -1, 0} << 2;
    QTest::newRow("one batch: worse, then better") << QList<int>{1, 2} << 2;
}

void tst_SnapshotSaveQueue::duplicateAcrossBatchesKeepsOneCopy()
{
    QFETCH(QList<int>, order);
    QFETCH(int, kept);
    const QList<MediaFile> copies = {episodeFile(50, 20, 5001), episodeFile(50, 21, 5002), episodeFile(50, 19, 5003)};
    QVERIFY(FileStaging::keptOver(copies[0], copies[1]) && FileStaging::keptOver(copies[2], copies[0]));
    const MediaFile other = episodeFile(60, 22, 6001);

    const qint64 first = saveBatches({{copies[0], other}});
    QVERIFY(first > 0);

    QList<QList<MediaFile>> batches{{other}};
    for (int i : std::as_const(order)) {
        if (i < 0)
            batches.append(QList<MediaFile>());
        else
            batches.last().append(copies[i]);
    }
    Error error;
    const qint64 second = saveBatches(batches, &error);
    QVERIFY2(second > first, qPrintable(error.message));

    std::unique_ptr<Database> db = open();
    Result<LibrarySnapshot> loaded = SnapshotStore(*db).load(second);
    QVERIFY(loaded);
    QCOMPARE(loaded->files.size(), 2);
    const MediaFile &stored = loaded->files.first().fileId == 50 ? loaded->files.first() : loaded->files.last();
    QCOMPARE(stored.fileId, 50);
    QCOMPARE(stored.itemId, copies[kept].itemId);
    QCOMPARE(stored.episodeIds, copies[kept].episodeIds);
    QCOMPARE(SnapshotStore(*db).header(second)->fileCount, 2);
    // One current row per file; the previous row of file 50 closed only when another copy replaced it.
    QCOMPARE(snapshots::count(*db, QStringLiteral("file_versions"), QStringLiteral("valid_to IS NULL")), 2);
    QCOMPARE(snapshots::count(*db, QStringLiteral("file_versions"), QStringLiteral("valid_from = %1").arg(second)),
             kept == 0 ? 0 : 1);
    QCOMPARE(snapshots::count(*db, QStringLiteral("file_versions"), QStringLiteral("valid_to = %1").arg(second)),
             kept == 0 ? 0 : 1);
    // No episode link of a copy that was dropped.
    QCOMPARE(snapshots::count(*db, QStringLiteral("file_episodes"), QStringLiteral("episode_id = 5002")), 0);
    QCOMPARE(snapshots::count(*db, QStringLiteral("file_episodes"), QStringLiteral("episode_id = 5003")),
             kept == 2 ? 1 : 0);
}

void tst_SnapshotSaveQueue::abortStoresNothing()
{
    const qint64 first = saveBatches({{episodeFile(50, 20, 5001)}});
    QVERIFY(first > 0);
    const QStringList before = snapshots::dump(*open());

    SnapshotSaveQueue queue(m_location);
    QSignalSpy saved(&queue, &SnapshotSaveQueue::saved);
    queue.open(0, QStringLiteral("sonarr"));
    queue.append(0, {episodeFile(50, 20, 5001), episodeFile(51, 20, 5101)});
    queue.append(0, {episodeFile(52, 20, 5201)});
    queue.abort(0);
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().at(1).toLongLong(), 0);
    QCOMPARE(saved.first().at(4).value<Error>().kind, ErrorKind::Cancelled);
    QCOMPARE(snapshots::dump(*open()), before);
}

QTEST_GUILESS_MAIN(tst_SnapshotSaveQueue)
#include "tst_snapshotsavequeue.moc"
