#pragma once

#include "config/notificationconfig.h"
#include "notify/syncsummary.h"

#include <QJsonObject>

namespace arrscore {

// A Gotify message (POST /message, the token in X-Gotify-Key): title, message in markdown, priority 0–10.
class GotifyFormat
{
public:
    static QJsonObject message(const NotificationTarget &target, const SyncSummary &summary);
    // The target's priority, else 8 when an instance failed, 5 otherwise.
    static int priority(const NotificationTarget &target, const SyncSummary &summary);
};

} // namespace arrscore
