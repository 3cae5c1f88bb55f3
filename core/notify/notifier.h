#pragma once

#include "config/notificationconfig.h"
#include "notify/delivery.h"
#include "notify/syncsummary.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace arrscore {

// Sends one summary to every target, all at once: HTTP targets through the given QNetworkAccessManager,
// e-mail through libcurl's SMTP on a pool thread. Each delivery is retried with backoff, then reported by
// delivered(); finished() comes once all are done (also for an empty list, from the event loop).
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Notifier() override;

    void setOptions(const DeliveryOptions &options) { m_options = options; }
    const DeliveryOptions &options() const { return m_options; }

    // Whether the target wants this summary (enabled, `on:`, `min_changes`, not quiet); *why says why not.
    static bool wants(const NotificationTarget &target, const SyncSummary &summary, QString *why = nullptr);

    // Starts the deliveries; `force` ignores wants() (for `notify --test` and the app's Test button).
    // Targets whose secrets are still in the keychain must be resolved first (SecretStore). One send at a
    // time: use another Notifier (or wait for finished()) while isBusy().
    void send(const QList<NotificationTarget> &targets, const SyncSummary &summary, bool force = false);
    // send(), waiting on a local event loop: for the command line.
    QList<DeliveryResult> sendBlocking(const QList<NotificationTarget> &targets, const SyncSummary &summary,
                                       bool force = false);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void delivered(const arrscore::DeliveryResult &result);
    void finished(const QList<arrscore::DeliveryResult> &results);

private:
    void finishOne(const DeliveryResult &result);
    void release(); // one delivery (or the start) done: finished() after the last

    QNetworkAccessManager *m_network;
    DeliveryOptions m_options;
    QList<DeliveryResult> m_results;
    QStringList m_order; // the targets' names, for finished()
    int m_pending = 0;
};

} // namespace arrscore
