#include "config/configwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <initializer_list>

namespace arrscore {

namespace {

// arrscore.yaml and its backup may hold API keys: readable by their owner alone.
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// What a key that left the file becomes in the backup: still valid YAML, and plainly not a key.
const QString kRemovedKey = QStringLiteral("REMOVED-key-no-longer-in-arrscore.yaml");

struct ConfigFile
{
    QByteArray bytes; // as read, for the backup
    YAML::Node root;
};

Result<ConfigFile> readRoot(const QString &path)
{
    if (!QFileInfo::exists(path))
        return ConfigFile{{}, YAML::Node(YAML::NodeType::Map)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Config, ConfigWriter::tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    try {
        YAML::Node root = YAML::Load(bytes.toStdString());
        if (root.IsNull())
            return ConfigFile{bytes, YAML::Node(YAML::NodeType::Map)};
        if (!root.IsMap())
            return Error{ErrorKind::Config, ConfigWriter::tr("%1 is not a YAML mapping of \"key: value\" lines; fix "
                                                             "it or move it away first. It has not been changed.")
                                                .arg(path)};
        if (root["radarr"] || root["sonarr"])
            return Error{
                ErrorKind::Config,
                ConfigWriter::tr("%1 is in the older tool's format (radarr:/sonarr:). Move those settings to an "
                                 "\"instances:\" list (see README.md) before adding instances in the app. It has not "
                                 "been changed.")
                    .arg(path)};
        return ConfigFile{bytes, root};
    } catch (const YAML::Exception &e) {
        return Error{
            ErrorKind::Config,
            ConfigWriter::tr("%1 is not valid YAML (line %2: %3); fix it first, or move it away to start a new "
                             "one. It has not been changed.")
                .arg(path)
                .arg(e.mark.line + 1)
                .arg(QString::fromStdString(e.msg))};
    }
}

// Every api_key written in the file, for telling which of them a rewrite drops.
QStringList fileKeys(const YAML::Node &root)
{
    QStringList keys;
    const auto collect = [&keys, &root](const char *list, std::initializer_list<const char *> fields) {
        const YAML::Node entries = root[list];
        if (!entries || !entries.IsSequence())
            return;
        for (const YAML::Node &entry : entries) {
            for (const char *field : fields) {
                const YAML::Node key = entry.IsMap() ? entry[field] : YAML::Node();
                if (key && key.IsScalar() && !key.Scalar().empty())
                    keys << QString::fromStdString(key.Scalar()).trimmed();
            }
        }
    };
    collect("instances", {"api_key"});
    collect("notifications", {"url", "token", "password"}); // a webhook URL is as secret as a key
    return keys;
}

// The previous file for the backup, without the keys the new one no longer holds: a key moved to the
// keychain (or removed with its instance) must not stay behind in a second file.
QByteArray backupOf(const ConfigFile &old, const YAML::Node &root)
{
    QString text = QString::fromUtf8(old.bytes);
    const QStringList kept = fileKeys(root);
    for (const QString &key : fileKeys(old.root)) {
        if (kept.contains(key))
            continue;
        const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9_-])") + QRegularExpression::escape(key)
                                      + QStringLiteral("(?![A-Za-z0-9_-])"));
        text.replace(word, kRemovedKey);
    }
    return text.toUtf8();
}

// QSaveFile creates its temporary file with the old file's mode or 0666 & ~umask: the mode is set on it
// before the first byte, so the key is never readable by others, not even for a moment.
Status writePrivate(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)) // the old file stays whole on failure
        return Error{ErrorKind::Config, ConfigWriter::tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.write(bytes);
    if (!file.commit())
        return Error{ErrorKind::Config, ConfigWriter::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Status::success();
}

Status writeRoot(const QString &path, const ConfigFile &old, const YAML::Node &root)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path)) {
        const QString backup = path + QStringLiteral(".bak");
        if (const Status kept = writePrivate(backup, backupOf(old, root)); !kept)
            return Error{ErrorKind::Config,
                         ConfigWriter::tr("Cannot keep a backup of %1 as %2 (%3); nothing was changed.")
                             .arg(path, backup, kept.error().message)};
    }
    YAML::Emitter out;
    out << root;
    QByteArray bytes("# Arr Score Exporter configuration (README.md). Written by the app; the previous version is in\n"
                     "# arrscore.yaml.bak (without keys that have since moved to the keychain).\n");
    bytes += out.c_str();
    bytes += '\n';
    return writePrivate(path, bytes);
}

