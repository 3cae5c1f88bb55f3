#pragma once

#include "base/error.h"
#include "views/rowsource.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace arrscore {

class Database;

// The export views of issue 12, read from what the syncs stored: "audit" (one row per finding, with its
// explanation and the item's events) and "compare" (one row per instance's copy of an item, shared or only
// in some, and per instance's score of a format that drifts between profiles of one name). Columns in
// docs/EXPORT.md.
class AuditViews
{
public:
    // The findings of the newest snapshots of `instances` (all when empty); loopWindowDays by instance
    // (loop_window_days), 30 when absent.
    static Result<std::unique_ptr<RowSource>> audit(Database &db, const QStringList &instances,
                                                    const QHash<QString, int> &loopWindowDays = {});
    // The comparison of `instances` (all when empty): a Config error when no kind has two instances.
    static Result<std::unique_ptr<RowSource>> compare(Database &db, const QStringList &instances);

    static QStringList auditColumns();
    static QStringList compareColumns();
};

} // namespace arrscore
