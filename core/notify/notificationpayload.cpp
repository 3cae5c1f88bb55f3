#include "notify/notificationpayload.h"

#include "notify/discordformat.h"
#include "notify/emailformat.h"
#include "notify/gotifyformat.h"
#include "notify/ntfyformat.h"
#include "notify/slackformat.h"
#include "notify/webhookformat.h"

#include <QJsonDocument>

namespace arrscore {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

HttpPayload NotificationPayload::http(const NotificationTarget &target, const SyncSummary &summary)
{
    HttpPayload payload;
    payload.url = QUrl(target.url.value);
    if (!payload.url.userName().isEmpty()) {
        // https://user:password@host: sent at once as Basic authentication (ntfy with access control).
        const QByteArray credentials = payload.url.userName().toUtf8() + ':' + payload.url.password().toUtf8();
        payload.headers.append({"Authorization", "Basic " + credentials.toBase64()});
        payload.url.setUserInfo(QString());
    }
    payload.contentType = "application/json";
    switch (target.type) {
    case NotificationType::Discord:
        payload.body = json(DiscordFormat::message(summary));
        break;
    case NotificationType::Slack:
        payload.body = json(SlackFormat::message(summary));
        break;
    case NotificationType::Ntfy:
        payload.body = json(NtfyFormat::message(target, summary)); // JSON is published to the server's root
        payload.url.setPath(QStringLiteral("/"));
        break;
    case NotificationType::Gotify: {
        payload.body = json(GotifyFormat::message(target, summary));
        QString path = payload.url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        payload.url.setPath(path + QStringLiteral("/message"));
        payload.headers.append({"X-Gotify-Key", target.token.value.toUtf8()}); // never in the URL, where logs see it
        break;
    }
    case NotificationType::Webhook:
    case NotificationType::Email:
        payload.body = json(WebhookFormat::message(summary));
        break;
    }
    return payload;
}

EmailMessage NotificationPayload::email(const SyncSummary &summary)
{
    return EmailFormat::message(summary);
}

} // namespace arrscore
