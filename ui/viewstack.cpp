#include "viewstack.h"

#include "analysis/candidatefinder.h"
#include "auditpage.h"
#include "comparepage.h"
#include "dashboardpage.h"
#include "filedetailpane.h"
#include "models/candidatetablemodel.h"
#include "models/libraryfiltermodel.h"
#include "models/librarymodels.h"
#include "models/rowtablemodel.h"
#include "searchespage.h"
#include "tablepage.h"
#include "views/filecolumns.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace arrscore {

ViewStack::ViewStack(LibraryModels *models, QWidget *parent) : QStackedWidget(parent), m_models(models)
{
    setObjectName(QStringLiteral("views"));
    setUpLibrary();
    setUpCandidates();
    setUpSmallViews();
    // The table pages are the views in the sidebar's order: a screen reader announces each by its title.
    for (qsizetype v = 0; v < m_tablePages.size(); ++v)
        m_tablePages[v]->table()->setAccessibleName(Sidebar::viewTitle(Sidebar::View(v)));
    m_dashboard = new DashboardPage(this);
    addWidget(m_dashboard);
    m_searches = new SearchesPage(this);
    addWidget(m_searches);
    m_audit = new AuditPage(this);
    addWidget(m_audit);
    m_compare = new ComparePage(this);
    addWidget(m_compare);
}

QList<TablePage *> ViewStack::otherTablePages() const
{
    return QList<TablePage *>{m_searches->logPage(), m_audit->tablePage()} + m_compare->tablePages();
}

FileDetailPane *ViewStack::detailPane(Sidebar::View view) const
{
    return view == Sidebar::Candidates ? m_candidateDetail : view == Sidebar::Library ? m_detail : nullptr;
}

TablePage *ViewStack::addFilePage(const QString &name, QSortFilterProxyModel *model, FileDetailPane **pane)
{
    auto *page = new TablePage(name, model, this);
    *pane = new FileDetailPane(page);
    (*pane)->setObjectName(name == QLatin1String("library") ? QStringLiteral("detailPane")
                                                            : name + QStringLiteral("DetailPane"));
    page->setSidePane(*pane);
    auto *proxy = qobject_cast<LibraryFilterModel *>(model);
    FileDetailPane *detail = *pane;
    detail->setUpgradeIndex(&m_models->upgrades());
    connect(detail, &FileDetailPane::grabRequested, this, &ViewStack::grabRequested);
    connect(page->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [proxy, detail](const QModelIndex &current) {
                if (!current.isValid())
                    detail->clear();
                else
                    detail->showFile(proxy->fileRowAt(current.row()));
            });
    connect(proxy, &QAbstractItemModel::modelReset, detail, &FileDetailPane::clear);
    QTableView *table = page->table();
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ViewStack::selectionChanged);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table, proxy](const QPoint &pos) {
        const QModelIndex index = table->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        if (m_checkAction)
            menu.addAction(m_checkAction);
        if (m_searchAction)
            menu.addAction(m_searchAction);
        const FileRow row = proxy->fileRowAt(index.row());
        const QUrl url = FileDetailPane::webUrl(row);
        QAction *open = menu.addAction(row.snapshot->instance.type == InstanceType::Radarr ? tr("Open in Radarr")
                                                                                           : tr("Open in Sonarr"),
                                       this, [url] { QDesktopServices::openUrl(url); });
        open->setEnabled(url.isValid());
        menu.addAction(tr("Copy Title"), this,
                       [row] { QGuiApplication::clipboard()->setText(CandidateFinder::displayTitle(*row.file)); });
        menu.exec(table->viewport()->mapToGlobal(pos));
    });
    m_tablePages << page;
    addWidget(page);
    return page;
}

TablePage *ViewStack::addTablePage(const QString &name, QSortFilterProxyModel *proxy)
{
    auto *page = new TablePage(name, proxy, this);
    m_tablePages << page;
    addWidget(page);
    return page;
}

void ViewStack::setUpLibrary()
{
    m_libraryPage = addFilePage(QStringLiteral("library"), m_models->filesProxy(), &m_detail);
    QTableView *table = m_libraryPage->table();
    table->setObjectName(QStringLiteral("fileTable"));
    table->setColumnWidth(FileColumns::Title, 280);
    table->setColumnWidth(FileColumns::CustomFormats, 260);
    table->setColumnWidth(FileColumns::RelativePath, 360);
    for (int narrow :
         {int(FileColumns::Year), int(FileColumns::Season), int(FileColumns::Episodes), int(FileColumns::Resolution)})
        table->setColumnWidth(narrow, 70);
    // First start: what a person compares first, first; the rest in export order after it.
    m_libraryPage->setDefaults({FileColumns::ItemId, FileColumns::FileId, FileColumns::Kind, FileColumns::SeriesTitle,
                                FileColumns::MinFormatScore},
                               {FileColumns::Title, FileColumns::Year, FileColumns::Season, FileColumns::Episodes,
                                FileColumns::CustomFormatScore, FileColumns::CutoffFormatScore, FileColumns::Quality,
                                FileColumns::QualityProfileName, FileColumns::CustomFormats, FileColumns::SizeBytes,
                                FileColumns::ReleaseGroup, FileColumns::Instance},
                               FileColumns::CustomFormatScore, Qt::AscendingOrder);
}

