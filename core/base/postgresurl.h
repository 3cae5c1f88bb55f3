#pragma once

#include <QString>

namespace arrscore {

// Whether a database location is a PostgreSQL URL rather than an SQLite file: the one rule, here in
// base/ because both storage/ (which opens it) and config/ (which reads and shows it) need it.
class PostgresUrl
{
public:
    // postgresql://… or postgres://…, in any case.
    static bool matches(const QString &location);
};

} // namespace arrscore
