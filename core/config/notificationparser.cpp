#include "config/notificationparser.h"

#include "config/configparser.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace arrscore {

namespace {

const QStringList kCommonKeys = {QStringLiteral("name"),        QStringLiteral("type"),    QStringLiteral("on"),
                                 QStringLiteral("min_changes"), QStringLiteral("enabled"), QStringLiteral("timeout")};
const QStringList kUrlKeys = {QStringLiteral("url"), QStringLiteral("url_env"), QStringLiteral("url_keychain")};
const QStringList kNtfyKeys = {QStringLiteral("topic"), QStringLiteral("priority"), QStringLiteral("tags")};
const QStringList kGotifyKeys = {QStringLiteral("token"), QStringLiteral("token_env"), QStringLiteral("token_keychain"),
                                 QStringLiteral("priority")};
const QStringList kEmailKeys = {
    QStringLiteral("smtp_url"),     QStringLiteral("starttls"),          QStringLiteral("from"),
    QStringLiteral("to"),           QStringLiteral("username"),          QStringLiteral("password"),
    QStringLiteral("password_env"), QStringLiteral("password_keychain"), QStringLiteral("ca_file")};

QStringList knownKeys(NotificationType type)
{
    QStringList keys = kCommonKeys;
    switch (type) {
    case NotificationType::Email:
        return keys + kEmailKeys;
    case NotificationType::Ntfy:
        return keys + kUrlKeys + kNtfyKeys;
    case NotificationType::Gotify:
        return keys + kUrlKeys + kGotifyKeys;
    case NotificationType::Discord:
    case NotificationType::Slack:
    case NotificationType::Webhook:
        break;
    }
    return keys + kUrlKeys;
}

// An address as far as a configuration check goes: one @, something on each side, no spaces or brackets.
bool isAddress(const QString &text)
{
    static const QRegularExpression address(QStringLiteral(R"(^[^\s@<>,;"]+@[^\s@<>,;"]+$)"));
    return address.match(text).hasMatch();
}

} // namespace

void NotificationParser::addSecret(const QString &value)
{
    if (value.size() >= 4 && !m_parser.m_secrets.contains(value)) {
        m_parser.m_secrets.append(value);
        m_parser.sortSecrets();
    }
}

bool NotificationParser::run(AppConfig &config)
{
    if (!m_parser.m_root || !m_parser.m_root->IsMap())
        return true; // an empty file
    const YAML::Node &root = *m_parser.m_root;
    const YAML::Node list = root["notifications"];
    const YAML::Node notifyAfterSync = root["notify_after_sync"];
    if (notifyAfterSync.IsDefined() && !notifyAfterSync.IsNull()
        && !m_parser.readBool(notifyAfterSync, QStringLiteral("notify_after_sync"), config.notifyAfterSync))
        return false;
    if (!list.IsDefined() || list.IsNull())
        return true;
    if (!list.IsSequence())
        return m_parser.fail(list, QStringLiteral("notifications"),
                             tr("expected a list of notification targets (lines starting with \"- \")"));
    QHash<QString, QString> seen; // name → where it was defined
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("notifications[%1]").arg(i);
        NotificationTarget target;
        if (!readTarget(list[i], path, target))
            return false;
        if (seen.contains(target.name))
            return m_parser.fail(list[i]["name"], path + QStringLiteral(".name"),
                                 tr("\"%1\" is already used by %2").arg(target.name, seen.value(target.name)));
        seen.insert(target.name, path + QStringLiteral(" (") + target.origin + QLatin1Char(')'));
        config.notifications.append(target);
    }
    return true;
}

