#pragma once

#include "base/error.h"
#include "config/config.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace arrscore {

// One Radarr or Sonarr instance found in Recyclarr's configuration: ready to be added, already configured
// here (the same server), or not usable, and why. instance.apiKey holds the real key: show maskedApiKey().
struct RecyclarrInstance
{
    enum class State { Ready, AlreadyConfigured, Problem };

    QString recyclarrName;   // the name in Recyclarr's file
    InstanceConfig instance; // name (unique among the configured and found ones), type, url, apiKey, origin
    State state = State::Ready;
    QString note; // translated: the problem, the instance already configured, or why the name changed
};

// Reads Recyclarr's configuration (recyclarr.yml and configs/*.yml, with !secret from secrets.yml, !env_var
// and !file resolved) into the instances arrscore could add. Only reads: adding them is InstanceStore's.
class RecyclarrImport
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::RecyclarrImport)

public:
    struct Found
    {
        QList<RecyclarrInstance> instances; // in the order of the files, radarr before sonarr in each
        QStringList files;                  // the configuration files read
    };

    // path: a recyclarr.yml (or any of its configs/*.yml), or the directory holding recyclarr.yml.
    // existing: the instances configured here, for names and servers already taken. A file that cannot be
    // read or is not valid YAML is an error naming it and the line; a value a single instance lacks is
    // that instance's problem. No message quotes a key, a secret or a variable's value.
    static Result<Found> read(const QString &path, const QList<InstanceConfig> &existing,
                              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // Recyclarr's recyclarr.yml on this machine ($RECYCLARR_CONFIG_DIR, the platform's configuration
    // directory, Docker's /config); where it would be in the platform's directory when there is none.
    static QString defaultPath(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // The instances of found that are ready to be added.
    static QList<InstanceConfig> ready(const Found &found);

    // Whether two base URLs name the same server: scheme, host, port (default ports included) and path.
    static bool sameServer(const QUrl &a, const QUrl &b);
};

} // namespace arrscore
