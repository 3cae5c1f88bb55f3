#pragma once

#include "base/error.h"
#include "upgrades/capstate.h"
#include "upgrades/itemcheck.h"
#include "upgrades/lookuprequest.h"
#include "upgrades/releaseinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

class Database;

// Stores release lookups (schema 4: release_lookups, lookup_releases, lookup_verdicts) and counts them
// for release_lookups_per_hour. Works on the caller's Database, on the thread that opened it.
class LookupStore
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::LookupStore)

public:
    // The stored state of a lookup: "running" until finish() or fail() (a lookup a closed process left
    // running stays so, and still counts against the cap), then "done", "failed" or "cancelled".
    struct Lookup
    {
        qint64 id = 0;
        QString instance;
        LookupRequest::Scope scope = LookupRequest::Scope::Movie;
        qint64 requestId = 0; // movie, episode or series id
        int season = -1;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString state;
        QString error;
        int requestCount = 0;
        int releaseCount = 0;
    };

    explicit LookupStore(Database &db);

    // Lookups of `instance` started in the hour before `now`, against `perHour`.
    Result<CapState> cap(const QString &instance, int perHour, const QDateTime &now);
    // In one write transaction: counts the last hour's lookups and, when below perHour, stores the
    // lookup as running and returns its id; nullopt when the cap is reached (*cap then says until when).
    // Two processes cannot both take the last slot.
    Result<std::optional<qint64>> reserve(const LookupRequest &request, int perHour, const QDateTime &now,
                                          CapState *cap = nullptr);
    // Stores the releases and each item's verdict, and marks the lookup done.
    Status finish(qint64 lookupId, const LookupRequest &request, const QList<ReleaseInfo> &releases,
                  const QList<ItemCheck> &checks, const QDateTime &finishedAt, int requestCount);
    // A Failed check, with the reason ("Cancelled." when cancelled), for each item of the request.
    static QList<ItemCheck> failedChecks(qint64 lookupId, const LookupRequest &request, const QString &reason,
                                         bool cancelled, const QDateTime &at);
    // Marks the lookup failed (or cancelled) and stores a Failed verdict, with the reason, for each item.
    Status fail(qint64 lookupId, const LookupRequest &request, const QString &reason, bool cancelled,
                const QDateTime &finishedAt, int requestCount);

    // The latest check of each item of `instance` (all instances when empty), newest first. Deferred
    // items are never stored. Each item carries what was stored of it (ids, score, quality, title).
    Result<QList<ItemCheck>> latestChecks(const QString &instance = {});
    // The latest check of one item, nullopt when it was never checked.
    Result<std::optional<ItemCheck>> latestCheck(const QString &instance, qint64 itemId);
    // Every release of one lookup, in the server's order.
    Result<QList<ReleaseInfo>> releases(qint64 lookupId);
    Result<std::optional<Lookup>> lookup(qint64 lookupId);

private:
    Database &m_db;
};

} // namespace arrscore
