#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace arrscore {

// Where a sync summary is sent. Each type has its own payload (docs/NOTIFICATIONS.md).
enum class NotificationType { Discord, Slack, Ntfy, Gotify, Webhook, Email };

// One secret of a notification target (its URL, token or password): given in the file, named by an
// environment variable, or kept in the OS keychain, under the same rules as an instance's API key.
struct NotificationSecret
{
    QString value;           // resolved; empty until the keychain was read when inKeychain
    QString env;             // the variable *_env named, empty when none
    bool inKeychain = false; // *_keychain: true
    bool isSet() const { return !value.isEmpty(); }
};

// One entry of `notifications:` in arrscore.yaml, resolved: environment applied, checked.
struct NotificationTarget
{
    QString name; // unique among the targets, [a-z0-9_-]+
    NotificationType type = NotificationType::Webhook;
    NotificationSecret url; // url / url_env / url_keychain: the webhook or server URL (not for email)
    bool onChanges = true;  // on: [changes, failures] — both by default
    bool onFailures = true;
    int minChanges = 1; // min_changes: fewer changed files than this (and no failure) sends nothing
    bool enabled = true;
    int timeoutSeconds = 15; // timeout: one delivery attempt's bound
    // ntfy
    QString topic;    // topic: required for ntfy
    int priority = 0; // priority: ntfy 1–5, Gotify 0–10; 0 = automatic (higher when an instance failed)
    QStringList tags; // tags: ntfy tags (emoji short codes), added to the automatic ones
    // gotify
    NotificationSecret token; // token / token_env / token_keychain: the application token
    // email
    QUrl smtpUrl;                // smtp_url: smtps://host:465 or smtp://host:587 (with starttls: true)
    bool startTls = false;       // starttls: true — STARTTLS required on an smtp:// URL
    QString from;                // from: the sender address
    QStringList to;              // to: one address or a list
    QString username;            // username: SMTP login, empty = no authentication
    NotificationSecret password; // password / password_env / password_keychain
    QString caFile;              // ca_file: PEM of the CA certificates to trust instead of the system's (a private CA)
    QString origin;              // where it was defined, e.g. "arrscore.yaml:12"

    // The target in messages and logs: "discord (Discord)". Never the URL or a token.
    QString label() const;
    // The secrets this target's type uses, by field name ("url", "token", "password"), for the keychain.
    QStringList secretFields() const;
    NotificationSecret *secret(const QString &field);
    const NotificationSecret *secret(const QString &field) const;
};

// Names and checks of the notification settings, shared by the parser, the writer and the app's editor.
class NotificationTypes
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::NotificationTypes)

public:
    static QString name(NotificationType type);        // "discord", … as in the file
    static QString displayName(NotificationType type); // "Discord", "E-mail", … translated
    static std::optional<NotificationType> fromName(const QString &name);
    static QList<NotificationType> all();
};

} // namespace arrscore
