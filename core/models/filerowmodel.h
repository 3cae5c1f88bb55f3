#pragma once

#include "base/filerow.h"

#include <QAbstractTableModel>

namespace arrscore {

// A table whose rows are files (the library, the upgrade candidates): what LibraryFilterModel filters
// and what the detail pane explains. Roles: see ModelRole.
class FileRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    virtual const FileRow &fileRow(int row) const = 0;
    // The export view's column names (FileColumns::names(), AnalysisViews::candidateColumns(), ...).
    virtual QStringList columnNames() const = 0;

protected:
    // What the score cell of row says beyond its number: ModelRole::BelowCutoff, and for a score below the
    // cutoff the words (Qt::AccessibleTextRole, Qt::ToolTipRole) for those who do not see the sign or its colour.
    // Invalid for any other role.
    static QVariant scoreCellData(const FileRow &row, int role);
};

} // namespace arrscore
