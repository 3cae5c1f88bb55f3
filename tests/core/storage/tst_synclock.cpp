// SyncLock on a real SQLite file (and PostgreSQL with ARRSCORE_TEST_PG): a second lock of one instance is
// refused with who holds it, other instances are free, a release frees it, and a lock file left by a process
// that is gone does not block.

#include "storage/synclock.h"

#include "storagebackends.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;

class tst_SyncLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::StorageBackends::addRows(); }
    void init();
    void cleanup() { m_storage.dropSchemas(); }

    void secondLockIsRefusedWithWhoHoldsIt();
    void releaseFreesIt();
    void lockOfADeadProcessIsStale();

private:
    test::StorageBackends m_storage{QStringLiteral("tst_synclock")};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

void tst_SyncLock::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (!m_storage.select(backend))
        QSKIP(test::StorageBackends::kPgHint);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = m_storage.freshLocation(*m_dir, QStringLiteral("lock-%1.db"));
}

void tst_SyncLock::secondLockIsRefusedWithWhoHoldsIt()
{
    Result<std::unique_ptr<SyncLock>> first = SyncLock::acquire(m_location, QStringLiteral("radarr"));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    Result<std::unique_ptr<SyncLock>> second = SyncLock::acquire(m_location, QStringLiteral("radarr"));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, ErrorKind::Storage);
    const QString message = second.error().message;
    QVERIFY2(message.contains(QStringLiteral("A sync of radarr is running since")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())), qPrintable(message));
    QVERIFY2(message.contains(QHostInfo::localHostName()), qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("try again later.")), qPrintable(message));
    // Another instance of the same database is free.
    Result<std::unique_ptr<SyncLock>> other = SyncLock::acquire(m_location, QStringLiteral("sonarr"));
    QVERIFY2(other.ok(), qPrintable(other.error().message));
}

void tst_SyncLock::releaseFreesIt()
{
    {
        Result<std::unique_ptr<SyncLock>> first = SyncLock::acquire(m_location, QStringLiteral("radarr"));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
    }
    Result<std::unique_ptr<SyncLock>> again = SyncLock::acquire(m_location, QStringLiteral("radarr"));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
}

void tst_SyncLock::lockOfADeadProcessIsStale()
{
    if (m_storage.isPg())
        QSKIP("PostgreSQL releases the lock of a closed connection itself");
    // A real lock file of a process that has ended: QLockFile's own format, written by QLockFile in a child.
    const QString path = m_location + QStringLiteral(".sync-radarr.lock");
    QProcess child;
    child.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("printf '%s\\n%s\\n%s\\n' $$ arrscore \"$(hostname)\" > '%1'").arg(path)});
    QVERIFY(child.waitForFinished(10000));
    QVERIFY(QFile::exists(path));
    Result<std::unique_ptr<SyncLock>> lock = SyncLock::acquire(m_location, QStringLiteral("radarr"));
    QVERIFY2(lock.ok(), qPrintable(lock.error().message));
}

QTEST_GUILESS_MAIN(tst_SyncLock)
#include "tst_synclock.moc"
