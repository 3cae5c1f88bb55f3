#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace arrscore {

class Database;

// Notices that snapshots were stored or deleted by someone else (a cron sync, `arrscore prune`): every few
// seconds it reads the number and newest id of the complete snapshots, one small query on a connection of
// its own, and emits snapshotsChanged() when they differ from what it saw last. For the app's views.
class SnapshotWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 5000;

    explicit SnapshotWatcher(QString databaseLocation, QObject *parent = nullptr);
    ~SnapshotWatcher() override;

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    // Reads what is stored now as the known state, then checks on every interval.
    void start();
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }
    // Takes what is stored now as seen, without a signal: after the app's own sync or prune, whose views
    // are already refreshed.
    void markSeen();
    // Checks at once; emits snapshotsChanged() when something changed since the last check.
    void checkNow();

Q_SIGNALS:
    void snapshotsChanged();

private:
    struct State
    {
        qint64 count = -1; // -1: not read (no database yet, or it could not be read)
        qint64 newestId = 0;
        bool operator==(const State &other) const = default;
    };
    State read();

    QString m_location;
    QTimer m_timer;
    std::unique_ptr<Database> m_db;
    State m_seen;
};

} // namespace arrscore
