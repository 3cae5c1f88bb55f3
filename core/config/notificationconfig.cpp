#include "config/notificationconfig.h"

namespace arrscore {

QString NotificationTarget::label() const
{
    return QStringLiteral("%1 (%2)").arg(name, NotificationTypes::displayName(type));
}

QStringList NotificationTarget::secretFields() const
{
    switch (type) {
    case NotificationType::Email:
        return {QStringLiteral("password")};
    case NotificationType::Gotify:
        return {QStringLiteral("url"), QStringLiteral("token")};
    case NotificationType::Discord:
    case NotificationType::Slack:
    case NotificationType::Ntfy:
    case NotificationType::Webhook:
        break;
    }
    return {QStringLiteral("url")};
}

NotificationSecret *NotificationTarget::secret(const QString &field)
{
    if (field == QLatin1String("url"))
        return &url;
    if (field == QLatin1String("token"))
        return &token;
    if (field == QLatin1String("password"))
        return &password;
    return nullptr;
}

const NotificationSecret *NotificationTarget::secret(const QString &field) const
{
    return const_cast<NotificationTarget *>(this)->secret(field); // NOLINT(cppcoreguidelines-pro-type-const-cast)
}

QString NotificationTypes::name(NotificationType type)
{
    switch (type) {
    case NotificationType::Discord:
        return QStringLiteral("discord");
    case NotificationType::Slack:
        return QStringLiteral("slack");
    case NotificationType::Ntfy:
        return QStringLiteral("ntfy");
    case NotificationType::Gotify:
        return QStringLiteral("gotify");
    case NotificationType::Webhook:
        return QStringLiteral("webhook");
    case NotificationType::Email:
        return QStringLiteral("email");
    }
    return {};
}

QString NotificationTypes::displayName(NotificationType type)
{
    switch (type) {
    case NotificationType::Discord:
        return QStringLiteral("Discord");
    case NotificationType::Slack:
        return QStringLiteral("Slack");
    case NotificationType::Ntfy:
        return QStringLiteral("ntfy");
    case NotificationType::Gotify:
        return QStringLiteral("Gotify");
    case NotificationType::Webhook:
        return tr("Webhook");
    case NotificationType::Email:
        return tr("E-mail");
    }
    return {};
}

std::optional<NotificationType> NotificationTypes::fromName(const QString &name)
{
    for (const NotificationType type : all()) {
        if (NotificationTypes::name(type) == name.trimmed().toLower())
            return type;
    }
    return std::nullopt;
}

QList<NotificationType> NotificationTypes::all()
{
    return {NotificationType::Discord, NotificationType::Slack,   NotificationType::Ntfy,
            NotificationType::Gotify,  NotificationType::Webhook, NotificationType::Email};
}

} // namespace arrscore
