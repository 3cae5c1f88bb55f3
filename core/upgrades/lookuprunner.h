#pragma once

#include "arr/instancetarget.h"
#include "upgrades/capstate.h"
#include "upgrades/itemcheck.h"
#include "upgrades/lookuprequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace arrscore {

class ArrClient;
class Database;

// Runs release lookups: per instance one at a time, instances in parallel; each lookup has 180 s and
// is never repeated on failure (every one queries all of the user's indexers). Before each lookup the
// instance's release_lookups_per_hour is checked against the database (LookupStore::reserve): beyond it
// the lookup's items are Deferred with the time they may run. Each lookup is stored as it finishes; a
// failure is stored as Failed with the reason and the other lookups go on.
// The Database is used on this object's thread, in small statements between network waits.
class LookupRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 180000;

    struct Job
    {
        InstanceTarget target;
        int lookupsPerHour = 20; // the instance's release_lookups_per_hour
        QList<LookupRequest> requests;
    };

    LookupRunner(QNetworkAccessManager *nam, Database &db, QObject *parent = nullptr);
    ~LookupRunner() override;

    // The client settings of a lookup: a deadline of timeoutMs (180 s) per attempt and a single attempt.
    static InstanceTarget lookupTarget(InstanceTarget target, int timeoutMs = kTimeoutMs);
    // The deadline of each lookup from the next start() on (tests use a short one).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Starts every job; an earlier run's results are dropped. finished() follows, always asynchronously,
    // also for no jobs.
    void start(const QList<Job> &jobs);
    // Stops the lookups in flight (stored as cancelled, their items Failed with "Cancelled.") and
    // defers nothing further: items not yet looked up are left out of checks().
    void cancel();

    bool isRunning() const { return m_running > 0; }
    bool wasCancelled() const { return m_cancelled; }
    // Lookups done (finished, failed or deferred) and planned.
    int done() const { return m_done; }
    int total() const { return m_total; }
    // Every item looked up or deferred so far, in the order the lookups finished.
    const QList<ItemCheck> &checks() const { return m_checks; }
    // The cap of each instance as the last reservation saw it.
    QHash<QString, CapState> caps() const { return m_caps; }
    // Things that went wrong beside the lookups (the database refused to store one...), in words.
    QStringList errors() const { return m_errors; }

Q_SIGNALS:
    void lookupStarted(const QString &instance, const QString &description);
    // One lookup is done (or deferred): its items' checks.
    void lookupFinished(const QList<ItemCheck> &checks);
    void progress(int done, int total);
    void finished();

private:
    struct Lane;
    void next(Lane &lane);
    void complete(Lane &lane, const QList<ItemCheck> &checks);
    void laneDone();

    QNetworkAccessManager *m_nam;
    Database &m_db;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    int m_timeoutMs = kTimeoutMs;
    int m_running = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
    QList<ItemCheck> m_checks;
    QHash<QString, CapState> m_caps;
    QStringList m_errors;
};

} // namespace arrscore
