#pragma once

#include "config/config.h"
#include "notify/syncsummary.h"
#include "sync/syncsession.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace arrscore {

class Notifier;
class SecretStore;

// What the app says after its syncs: the SyncSummary of what they changed, built from the stored snapshots on
// a worker thread, for the desktop notification, and sent to the configured targets when notify_after_sync is
// on (their secrets read from the keychain first), as `arrscore sync` does. A failed delivery is reported; the
// sync stays stored either way.
class SyncNotifications : public QObject
{
    Q_OBJECT
public:
    // secrets is not owned.
    explicit SyncNotifications(SecretStore *secrets, QObject *parent = nullptr);
    ~SyncNotifications() override;

    // After a sync of the database at `database`: builds the summary when someone wants it (sendToTargets and a
    // target wants it, or wantSummary for the desktop), then emits summaryReady() and sends.
    void afterSync(const QList<SyncSession::Outcome> &outcomes, const QString &database, const AppConfig &config,
                   bool wantSummary);
    bool isSending() const;

    // The lines of a desktop notification: the instances' lines and the biggest upgrades, at most `lines`.
    static QString desktopText(const SyncSummary &summary, int lines = 6);

Q_SIGNALS:
    void summaryReady(const arrscore::SyncSummary &summary);
    // The deliveries are done: a sentence for the status bar, and one line per target that failed.
    void delivered(const QString &status, const QStringList &failures);
    void problem(const QString &title, const QString &message);

private:
    void send(const QList<NotificationTarget> &targets, const SyncSummary &summary);

    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    Notifier *m_notifier;
};

} // namespace arrscore
