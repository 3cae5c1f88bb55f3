#pragma once

#include "history/historytypes.h"
#include "views/rowsource.h"

#include <QList>

namespace arrscore {

// The changes of some diffs as an export view: one row per changed file (the "changes" columns).
class ChangeRows : public RowSource
{
public:
    explicit ChangeRows(QList<SnapshotDiff> diffs);
    QStringList columns() const override;
    bool next() override;
    QVariant cell(int column) const override;

private:
    QList<SnapshotDiff> m_diffs;
    qsizetype m_diff = 0;
    qsizetype m_change = -1;
};

} // namespace arrscore
