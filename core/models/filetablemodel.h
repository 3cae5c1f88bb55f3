#pragma once

#include "base/model.h"
#include "models/filerowmodel.h"
#include "views/filecolumns.h"

#include <QList>

namespace arrscore {

// The files of one or more snapshots as a table, one column per FileColumns column. DisplayRole is
// text for people; ModelRole::Sort is the raw value (numbers sort as numbers, null sorts first).
// A Core class, so the GUI, the CLI and the tests share it.
class FileTableModel : public FileRowModel
{
    Q_OBJECT
public:
    explicit FileTableModel(QObject *parent = nullptr);

    void setSnapshots(QList<LibrarySnapshot> snapshots);
    const QList<LibrarySnapshot> &snapshots() const { return m_snapshots; }
    const FileRow &fileRow(int row) const override { return m_rows.at(row); }
    QStringList columnNames() const override { return FileColumns::names(); }

    // Without QAbstractTableModel's virtual rowCount() and columnCount() calls: the proxy's sort asks for
    // two indexes per comparison, millions for a 300,000-file library.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString headerText(int column);
    static QString displayText(int column, const QVariant &value);

private:
    QList<LibrarySnapshot> m_snapshots;
    QList<FileRow> m_rows;
};

} // namespace arrscore
