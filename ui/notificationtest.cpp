#include "notificationtest.h"

#include "config/secretstore.h"
#include "notify/notifier.h"
#include "notify/syncsummarybuilder.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace arrscore {

NotificationTest::NotificationTest(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_network(new QNetworkAccessManager(this)),
      m_notifier(new Notifier(m_network, this))
{
    // A test answers within seconds: one retry for a target that is briefly busy, no two-minute backoff.
    DeliveryOptions options;
    options.retry.maxAttempts = 2;
    options.retry.maxTotalMs = 30000;
    m_notifier->setOptions(options);
    connect(m_notifier, &Notifier::finished, this, [this](const QList<DeliveryResult> &results) {
        m_running = false;
        if (results.isEmpty()) {
            Q_EMIT finished(tr("Nothing was sent."), false);
            return;
        }
        Q_EMIT finished(describe(results.first()), results.first().sent);
    });
}

NotificationTest::~NotificationTest() = default;

void NotificationTest::start(const NotificationTarget &target)
{
    if (m_running)
        return;
    m_running = true;
    // The SecretStore outlives a dialog: its answer checks that the test is still there.
    m_secrets->resolveNotifications(
        {target}, [self = QPointer<NotificationTest>(this), this](Result<QList<NotificationTarget>> resolved) {
            if (!self)
                return;
            if (!resolved || resolved.value().isEmpty()) {
                m_running = false;
                Q_EMIT finished(resolved ? tr("Nothing was sent.") : resolved.error().message, false);
                return;
            }
            send(resolved.value().first());
        });
}

void NotificationTest::send(const NotificationTarget &target)
{
    m_notifier->send({target}, SyncSummaryBuilder::sample(), true);
}

QString NotificationTest::describe(const DeliveryResult &result)
{
    if (result.sent)
        return result.attempts > 1
                   ? tr("%1: the test message was delivered after %n attempts.", nullptr, result.attempts)
                         .arg(result.label)
                   : tr("%1: the test message was delivered.").arg(result.label);
    if (result.skipped)
        return tr("%1: not sent (%2).").arg(result.label, result.skipReason);
    return result.error.message;
}

} // namespace arrscore
