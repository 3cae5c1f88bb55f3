#pragma once

#include "views/rowsource.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace arrscore {

// A small export view (custom formats, quality profiles, changes) read whole from a RowSource into a
// table: DisplayRole text, SortRole a comparable key, RawRole the export value.
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, RawRole };

    explicit RowTableModel(QObject *parent = nullptr);

    void setRows(RowSource &source);
    void setColumns(const QStringList &columns); // before the first rows, so the view knows its columns
    void clear();
    QStringList columnNames() const { return m_columns; }
    int columnOf(const QString &name) const { return int(m_columns.indexOf(name)); }
    QVariant raw(int row, int column) const { return m_rows.at(row).value(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QList<QVariantList> m_rows;
};

// The rows of a table model as an export view, in the order shown: how "export the current view"
// writes what a proxy shows. Cells come from `rawRole`.
class ModelRowSource : public RowSource
{
public:
    ModelRowSource(const QAbstractItemModel *model, QStringList columns, int rawRole);
    QStringList columns() const override { return m_columns; }
    bool next() override { return ++m_row < m_model->rowCount(); }
    QVariant cell(int column) const override;

private:
    const QAbstractItemModel *m_model;
    QStringList m_columns;
    int m_rawRole;
    int m_row = -1;
};

// Rows held in memory as an export view; `fromModel` copies what a model shows, so that a worker
// thread can write it while the model changes.
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
