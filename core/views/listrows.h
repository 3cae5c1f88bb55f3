#pragma once

#include "views/rowsource.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <optional>

namespace arrscore {

// Column names as the views declare them, in C strings.
inline QStringList columnNames(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out << QString::fromLatin1(name);
    return out;
}

// A cell's value, or null (an invalid QVariant) when there is none.
template <typename T> QVariant valueOrNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

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
