#include "storage/serverhistoryrows.h"

namespace arrscore {

ServerHistoryRows::ServerHistoryRows(Database &db, qint64 instanceId, qint64 snapshotId)
    : m_db(db), m_instanceId(instanceId), m_snapshotId(snapshotId)
{
}

Status ServerHistoryRows::saveHistory(const ServerHistory &)
{
    return {};
}

Status ServerHistoryRows::saveExternalIds(const QList<MediaFile> &)
{
    return {};
}

Status ServerHistoryRows::saveItemListScores(const QList<MediaFile> &)
{
    return {};
}

} // namespace arrscore
