#include "upgrades/lookupstore.h"

#include "storage/database.h"

namespace arrscore {

LookupStore::LookupStore(Database &db) : m_db(db) {}

Result<CapState> LookupStore::cap(const QString &, int perHour, const QDateTime &)
{
    CapState cap;
    cap.limit = perHour;
    return cap;
}

Result<std::optional<qint64>> LookupStore::reserve(const LookupRequest &, int, const QDateTime &, CapState *)
{
    return Error{ErrorKind::Storage, QStringLiteral("not implemented yet")};
}

Status LookupStore::finish(qint64, const LookupRequest &, const QList<ReleaseInfo> &, const QList<ItemCheck> &,
                           const QDateTime &, int)
{
    return Error{ErrorKind::Storage, QStringLiteral("not implemented yet")};
}

Status LookupStore::fail(qint64, const LookupRequest &, const QString &, bool, const QDateTime &, int)
{
    return Error{ErrorKind::Storage, QStringLiteral("not implemented yet")};
}

Result<QList<ItemCheck>> LookupStore::latestChecks(const QString &)
{
    return QList<ItemCheck>{};
}

Result<std::optional<ItemCheck>> LookupStore::latestCheck(const QString &, qint64)
{
    return std::optional<ItemCheck>{};
}

Result<QList<ReleaseInfo>> LookupStore::releases(qint64)
{
    return QList<ReleaseInfo>{};
}

Result<std::optional<LookupStore::Lookup>> LookupStore::lookup(qint64)
{
    return std::optional<Lookup>{};
}

} // namespace arrscore
