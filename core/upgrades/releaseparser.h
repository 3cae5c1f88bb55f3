#pragma once

#include "base/error.h"
#include "base/model.h"
#include "upgrades/releaseinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace arrscore {

// Turns the answer of GET api/v3/release (a list of ReleaseResource, Radarr's or Sonarr's) into
// ReleaseInfo, with ApiParser's rules: omitted (null) fields are tolerated, types are strict; a release
// with a wrongly typed field or without guid/indexerId is skipped and reported in `warnings` with its
// position and title; a body that is not a JSON array fails as a whole (ErrorKind::Parse) naming `endpoint`.
class ReleaseParser
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ReleaseParser)

public:
    static Result<QList<ReleaseInfo>> releases(const QByteArray &body, const QString &endpoint, InstanceType type,
                                               QStringList *warnings);
};

} // namespace arrscore
