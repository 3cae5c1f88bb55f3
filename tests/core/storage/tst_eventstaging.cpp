// The server's history events staged as they arrive (SnapshotSaveQueue::appendEvents, EventStaging), on SQLite and
// PostgreSQL: stored with the snapshot once, whichever batches repeat them and whatever an earlier read stored; the
// read's event count is of distinct rows; secrets are redacted before they are staged; a read that did not finish
// (history not fetched), an aborted sync and a cancelled one store none.

#include "storage/eventstaging.h"

#include "snapshotfixture.h"
#include "storage/database.h"
#include "storage/serverhistorystore.h"
#include "storage/snapshotsavequeue.h"
#include "storagebackends.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace arrscore;
using namespace arrscore::test;

namespace {

const QString kInstance = QStringLiteral("main");

ServerEvent serverEvent(qint64 serverId, int minutesAgo)
{
    ServerEvent e;
    e.serverId = serverId;
    e.type = serverId % 2 ? ServerEventType::Grabbed : ServerEventType::DownloadFolderImported;
    e.date = QDateTime::currentDateTimeUtc().addSecs(-60 * qint64(minutesAgo));
    e.date = e.date.addMSecs(-e.date.time().msec());
    e.itemId = 100 + serverId;
    e.sourceTitle = QStringLiteral("Movie.%1.1080p-GRP").arg(serverId);
    e.quality = QStringLiteral("WEBDL-1080p");
    e.downloadId = QStringLiteral("SAB_%1").arg(serverId);
    e.score = int(serverId * 10);
    e.sizeBytes = serverId * 1000;
    e.fileId = serverId;
    return e;
}

ServerHistory readWindow(bool fetched)
{
    ServerHistory h;
    h.fetched = fetched;
    h.through = QDateTime::currentDateTimeUtc();
    h.from = h.through.addDays(-90);
    h.requestCount = 3;
    return h;
}

} // namespace

class tst_EventStaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StorageBackends::addRows(); }
    void init();
    void cleanup() { m_storage.dropSchemas(); }

    void storedOnceWithTheSnapshot();
    void unfinishedReadStoresNone();
    void abortStoresNone();

private:
    // One sync through the queue: the batches of events, then the snapshot with `history`; the snapshot id.
    qint64 sync(const QList<QList<ServerEvent>> &batches, const ServerHistory &history, Error *error = nullptr);
    std::unique_ptr<Database> open();

    StorageBackends m_storage{QStringLiteral("tst_eventstaging")};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

void tst_EventStaging::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (!m_storage.select(backend))
        QSKIP(StorageBackends::kPgHint);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = m_storage.freshLocation(*m_dir, QStringLiteral("events-%1.db"));
}

std::unique_ptr<Database> tst_EventStaging::open()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_location);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    return std::move(db).value();
}

qint64 tst_EventStaging::sync(const QList<QList<ServerEvent>> &batches, const ServerHistory &history, Error *error)
{
    SnapshotSaveQueue queue(m_location);
    QSignalSpy saved(&queue, &SnapshotSaveQueue::saved);
    queue.open(1, kInstance);
    queue.append(1, {snapshots::movie(10, QStringLiteral("A movie"))});
    for (const QList<ServerEvent> &batch : batches)
        queue.appendEvents(1, batch);
    LibrarySnapshot snapshot = snapshots::library(0, kInstance);
    snapshot.history = history;
    queue.close(1, snapshot);
    if (!saved.wait(30000))
        qFatal("the save did not finish");
    const QList<QVariant> args = saved.takeFirst();
    if (error)
        *error = args.at(4).value<Error>();
    return args.at(1).toLongLong();
}

