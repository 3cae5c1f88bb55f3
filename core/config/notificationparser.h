#pragma once

#include "config/config.h"

#include <QCoreApplication>
#include <QString>

namespace YAML {
class Node;
}

namespace arrscore {

class ConfigParser;

// Reads `notifications:` and `notify_after_sync:` for ConfigParser, with its messages (file:line: path:
// what is expected) and its scrubbing: every URL, token and password seen is masked in any message.
class NotificationParser
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ConfigLoader)

public:
    explicit NotificationParser(ConfigParser &parser) : m_parser(parser) {}

    // After the parser's run() succeeded: reads the two keys of the same file; false with the parser's
    // error set (ConfigParser::error()).
    bool run(AppConfig &config);

private:
    bool readTarget(const YAML::Node &node, const QString &path, NotificationTarget &out);
    bool readSecret(const YAML::Node &node, const QString &path, const QString &field, bool required,
                    NotificationSecret &out);
    bool readOn(const YAML::Node &node, const QString &path, NotificationTarget &out);
    bool readAddresses(const YAML::Node &node, const QString &path, QStringList &out);
    bool checkType(const YAML::Node &node, const QString &path, NotificationTarget &out);
    void addSecret(const QString &value);

    ConfigParser &m_parser;
};

} // namespace arrscore
