#pragma once

#include "audit/finding.h"
#include "audit/findingindex.h"
#include "base/model.h"
#include "history/historytypes.h"
#include "models/libraryfilter.h"
#include "models/upgradeindex.h"

#include <QObject>

#include <memory>

class QSortFilterProxyModel;

namespace arrscore {

class CandidateTableModel;
class FileTableModel;
class LibraryFilterModel;
class RowTableModel;
class VariantRows;

// The app's tables over the latest library, without widgets: the files and the upgrade candidates
// through LibraryFilterModels, the custom format, quality profile and change views as RowTableModels
// behind proxies. One LibraryFilter narrows them all; what is costly is only marked stale when the
// filter or the library changes, and recomputed when refresh() asks for it.
class LibraryModels : public QObject
{
    Q_OBJECT
public:
    // What a filter or library change leaves to be recomputed on demand.
    enum Part {
        Candidates, // the candidates proxy's filter (a 100,000-row pass)
        Analyses,   // the custom format and quality profile rows of the filtered files
        Dashboard,  // the dashboard's rows (the filtered files); computed by whoever draws them
        Trend,      // the dashboard's trend (older snapshots read from the database); likewise
        PartCount
    };
    // One view to export, copied so that a worker thread can write it while the models go on changing.
    struct ViewContents
    {
        QString view;                           // the export view: files, candidates, formats, profiles, changes
        QList<LibrarySnapshot> all;             // every instance's latest snapshot
        QList<LibrarySnapshot> shown;           // copies holding only the files shown (all, without filters)
        std::shared_ptr<VariantRows> shownRows; // formats, profiles, changes: the rows as the table shows them
        std::shared_ptr<VariantRows> allRows;   // ... and without filters
        qint64 shownCount = 0;                  // rows with the filters
        qint64 totalCount = 0;                  // rows without filters
        bool filtered = false;                  // the filters take rows away
    };

    explicit LibraryModels(QObject *parent = nullptr);
    ~LibraryModels() override;

    FileTableModel *files() const { return m_files; }
    LibraryFilterModel *filesProxy() const { return m_filesProxy; }
    CandidateTableModel *candidates() const { return m_candidates; }
    LibraryFilterModel *candidatesProxy() const { return m_candidatesProxy; }
    RowTableModel *formats() const { return m_formats; }
    QSortFilterProxyModel *formatsProxy() const { return m_formatsProxy; }
    RowTableModel *profiles() const { return m_profiles; }
    QSortFilterProxyModel *profilesProxy() const { return m_profilesProxy; }
    RowTableModel *changes() const { return m_changes; }
    QSortFilterProxyModel *changesProxy() const { return m_changesProxy; }

    const QList<LibrarySnapshot> &snapshots() const;
    // Release checks and searches: the candidates' upgrade columns and the "better release" filter read it.
    const UpgradeIndex &upgrades() const { return m_upgrades; }
    void setUpgrades(const QList<ItemCheck> &checks, const QHash<QString, QHash<qint64, QDateTime>> &lastSearched);
    void addChecks(const QList<ItemCheck> &checks); // results as they arrive
    void markSearched(const QString &instance, const QList<qint64> &itemIds, const QDateTime &when);
    // The audit's findings: the Audit view's rows, the candidates' Findings column and a search's question.
    const FindingIndex &findingIndex() const { return m_findingIndex; }
    const QList<Finding> &findings() const { return m_findings; }
    void setFindings(const QList<Finding> &findings);
    // The upgrade loops the items of `rows` are in, one explanation each (what a search asks about first).
    QStringList upgradeLoopsOf(const QList<FileRow> &rows) const;
    const QList<SnapshotDiff> &diffs() const { return m_diffs; }
    QList<SnapshotDiff> shownDiffs() const; // of the instances the filter keeps
    const LibraryFilter &filter() const { return m_filter; }

    // When setLibrary() finds the upgrade candidates: at once, or on a worker thread so that the files can
    // be shown first (a second or so at 300,000 files); the candidates table is empty until candidatesReady().
    enum class CandidateSearch { Now, InBackground };
    // A newly loaded library; every part is stale. The filter is applied again by setFilter().
    void setLibrary(QList<LibrarySnapshot> snapshots, QList<SnapshotDiff> diffs,
                    CandidateSearch search = CandidateSearch::Now);
    bool candidatesPending() const { return m_candidatesPending; }
    // The files and the small views follow at once; the other parts become stale.
    void setFilter(const LibraryFilter &filter);
    bool isStale(Part part) const { return m_stale[part]; }
    // Recomputes a stale part (Dashboard and Trend only lose their mark); false if it was not stale.
    bool refresh(Part part);

    // A view by its export name, as shown and without filters (refreshes the analyses first).
    ViewContents contents(const QString &view);

Q_SIGNALS:
    // The candidates of the library setLibrary() was last given are in the candidates table.
    void candidatesReady();

private:
    void refreshAnalyses();
    void refreshChanges();
    void upgradesChanged();

    UpgradeIndex m_upgrades;     // before the models that point to it
    FindingIndex m_findingIndex; // likewise
    QList<Finding> m_findings;
    FileTableModel *m_files;
    LibraryFilterModel *m_filesProxy;
    CandidateTableModel *m_candidates;
    LibraryFilterModel *m_candidatesProxy;
    RowTableModel *m_formats;
    QSortFilterProxyModel *m_formatsProxy;
    RowTableModel *m_profiles;
    QSortFilterProxyModel *m_profilesProxy;
    RowTableModel *m_changes;
    QSortFilterProxyModel *m_changesProxy;
    QList<SnapshotDiff> m_diffs;
    LibraryFilter m_filter;
    // The candidates proxy starts with the empty filter, so only a filter change makes it stale.
    bool m_stale[PartCount] = {false, true, true, true};
    bool m_candidatesPending = false;
    quint64 m_candidateSearch = 0; // which setLibrary() a background search's result belongs to
};

} // namespace arrscore
