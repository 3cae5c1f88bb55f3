#pragma once

#include <QString>

namespace arrscore {

// Where the database is: the default file, how a configured path is resolved, whether it is PostgreSQL
// and how it is shown. The configuration file, the environment and the Settings dialog all go through here.
class DatabaseLocation
{
public:
    // <GenericDataLocation>/arrscore/arrscore.db: where the database is when the configuration names none.
    static QString defaultPath();

    static bool isPostgres(const QString &location);

    // What a configured `database:` value means: empty is defaultPath(), a PostgreSQL URL is kept as it is,
    // a file path gets "~/" as the home folder and is made absolute against baseDir.
    static QString resolve(const QString &text, const QString &baseDir);

    // The location without a password, for messages and logs; nativeSeparators spells a file path the
    // platform's way.
    static QString display(const QString &location, bool nativeSeparators = false);
};

} // namespace arrscore
