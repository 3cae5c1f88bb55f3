#pragma once

#include "base/error.h"
#include "config/config.h"

#include <QCoreApplication>
#include <QString>

namespace arrscore {

// Writes instances added or edited in the app back to arrscore.yaml, the file the CLI reads too.
// The file is rewritten (YAML comments do not survive), so the previous version is kept beside it as
// arrscore.yaml.bak. Where the key lives is the caller's choice: the keychain (api_key_keychain: true)
// or, where there is no keychain, the file itself.
class ConfigWriter
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ConfigWriter)

public:
    // Unchanged leaves the entry's api_key, api_key_env and api_key_keychain lines as they are: an edit
    // that did not touch the key (a new entry then gets none).
    enum class KeyPlacement { Keychain, File, Unchanged };

    // Adds the instance, or replaces the one with the same name (or with `previousName`, when renamed).
    static Status upsertInstance(const QString &path, const InstanceConfig &instance, KeyPlacement placement,
                                 const QString &previousName = {});
    // Removing a name that is not there succeeds and leaves the file untouched.
    static Status removeInstance(const QString &path, const QString &name);
    // Sets `enabled:` of one instance; an error when there is none by that name.
    static Status setInstanceEnabled(const QString &path, const QString &name, bool enabled);
    // Sets the top-level `database:` (a file path or a postgresql:// URL); empty removes the key, so the
    // default location applies.
    static Status setDatabase(const QString &path, const QString &location);

    // Adds the notification target, or replaces the one with the same name (or `previousName`). The
    // placement applies to each of its secrets (url, token, password): Keychain writes *_keychain: true
    // (the caller stores the values with SecretStore), File the value itself, Unchanged keeps the lines.
    // A secret given by *_env stays so unless placement is Keychain or File.
    static Status upsertNotification(const QString &path, const NotificationTarget &target, KeyPlacement placement,
                                     const QString &previousName = {});
    // Removing a name that is not there succeeds and leaves the file untouched.
    static Status removeNotification(const QString &path, const QString &name);
    // Sets the top-level `notify_after_sync:`; false removes the key (the default).
    static Status setNotifyAfterSync(const QString &path, bool notify);
};

} // namespace arrscore
