#pragma once

#include "arr/instancetarget.h"
#include "arr/upgradesearch.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace arrscore {

// Runs the upgrade searches of several instances at once, one UpgradeSearch each, and gathers their
// outcome: the command line's `search` and the app's "Search for upgrades" both ask through here.
// What to search for and whether to ask first stay with the caller.
class SearchRunner : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        InstanceTarget target;
        QList<qint64> ids; // movie ids (Radarr) or episode ids (Sonarr)
    };

    explicit SearchRunner(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SearchRunner() override;

    // Starts every job at once; the searches of an earlier run are dropped. finished() follows, always
    // asynchronously, also for no jobs.
    void start(const QList<Job> &jobs);
    // Stops each search after the batch it has in flight.
    void cancel();

    bool isRunning() const { return m_running > 0; }
    // The searches of the last run, in the order of the jobs.
    const std::vector<std::unique_ptr<UpgradeSearch>> &searches() const { return m_searches; }
    int failedCount() const;
    bool wasCancelled() const;

Q_SIGNALS:
    void searchFinished(int index); // one search is done, in the order they finish
    void finished();

private:
    QNetworkAccessManager *m_nam;
    std::vector<std::unique_ptr<UpgradeSearch>> m_searches;
    int m_running = 0;
};

} // namespace arrscore
