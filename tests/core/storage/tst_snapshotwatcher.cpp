// SnapshotWatcher on a real database: a snapshot stored or deleted through another connection is noticed
// once, markSeen() swallows the app's own, and a database not created yet is not created by watching it.

#include "storage/snapshotwatcher.h"

#include "snapshotfixture.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "storagebackends.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;

class tst_SnapshotWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::StorageBackends::addRows(); }
    void init();
    void cleanup() { m_storage.dropSchemas(); }

    void noticesSnapshotsStoredAndDeletedElsewhere();
    void markSeenSwallowsOwnChanges();
    void missingFileIsNotCreated();

private:
    qint64 store(const QString &name, int files);

    test::StorageBackends m_storage{QStringLiteral("tst_watch")};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

void tst_SnapshotWatcher::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (!m_storage.select(backend))
        QSKIP(test::StorageBackends::kPgHint);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = m_storage.freshLocation(*m_dir, QStringLiteral("watch-%1.db"));
}

qint64 tst_SnapshotWatcher::store(const QString &name, int files)
{
    Result<std::unique_ptr<Database>> db = Database::open(m_location);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    Result<qint64> id = SnapshotStore(*db.value()).save(test::snapshots::library(files, name));
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

void tst_SnapshotWatcher::noticesSnapshotsStoredAndDeletedElsewhere()
{
    store(QStringLiteral("main"), 3);
    SnapshotWatcher watcher(m_location);
    watcher.setInterval(50);
    QSignalSpy changed(&watcher, &SnapshotWatcher::snapshotsChanged);
    watcher.start();
    QVERIFY(watcher.isActive());
    QTest::qWait(200);
    QCOMPARE(changed.count(), 0); // nothing happened

    const qint64 second = store(QStringLiteral("main"), 4);
    QTRY_COMPARE(changed.count(), 1);
    QTest::qWait(200);
    QCOMPARE(changed.count(), 1); // once per change

    // A prune elsewhere (the newest id stays, the count of complete snapshots drops) is a change too; the
    // pruner marks its snapshots before deleting them, as here.
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_location);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE snapshots SET complete = -1 WHERE id < %1").arg(second)));
    }
    QTRY_COMPARE(changed.count(), 2);
    watcher.stop();
    QVERIFY(!watcher.isActive());
}

void tst_SnapshotWatcher::markSeenSwallowsOwnChanges()
{
    SnapshotWatcher watcher(m_location);
    QSignalSpy changed(&watcher, &SnapshotWatcher::snapshotsChanged);
    watcher.markSeen();
    store(QStringLiteral("main"), 2);
    watcher.markSeen(); // the app's own sync
    watcher.checkNow();
    QCOMPARE(changed.count(), 0);
    store(QStringLiteral("main"), 5);
    watcher.checkNow();
    QCOMPARE(changed.count(), 1);
}

void tst_SnapshotWatcher::missingFileIsNotCreated()
{
    if (m_storage.isPg())
        QSKIP("a PostgreSQL database always exists");
    const QString missing = m_dir->filePath(QStringLiteral("not-yet.db"));
    SnapshotWatcher watcher(missing);
    QSignalSpy changed(&watcher, &SnapshotWatcher::snapshotsChanged);
    watcher.start();
    watcher.checkNow();
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(changed.count(), 0);
    // Then the first sync creates it: the watcher notices the first snapshot.
    m_location = missing;
    store(QStringLiteral("main"), 1);
    watcher.checkNow();
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(tst_SnapshotWatcher)
#include "tst_snapshotwatcher.moc"