bool NotificationParser::checkType(const YAML::Node &node, const QString &path, NotificationTarget &out)
{
    if (!node.IsMap())
        return m_parser.fail(node, path, tr("expected a mapping of \"key: value\" lines"));
    const YAML::Node type = node["type"];
    if (!type || type.IsNull())
        return m_parser.fail(node, path, tr(R"(missing "type" (one of discord, slack, ntfy, gotify, webhook, email))"));
    QString typeName;
    if (!m_parser.readString(type, path + QStringLiteral(".type"), typeName))
        return false;
    const std::optional<NotificationType> parsed = NotificationTypes::fromName(typeName);
    if (!parsed)
        return m_parser.fail(
            type, path + QStringLiteral(".type"),
            tr("expected one of discord, slack, ntfy, gotify, webhook, email, got %1").arg(m_parser.echo(typeName)));
    out.type = *parsed;
    return true;
}

bool NotificationParser::readTarget(const YAML::Node &node, const QString &path, NotificationTarget &out)
{
    if (!checkType(node, path, out))
        return false;
    ConfigParser::Map map;
    if (!m_parser.readMap(node, path, knownKeys(out.type), map))
        return false;
    out.origin = m_parser.where(node, QString());
    const auto has = [&map](const char *key) {
        return map.contains(QLatin1String(key)) && !map.value(QLatin1String(key)).IsNull();
    };
    const auto at = [&map](const char *key) { return map.value(QLatin1String(key)); };
    const auto sub = [&path](const char *key) -> QString { return path + QLatin1Char('.') + QLatin1String(key); };

    if (!has("name"))
        return m_parser.fail(node, path, tr("missing \"name\""));
    if (!m_parser.readString(at("name"), sub("name"), out.name))
        return false;
    if (!InstanceConfig::isValidName(out.name))
        return m_parser.fail(
            at("name"), sub("name"),
            tr("expected lower-case letters, digits, '-' or '_', got %1").arg(m_parser.echo(out.name)));
    if (has("enabled") && !m_parser.readBool(at("enabled"), sub("enabled"), out.enabled))
        return false;
    if (has("on") && !readOn(at("on"), sub("on"), out))
        return false;
    if (has("min_changes") && !m_parser.readInt(at("min_changes"), sub("min_changes"), 0, 1000000, out.minChanges))
        return false;
    if (has("timeout") && !m_parser.readInt(at("timeout"), sub("timeout"), 1, 300, out.timeoutSeconds))
        return false;

    if (out.type != NotificationType::Email) {
        // ntfy's public server is its default; every other target needs its own URL.
        const bool required = out.type != NotificationType::Ntfy;
        if (!readSecret(node, path, QStringLiteral("url"), required, out.url))
            return false;
        if (out.type == NotificationType::Ntfy && !out.url.isSet() && !out.url.inKeychain)
            out.url.value = QStringLiteral("https://ntfy.sh");
        if (out.url.isSet()) {
            const QUrl url(out.url.value, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
                || url.host().isEmpty()) {
                // Never echoed: a webhook URL is as secret as a key.
                const QString where = out.url.env.isEmpty() ? sub("url") : sub("url_env");
                return m_parser.fail(at(out.url.env.isEmpty() ? "url" : "url_env"), where,
                                     tr("expected an http:// or https:// URL with a host"));
            }
        }
    }
    if (out.type == NotificationType::Ntfy) {
        if (!has("topic"))
            return m_parser.fail(node, path, tr("missing \"topic\" (the ntfy topic to publish to)"));
        if (!m_parser.readString(at("topic"), sub("topic"), out.topic))
            return false;
        static const QRegularExpression topic(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        if (!topic.match(out.topic).hasMatch())
            return m_parser.fail(
                at("topic"), sub("topic"),
                tr("expected letters, digits, '-' or '_' (at most 64), got %1").arg(m_parser.echo(out.topic)));
        addSecret(out.topic); // on a public server the topic is the only thing that keeps it private
        if (has("priority") && !m_parser.readInt(at("priority"), sub("priority"), 1, 5, out.priority))
            return false;
        if (has("tags")) {
            const YAML::Node tags = at("tags");
            if (tags.IsScalar()) {
                out.tags.append(QString::fromStdString(tags.Scalar()).trimmed());
            } else if (tags.IsSequence()) {
                for (std::size_t i = 0; i < tags.size(); ++i) {
                    QString tag;
                    if (!m_parser.readString(tags[i], sub("tags") + QStringLiteral("[%1]").arg(i), tag))
                        return false;
                    out.tags.append(tag);
                }
            } else {
                return m_parser.fail(tags, sub("tags"), tr("expected a tag or a list of tags"));
            }
        }
    }
    if (out.type == NotificationType::Gotify) {
        if (!readSecret(node, path, QStringLiteral("token"), true, out.token))
            return false;
        if (has("priority") && !m_parser.readInt(at("priority"), sub("priority"), 0, 10, out.priority))
            return false;
    }
    if (out.type == NotificationType::Email) {
        if (!has("smtp_url"))
            return m_parser.fail(node, path, tr("missing \"smtp_url\" (e.g. smtps://mail.example.com:465)"));
        QString text;
        if (!m_parser.readString(at("smtp_url"), sub("smtp_url"), text))
            return false;
        const QUrl smtp(text, QUrl::StrictMode);
        if (!smtp.isValid() || (smtp.scheme() != QLatin1String("smtp") && smtp.scheme() != QLatin1String("smtps"))
            || smtp.host().isEmpty() || !smtp.userInfo().isEmpty() || !smtp.query().isEmpty())
            return m_parser.fail(at("smtp_url"), sub("smtp_url"),
                                 tr("expected smtps://HOST[:PORT] (TLS) or smtp://HOST[:PORT] with \"starttls: "
                                    "true\"; the user name and password go in \"username\" and \"password\""));
        out.smtpUrl = smtp;
        if (has("starttls") && !m_parser.readBool(at("starttls"), sub("starttls"), out.startTls))
            return false;
        if (out.startTls && smtp.scheme() == QLatin1String("smtps"))
            return m_parser.fail(at("starttls"), sub("starttls"),
                                 tr("smtps:// is encrypted from the start; \"starttls: true\" is for smtp:// URLs"));
        const bool loopback = smtp.host() == QLatin1String("localhost") || smtp.host().startsWith(QLatin1String("127."))
                              || smtp.host() == QLatin1String("::1");
        if (smtp.scheme() == QLatin1String("smtp") && !out.startTls && !loopback)
            return m_parser.fail(at("smtp_url"), sub("smtp_url"),
                                 tr("an smtp:// server other than this computer needs \"starttls: true\" (or use "
                                    "smtps://): mail and password would cross the network unencrypted"));
        if (!has("from"))
            return m_parser.fail(node, path, tr("missing \"from\" (the sender's address)"));
        if (!m_parser.readString(at("from"), sub("from"), out.from))
            return false;
        if (!isAddress(out.from))
            return m_parser.fail(at("from"), sub("from"),
                                 tr("expected an e-mail address, got %1").arg(m_parser.echo(out.from)));
        if (!has("to"))
            return m_parser.fail(node, path, tr("missing \"to\" (an address or a list of addresses)"));
        if (!readAddresses(at("to"), sub("to"), out.to))
            return false;
        if (has("username") && !m_parser.readString(at("username"), sub("username"), out.username))
            return false;
        if (!readSecret(node, path, QStringLiteral("password"), !out.username.isEmpty(), out.password))
            return false;
        if (out.password.isSet() && out.username.isEmpty() && !out.password.inKeychain)
            return m_parser.fail(node, path, tr("a password is set but no \"username\" to log in with"));
        if (has("ca_file")) {
            if (!m_parser.readString(at("ca_file"), sub("ca_file"), out.caFile))
                return false;
            const QFileInfo ca(QDir(QFileInfo(m_parser.label()).absolutePath()).absoluteFilePath(out.caFile));
            if (!ca.isFile() || !ca.isReadable())
                return m_parser.fail(at("ca_file"), sub("ca_file"),
                                     tr("%1 is not a readable file (PEM certificates)").arg(ca.absoluteFilePath()));
            out.caFile = ca.absoluteFilePath();
        }
    }
    return true;
}

bool NotificationParser::readOn(const YAML::Node &node, const QString &path, NotificationTarget &out)
{
    QStringList events;
    if (node.IsScalar()) {
        events.append(QString::fromStdString(node.Scalar()).trimmed());
    } else if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            QString event;
            if (!m_parser.readString(node[i], path + QStringLiteral("[%1]").arg(i), event))
                return false;
            events.append(event);
        }
    } else {
        return m_parser.fail(node, path, tr("expected a list of events: [changes, failures]"));
    }
    out.onChanges = false;
    out.onFailures = false;
    for (const QString &event : std::as_const(events)) {
        if (event == QLatin1String("changes"))
            out.onChanges = true;
        else if (event == QLatin1String("failures"))
            out.onFailures = true;
        else
            return m_parser.fail(node, path,
                                 tr(R"(expected "changes" or "failures", got %1)").arg(m_parser.echo(event)));
    }
    if (!out.onChanges && !out.onFailures)
        return m_parser.fail(node, path, tr("name at least one event: [changes, failures]"));
    return true;
}

