#include "upgrades/searchstore.h"

#include "storage/database.h"

namespace arrscore {

SearchStore::SearchStore(Database &db) : m_db(db) {}

Result<CapState> SearchStore::cap(const QString &, int perHour, const QDateTime &)
{
    CapState cap;
    cap.limit = perHour;
    return cap;
}

Result<QHash<qint64, QDateTime>> SearchStore::lastSearched(const QString &)
{
    return QHash<qint64, QDateTime>{};
}

Result<std::optional<qint64>> SearchStore::reserve(const SearchRecord &, int, const QDateTime &, CapState *)
{
    return Error{ErrorKind::Storage, QStringLiteral("not implemented yet")};
}

Status SearchStore::markSent(qint64, std::optional<qint64>, const QString &, const QString &)
{
    return Status::success();
}

Status SearchStore::updateState(qint64, const QString &, const QString &, const QDateTime &)
{
    return Status::success();
}

Result<QList<SearchRecord>> SearchStore::searches(const QString &, int)
{
    return QList<SearchRecord>{};
}

Result<QList<SearchRecord>> SearchStore::unfinished(const QString &)
{
    return QList<SearchRecord>{};
}

} // namespace arrscore
