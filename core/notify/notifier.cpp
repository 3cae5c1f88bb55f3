#include "notify/notifier.h"

#include "base/handoff.h"
#include "notify/emaildelivery.h"
#include "notify/emailformat.h"
#include "notify/httpdelivery.h"
#include "notify/notificationpayload.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace arrscore {

Notifier::Notifier(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) {}

Notifier::~Notifier() = default;

bool Notifier::wants(const NotificationTarget &target, const SyncSummary &summary, QString *why)
{
    const auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!target.enabled)
        return no(tr("disabled"));
    const bool failures = summary.failureCount() > 0;
    const int changes = summary.changeCount();
    if (failures && target.onFailures)
        return true;
    if (changes == 0)
        return no(failures ? tr("an instance failed, but this target is not notified of failures")
                           : tr("nothing changed"));
    if (!target.onChanges)
        return no(tr("this target is notified of failures only"));
    if (changes < target.minChanges)
        return no(tr("%n change(s), fewer than min_changes", nullptr, changes));
    return true;
}

void Notifier::send(const QList<NotificationTarget> &targets, const SyncSummary &summary, bool force)
{
    m_results.clear();
    m_order.clear();
    for (const NotificationTarget &target : targets)
        m_order.append(target.name);
    m_pending = int(targets.size()) + 1; // held until every delivery has started
    for (const NotificationTarget &target : targets) {
        QString why;
        if (!force && !wants(target, summary, &why)) {
            DeliveryResult skipped;
            skipped.target = target.name;
            skipped.label = target.label();
            skipped.skipped = true;
            skipped.skipReason = why;
            QTimer::singleShot(0, this, [this, skipped] { finishOne(skipped); });
            continue;
        }
        if (target.type == NotificationType::Email) {
            const QByteArray mime = EmailFormat::mime(EmailFormat::message(summary), target.from, target.to,
                                                      QDateTime::currentDateTimeUtc());
            const DeliveryOptions options = m_options;
            whenFinished(
                this, runInBackground([target, mime, options] { return EmailDelivery::send(target, mime, options); }),
                [this](const DeliveryResult &result) { finishOne(result); });
            continue;
        }
        auto *delivery =
            new HttpDelivery(m_network, target, NotificationPayload::http(target, summary), m_options, this);
        delivery->start([this, delivery](const DeliveryResult &result) {
            delivery->deleteLater();
            finishOne(result);
        });
    }
    QTimer::singleShot(0, this, [this] { release(); });
}

void Notifier::finishOne(const DeliveryResult &result)
{
    m_results.append(result);
    Q_EMIT delivered(result);
    release();
}

void Notifier::release()
{
    if (--m_pending > 0)
        return;
    // In the order of the targets, whichever answered first.
    std::stable_sort(m_results.begin(), m_results.end(), [this](const DeliveryResult &a, const DeliveryResult &b) {
        return m_order.indexOf(a.target) < m_order.indexOf(b.target);
    });
    Q_EMIT finished(m_results);
}

QList<DeliveryResult> Notifier::sendBlocking(const QList<NotificationTarget> &targets, const SyncSummary &summary,
                                             bool force)
{
    QEventLoop loop;
    QList<DeliveryResult> results;
    const QMetaObject::Connection connection =
        connect(this, &Notifier::finished, &loop, [&](const QList<DeliveryResult> &all) {
            results = all;
            loop.quit();
        });
    send(targets, summary, force);
    loop.exec();
    disconnect(connection);
    return results;
}

} // namespace arrscore
