#pragma once

#include "analysis/candidatefinder.h"
#include "models/filerowmodel.h"

#include <QList>

namespace arrscore {

// The upgrade candidates of the loaded snapshots, ranked, one row per file, with the columns of the
// "candidates" export view. The snapshots must outlive the model's rows (setSnapshots again after
// they change).
class CandidateTableModel : public FileRowModel
{
    Q_OBJECT
public:
    explicit CandidateTableModel(QObject *parent = nullptr);

    void setSnapshots(const QList<LibrarySnapshot> &snapshots);
    const Candidate &candidate(int row) const { return m_candidates.at(row); }
    const CandidateReport &report() const { return m_report; }

    const FileRow &fileRow(int row) const override { return m_rows.at(row); }
    QStringList columnNames() const override { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int columnOf(const QString &name) const { return int(m_columns.indexOf(name)); }

private:
    QStringList m_columns;
    CandidateReport m_report;
    QList<Candidate> m_candidates;
    QList<FileRow> m_rows;
};

} // namespace arrscore
