#pragma once

#include "config/notificationconfig.h"
#include "notify/syncsummary.h"

#include <QJsonObject>

namespace arrscore {

// An ntfy message, published as JSON to the server's root: topic, title, message, priority 1–5, tags,
// a click action to the report when there is one.
class NtfyFormat
{
public:
    static QJsonObject message(const NotificationTarget &target, const SyncSummary &summary);
    // The target's priority, else 4 when an instance failed, 3 otherwise.
    static int priority(const NotificationTarget &target, const SyncSummary &summary);
};

} // namespace arrscore