void ViewStack::setUpCandidates()
{
    m_candidatePage = addFilePage(QStringLiteral("candidates"), m_models->candidatesProxy(), &m_candidateDetail);
    CandidateTableModel *model = m_models->candidates();
    const auto c = [model](const char *name) { return model->columnOf(QString::fromLatin1(name)); };
    m_candidatePage->table()->setColumnWidth(c("title"), 280);
    m_candidatePage->table()->setColumnWidth(c("reasons"), 420);
    m_candidatePage->table()->setColumnWidth(c("best_available"), 160);
    m_candidatePage->setDefaults(
        {c("kind"), c("item_id"), c("file_id"), c("series_title"), c("season"), c("episodes"), c("quality_gap"),
         c("quality_cutoff_not_met"), c("negative_formats"), c("missing_formats")},
        {c("priority"), c("title"), c("custom_format_score"), c("best_available"), c("checked_at"), c("last_searched"),
         c("cutoff_format_score"), c("score_gap"), c("quality"), c("quality_cutoff"), c("reasons")},
        c("priority"), Qt::DescendingOrder);
    m_candidatePage->setCaption(
        tr("Files below their profile's cutoff score or quality, most worth upgrading "
           "first. Priority = 100 × (score gap ÷ the profile's scale, at most 2, + the "
           "quality gap ÷ the cutoff's rank). Select files to check which better releases the indexers "
           "offer now (Ctrl+Shift+U) or to search for an upgrade (Ctrl+U)."));
}

void ViewStack::setUpSmallViews()
{
    const auto col = [](RowTableModel *model, const char *name) { return model->columnOf(QString::fromLatin1(name)); };
    RowTableModel *formatModel = m_models->formats();
    TablePage *formats = addTablePage(QStringLiteral("formats"), m_models->formatsProxy());
    formats->setDefaults({col(formatModel, "format_id")}, {}, col(formatModel, "total_contribution"),
                         Qt::DescendingOrder, true);
    formats->setCaption(tr("What each custom format adds to the files shown: its score in their profiles, summed. "
                           "<i>Files it would lift to the cutoff</i> counts files below the cutoff that this "
                           "format's score alone would lift to it."));
    RowTableModel *profileModel = m_models->profiles();
    TablePage *profiles = addTablePage(QStringLiteral("profiles"), m_models->profilesProxy());
    profiles->setDefaults({col(profileModel, "profile_id"), col(profileModel, "scale")}, {}, col(profileModel, "files"),
                          Qt::DescendingOrder, true);
    profiles->setCaption(tr("Each quality profile's cutoffs and how the files shown meet them."));
    m_changesPage = addTablePage(QStringLiteral("changes"), m_models->changesProxy());
    // Unsorted: the diff's own order, upgrades first, then by title.
    m_changesPage->setDefaults({col(m_models->changes(), "relative_path")}, {}, -1, Qt::AscendingOrder, true);
}

TablePage *ViewStack::currentTablePage() const
{
    if (currentWidget() == m_searches)
        return m_searches->logPage();
    if (currentWidget() == m_audit)
        return m_audit->tablePage();
    if (currentWidget() == m_compare)
        return m_compare->currentTablePage();
    return qobject_cast<TablePage *>(currentWidget());
}

QList<FileRow> ViewStack::selectedFiles() const
{
    QList<FileRow> rows;
    const Sidebar::View view = currentView();
    if (view != Sidebar::Library && view != Sidebar::Candidates)
        return rows;
    TablePage *page = view == Sidebar::Library ? m_libraryPage : m_candidatePage;
    LibraryFilterModel *proxy = view == Sidebar::Library ? m_models->filesProxy() : m_models->candidatesProxy();
    const QModelIndexList selected = page->table()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << proxy->fileRowAt(index.row());
    return rows;
}

void ViewStack::showColumnMenu()
{
    if (TablePage *page = currentTablePage()) {
        QHeaderView *header = page->table()->horizontalHeader();
        page->showColumnMenu(header->mapToGlobal(QPoint(0, header->height())));
    }
}

void ViewStack::focusTable()
{
    if (TablePage *page = currentTablePage())
        page->table()->setFocus(Qt::ShortcutFocusReason);
}

void ViewStack::setSearchAction(QAction *action)
{
    m_searchAction = action;
}

void ViewStack::setCheckAction(QAction *action)
{
    m_checkAction = action;
}

void ViewStack::setDatabaseLocation(const QString &location)
{
    for (FileDetailPane *pane : {m_detail, m_candidateDetail})
        pane->setDatabaseLocation(location);
}

void ViewStack::refreshDetails()
{
    for (auto [page, pane, proxy] : {std::tuple{m_libraryPage, m_detail, m_models->filesProxy()},
                                     std::tuple{m_candidatePage, m_candidateDetail, m_models->candidatesProxy()}}) {
        const QModelIndex current = page->table()->selectionModel()->currentIndex();
        if (current.isValid())
            pane->showFile(proxy->fileRowAt(current.row()));
    }
}

void ViewStack::restoreState()
{
    for (TablePage *page : m_tablePages + otherTablePages())
        page->restoreState();
}

void ViewStack::saveState() const
{
    for (TablePage *page : m_tablePages + otherTablePages())
        page->saveState();
}

} // namespace arrscore
