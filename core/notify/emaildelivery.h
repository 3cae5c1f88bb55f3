#pragma once

#include "config/notificationconfig.h"
#include "notify/delivery.h"

#include <QByteArray>
#include <QCoreApplication>

namespace arrscore {

// Sends an e-mail through libcurl's SMTP: smtps:// (TLS from the start) or smtp:// with STARTTLS required
// when the target says starttls: true; certificates verified; login when a user name is set. Blocking: run
// it on a pool thread (base/handoff.h). Retried with the policy's backoff on transient failures (4xx replies,
// connection errors); errors name the target's label, never the password.
class EmailDelivery
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::EmailDelivery)

public:
    static DeliveryResult send(const NotificationTarget &target, const QByteArray &mime,
                               const DeliveryOptions &options);
};

} // namespace arrscore
