#include "audit/auditor.h"

namespace arrscore {

Auditor::Auditor(Database &db) : m_db(db) {}

Result<Auditor::Outcome> Auditor::run(const Options &)
{
    return Outcome{};
}

Result<FindingIndex> Auditor::index(const Options &)
{
    return FindingIndex{};
}

Result<AuditInput> Auditor::input(const QString &, const LibrarySnapshot &, int, const QDateTime &)
{
    return AuditInput{};
}

} // namespace arrscore
