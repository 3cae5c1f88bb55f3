#include "audit/instancecomparison.h"

namespace arrscore {

Result<QList<Comparison>> InstanceComparison::compare(Database &, const QStringList &)
{
    return QList<Comparison>{};
}

Comparison InstanceComparison::compare(const QList<const LibrarySnapshot *> &, const QList<QHash<qint64, qint64>> &)
{
    return {};
}

} // namespace arrscore
