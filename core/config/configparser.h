#pragma once

#include "base/error.h"
#include "config/config.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

// Declared only: yaml-cpp is private to arrscore_core, so this header must not need its headers.
namespace YAML {
class Node;
}

namespace arrscore {

// ConfigLoader::parse()'s worker: walks the YAML tree of one file, and the environment, into an AppConfig.
// Messages are built here and scrubbed of every API key seen, so that a key that landed on the wrong line
// is never echoed back.
class ConfigParser
{
    friend class NotificationParser; // reads `notifications:` with the same helpers and scrubbing

    // ConfigLoader's context: the messages were translated under it.
    Q_DECLARE_TR_FUNCTIONS(arrscore::ConfigLoader)

public:
    ConfigParser(QString fileName, const QProcessEnvironment &env) : m_file(std::move(fileName)), m_env(env) {}

    bool run(const QByteArray &yaml, AppConfig &config);
    Error error() const { return {ErrorKind::Config, scrub(m_error)}; }
    QStringList warnings() const;

private:
    using Map = QHash<QString, YAML::Node>;

    QString label() const { return m_file.isEmpty() ? QStringLiteral("arrscore.yaml") : m_file; }
    QString where(const YAML::Node &node, const QString &path) const;
    bool fail(const YAML::Node &node, const QString &path, const QString &what);
    bool failEnv(const QString &variable, const QString &what);
    QString echo(const QString &value) const;
    QString scrub(QString text) const;
    void collectSecrets(const QByteArray &yaml);
    void sortSecrets();

    bool readMap(const YAML::Node &node, const QString &path, const QStringList &known, Map &out);
    bool readString(const YAML::Node &node, const QString &path, QString &out);
    bool readInt(const YAML::Node &node, const QString &path, int min, int max, int &out);
    bool readBool(const YAML::Node &node, const QString &path, bool &out);
    bool readInstance(const YAML::Node &node, const QString &path, bool legacy, InstanceConfig &out);
    // api_key_env: the name of a variable, refused with advice when it is a pasted key.
    bool readVariableName(const YAML::Node &node, const QString &path, QString &out);
    bool readUrl(const QString &text, const YAML::Node &node, const QString &path, const QString &variable, QUrl &out);
    bool readKey(const YAML::Node &node, const Map &map, const QString &path, InstanceConfig &out);
    QString envOverride(const QString &name, const QString &suffix, QString *variable) const;
    bool addEnvironmentInstances(AppConfig &config);
    bool readRetention(const YAML::Node &node, RetentionPolicy &out);
    void warnUnusedVariables(const AppConfig &config);

    QString m_file;
    QProcessEnvironment m_env;
    QString m_error;
    QStringList m_warnings;
    QStringList m_secrets;
    std::shared_ptr<const YAML::Node> m_root; // the file as parsed, once run() succeeded: for NotificationParser
};

} // namespace arrscore
