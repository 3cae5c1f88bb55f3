#include "audit/auditjson.h"

namespace arrscore {

QJsonObject AuditJson::findings(const QList<Finding> &, const QStringList &)
{
    return {};
}
QJsonObject AuditJson::finding(const Finding &)
{
    return {};
}
QJsonObject AuditJson::event(const ServerEvent &)
{
    return {};
}
QJsonObject AuditJson::comparison(const QList<Comparison> &)
{
    return {};
}
QJsonObject AuditJson::item(const ComparedItem &)
{
    return {};
}
QJsonObject AuditJson::drift(const ProfileDrift &, const QStringList &)
{
    return {};
}

} // namespace arrscore
