#pragma once

#include "base/error.h"
#include "upgrades/capstate.h"
#include "upgrades/searchrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

class Database;

// Remembers the searches and grabs sent (schema 4: searches, search_items) and counts them for
// searches_per_hour (items per hour) and search_cooldown_days. Works on the caller's Database, on the
// thread that opened it.
class SearchStore
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SearchStore)

public:
    explicit SearchStore(Database &db);

    // Items of `instance` searched (or grabbed) in the hour before `now`, against `perHour`. A search
    // that was not sent does not count.
    Result<CapState> cap(const QString &instance, int perHour, const QDateTime &now);
    // When each item of `instance` was last searched or grabbed (searches not sent are left out).
    Result<QHash<qint64, QDateTime>> lastSearched(const QString &instance);
    // In one write transaction: counts the last hour's items and, when all of record.items fit under
    // perHour, stores the record (state "sending") and returns its id; nullopt when they do not (*cap
    // then says how many fit and until when). Two processes cannot both take the last room.
    Result<std::optional<qint64>> reserve(const SearchRecord &record, int perHour, const QDateTime &now,
                                          CapState *cap = nullptr);
    // The server's answer: the command it queued (state from its status), or why it was not sent.
    Status markSent(qint64 searchId, std::optional<qint64> commandId, const QString &state, const QString &message);
    // A later status of the command; endedAt invalid while it runs.
    Status updateState(qint64 searchId, const QString &state, const QString &message, const QDateTime &endedAt);

    // The searches of `instance` (all when empty), newest first, with their items; at most `limit`
    // (0 = all).
    Result<QList<SearchRecord>> searches(const QString &instance = {}, int limit = 0);
    // Searches whose command has not ended, oldest first: to follow again (the app and `searches`).
    Result<QList<SearchRecord>> unfinished(const QString &instance = {});

private:
    Database &m_db;
};

} // namespace arrscore
