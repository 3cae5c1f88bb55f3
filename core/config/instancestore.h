#pragma once

#include "base/error.h"
#include "config/config.h"

#include <QList>
#include <QString>

#include <functional>

namespace arrscore {

class SecretStore;

// Saves an instance added or edited in the app: its key to the keychain (or, only where there is none, to
// the file), the instance to the configuration file, then the file read back with the keys already known.
// The Add Instance dialog and the Settings dialog both save through here.
class InstanceStore
{
public:
    struct Saved
    {
        Error keyInFile;  // why the keychain refused the key, which went into the file instead
        Status written;   // the instance written to the file; an error means nothing changed
        Status reloaded;  // the file read back
        AppConfig config; // what was read back, when both succeeded
    };

    // secrets is not owned.
    InstanceStore(QString configPath, SecretStore *secrets);

    // before: the instance as it was (empty for a new one). keyChanged: a key was typed; otherwise the key
    // stays where it is, and moves to the new name's keychain entry on a rename. known: the configuration
    // whose keys stay known. done follows once, at once when the keychain is not involved.
    void save(const InstanceConfig &instance, const InstanceConfig &before, bool keyChanged, const AppConfig &known,
              const std::function<void(const Saved &)> &done) const;

    // Adds new instances one after the other as save() does, each read back with the keys of those before
    // it; stops after the first that could not be written or read back. done gets one Saved per instance
    // tried, in order (the last one's config is the configuration now).
    void addAll(const QList<InstanceConfig> &instances, const AppConfig &known,
                const std::function<void(const QList<Saved> &)> &done) const;

    // The file read back; keys already read from the keychain (in known) stay known, so nothing asks the
    // keychain twice.
    static Result<AppConfig> reload(const QString &configPath, const AppConfig &known);

    // Fills in the keychain keys instances lack from the first instance of the same name in known that has
    // one.
    static void keepKnownKeys(QList<InstanceConfig> &instances, const QList<InstanceConfig> &known);

private:
    void addFrom(const QList<InstanceConfig> &instances, qsizetype index, const AppConfig &current, QList<Saved> saved,
                 const std::function<void(const QList<Saved> &)> &done) const;
    Saved write(const InstanceConfig &instance, const QString &previousName, int placement, Error keyInFile,
                AppConfig known) const;

    QString m_path;
    SecretStore *m_secrets;
};

} // namespace arrscore
