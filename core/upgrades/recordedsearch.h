#pragma once

#include "arr/instancetarget.h"
#include "base/error.h"
#include "upgrades/upgradeitem.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace arrscore {

class CommandFollower;
class Database;
class SearchStore;
class UpgradeSearch;

// Sends upgrade searches (MoviesSearch / EpisodeSearch, through UpgradeSearch) and remembers each:
// every batch of at most UpgradeSearch::kBatchSize items is reserved under the instance's
// searches_per_hour in the database first (SearchStore::reserve), then sent, then its command followed
// (CommandFollower) until it ends. Instances run in parallel, batches of one instance one after the
// other. Items beyond the hourly room are not sent and are reported. What to search for (cooldown,
// SearchPlanner) and whether to ask first stay with the caller. The Database is used on this thread.
class RecordedSearch : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        InstanceTarget target;
        QList<UpgradeItem> items; // of target's instance
        int searchesPerHour = 25;
        bool forced = false; // recorded with the search: the cooldown was overridden
    };

    // What became of one job.
    struct Outcome
    {
        QString instance;
        QList<qint64> searchIds;    // the records made, one per batch
        QList<qint64> commandIds;   // the commands queued
        int sent = 0;               // items the server accepted
        QList<UpgradeItem> overCap; // not sent: beyond the hourly room
        Error error;                // the first failure (the rest of the job is not sent)
        QString summary;            // one line for people (UpgradeSearch::summary() and the cap)
    };

    RecordedSearch(QNetworkAccessManager *nam, Database &db, QObject *parent = nullptr);
    ~RecordedSearch() override;

    // Starts every job. sent() follows when every batch was sent (or refused), always asynchronously;
    // then finished() once every command was followed to its end (or the follower's bound passed).
    void start(const QList<Job> &jobs);
    // Stops sending (the batch in flight may still be queued on the server) and stops following.
    void cancel();
    // Stop following once sent (the CLI without --wait): finished() then comes with sent().
    void setFollow(bool follow) { m_follow = follow; }
    CommandFollower *follower() const { return m_follower; }

    bool isRunning() const { return m_running; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    int failedCount() const;

Q_SIGNALS:
    void searchRecorded(qint64 searchId);
    void stateChanged(qint64 searchId, const QString &state, const QString &message);
    void sent();
    void finished();

private:
    struct Lane;
    void next(Lane &lane);
    void laneDone();

    QNetworkAccessManager *m_nam;
    Database &m_db;
    std::unique_ptr<SearchStore> m_store;
    CommandFollower *m_follower;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    QList<Outcome> m_outcomes;
    int m_sending = 0;
    bool m_running = false;
    bool m_follow = true;
};

} // namespace arrscore