void tst_EventStaging::storedOnceWithTheSnapshot()
{
    // A first read in three batches; row 3 comes twice (it moved from one page to the next), row 2's guid holds a
    // key.
    ServerEvent withKey = serverEvent(2, 50);
    withKey.guid = QStringLiteral("https://indexer.example/api?t=get&id=5&apikey=0123456789abcdef0123456789abcdef");
    withKey.message =
        QStringLiteral("fetch failed: https://client.example/api?apikey=0123456789abcdef0123456789abcdef");
    const QList<QList<ServerEvent>> first = {
        {serverEvent(1, 60), withKey}, {serverEvent(3, 40)}, {serverEvent(3, 40), serverEvent(4, 30)}};
    Error error;
    const qint64 firstId = sync(first, readWindow(true), &error);
    QVERIFY2(firstId > 0, qPrintable(error.message));
    std::unique_ptr<Database> db = open();
    ServerHistoryStore store(*db);
    Result<QList<ServerEvent>> stored = store.events(kInstance);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 4);
    for (const ServerEvent &e : std::as_const(*stored)) {
        ServerEvent expected = e.serverId == 2 ? withKey : serverEvent(e.serverId, 0);
        expected.date = e.date; // made at another time above
        if (e.serverId == 2) {
            QVERIFY(!e.guid.contains(QLatin1String("0123456789abcdef")));
            QVERIFY(!e.message.contains(QLatin1String("0123456789abcdef")));
            QVERIFY(e.guid.startsWith(QLatin1String("https://indexer.example/api")));
            expected.guid = e.guid;
            expected.message = e.message;
        }
        QCOMPARE(e, expected);
    }
    Result<QList<HistoryRead>> reads = store.reads(kInstance);
    QVERIFY(reads);
    QCOMPARE(reads->size(), 1);
    QCOMPARE(reads->first().eventCount, 4);
    QCOMPARE(reads->first().requestCount, 3);
    QCOMPARE(reads->first().snapshotId, firstId);

    // The next read overlaps the last: rows 3 and 4 again, as the server has them now, and a new row 5. The rows
    // stored keep what they were stored with; the read counts every row it returned.
    ServerEvent changed = serverEvent(4, 30);
    changed.sourceTitle = QStringLiteral("changed since");
    const qint64 secondId = sync({{serverEvent(3, 40), changed, serverEvent(5, 1)}}, readWindow(true), &error);
    QVERIFY2(secondId > firstId, qPrintable(error.message));
    stored = store.events(kInstance);
    QCOMPARE(stored->size(), 5);
    QCOMPARE(stored->at(3).serverId, 4);
    QCOMPARE(stored->at(3).sourceTitle, serverEvent(4, 30).sourceTitle);
    QCOMPARE(store.eventsOf(kInstance, 105)->size(), 1);
    reads = store.reads(kInstance);
    QCOMPARE(reads->size(), 2);
    QCOMPARE(reads->at(1).eventCount, 3);
    QCOMPARE(snapshots::count(*db, QStringLiteral("server_events"), QStringLiteral("snapshot_id = %1").arg(secondId)),
             1);
}

void tst_EventStaging::unfinishedReadStoresNone()
{
    // Batches handed over before the read failed: the library is stored, no event and no read.
    Error error;
    const qint64 id = sync({{serverEvent(1, 60), serverEvent(2, 50)}}, readWindow(false), &error);
    QVERIFY2(id > 0, qPrintable(error.message));
    std::unique_ptr<Database> db = open();
    ServerHistoryStore store(*db);
    QVERIFY(store.events(kInstance)->isEmpty());
    QVERIFY(store.reads(kInstance)->isEmpty());
    QVERIFY(!store.readThrough(kInstance)->isValid());
}

void tst_EventStaging::abortStoresNone()
{
    SnapshotSaveQueue queue(m_location);
    QSignalSpy saved(&queue, &SnapshotSaveQueue::saved);
    queue.open(0, kInstance);
    queue.appendEvents(0, {serverEvent(1, 60)});
    queue.append(0, {snapshots::movie(10, QStringLiteral("A movie"))});
    queue.appendEvents(0, {serverEvent(2, 50)});
    queue.abort(0);
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().at(1).toLongLong(), 0);
    QCOMPARE(saved.first().at(4).value<Error>().kind, ErrorKind::Cancelled);
    std::unique_ptr<Database> db = open();
    QCOMPARE(snapshots::count(*db, QStringLiteral("server_events")), 0);
    QCOMPARE(snapshots::count(*db, QStringLiteral("history_reads")), 0);
    // The temporary table went with the save's connection: this one never had it.
    QSqlQuery q(db->connection());
    QVERIFY(!q.exec(QStringLiteral("SELECT 1 FROM %1").arg(EventStaging::table())));
}

QTEST_GUILESS_MAIN(tst_EventStaging)
#include "tst_eventstaging.moc"
