#pragma once

#include "base/error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace arrscore {

class Database;

// Says that one instance of one database is being synced, so that a second sync of it (cron and the app at
// once) stops before fetching and says who holds it, instead of storing the same library twice. SQLite: a
// QLockFile next to the database file, stale once its process is gone; PostgreSQL: a session advisory lock
// on a connection of its own, released by the server when that connection ends.
class SyncLock
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SyncLock)

public:
    ~SyncLock(); // releases the lock
    SyncLock(const SyncLock &) = delete;
    SyncLock &operator=(const SyncLock &) = delete;

    // Takes the lock of instanceName in the database at location without waiting. When another process
    // holds it: a Storage error "A sync of radarr is running since 14:02 (pid 4711 on host nas); try again
    // later." Other failures (no folder, no server) are Storage errors saying what to do.
    static Result<std::unique_ptr<SyncLock>> acquire(const QString &location, const QString &instanceName);

    QString instanceName() const { return m_instance; }

private:
    explicit SyncLock(QString instanceName);

    QString m_instance;
    std::unique_ptr<QLockFile> m_file;  // SQLite
    std::unique_ptr<Database> m_holder; // PostgreSQL: the connection that holds the advisory lock
};

} // namespace arrscore
