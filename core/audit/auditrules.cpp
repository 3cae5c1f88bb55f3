#include "audit/auditrules.h"

namespace arrscore {

QList<Finding> AuditRules::run(const AuditInput &, const QSet<FindingKind> &)
{
    return {};
}
QList<Finding> AuditRules::upgradeLoops(const AuditInput &)
{
    return {};
}
QList<Finding> AuditRules::grabImportMismatches(const AuditInput &)
{
    return {};
}
QList<Finding> AuditRules::importCurrentMismatches(const AuditInput &)
{
    return {};
}
QList<Finding> AuditRules::scoreMismatches(const AuditInput &)
{
    return {};
}
QList<Finding> AuditRules::repeatedFailures(const AuditInput &)
{
    return {};
}
QString AuditRules::releaseKey(const ServerEvent &)
{
    return {};
}
QString AuditRules::normalisedTitle(const QString &sourceTitle)
{
    return sourceTitle.toLower();
}
QStringList AuditRules::limits(const AuditInput &, const QString &)
{
    return {};
}

} // namespace arrscore
