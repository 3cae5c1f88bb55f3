#pragma once

#include "analysis/candidatefinder.h"
#include "models/filerowmodel.h"

#include <QList>

namespace arrscore {

// The upgrade candidates of the loaded snapshots, ranked, one row per file, with the columns of the
// "candidates" export view and, after them, what release checks and searches found (kUpgradeColumns:
// "Best available", "Checked", "Last searched", from an UpgradeIndex). The snapshots must outlive the
// model's rows (setSnapshots again after they change).
class UpgradeIndex;

class CandidateTableModel : public FileRowModel
{
    Q_OBJECT
public:
    explicit CandidateTableModel(QObject *parent = nullptr);

    // The columns after the export view's: not exported (they change between syncs, not with them).
    static inline const char *const kUpgradeColumns[] = {"best_available", "checked_at", "last_searched"};

    void setSnapshots(const QList<LibrarySnapshot> &snapshots);
    // What the upgrade columns read; it must outlive the model. upgradesChanged() after it changes.
    void setUpgradeIndex(const UpgradeIndex *index) { m_upgrades = index; }
    void upgradesChanged(); // the upgrade columns of every row changed
    const Candidate &candidate(int row) const { return m_candidates.at(row); }
    const CandidateReport &report() const { return m_report; }

    const FileRow &fileRow(int row) const override { return m_rows.at(row); }
    QStringList columnNames() const override { return m_exportColumns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int columnOf(const QString &name) const { return int(m_columns.indexOf(name)); }

private:
    QVariant upgradeData(int row, const QString &name, int role) const;

    QStringList m_exportColumns;
    QStringList m_columns;
    const UpgradeIndex *m_upgrades = nullptr;
    CandidateReport m_report;
    QList<Candidate> m_candidates;
    QList<FileRow> m_rows;
};

} // namespace arrscore
