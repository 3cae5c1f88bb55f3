#pragma once

#include "analysis/candidatefinder.h"
#include "models/filerowmodel.h"

#include <QList>

namespace arrscore {

// The upgrade candidates of the loaded snapshots, ranked, one row per file, with the columns of the
// "candidates" export view and, after them, what release checks and searches found (kUpgradeColumns:
// "Best available", "Checked", "Last searched", from an UpgradeIndex) and the audit's "Findings" (a FindingIndex). The
// snapshots must outlive the model's rows (setSnapshots again after they change).
class FindingIndex;
class UpgradeIndex;

class CandidateTableModel : public FileRowModel
{
    Q_OBJECT
public:
    explicit CandidateTableModel(QObject *parent = nullptr);

    // The columns after the export view's: not exported (they change between syncs, not with them).
    static inline const char *const kUpgradeColumns[] = {"best_available", "checked_at", "last_searched"};

    void setSnapshots(const QList<LibrarySnapshot> &snapshots);
    // The candidates CandidateFinder found (on another thread) in snapshots that outlive the model's rows.
    void setReport(CandidateReport report);
    // What the upgrade columns read; it must outlive the model. upgradesChanged() after it changes.
    void setUpgradeIndex(const UpgradeIndex *index) { m_upgrades = index; }
    void upgradesChanged(); // the upgrade columns of every row changed
    // The last column, "findings": the kinds of audit finding of the file's items, in words (not a colour or
    // an icon alone), their explanations in the tool tip. It must outlive the model.
    void setFindingIndex(const FindingIndex *index) { m_findings = index; }
    void findingsChanged();
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
    QVariant findingData(int row, int role) const;

    QStringList m_exportColumns;
    QStringList m_columns;
    const UpgradeIndex *m_upgrades = nullptr;
    const FindingIndex *m_findings = nullptr;
    CandidateReport m_report;
    QList<Candidate> m_candidates;
    QList<FileRow> m_rows;
};

} // namespace arrscore
