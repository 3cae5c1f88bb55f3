#pragma once

#include "filecolumns.h"
#include "model.h"

#include <QAbstractTableModel>
#include <QList>

namespace arrscore {

// The files of one or more snapshots as a table, one column per FileColumns column. DisplayRole is
// text for people; SortRole is the raw value (numbers sort as numbers, null sorts first).
// A Core class, so the GUI, the CLI and the tests share it.
class FileTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1,
        RawRole, // the FileColumns value: invalid for null
        FilterTextRole, // title, release group and path, lower-cased: what the filter box searches
    };

    explicit FileTableModel(QObject *parent = nullptr);

    void setSnapshots(QList<LibrarySnapshot> snapshots);
    const QList<LibrarySnapshot> &snapshots() const { return m_snapshots; }
    const FileRow &fileRow(int row) const { return m_rows.at(row); }

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