// edit returns false (and sets *error) to leave the file unwritten. key: "instances" or "notifications".
Status editList(const QString &path, const char *key,
                const std::function<bool(YAML::Node &entries, Error *error)> &edit)
{
    Result<ConfigFile> file = readRoot(path);
    if (!file)
        return file.error();
    YAML::Node root = YAML::Clone(file->root); // the original stays as read, for the backup
    YAML::Node entries = root[key];
    if (!entries || entries.IsNull())
        entries = YAML::Node(YAML::NodeType::Sequence);
    if (!entries.IsSequence())
        return Error{ErrorKind::Config,
                     ConfigWriter::tr("\"%1\" in %2 is not a list; fix it first. It has not been changed.")
                         .arg(QLatin1String(key), path)};
    Error error;
    if (!edit(entries, &error))
        return error;
    root[key] = entries;
    return writeRoot(path, *file, root);
}

Status editInstances(const QString &path, const std::function<bool(YAML::Node &instances, Error *error)> &edit)
{
    return editList(path, "instances", edit);
}

int indexOf(const YAML::Node &instances, const QString &name)
{
    for (std::size_t i = 0; i < instances.size(); ++i) {
        const YAML::Node n = instances[i]["name"];
        if (n && n.IsScalar() && QString::fromStdString(n.as<std::string>()) == name)
            return int(i);
    }
    return -1;
}

} // namespace

Status ConfigWriter::upsertInstance(const QString &path, const InstanceConfig &instance, KeyPlacement placement,
                                    const QString &previousName)
{
    return editInstances(path, [&](YAML::Node &instances, Error *) {
        int at = indexOf(instances, previousName.isEmpty() ? instance.name : previousName);
        YAML::Node entry(YAML::NodeType::Map);
        if (at >= 0)
            entry = YAML::Clone(instances[at]); // keeps settings the app does not edit (timeout, …)
        entry["name"] = instance.name.toStdString();
        entry["type"] = instanceTypeName(instance.type).toStdString();
        entry["url"] = instance.displayUrl().toStdString();
        if (placement != KeyPlacement::Unchanged) {
            entry.remove("api_key");
            entry.remove("api_key_env");
            entry.remove("api_key_keychain");
        }
        if (placement == KeyPlacement::Keychain)
            entry["api_key_keychain"] = true;
        else if (placement == KeyPlacement::File)
            entry["api_key"] = instance.apiKey.toStdString();
        entry["verify_tls"] = instance.verifyTls;
        // The upgrade limits are written when they differ from the defaults, and removed when set back.
        const InstanceConfig defaults;
        const auto limit = [&entry](const char *key, int value, int fallback) {
            if (value != fallback)
                entry[key] = value;
            else
                entry.remove(key);
        };
        limit("release_lookups_per_hour", instance.releaseLookupsPerHour, defaults.releaseLookupsPerHour);
        limit("searches_per_hour", instance.searchesPerHour, defaults.searchesPerHour);
        limit("search_cooldown_days", instance.searchCooldownDays, defaults.searchCooldownDays);
        if (!instance.tlsFingerprint.isEmpty())
            entry["tls_fingerprint"] = "sha256:" + instance.tlsFingerprint.toHex(':').toUpper().toStdString();
        else
            entry.remove("tls_fingerprint");
        if (at >= 0) {
            instances[at] = entry;
        } else {
            instances.push_back(entry);
        }
        return true;
    });
}

Status ConfigWriter::removeInstance(const QString &path, const QString &name)
{
    if (!QFileInfo::exists(path))
        return Status::success();
    return editInstances(path, [&](YAML::Node &instances, Error *) {
        const int at = indexOf(instances, name);
        if (at >= 0)
            instances.remove(std::size_t(at));
        return true;
    });
}

Status ConfigWriter::setInstanceEnabled(const QString &path, const QString &name, bool enabled)
{
    return editInstances(path, [&](YAML::Node &instances, Error *error) {
        const int at = indexOf(instances, name);
        if (at < 0) {
            *error = Error{ErrorKind::Config, tr("%1 has no instance named \"%2\".").arg(path, name)};
            return false;
        }
        YAML::Node entry = instances[std::size_t(at)];
        entry["enabled"] = enabled;
        return true;
    });
}

