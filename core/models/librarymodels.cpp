#include "models/librarymodels.h"

#include "analysis/candidatefinder.h"
#include "base/handoff.h"
#include "models/candidatetablemodel.h"
#include "models/filetablemodel.h"
#include "models/libraryfiltermodel.h"
#include "models/libraryloader.h"
#include "models/modelroles.h"
#include "models/rowtablemodel.h"
#include "models/variantrows.h"
#include "upgrades/upgradeitem.h"
#include "views/analysisviews.h"
#include "views/changerows.h"

#include <QSortFilterProxyModel>

namespace arrscore {

LibraryModels::LibraryModels(QObject *parent)
    : QObject(parent), m_files(new FileTableModel(this)), m_filesProxy(new LibraryFilterModel(this)),
      m_candidates(new CandidateTableModel(this)), m_candidatesProxy(new LibraryFilterModel(this)),
      m_formats(new RowTableModel(this)), m_formatsProxy(new QSortFilterProxyModel(this)),
      m_profiles(new RowTableModel(this)), m_profilesProxy(new QSortFilterProxyModel(this)),
      m_changes(new RowTableModel(this)), m_changesProxy(new QSortFilterProxyModel(this))
{
    m_filesProxy->setSourceModel(m_files);
    m_candidatesProxy->setSourceModel(m_candidates);
    m_candidates->setUpgradeIndex(&m_upgrades);
    m_candidates->setFindingIndex(&m_findingIndex);
    for (LibraryFilterModel *proxy : {m_filesProxy, m_candidatesProxy})
        proxy->setUpgradeIndex(&m_upgrades);
    for (auto [proxy, model] : {std::pair{m_formatsProxy, m_formats}, std::pair{m_profilesProxy, m_profiles},
                                std::pair{m_changesProxy, m_changes}}) {
        proxy->setSourceModel(model);
        proxy->setSortRole(ModelRole::Sort);
        proxy->setFilterKeyColumn(-1);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    }
    // Columns before the first rows, so that the views can lay out their headers.
    m_formats->setColumns(AnalysisViews::formatColumns());
    m_profiles->setColumns(AnalysisViews::profileColumns());
    m_changes->setColumns(ChangeRows({}).columns());
}

LibraryModels::~LibraryModels() = default;

const QList<LibrarySnapshot> &LibraryModels::snapshots() const
{
    return m_files->snapshots();
}

void LibraryModels::setLibrary(QList<LibrarySnapshot> snapshots, QList<SnapshotDiff> diffs, CandidateSearch search)
{
    m_files->setSnapshots(std::move(snapshots));
    LibraryLoader::releaseFreedMemory();
    m_diffs = std::move(diffs);
    for (bool &stale : m_stale)
        stale = true;
    const quint64 serial = ++m_candidateSearch;
    // Both point into the file model's snapshots, which stay put until the next load.
    if (search == CandidateSearch::Now) {
        m_candidates->setSnapshots(m_files->snapshots());
        m_candidatesPending = false;
        Q_EMIT candidatesReady();
        return;
    }
    m_candidates->setReport({}); // its rows pointed into the snapshots just replaced
    m_candidatesPending = true;
    // A copy of the list shares the snapshots: what the worker finds points into the models' own.
    const QList<LibrarySnapshot> shared = m_files->snapshots();
    whenFinished(this, runInBackground([shared] { return CandidateFinder::find(snapshotPointers(shared)); }),
                 [this, serial, block = shared.constData()](CandidateReport report) {
                     if (serial != m_candidateSearch)
                         return; // a newer library came meanwhile
                     if (m_files->snapshots().constData() == block)
                         m_candidates->setReport(std::move(report));
                     else // the list was copied since, and the report points into the copy that went
                         m_candidates->setSnapshots(m_files->snapshots());
                     m_candidatesPending = false;
                     Q_EMIT candidatesReady();
                 });
}

void LibraryModels::setUpgrades(const QList<ItemCheck> &checks,
                                const QHash<QString, QHash<qint64, QDateTime>> &lastSearched)
{
    m_upgrades.reset(checks, lastSearched);
    upgradesChanged();
}

void LibraryModels::addChecks(const QList<ItemCheck> &checks)
{
    m_upgrades.add(checks);
    upgradesChanged();
}

void LibraryModels::markSearched(const QString &instance, const QList<qint64> &itemIds, const QDateTime &when)
{
    m_upgrades.markSearched(instance, itemIds, when);
    upgradesChanged();
}

void LibraryModels::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    m_findingIndex = FindingIndex(findings);
    m_candidates->findingsChanged();
}

