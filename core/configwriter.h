#pragma once

#include "config.h"
#include "error.h"

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
    enum class KeyPlacement { Keychain, File };

    // Adds the instance, or replaces the one with the same name (or with `previousName`, when renamed).
    static Status upsertInstance(const QString &path, const InstanceConfig &instance, KeyPlacement placement,
                                 const QString &previousName = {});
    static Status removeInstance(const QString &path, const QString &name);
};

} // namespace arrscore
