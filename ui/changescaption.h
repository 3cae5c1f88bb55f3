#pragma once

#include "history/historytypes.h"

#include <QCoreApplication>

namespace arrscore {

// The line above the Changes view: per instance, the two syncs compared, what changed in numbers, and
// each quality profile that was edited in between with the scores that moved.
class ChangesCaption
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ChangesCaption)

public:
    static QString html(const QList<SnapshotDiff> &diffs, bool anythingSynced);
};

} // namespace arrscore
