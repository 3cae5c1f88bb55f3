#pragma once

#include "base/error.h"
#include "base/model.h"

#include <QList>

namespace arrscore {

class EventStaging;
class SaveContext;

// The rows a snapshot brings beside its files, written in the snapshot's transaction: the server's history
// events (new ones only: deduplicated on the instance and the server's id) and the read that fetched them,
// the items' catalogue ids, and Radarr's /movie scores.
class ServerHistoryRows
{
public:
    ServerHistoryRows(const SaveContext &context, qint64 instanceId, qint64 snapshotId);

    // history's own events and those staged as they arrived (`staged`, may be null).
    Status saveHistory(const ServerHistory &history, const EventStaging *staged = nullptr);
    Status saveExternalIds(const QList<MediaFile> &files);
    Status saveItemListScores(const QList<MediaFile> &files);

private:
    // Copies the staged events into server_events; their number.
    Result<qint64> copyStaged();

    const SaveContext &m_context;
    qint64 m_instanceId;
    qint64 m_snapshotId;
};

} // namespace arrscore
