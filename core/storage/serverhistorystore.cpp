#include "storage/serverhistorystore.h"

namespace arrscore {

ServerHistoryStore::ServerHistoryStore(Database &db) : m_db(db) {}

Result<QDateTime> ServerHistoryStore::readThrough(const QString &)
{
    return QDateTime();
}

Result<QList<HistoryRead>> ServerHistoryStore::reads(const QString &)
{
    return QList<HistoryRead>{};
}

Result<QList<ServerEvent>> ServerHistoryStore::events(const QString &, const QDateTime &)
{
    return QList<ServerEvent>{};
}

Result<QList<ServerEvent>> ServerHistoryStore::eventsOf(const QString &, qint64)
{
    return QList<ServerEvent>{};
}

Result<QHash<qint64, qint64>> ServerHistoryStore::externalIds(const QString &, MediaKind)
{
    return QHash<qint64, qint64>{};
}

Result<QHash<qint64, int>> ServerHistoryStore::itemListScores(qint64)
{
    return QHash<qint64, int>{};
}

Result<qint64> ServerHistoryStore::instanceId(const QString &)
{
    return qint64(0);
}

} // namespace arrscore