Status ConfigWriter::setDatabase(const QString &path, const QString &location)
{
    Result<ConfigFile> file = readRoot(path);
    if (!file)
        return file.error();
    YAML::Node root = YAML::Clone(file->root);
    if (location.trimmed().isEmpty())
        root.remove("database");
    else
        root["database"] = location.trimmed().toStdString();
    return writeRoot(path, *file, root);
}

Status ConfigWriter::upsertNotification(const QString &path, const NotificationTarget &target, KeyPlacement placement,
                                        const QString &previousName)
{
    return editList(path, "notifications", [&](YAML::Node &targets, Error *) {
        const int at = indexOf(targets, previousName.isEmpty() ? target.name : previousName);
        YAML::Node entry(YAML::NodeType::Map);
        if (at >= 0)
            entry = YAML::Clone(targets[at]); // keeps settings the app does not edit
        entry["name"] = target.name.toStdString();
        entry["type"] = NotificationTypes::name(target.type).toStdString();
        for (const QString &field : {QStringLiteral("url"), QStringLiteral("token"), QStringLiteral("password")}) {
            const std::string key = field.toStdString();
            const NotificationSecret *secret = target.secret(field);
            const bool used = target.secretFields().contains(field);
            if (placement == KeyPlacement::Unchanged && used)
                continue;
            entry.remove(key);
            entry.remove(key + "_env");
            entry.remove(key + "_keychain");
            if (!used || !secret)
                continue;
            if (placement == KeyPlacement::Keychain && (secret->isSet() || secret->inKeychain))
                entry[key + "_keychain"] = true;
            else if (placement == KeyPlacement::File && !secret->env.isEmpty())
                entry[key + "_env"] = secret->env.toStdString(); // a variable named stays a variable
            else if (placement == KeyPlacement::File && secret->isSet())
                entry[key] = secret->value.toStdString();
        }
        const auto set = [&entry](const char *key, bool write, const auto &value) {
            if (write)
                entry[key] = value;
            else
                entry.remove(key);
        };
        const NotificationTarget defaults;
        YAML::Node on(YAML::NodeType::Sequence);
        if (target.onChanges)
            on.push_back("changes");
        if (target.onFailures)
            on.push_back("failures");
        on.SetStyle(YAML::EmitterStyle::Flow);
        set("on", !(target.onChanges && target.onFailures), on);
        set("min_changes", target.minChanges != defaults.minChanges, target.minChanges);
        set("enabled", !target.enabled, target.enabled);
        set("timeout", target.timeoutSeconds != defaults.timeoutSeconds, target.timeoutSeconds);
        const bool ntfy = target.type == NotificationType::Ntfy;
        const bool email = target.type == NotificationType::Email;
        set("topic", ntfy, target.topic.toStdString());
        set("priority", (ntfy || target.type == NotificationType::Gotify) && target.priority > 0, target.priority);
        YAML::Node tags(YAML::NodeType::Sequence);
        for (const QString &tag : target.tags)
            tags.push_back(tag.toStdString());
        tags.SetStyle(YAML::EmitterStyle::Flow);
        set("tags", ntfy && !target.tags.isEmpty(), tags);
        set("smtp_url", email, target.smtpUrl.toString().toStdString());
        set("starttls", email && target.startTls, true);
        set("from", email, target.from.toStdString());
        YAML::Node to(YAML::NodeType::Sequence);
        for (const QString &address : target.to)
            to.push_back(address.toStdString());
        set("to", email, to);
        set("username", email && !target.username.isEmpty(), target.username.toStdString());
        set("ca_file", email && !target.caFile.isEmpty(), target.caFile.toStdString());
        if (at >= 0)
            targets[at] = entry;
        else
            targets.push_back(entry);
        return true;
    });
}

Status ConfigWriter::removeNotification(const QString &path, const QString &name)
{
    if (!QFileInfo::exists(path))
        return Status::success();
    return editList(path, "notifications", [&](YAML::Node &targets, Error *) {
        const int at = indexOf(targets, name);
        if (at >= 0)
            targets.remove(std::size_t(at));
        return true;
    });
}

Status ConfigWriter::setNotifyAfterSync(const QString &path, bool notify)
{
    Result<ConfigFile> file = readRoot(path);
    if (!file)
        return file.error();
    YAML::Node root = YAML::Clone(file->root);
    if (notify)
        root["notify_after_sync"] = true;
    else
        root.remove("notify_after_sync");
    return writeRoot(path, *file, root);
}

} // namespace arrscore
