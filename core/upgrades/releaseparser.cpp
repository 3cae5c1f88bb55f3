#include "upgrades/releaseparser.h"

namespace arrscore {

Result<QList<ReleaseInfo>> ReleaseParser::releases(const QByteArray &, const QString &endpoint, InstanceType,
                                                   QStringList *)
{
    return Error{ErrorKind::Parse, tr("%1: not implemented yet").arg(endpoint)};
}

} // namespace arrscore
