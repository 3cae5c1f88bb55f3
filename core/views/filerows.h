#pragma once

#include "base/filerow.h"
#include "base/model.h"
#include "views/rowsource.h"

#include <QList>

namespace arrscore {

// The "files" view: every file of the snapshots, in their order, with the FileColumns columns. The
// snapshots must outlive the rows.
class FileRows final : public RowSource
{
public:
    explicit FileRows(QList<const LibrarySnapshot *> snapshots) : m_snapshots(std::move(snapshots)) {}

    QStringList columns() const override;
    bool next() override;
    QVariant cell(int column) const override;

private:
    QList<const LibrarySnapshot *> m_snapshots;
    qsizetype m_snapshot = 0;
    qsizetype m_file = -1;
    FileRow m_row;
};

} // namespace arrscore
