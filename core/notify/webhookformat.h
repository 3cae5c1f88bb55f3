#pragma once

#include "notify/syncsummary.h"

#include <QJsonObject>
#include <QString>

namespace arrscore {

// The generic webhook's JSON, versioned ("schema": "arrscore.sync-summary/1"); every field is documented in
// docs/NOTIFICATIONS.md. A field is only ever added within one version; a change of meaning is a new version.
class WebhookFormat
{
public:
    static QString schema(); // "arrscore.sync-summary/1"
    static QJsonObject message(const SyncSummary &summary);
};

} // namespace arrscore
