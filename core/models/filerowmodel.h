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
};

} // namespace arrscore
