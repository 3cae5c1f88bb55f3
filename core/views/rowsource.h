#pragma once

#include <QStringList>
#include <QVariant>

namespace arrscore {

// The rows of one export view, one at a time, so a view of 100,000 rows is never held twice.
// Cells follow the conventions of FileColumns::value(): an invalid QVariant is null, lists are
// QStringList or QVariantList, times QDateTime. A view is a RowSource over its own column set.
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual QStringList columns() const = 0;
    virtual bool next() = 0;                     // moves to the next row; false at the end
    virtual QVariant cell(int column) const = 0; // of the current row; invalid = null
};

} // namespace arrscore