bool NotificationParser::readAddresses(const YAML::Node &node, const QString &path, QStringList &out)
{
    const auto one = [&](const YAML::Node &item, const QString &itemPath) {
        QString address;
        if (!m_parser.readString(item, itemPath, address))
            return false;
        if (!isAddress(address))
            return m_parser.fail(item, itemPath, tr("expected an e-mail address, got %1").arg(m_parser.echo(address)));
        out.append(address);
        return true;
    };
    if (node.IsScalar())
        return one(node, path);
    if (!node.IsSequence() || node.size() == 0)
        return m_parser.fail(node, path, tr("expected an address or a list of addresses"));
    for (std::size_t i = 0; i < node.size(); ++i) {
        if (!one(node[i], path + QStringLiteral("[%1]").arg(i)))
            return false;
    }
    return true;
}

bool NotificationParser::readSecret(const YAML::Node &node, const QString &path, const QString &field, bool required,
                                    NotificationSecret &out)
{
    const QString envKey = field + QStringLiteral("_env");
    const QString keychainKey = field + QStringLiteral("_keychain");
    const YAML::Node value = node[field.toStdString()];
    const YAML::Node env = node[envKey.toStdString()];
    const YAML::Node keychain = node[keychainKey.toStdString()];
    const bool hasValue = value && !value.IsNull();
    const bool hasEnv = env && !env.IsNull();
    if (keychain && !keychain.IsNull()
        && !m_parser.readBool(keychain, path + QLatin1Char('.') + keychainKey, out.inKeychain))
        return false;
    if (int(hasValue) + int(hasEnv) + int(out.inKeychain) > 1)
        return m_parser.fail(hasEnv ? env : keychain, path,
                             tr(R"(set only one of "%1", "%2" and "%3")").arg(field, envKey, keychainKey));
    if (hasValue) {
        if (!m_parser.readString(value, path + QLatin1Char('.') + field, out.value))
            return false;
        addSecret(out.value);
    }
    if (hasEnv) {
        if (!m_parser.readVariableName(env, path + QLatin1Char('.') + envKey, out.env))
            return false;
        out.value = m_parser.m_env.value(out.env).trimmed();
        addSecret(out.value);
        if (out.value.isEmpty())
            return m_parser.fail(env, path + QLatin1Char('.') + envKey,
                                 tr("the environment variable %1 is not set").arg(out.env));
    }
    if (out.value.contains(QRegularExpression(QStringLiteral("[\\s\\x00-\\x1f]"))))
        return m_parser.fail(hasValue ? value : env, path + QLatin1Char('.') + (hasValue ? field : envKey),
                             tr("must not contain spaces or line breaks"));
    if (required && !out.isSet() && !out.inKeychain)
        return m_parser.fail(node, path,
                             tr(R"(missing "%1" (or "%2", or "%3: true"))").arg(field, envKey, keychainKey));
    return true;
}

} // namespace arrscore
