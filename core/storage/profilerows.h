#pragma once

#include "base/model.h"

#include <QSqlQuery>
#include <QStringList>

namespace arrscore::profilerows {

// How a quality profile is read back from profile_versions, shared by SnapshotStore and SnapshotDiffer.

// The columns, in the order read() expects them at the start of a row.
const QStringList &columns();
QualityProfile read(const QSqlQuery &q);

} // namespace arrscore::profilerows
