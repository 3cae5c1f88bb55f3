#pragma once

#include "views/filecolumns.h"

#include <QAbstractTableModel>

namespace arrscore {

// A table whose rows are files (the library, the upgrade candidates): what LibraryFilterModel filters
// and what the detail pane explains. DisplayRole is text, SortRole the raw value, RawRole the export value.
class FileRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1,
        RawRole, // the export view's value: invalid for null
        FilterTextRole, // title, release group and path, lower-cased: what the filter box searches
    };

    using QAbstractTableModel::QAbstractTableModel;

    virtual const FileRow &fileRow(int row) const = 0;
    // The export view's column names (FileColumns::names(), AnalysisViews::candidateColumns(), ...).
    virtual QStringList columnNames() const = 0;
};

} // namespace arrscore
