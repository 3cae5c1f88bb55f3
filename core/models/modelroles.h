#pragma once

#include <Qt>

namespace arrscore::ModelRole {

// The roles of every table model here beyond Qt's (FileTableModel, CandidateTableModel, RowTableModel),
// which LibraryFilterModel and the views' proxies sort and filter on. DisplayRole is always text.
enum : int {
    Sort = Qt::UserRole + 1, // a comparable key: numbers as numbers, null first
    Raw,                     // the export view's value: invalid for null
    FilterText,              // file rows: title, release group and path, lower-cased; what the filter box searches
    // file rows' score cell: true when the score is below its profile's cutoff, else false (invalid in other
    // cells). The views draw a sign there, never a colour alone; Qt::AccessibleTextRole says it in words.
    BelowCutoff,
};

} // namespace arrscore::ModelRole
