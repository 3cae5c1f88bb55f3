#pragma once

#include "base/error.h"
#include "base/model.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace arrscore {

// One successful read of an instance's history, as the sync that made it stored it.
struct HistoryRead
{
    qint64 snapshotId = 0;
    QDateTime from;
    QDateTime through;
    int eventCount = 0; // the events the read returned, including those an earlier read had stored
    int requestCount = 0;
    bool grabScores = true;   // the server keeps data.customFormatScore on grabs
    bool importScores = true; // and on imports
};

// Reads what syncs stored of the servers' own history (server_events, history_reads), and the catalogue ids
// that pair the items of two instances. Writing happens in the sync's transaction (ServerHistoryRows).
// Uses the Database's connection, so it lives on that thread.
class ServerHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ServerHistoryStore)

public:
    explicit ServerHistoryStore(Database &db);

    // Where the next read of an instance's history starts: the end of its newest stored read; invalid when
    // none was stored (a first read, which goes back history_days).
    Result<QDateTime> readThrough(const QString &instanceName);
    // The stored reads of an instance, oldest first.
    Result<QList<HistoryRead>> reads(const QString &instanceName);
    // The stored events of an instance from `from` on (all when invalid), oldest first, ties by server id.
    Result<QList<ServerEvent>> events(const QString &instanceName, const QDateTime &from = {});
    // The stored events of one item (a movie id, or an episode id for Sonarr), oldest first.
    Result<QList<ServerEvent>> eventsOf(const QString &instanceName, qint64 itemId);
    // Item id → tmdbId (MediaKind::Movie: movie ids) or tvdbId (MediaKind::Episode: series ids).
    Result<QHash<qint64, qint64>> externalIds(const QString &instanceName, MediaKind kind);
    // File id → the score Radarr's /movie gave the file in a snapshot (only files it gave one for).
    Result<QHash<qint64, int>> itemListScores(qint64 snapshotId);

private:
    Result<qint64> instanceId(const QString &instanceName);
    // The instance's events WHERE `condition` (one ? bound to value), oldest first.
    Result<QList<ServerEvent>> selectEvents(const QString &instanceName, const QString &condition,
                                            const QVariant &value);

    Database &m_db;
};

} // namespace arrscore
