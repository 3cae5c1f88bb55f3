#include "views/filerows.h"

#include "views/filecolumns.h"

namespace arrscore {

QStringList FileRows::columns() const
{
    return FileColumns::names();
}

bool FileRows::next()
{
    while (m_snapshot < m_snapshots.size()) {
        const LibrarySnapshot *snapshot = m_snapshots.at(m_snapshot);
        if (++m_file < snapshot->files.size()) {
            m_row = FileRow::of(*snapshot, snapshot->files.at(m_file));
            return true;
        }
        ++m_snapshot;
        m_file = -1;
    }
    return false;
}

QVariant FileRows::cell(int column) const
{
    return FileColumns::value(column, m_row);
}

} // namespace arrscore
