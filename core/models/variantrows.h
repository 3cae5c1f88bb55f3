#pragma once

#include "views/rowsource.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

class QAbstractItemModel;

namespace arrscore {

// Rows held in memory as an export view; `fromModel` copies what a model shows (its rows in the order
// shown, cells from `rawRole`), so that a worker thread can write it while the model changes.
class VariantRows : public RowSource
{
public:
    VariantRows(QStringList columns, QList<QVariantList> rows);
    static VariantRows fromModel(const QAbstractItemModel *model, const QStringList &columns, int rawRole);
    static VariantRows read(RowSource &source); // every row the source has left
    const QList<QVariantList> &rows() const { return m_rows; }
    QStringList columns() const override { return m_columns; }
    bool next() override { return ++m_row < m_rows.size(); }
    QVariant cell(int column) const override { return m_rows.at(m_row).value(column); }
    qsizetype size() const { return m_rows.size(); }

private:
    QStringList m_columns;
    QList<QVariantList> m_rows;
    qsizetype m_row = -1;
};

} // namespace arrscore
