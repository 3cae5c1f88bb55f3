#pragma once

#include "base/error.h"
#include "config/config.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace arrscore {

// Finds and reads arrscore.yaml (or the older Python tool's file), applies the environment and checks
// everything, so that a wrong setting is reported once, with its file, line and key, before any sync.
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ConfigLoader)

public:
    // The file to read: explicitPath (--config), else $ARRSCORE_CONFIG, else ./arrscore.yaml, else
    // defaultConfigPath(). An empty string when none of the implicit places has one. A missing
    // explicit or $ARRSCORE_CONFIG file is an error.
    static Result<QString> locate(const QString &explicitPath, const QProcessEnvironment &env);

    // locate() and parse(); without a file the configuration comes from the environment alone.
    static Result<AppConfig> load(const QString &explicitPath,
                                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // Parses YAML text. fileName names the file in messages, and its directory anchors a relative
    // database path; empty means "no file" (then yaml should be empty too).
    static Result<AppConfig> parse(const QByteArray &yaml, const QString &fileName, const QProcessEnvironment &env);

    // <GenericConfigLocation>/arrscore/arrscore.yaml: the same for the CLI and the GUI.
    static QString defaultConfigPath();

    // Where an instance added by the app or the CLI is written: the file config was read from, else
    // $ARRSCORE_CONFIG, else defaultConfigPath().
    static QString writablePath(const AppConfig &config,
                                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

} // namespace arrscore
