#pragma once

#include "analysis/trends.h"
#include "audit/finding.h"
#include "base/error.h"
#include "base/handoff.h"
#include "base/model.h"
#include "history/historytypes.h"
#include "storage/database.h"
#include "upgrades/itemcheck.h"
#include "upgrades/searchoutcomes.h"
#include "upgrades/searchrecord.h"

#include <QDateTime>
#include <QHash>

#include <QList>
#include <QStringList>

#include <memory>

namespace arrscore {

// Reads "the latest library" from a database: the latest snapshot of each instance, what changed since
// each one's previous sync, and the dashboard's trend. The CLI and the app read it through here; the
// app runs the loads on a worker thread (runInBackground) and only shows what comes back.
class LibraryLoader
{
public:
    // The database, kept open for a caller that reads more from it, and the latest snapshots.
    struct Opened
    {
        std::unique_ptr<Database> database;
        QList<LibrarySnapshot> snapshots;
    };
    // What the app shows of release checks and searches (schema 4): the latest check of each item, when
    // each item was last searched, and the search log with each item's outcome against the latest snapshots.
    struct Upgrades
    {
        Error error; // they could not be read; the library is shown all the same
        QList<ItemCheck> checks;
        QHash<QString, QHash<qint64, QDateTime>> lastSearched; // instance → item id → when
        QList<SearchRecord> searches;                          // newest first, at most kSearchLog
        QList<ItemOutcome> outcomes;                           // of every item of `searches`
    };
    static constexpr int kSearchLog = 500;
    // What the Audit view and the candidates' findings column show: every finding of every instance, and
    // what the servers cannot tell (Auditor::Outcome).
    struct Audit
    {
        Error error; // the audit could not be read; the library is shown all the same
        QList<Finding> findings;
        QStringList notes;
    };
    // What the app shows: the latest snapshot of every instance and what changed since each one's
    // previous sync. A failure leaves `error` set and the lists empty.
    struct Library
    {
        Error error;
        QList<LibrarySnapshot> snapshots;
        QList<SnapshotDiff> diffs;
        Upgrades upgrades;
    };

    // Opens the database and reads the latest snapshot of each of `instances` (every instance when
    // empty); an instance the database does not know fails with ErrorKind::NotFound.
    static Result<Opened> open(const QString &location, const QStringList &instances = {});
    // cooldownDays: each instance's search_cooldown_days, which tells a pending outcome from an unchanged
    // one (7 for an instance not listed).
    static Library load(const QString &location, const QHash<QString, int> &cooldownDays = {});
    static HandOff<Library> loadInBackground(const QString &location, const QHash<QString, int> &cooldownDays = {});
    // The checks, searches and outcomes of `latest`'s instances, from an open database.
    static Upgrades loadUpgrades(Database &db, const QList<LibrarySnapshot> &latest,
                                 const QHash<QString, int> &cooldownDays);
    // The same on a worker thread, for a library already shown (after a check, a search or a grab).
    static HandOff<Upgrades> loadUpgradesInBackground(const QString &location, const QList<LibrarySnapshot> &latest,
                                                      const QHash<QString, int> &cooldownDays);

    // The audit of every synced instance, on a worker thread with its own connection; `latest` (already
    // loaded) is not read again; loopWindowDays: each instance's loop_window_days (30 for one not listed).
    static Audit loadAudit(const QString &location, const QList<LibrarySnapshot> &latest,
                           const QHash<QString, int> &loopWindowDays);
    static HandOff<Audit> loadAuditInBackground(const QString &location, const QList<LibrarySnapshot> &latest,
                                                const QHash<QString, int> &loopWindowDays);

    // The trend over the newest `maxSnapshots` syncs of every instance; `latest` (already loaded) is
    // not read again.
    static Result<TrendReport> loadTrend(const QString &location, const QList<LibrarySnapshot> &latest,
                                         int maxSnapshots);
    static HandOff<Result<TrendReport>> loadTrendInBackground(const QString &location,
                                                              const QList<LibrarySnapshot> &latest, int maxSnapshots);

    // A load ran on a worker thread, whose allocator arena keeps the freed parsing buffers mapped: give
    // them back, or the process looks twice its size for the rest of its life.
    static void releaseFreedMemory();
};

} // namespace arrscore
