#include "storage/synclock.h"

#include "base/logging.h"
#include "base/postgresurl.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QLocale>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace arrscore {

namespace {

// pg_try_advisory_lock(class, key): "ARRS" as the class keeps our locks apart from any other program's.
constexpr qint64 kLockClass = 0x41525253;

// A key that every process computes alike (qHash is seeded per process): FNV-1a of the name, as a
// positive int4.
qint64 lockKey(const QString &instanceName)
{
    quint32 hash = 2166136261U;
    for (const char c : instanceName.toUtf8()) {
        hash ^= quint8(c);
        hash *= 16777619U;
    }
    return qint64(hash & 0x7fffffffU);
}

QString sinceText(const QDateTime &since)
{
    const QDateTime local = since.toLocalTime();
    const QLocale locale;
    return local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                : locale.toString(local, QLocale::ShortFormat);
}

QString busy(const QString &instance, const QDateTime &since, qint64 pid, const QString &host)
{
    return SyncLock::tr("A sync of %1 is running since %2 (pid %3 on host %4); try again later.")
        .arg(instance, since.isValid() ? sinceText(since) : SyncLock::tr("an unknown time"), QString::number(pid),
             host.isEmpty() ? SyncLock::tr("unknown") : host);
}

} // namespace

SyncLock::SyncLock(QString instanceName) : m_instance(std::move(instanceName)) {}

SyncLock::~SyncLock()
{
    if (m_holder) {
        QSqlQuery q(m_holder->connection());
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"));
        q.addBindValue(kLockClass);
        q.addBindValue(lockKey(m_instance));
        if (!q.exec())
            qCWarning(lcDb) << "could not release the sync lock of" << m_instance << "(the server does when the "
                            << "connection closes)";
    }
}

Result<std::unique_ptr<SyncLock>> SyncLock::acquire(const QString &location, const QString &instanceName)
{
    std::unique_ptr<SyncLock> lock(new SyncLock(instanceName));
    if (!PostgresUrl::matches(location.trimmed())) {
        const QFileInfo database(location);
        const QString path = database.absoluteFilePath() + QStringLiteral(".sync-%1.lock").arg(instanceName);
        QDir().mkpath(database.absolutePath());
        lock->m_file = std::make_unique<QLockFile>(path);
        // A sync may take hours: the lock is stale only when its process is gone, never by age.
        lock->m_file->setStaleLockTime(0);
        if (lock->m_file->tryLock(0))
            return lock;
        if (lock->m_file->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString app;
            lock->m_file->getLockInfo(&pid, &host, &app);
            return Error{ErrorKind::Storage, busy(instanceName, QFileInfo(path).lastModified(), pid, host)};
        }
        return Error{ErrorKind::Storage,
                     tr("Cannot create the lock file %1 that keeps two syncs of %2 apart: check that its folder "
                        "is writable.")
                         .arg(QDir::toNativeSeparators(path), instanceName)};
    }

    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return db.error();
    QSqlQuery q(db.value()->connection());
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
    q.addBindValue(kLockClass);
    q.addBindValue(lockKey(instanceName));
    if (!q.exec() || !q.next())
        return db.value()->failure(
            tr("Cannot lock the sync of %1 in %2.").arg(instanceName, db.value()->displayLocation()), q.lastError());
    if (q.value(0).toBool()) {
        // Who holds it, for a second sync to say: pg_stat_activity shows every session's application_name.
        q.prepare(QStringLiteral("SELECT set_config('application_name', ?, false)"));
        q.addBindValue(QStringLiteral("arrscore:%1@%2")
                           .arg(QCoreApplication::applicationPid())
                           .arg(QHostInfo::localHostName())
                           .left(63));
        if (!q.exec())
            qCDebug(lcDb) << "could not name the sync lock's session";
        q.finish();
        lock->m_holder = std::move(db.value());
        return lock;
    }
    q.prepare(QStringLiteral("SELECT a.application_name, a.backend_start FROM pg_locks l JOIN pg_stat_activity a "
                             "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND "
                             "l.classid::bigint = ? AND l.objid::bigint = ?"));
    q.addBindValue(kLockClass);
    q.addBindValue(lockKey(instanceName));
    qint64 pid = 0;
    QString host;
    QDateTime since;
    if (q.exec() && q.next()) {
        static const QRegularExpression holder(QStringLiteral("^arrscore:(\\d+)@(.*)$"));
        const QRegularExpressionMatch m = holder.match(q.value(0).toString());
        if (m.hasMatch()) {
            pid = m.captured(1).toLongLong();
            host = m.captured(2);
        }
        since = q.value(1).toDateTime();
    }
    return Error{ErrorKind::Storage, busy(instanceName, since, pid, host)};
}

} // namespace arrscore