QStringList LibraryModels::upgradeLoopsOf(const QList<FileRow> &rows) const
{
    QStringList loops;
    for (const UpgradeItem &item : UpgradeItem::fromFileRows(rows)) {
        if (!m_findingIndex.inUpgradeLoop(item.instance, item.itemId))
            continue;
        for (const Finding &f : m_findings) {
            if (f.kind == FindingKind::UpgradeLoop && f.instance == item.instance
                && (f.itemId == item.itemId || f.episodeIds.contains(item.itemId)) && !loops.contains(f.explanation))
                loops << f.explanation;
        }
    }
    return loops;
}

void LibraryModels::upgradesChanged()
{
    m_candidates->upgradesChanged();
    m_filesProxy->refilter();
    m_candidatesProxy->refilter();
}

void LibraryModels::setFilter(const LibraryFilter &filter)
{
    m_filter = filter;
    m_filesProxy->setLibraryFilter(filter);
    m_stale[Candidates] = true;
    // The text filter searches every column of the small views.
    for (QSortFilterProxyModel *proxy : {m_formatsProxy, m_profilesProxy, m_changesProxy})
        proxy->setFilterFixedString(filter.text.trimmed());
    m_stale[Analyses] = true;
    m_stale[Dashboard] = true;
    refreshChanges();
}

bool LibraryModels::refresh(Part part)
{
    if (!m_stale[part])
        return false;
    m_stale[part] = false;
    if (part == Candidates)
        m_candidatesProxy->setLibraryFilter(m_filter);
    else if (part == Analyses)
        refreshAnalyses();
    return true;
}

void LibraryModels::refreshAnalyses()
{
    const QList<LibrarySnapshot> &all = m_files->snapshots();
    const bool filtered = !m_filter.isEmpty();
    // Without filters the loaded snapshots serve as they are; with filters, copies with the files shown.
    const QList<LibrarySnapshot> reduced =
        filtered ? LibraryFilterModel::snapshotsOf(all, m_filesProxy->filteredRows()) : QList<LibrarySnapshot>();
    const QList<const LibrarySnapshot *> snapshots = snapshotPointers(filtered ? reduced : all);
    m_formats->setRows(*AnalysisViews::formats(snapshots));
    m_profiles->setRows(*AnalysisViews::profiles(snapshots));
}

QList<SnapshotDiff> LibraryModels::shownDiffs() const
{
    QList<SnapshotDiff> diffs;
    for (const SnapshotDiff &d : m_diffs) {
        if (m_filter.instances.isEmpty() || m_filter.instances.contains(d.instanceName))
            diffs << d;
    }
    return diffs;
}

void LibraryModels::refreshChanges()
{
    ChangeRows rows(shownDiffs());
    m_changes->setRows(rows);
}

LibraryModels::ViewContents LibraryModels::contents(const QString &view)
{
    ViewContents c;
    c.view = view;
    c.all = m_files->snapshots();
    c.filtered = !m_filter.isEmpty();
    QList<FileRow> shownFiles = m_filesProxy->filteredRows();
    const auto rowsOf = [](QSortFilterProxyModel *proxy, RowTableModel *model) {
        return std::make_shared<VariantRows>(VariantRows::fromModel(proxy, model->columnNames(), ModelRole::Raw));
    };
    if (view == QLatin1String("candidates")) {
        shownFiles = m_candidatesProxy->filteredRows();
        c.shownCount = m_candidatesProxy->rowCount();
        c.totalCount = m_candidates->rowCount();
    } else if (view == QLatin1String("formats") || view == QLatin1String("profiles")) {
        refresh(Analyses);
        const bool formats = view == QLatin1String("formats");
        c.shownRows = formats ? rowsOf(m_formatsProxy, m_formats) : rowsOf(m_profilesProxy, m_profiles);
        const std::unique_ptr<RowSource> everything = formats ? AnalysisViews::formats(snapshotPointers(c.all))
                                                              : AnalysisViews::profiles(snapshotPointers(c.all));
        c.allRows = std::make_shared<VariantRows>(VariantRows::read(*everything));
        c.filtered = c.filtered && c.shownRows->size() != c.allRows->size();
    } else if (view == QLatin1String("changes")) {
        c.shownRows = rowsOf(m_changesProxy, m_changes);
        ChangeRows everything(m_diffs);
        c.allRows = std::make_shared<VariantRows>(VariantRows::read(everything));
    } else {
        c.shownCount = m_filesProxy->rowCount();
        c.totalCount = m_files->rowCount();
    }
    if (c.shownRows) {
        c.shownCount = c.shownRows->size();
        c.totalCount = c.allRows->size();
    }
    c.shown = c.filtered ? LibraryFilterModel::snapshotsOf(c.all, shownFiles) : c.all;
    return c;
}

} // namespace arrscore
