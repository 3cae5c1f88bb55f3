#pragma once

#include "views/rowsource.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace arrscore {

// A small export view (custom formats, quality profiles, changes) read whole from a RowSource into a
// table: DisplayRole text, ModelRole::Sort a comparable key, ModelRole::Raw the export value.
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RowTableModel(QObject *parent = nullptr);

    void setRows(RowSource &source);
    void setColumns(const QStringList &columns); // before the first rows, so the view knows its columns
    void clear();
    // Titles for the columns, in their order, instead of CellText::columnTitle() (titles that name instances).
    void setColumnTitles(const QStringList &titles);
    QStringList columnNames() const { return m_columns; }
    int columnOf(const QString &name) const { return int(m_columns.indexOf(name)); }
    QVariant raw(int row, int column) const { return m_rows.at(row).value(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QStringList m_titles;
    QList<QVariantList> m_rows;
};

} // namespace arrscore
