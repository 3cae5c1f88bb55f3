#include "config/configwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

#include <functional>

namespace arrscore {

namespace {

Result<YAML::Node> readRoot(const QString &path)
{
    if (!QFileInfo::exists(path))
        return YAML::Node(YAML::NodeType::Map);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Config, ConfigWriter::tr("Cannot read %1: %2").arg(path, file.errorString())};
    try {
        YAML::Node root = YAML::Load(file.readAll().toStdString());
        if (root.IsNull())
            return YAML::Node(YAML::NodeType::Map);
        if (!root.IsMap())
            return Error{ErrorKind::Config,
                         ConfigWriter::tr("%1 is not a YAML mapping; fix or remove it first.").arg(path)};
        if (root["radarr"] || root["sonarr"])
            return Error{
                ErrorKind::Config,
                ConfigWriter::tr("%1 is in the older tool's format (radarr:/sonarr:). Move those settings to an "
                                 "\"instances:\" list (see README.md) before adding instances in the app.")
                    .arg(path)};
        return root;
    } catch (const YAML::Exception &e) {
        return Error{ErrorKind::Config,
                     ConfigWriter::tr("%1 is not valid YAML (line %2); fix it first.").arg(path).arg(e.mark.line + 1)};
    }
}

Status writeRoot(const QString &path, const YAML::Node &root)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path)) {
        const QString backup = path + QStringLiteral(".bak");
        QFile::remove(backup);
        if (!QFile::copy(path, backup))
            return Error{ErrorKind::Config, ConfigWriter::tr("Cannot keep a backup of %1 as %2.").arg(path, backup)};
    }
    YAML::Emitter out;
    out << root;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) // QSaveFile: the old file stays whole if anything fails
        return Error{ErrorKind::Config, ConfigWriter::tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.write("# Arr Score Exporter configuration (README.md). Written by the app; the previous version is in\n"
               "# arrscore.yaml.bak.\n");
    file.write(out.c_str());
    file.write("\n");
    if (!file.commit())
        return Error{ErrorKind::Config, ConfigWriter::tr("Cannot write %1: %2").arg(path, file.errorString())};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // it may hold a key
    return Status::success();
}

// edit returns false (and sets *error) to leave the file unwritten.
Status editInstances(const QString &path, const std::function<bool(YAML::Node &instances, Error *error)> &edit)
{
    Result<YAML::Node> root = readRoot(path);
    if (!root)
        return root.error();
    YAML::Node instances = root.value()["instances"];
    if (!instances || instances.IsNull())
        instances = YAML::Node(YAML::NodeType::Sequence);
    if (!instances.IsSequence())
        return Error{ErrorKind::Config, ConfigWriter::tr("\"instances\" in %1 is not a list; fix it first.").arg(path)};
    Error error;
    if (!edit(instances, &error))
        return error;
    root.value()["instances"] = instances;
    return writeRoot(path, root.value());
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
    Result<YAML::Node> root = readRoot(path);
    if (!root)
        return root.error();
    if (location.trimmed().isEmpty())
        root.value().remove("database");
    else
        root.value()["database"] = location.trimmed().toStdString();
    return writeRoot(path, root.value());
}

} // namespace arrscore
