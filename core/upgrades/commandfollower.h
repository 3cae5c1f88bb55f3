#pragma once

#include "arr/instancetarget.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QTimer;

namespace arrscore {

class ArrClient;
class SearchStore;

// Follows commands a search queued: GET api/v3/command/{id} every pollMs until each ends (completed,
// failed, aborted, cancelled, orphaned) or the bound passes, storing each new status and message in the
// SearchStore. A 404 means the server no longer knows the command (it keeps finished ones a day): stored
// as "unknown", not as a failure. A failed poll is tried again at the next tick.
class CommandFollower : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultPollMs = 2000;
    static constexpr int kDefaultBoundMs = 10 * 60 * 1000;

    CommandFollower(QNetworkAccessManager *nam, SearchStore &store, QObject *parent = nullptr);
    ~CommandFollower() override;

    void setPollInterval(int ms) { m_pollMs = ms; }
    void setBound(int ms) { m_boundMs = ms; }

    // Adds a command to follow; polling starts at once (the first poll is immediate).
    void follow(const InstanceTarget &target, qint64 searchId, qint64 commandId);
    // Stops following; what was stored stays.
    void stop();

    bool isFollowing() const { return !m_followed.isEmpty(); }

    // "completed", "failed", "aborted", "cancelled", "orphaned".
    static bool isEndStatus(const QString &status);

Q_SIGNALS:
    void stateChanged(qint64 searchId, const QString &state, const QString &message);
    // Every followed command ended, or the bound passed for the rest.
    void finished();

private:
    struct Followed
    {
        InstanceTarget target;
        qint64 searchId = 0;
        qint64 commandId = 0;
        QString state;
        qint64 deadline = 0; // ms since epoch
        bool inFlight = false;
    };
    void poll();
    void answer(qint64 searchId, const QByteArray &body);
    void drop(qint64 searchId);
    ArrClient *clientFor(const InstanceTarget &target);

    QNetworkAccessManager *m_nam;
    SearchStore &m_store;
    QTimer *m_timer;
    int m_pollMs = kDefaultPollMs;
    int m_boundMs = kDefaultBoundMs;
    QList<Followed> m_followed;
    QList<QPointer<ArrClient>> m_clients;
};

} // namespace arrscore
