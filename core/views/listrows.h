#pragma once

#include "views/rowsource.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace arrscore {

// A view whose rows were computed up front (an analysis, the audit's findings): a list and a function
// that gives one cell of one of its rows.
template <typename Row> class ListRows final : public RowSource
{
public:
    using Cell = std::function<QVariant(const Row &, int)>;
    ListRows(QStringList columns, QList<Row> rows, Cell cell)
        : m_columns(std::move(columns)), m_rows(std::move(rows)), m_cell(std::move(cell))
    {
    }
    QStringList columns() const override { return m_columns; }
    bool next() override { return ++m_index < m_rows.size(); }
    QVariant cell(int column) const override { return m_cell(m_rows.at(m_index), column); }

private:
    QStringList m_columns;
    QList<Row> m_rows;
    Cell m_cell;
    qsizetype m_index = -1;
};

} // namespace arrscore
