#pragma once

#include "config/config.h"
#include "upgrades/itemcheck.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QWidget;

namespace arrscore {

class Database;
class ReleaseGrab;

// Grab from the detail pane: asks first, naming the release and what will be sent to which server (and that
// a lookup older than 30 minutes is made again first, counting against the hourly limit), then runs
// ReleaseGrab, which records the grab as a search.
class ReleaseGrabber : public QObject
{
    Q_OBJECT
public:
    explicit ReleaseGrabber(QWidget *window);
    ~ReleaseGrabber() override;

    bool isRunning() const;
    // With confirm false nothing is asked (tests). False when nothing was sent (the user said no, or a problem:
    // finished() then says it).
    bool grab(const ItemCheck &check, const ReleaseInfo &release, const QList<InstanceConfig> &instances,
              const QString &database, bool confirm = true);
    // The question asked before a grab: the release, what will be sent, and whether it is looked up again.
    static QString question(const ItemCheck &check, const ReleaseInfo &release, const QDateTime &now);

Q_SIGNALS:
    void lookingUpAgain(); // the lookup was older than the server's cache: it runs again first (up to 180 s)
    // ok: the server took the release; summary: one line for the status bar or the error panel.
    void finished(bool ok, const QString &summary);

private:
    QWidget *m_window;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<Database> m_db;
    QPointer<ReleaseGrab> m_grab;
};

} // namespace arrscore
