#include "base/postgresurl.h"

namespace arrscore {

bool PostgresUrl::matches(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

} // namespace arrscore
