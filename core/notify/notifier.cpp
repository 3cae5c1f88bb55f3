#include "notify/notifier.h"

namespace arrscore {

Notifier::Notifier(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) {}

Notifier::~Notifier() = default;

bool Notifier::wants(const NotificationTarget &, const SyncSummary &, QString *)
{
    return false;
}

void Notifier::send(const QList<NotificationTarget> &, const SyncSummary &, bool) {}

QList<DeliveryResult> Notifier::sendBlocking(const QList<NotificationTarget> &, const SyncSummary &, bool)
{
    return {};
}

void Notifier::finishOne(const DeliveryResult &) {}

} // namespace arrscore
