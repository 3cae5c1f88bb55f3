#pragma once

#include "config/notificationconfig.h"
#include "notify/emailformat.h"
#include "notify/syncsummary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace arrscore {

// One HTTP request to a notification target: where, what, and the headers (a Gotify token goes in one).
struct HttpPayload
{
    QUrl url;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// Turns a summary into what a target's type expects: the one place that dispatches on the type.
class NotificationPayload
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::NotificationPayload)

public:
    // For every type but email.
    static HttpPayload http(const NotificationTarget &target, const SyncSummary &summary);
    static EmailMessage email(const SyncSummary &summary);
};

} // namespace arrscore
