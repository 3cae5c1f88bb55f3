#include "storage/snapshotwatcher.h"

#include "base/logging.h"
#include "base/postgresurl.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace arrscore {

SnapshotWatcher::SnapshotWatcher(QString databaseLocation, QObject *parent)
    : QObject(parent), m_location(std::move(databaseLocation))
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SnapshotWatcher::checkNow);
}

SnapshotWatcher::~SnapshotWatcher() = default;

void SnapshotWatcher::start()
{
    markSeen();
    m_timer.start();
}

void SnapshotWatcher::markSeen()
{
    m_seen = read();
}

void SnapshotWatcher::checkNow()
{
    const State now = read();
    // A database that cannot be read for a moment (a server restarting) is not a change; the next read that
    // works is compared with the last one that did.
    if (now.count < 0)
        return;
    if (now == m_seen)
        return;
    m_seen = now;
    qCDebug(lcDb) << "snapshots changed elsewhere:" << now.count << "complete, newest" << now.newestId;
    Q_EMIT snapshotsChanged();
}

SnapshotWatcher::State SnapshotWatcher::read()
{
    // A file that does not exist yet is "nothing stored", never created here: the first sync creates it.
    if (!m_db && !PostgresUrl::matches(m_location.trimmed()) && !QFileInfo::exists(m_location))
        return State{0, 0};
    if (!m_db) {
        Result<std::unique_ptr<Database>> opened = Database::open(m_location);
        if (!opened) {
            qCDebug(lcDb) << "snapshot watcher cannot open the database:" << opened.error().message;
            return {};
        }
        m_db = std::move(opened.value());
    }
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM snapshots WHERE complete = 1"))
        || !q.next()) {
        // The connection may be gone (PostgreSQL restarted): open a new one next time.
        qCDebug(lcDb) << "snapshot watcher cannot read the database";
        q = QSqlQuery();
        m_db.reset();
        return {};
    }
    return State{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

} // namespace arrscore
