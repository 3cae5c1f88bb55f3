#include "mainwindow.h"

#include "views/analysisviews.h"
#include "analysis/candidatefinder.h"
#include "models/candidatetablemodel.h"
#include "config/configloader.h"
#include "dashboardpage.h"
#include "storage/database.h"
#include "demolibrary.h"
#include "changescaption.h"
#include "views/changerows.h"
#include "history/difftext.h"
#include "errorpanel.h"
#include "exportdialog.h"
#include "exportrunner.h"
#include "export/exporter.h"
#include "filedetailpane.h"
#include "models/filetablemodel.h"
#include "filterbar.h"
#include "history/historystore.h"
#include "report/htmlreport.h"
#include "instances.h"
#include "models/libraryfiltermodel.h"
#include "report/reportdata.h"
#include "models/rowtablemodel.h"
#include "models/variantrows.h"
#include "history/snapshotdiffer.h"
#include "storage/snapshotstore.h"
#include "syncprogress.h"
#include "sync/syncsession.h"
#include "tablepage.h"
#include "upgradesearcher.h"
#include "analysis/trends.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace arrscore {

// What a worker thread reads from the database for the window: the latest snapshot of every instance
// and what changed since each one's previous sync.
struct MainWindow::Loaded
{
    Error error;
    QList<LibrarySnapshot> snapshots;
    QList<SnapshotDiff> diffs;
};

namespace {

// The load ran on a worker thread, whose allocator arena keeps the freed parsing buffers mapped: give
// them back, or the process looks twice its size for the rest of its life.
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

MainWindow::Loaded loadLatest(const QString &location)
{
    MainWindow::Loaded loaded;
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db) {
        loaded.error = db.error();
        return loaded;
    }
    Result<QList<LibrarySnapshot>> latest = SnapshotStore(*db.value()).latestOf();
    if (!latest) {
        loaded.error = latest.error();
        return loaded;
    }
    loaded.snapshots = std::move(latest).value();
    // The changes are a bonus: an unreadable history leaves the library shown.
    HistoryStore history(*db.value());
    SnapshotDiffer differ(*db.value());
    for (const LibrarySnapshot &s : std::as_const(loaded.snapshots)) {
        Result<QList<qint64>> ids = history.snapshotIds(s.instance.name);
        if (!ids || ids->size() < 2)
            continue;
        if (Result<SnapshotDiff> diff = differ.diff(ids->at(ids->size() - 2), ids->last()))
            loaded.diffs.append(std::move(diff).value());
    }
    return loaded;
}

QString appTitle(InstanceType type)
{
    return type == InstanceType::Radarr ? QStringLiteral("Radarr") : QStringLiteral("Sonarr");
}

} // namespace

MainWindow::MainWindow(AppConfig appConfig, QWidget *parent)
    : QMainWindow(parent), m_instances(new Instances(std::move(appConfig), this)), m_demo(new DemoLibrary(this)),
      m_files(new FileTableModel(this)), m_filesProxy(new LibraryFilterModel(this)),
      m_candidates(new CandidateTableModel(this)), m_candidatesProxy(new LibraryFilterModel(this)),
      m_formats(new RowTableModel(this)), m_formatsProxy(new QSortFilterProxyModel(this)),
      m_profiles(new RowTableModel(this)), m_profilesProxy(new QSortFilterProxyModel(this)),
      m_changes(new RowTableModel(this)), m_changesProxy(new QSortFilterProxyModel(this)),
      m_stack(new QStackedWidget(this)),
      m_welcome(new WelcomePage(m_instances->configPath(), this)),
      m_analysisTimer(new QTimer(this)), m_candidatesTimer(new QTimer(this)), m_statusText(new QLabel(this)), m_syncProgress(new SyncProgress(this)),
      m_cancelButton(new QToolButton(this)), m_searcher(new UpgradeSearcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Arr Score Exporter"));
    m_filesProxy->setSourceModel(m_files);
    m_candidatesProxy->setSourceModel(m_candidates);
    for (auto [proxy, model] : {std::pair{m_formatsProxy, m_formats}, std::pair{m_profilesProxy, m_profiles},
                                std::pair{m_changesProxy, m_changes}}) {
        proxy->setSourceModel(model);
        proxy->setSortRole(ModelRole::Sort);
        proxy->setFilterKeyColumn(-1);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    }
    // The custom format and profile views are analyses of the filtered files: recomputed when shown,
    // a moment after the filters stop changing.
    m_candidatesTimer->setSingleShot(true);
    m_candidatesTimer->setInterval(250);
    connect(m_candidatesTimer, &QTimer::timeout, this, [this] {
        m_candidatesProxy->setLibraryFilter(libraryFilter());
        updateStatus();
    });
    m_analysisTimer->setSingleShot(true);
    m_analysisTimer->setInterval(150);
    connect(m_analysisTimer, &QTimer::timeout, this, &MainWindow::refreshAnalysisViews);

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(createMainPage());
    setCentralWidget(m_stack);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomePage::addInstanceRequested, this, &MainWindow::addInstance);
    connect(m_instances, &Instances::problem, this, [this](const QString &title, const QString &message) {
        m_statusText->setText(message);
        m_errors->showProblems(title, {message});
    });
    connect(m_instances, &Instances::added, this, [this] {
        m_demo->stop();
        setWindowTitle(tr("Arr Score Exporter"));
        m_stack->setCurrentIndex(1);
        updateSidebar();
        sync();
    });
    connect(m_instances, &Instances::changed, this, [this](bool otherDatabase) {
        m_syncErrors.clear();
        if (m_stack->currentIndex() == 0 && !config().enabledInstances().isEmpty())
            m_stack->setCurrentIndex(1);
        updateSidebar();
        if (otherDatabase && !m_demo->isRunning())
            reload();
    });

    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_cancelButton->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the sync; what was stored before stays (Esc)"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelSync);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_cancelButton);
    createActions();
    connect(m_searcher, &UpgradeSearcher::finished, this, [this](const QStringList &summaries,
                                                                 const QStringList &failures) {
        m_statusText->setText(summaries.join(QLatin1Char(' ')));
        if (!failures.isEmpty())
            m_errors->showProblems(tr("Some searches could not be started"), failures);
        updateSelectionActions();
        Q_EMIT searchFinished(summaries, failures);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 820);
    for (TablePage *page : std::as_const(m_tablePages))
        page->restoreState();
    showView(Sidebar::View(std::clamp(settings.value(QStringLiteral("window/view")).toInt(), 0,
                                      int(Sidebar::ViewCount) - 1)));

    const bool hasInstances = !config().enabledInstances().isEmpty();
    m_stack->setCurrentIndex(hasInstances ? 1 : 0);
    updateSidebar();
    reload();
}

MainWindow::~MainWindow() = default;

TablePage *MainWindow::createFilePage(const QString &name, QAbstractItemModel *model, FileDetailPane **pane)
{
    auto *page = new TablePage(name, model, this);
    *pane = new FileDetailPane(page);
    (*pane)->setObjectName(name == QLatin1String("library") ? QStringLiteral("detailPane")
                                                            : name + QStringLiteral("DetailPane"));
    page->setSidePane(*pane);
    auto *proxy = qobject_cast<LibraryFilterModel *>(model);
    FileDetailPane *detail = *pane;
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
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSelectionActions);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table, proxy](const QPoint &pos) {
        const QModelIndex index = table->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_searchAction);
        const FileRow row = proxy->fileRowAt(index.row());
        const QUrl url = FileDetailPane::webUrl(row);
        QAction *open = menu.addAction(row.snapshot->instance.type == InstanceType::Radarr ? tr("Open in Radarr")
                                                                                          : tr("Open in Sonarr"),
                                       this, [url] { QDesktopServices::openUrl(url); });
        open->setEnabled(url.isValid());
        menu.addAction(tr("Copy Title"), this, [row] {
            QGuiApplication::clipboard()->setText(CandidateFinder::displayTitle(*row.file));
        });
        menu.exec(table->viewport()->mapToGlobal(pos));
    });
    m_tablePages << page;
    return page;
}

TablePage *MainWindow::createTablePage(const QString &name, QSortFilterProxyModel *proxy)
{
    auto *page = new TablePage(name, proxy, this);
    m_tablePages << page;
    return page;
}

QWidget *MainWindow::createMainPage()
{
    m_libraryPage = createFilePage(QStringLiteral("library"), m_filesProxy, &m_detail);
    m_libraryPage->table()->setObjectName(QStringLiteral("fileTable"));
    m_libraryPage->table()->setColumnWidth(FileColumns::Title, 280);
    m_libraryPage->table()->setColumnWidth(FileColumns::CustomFormats, 260);
    m_libraryPage->table()->setColumnWidth(FileColumns::RelativePath, 360);
    for (int narrow : {int(FileColumns::Year), int(FileColumns::Season), int(FileColumns::Episodes),
                       int(FileColumns::Resolution)})
        m_libraryPage->table()->setColumnWidth(narrow, 70);
    // First start: what a person compares first, first; the rest in export order after it.
    m_libraryPage->setDefaults({FileColumns::ItemId, FileColumns::FileId, FileColumns::Kind, FileColumns::SeriesTitle,
                                FileColumns::MinFormatScore},
                               {FileColumns::Title, FileColumns::Year, FileColumns::Season, FileColumns::Episodes,
                                FileColumns::CustomFormatScore, FileColumns::CutoffFormatScore, FileColumns::Quality,
                                FileColumns::QualityProfileName, FileColumns::CustomFormats, FileColumns::SizeBytes,
                                FileColumns::ReleaseGroup, FileColumns::Instance},
                               FileColumns::CustomFormatScore, Qt::AscendingOrder);

    m_candidatePage = createFilePage(QStringLiteral("candidates"), m_candidatesProxy, &m_candidateDetail);
    const auto c = [this](const char *name) { return m_candidates->columnOf(QString::fromLatin1(name)); };
    m_candidatePage->table()->setColumnWidth(c("title"), 280);
    m_candidatePage->table()->setColumnWidth(c("reasons"), 420);
    m_candidatePage->setDefaults({c("kind"), c("item_id"), c("file_id"), c("series_title"), c("season"),
                                  c("episodes"), c("quality_gap"), c("quality_cutoff_not_met"), c("negative_formats"),
                                  c("missing_formats")},
                                 {c("priority"), c("title"), c("custom_format_score"), c("cutoff_format_score"),
                                  c("score_gap"), c("quality"), c("quality_cutoff"), c("reasons")},
                                 c("priority"), Qt::DescendingOrder);
    m_candidatePage->setCaption(tr("Files below their profile's cutoff score or quality, most worth upgrading "
                                   "first. Priority = 100 × (score gap ÷ the profile's scale, at most 2, + the "
                                   "quality gap ÷ the cutoff's rank). Select a file to search for an upgrade."));

    m_formats->setColumns(AnalysisViews::formatColumns());
    m_profiles->setColumns(AnalysisViews::profileColumns());
    m_changes->setColumns(ChangeRows({}).columns());
    const auto col = [](RowTableModel *model, const char *name) { return model->columnOf(QString::fromLatin1(name)); };
    TablePage *formats = createTablePage(QStringLiteral("formats"), m_formatsProxy);
    formats->setDefaults({col(m_formats, "format_id")}, {}, col(m_formats, "total_contribution"), Qt::DescendingOrder,
                         true);
    formats->setCaption(tr("What each custom format adds to the files shown: its score in their profiles, summed. "
                           "<i>Files it would lift to the cutoff</i> counts files below the cutoff that this "
                           "format's score alone would lift to it."));
    TablePage *profiles = createTablePage(QStringLiteral("profiles"), m_profilesProxy);
    profiles->setDefaults({col(m_profiles, "profile_id"), col(m_profiles, "scale")}, {}, col(m_profiles, "files"),
                          Qt::DescendingOrder, true);
    profiles->setCaption(tr("Each quality profile's cutoffs and how the files shown meet them."));
    m_changesPage = createTablePage(QStringLiteral("changes"), m_changesProxy);
    // Unsorted: the diff's own order, upgrades first, then by title.
    m_changesPage->setDefaults({col(m_changes, "relative_path")}, {}, -1, Qt::AscendingOrder,
                               true);

    auto *dashboard = new DashboardPage(this);
    connect(dashboard, &DashboardPage::filterRequested, this, [this](const LibraryFilter &patch) {
        LibraryFilter f = libraryFilter();
        f.merge(patch);
        setLibraryFilter(f);
        showView(patch.candidatesOnly ? Sidebar::Candidates : Sidebar::Library);
    });
    m_dashboard = dashboard;

    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    for (QWidget *page : std::initializer_list<QWidget *>{m_libraryPage, m_candidatePage, formats, profiles,
                                                          m_changesPage, m_dashboard})
        m_views->addWidget(page);

    m_filterBar = new FilterBar(this);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    m_errors = new ErrorPanel(this);

    m_sidebar = new Sidebar(this);
    connect(m_sidebar, &Sidebar::viewChosen, this, &MainWindow::showView);
    connect(m_sidebar, &Sidebar::instanceChosen, this, [this](const QString &name) {
        LibraryFilter f = libraryFilter();
        f.instances = name.isEmpty() ? QStringList() : QStringList{name};
        setLibraryFilter(f);
        m_sidebar->setCurrentView(m_sidebar->currentView());
    });

    auto *right = new QWidget(this);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(8);
    layout->addWidget(m_errors);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_views, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1120});
    splitter->restoreState(QSettings().value(QStringLiteral("window/mainSplitter")).toByteArray());
    return splitter;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_syncAction = file->addAction(tr("&Sync"), this, &MainWindow::sync);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setToolTip(tr("Fetch every file's score from each instance (F5)"));
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportFiles);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save the current view or everything as CSV, JSON or an HTML report (Ctrl+E)"));
    m_searchAction = file->addAction(tr("Search for &Upgrades…"), this, [this] { searchUpgrades(); });
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_searchAction->setToolTip(tr("Ask Radarr/Sonarr to search for better releases of the selected files (Ctrl+U)"));
    m_searchAction->setEnabled(false);
    QAction *add = file->addAction(tr("&Add Instance…"), this, &MainWindow::addInstance);
    add->setObjectName(QStringLiteral("addInstanceAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addSeparator();
    QAction *settings = file->addAction(tr("Se&ttings…"), this, [this] { showSettings(); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int v = 0; v < Sidebar::ViewCount; ++v) {
        QAction *a = view->addAction(Sidebar::viewTitle(Sidebar::View(v)), this,
                                     [this, v] { showView(Sidebar::View(v)); });
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + v)));
        a->setObjectName(QStringLiteral("viewAction%1").arg(v));
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Filter"), this, [this] {
        if (m_stack->currentIndex() == 0)
            m_stack->setCurrentIndex(1);
        m_filterBar->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    view->addAction(tr("C&lear Filters"), m_filterBar, &FilterBar::clear);
    QAction *columns = view->addAction(tr("&Columns…"), this, [this] {
        if (TablePage *page = currentTablePage()) {
            QHeaderView *header = page->table()->horizontalHeader();
            page->showColumnMenu(header->mapToGlobal(QPoint(0, header->height())));
        }
    });
    columns->setObjectName(QStringLiteral("columnsAction"));
    columns->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *focusTable = view->addAction(tr("Go to &Table"), this, [this] {
        if (TablePage *page = currentTablePage())
            page->table()->setFocus(Qt::ShortcutFocusReason);
    });
    focusTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *focusSidebar = view->addAction(tr("Go to Si&debar"), this,
                                            [this] { m_sidebar->setFocus(Qt::ShortcutFocusReason); });
    focusSidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    toolbar->addAction(m_syncAction);
    toolbar->addAction(m_exportAction);
    m_searchAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    toolbar->addAction(m_searchAction);
}

Sidebar::View MainWindow::currentView() const
{
    return Sidebar::View(m_views->currentIndex());
}

LibraryFilter MainWindow::libraryFilter() const
{
    return m_filterBar->filter();
}

void MainWindow::setLibraryFilter(const LibraryFilter &filter)
{
    m_filterBar->setFilter(filter); // emits filterChanged → onFilterChanged
}

TablePage *MainWindow::currentTablePage() const
{
    return qobject_cast<TablePage *>(m_views->currentWidget());
}

void MainWindow::showView(Sidebar::View view)
{
    if (m_stack->currentIndex() == 0 && !m_files->snapshots().isEmpty())
        m_stack->setCurrentIndex(1);
    m_views->setCurrentIndex(view);
    m_sidebar->setCurrentView(view);
    if (view == Sidebar::Candidates && m_candidatesTimer->isActive()) {
        m_candidatesTimer->stop();
        m_candidatesProxy->setLibraryFilter(libraryFilter());
    }
    if (view == Sidebar::Formats || view == Sidebar::Profiles)
        m_analysisTimer->start(0);
    if (view == Sidebar::Dashboard) {
        refreshDashboard();
        if (m_trendDirty)
            loadTrend();
    }
    updateStatus();
}

void MainWindow::onFilterChanged(const LibraryFilter &filter)
{
    m_filesProxy->setLibraryFilter(filter);
    // The view in front follows each keystroke; the candidates behind it once typing pauses.
    if (currentView() == Sidebar::Candidates)
        m_candidatesProxy->setLibraryFilter(filter);
    else
        m_candidatesTimer->start();
    // The text filter searches every column of the small views.
    for (QSortFilterProxyModel *proxy : {m_formatsProxy, m_profilesProxy, m_changesProxy})
        proxy->setFilterFixedString(filter.text.trimmed());
    m_sidebar->setSelectedInstance(filter.instances.size() == 1 ? filter.instances.first() : QString());
    m_analysisDirty = true;
    m_dashboardDirty = true;
    if (currentView() == Sidebar::Dashboard)
        refreshDashboard();
    if (currentView() == Sidebar::Formats || currentView() == Sidebar::Profiles)
        m_analysisTimer->start();
    refreshChanges();
    updateStatus();
}

void MainWindow::refreshDashboard()
{
    // The charts follow the filters, but only while they are shown: a list of 100,000 rows per keystroke
    // would be wasted on a hidden page.
    if (!m_dashboardDirty)
        return;
    m_dashboardDirty = false;
    m_dashboard->setRows(m_filesProxy->filteredRows());
}

void MainWindow::refreshAnalysisViews()
{
    if (!m_analysisDirty)
        return;
    m_analysisDirty = false;
    const QList<LibrarySnapshot> &all = m_files->snapshots();
    const bool filtered = !libraryFilter().isEmpty();
    // Without filters the loaded snapshots serve as they are; with filters, copies with the files shown.
    const QList<LibrarySnapshot> reduced =
        filtered ? LibraryFilterModel::snapshotsOf(all, m_filesProxy->filteredRows()) : QList<LibrarySnapshot>();
    const QList<const LibrarySnapshot *> snapshots = snapshotPointers(filtered ? reduced : all);
    m_formats->setRows(*AnalysisViews::formats(snapshots));
    m_profiles->setRows(*AnalysisViews::profiles(snapshots));
}

void MainWindow::refreshChanges()
{
    const QStringList instances = libraryFilter().instances;
    QList<SnapshotDiff> diffs;
    for (const SnapshotDiff &d : std::as_const(m_diffs)) {
        if (instances.isEmpty() || instances.contains(d.instanceName))
            diffs << d;
    }
    m_changesPage->setCaption(ChangesCaption::html(diffs, !m_files->snapshots().isEmpty()));
    ChangeRows rows(diffs);
    m_changes->setRows(rows);
    m_sidebar->setViewCount(Sidebar::Changes, m_changesProxy->rowCount());
}

void MainWindow::updateSidebar()
{
    QList<Sidebar::InstanceStatus> list;
    QHash<QString, const LibrarySnapshot *> latest;
    for (const LibrarySnapshot &s : m_files->snapshots())
        latest.insert(s.instance.name, &s);
    QStringList names;
    QHash<QString, QString> types;
    if (m_demo->isRunning()) {
        for (const InstanceTarget &t : m_demo->targets()) {
            names << t.name;
            types.insert(t.name, appTitle(t.type));
        }
    } else {
        for (const InstanceConfig &i : config().enabledInstances()) {
            names << i.name;
            types.insert(i.name, appTitle(i.type));
        }
    }
    // Instances synced earlier (by a cron job, say) that the configuration no longer lists still show.
    for (const LibrarySnapshot &s : m_files->snapshots()) {
        if (!names.contains(s.instance.name)) {
            names << s.instance.name;
            types.insert(s.instance.name, s.instance.appName);
        }
    }
    for (const QString &name : std::as_const(names)) {
        Sidebar::InstanceStatus st;
        st.name = name;
        st.type = types.value(name);
        if (const LibrarySnapshot *s = latest.value(name))
            st.lastSync = s->finishedAt;
        st.error = m_syncErrors.value(name);
        st.syncing = isSyncing();
        list << st;
    }
    m_sidebar->setInstances(list);
}

QString MainWindow::databaseLocation() const
{
    return m_demo->isRunning() ? DemoLibrary::databasePath() : config().database;
}

bool MainWindow::isSyncing() const
{
    return m_session && m_session->isRunning();
}

void MainWindow::startDemo()
{
    QString error;
    if (!m_demo->start(&error)) {
        QMessageBox::warning(this, tr("Demo library"), tr("The demo servers could not start: %1").arg(error));
        return;
    }
    setWindowTitle(tr("Arr Score Exporter — demo library"));
    m_stack->setCurrentIndex(1);
    updateSidebar();
    sync();
}

const AppConfig &MainWindow::config() const
{
    return m_instances->config();
}

void MainWindow::addInstance()
{
    m_instances->add();
}

void MainWindow::showSettings()
{
    m_instances->showSettings();
}

void MainWindow::sync()
{
    if (isSyncing())
        return;
    if (m_demo->isRunning()) {
        // After the demo's first sync, each sync finds a library that moved on, as a real one would.
        if (QFileInfo::exists(DemoLibrary::databasePath()))
            m_demo->advance();
        startSync({});
        return;
    }
    m_instances->withKeys([this](const QList<InstanceConfig> &instances) { startSync(instances); });
}

QList<FileRow> MainWindow::selectedFiles() const
{
    QList<FileRow> rows;
    const Sidebar::View view = currentView();
    if (view != Sidebar::Library && view != Sidebar::Candidates)
        return rows;
    TablePage *page = view == Sidebar::Library ? m_libraryPage : m_candidatePage;
    LibraryFilterModel *proxy = view == Sidebar::Library ? m_filesProxy : m_candidatesProxy;
    const QModelIndexList selected = page->table()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << proxy->fileRowAt(index.row());
    return rows;
}

void MainWindow::searchUpgrades(bool confirm)
{
    const QList<FileRow> rows = selectedFiles();
    if (rows.isEmpty()) {
        m_statusText->setText(tr("Select the files to search upgrades for first (in Library or Upgrade candidates)."));
        return;
    }
    if (m_demo->isRunning()) {
        m_searcher->search(rows, m_demo->targets(), confirm);
        return;
    }
    m_instances->withKeys([this, rows, confirm](const QList<InstanceConfig> &instances) {
        QList<InstanceTarget> targets;
        for (const InstanceConfig &i : instances)
            targets << InstanceTarget::fromConfig(i);
        m_searcher->search(rows, targets, confirm);
    });
}

void MainWindow::updateSelectionActions()
{
    const bool any = !selectedFiles().isEmpty();
    m_searchAction->setEnabled(any && !m_searcher->isRunning());
}

void MainWindow::startSync(const QList<InstanceConfig> &instances)
{
    QList<InstanceTarget> targets;
    if (m_demo->isRunning()) {
        targets = m_demo->targets();
    } else {
        for (const InstanceConfig &instance : instances)
            targets << InstanceTarget::fromConfig(instance);
    }
    if (targets.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    delete m_session;
    m_session = new SyncSession(databaseLocation(), this);
    connect(m_session, &SyncSession::storing, this, [this](int index, int files) {
        m_statusText->setText(tr("Storing %Ln files of %1…", nullptr, files).arg(m_session->outcomes().at(index).name));
    });
    connect(m_session, &SyncSession::finished, this, &MainWindow::onSyncFinished);
    m_cancelButton->show();
    m_syncAction->setEnabled(false);
    m_statusText->setText(tr("Syncing…"));
    m_session->start(targets);
    m_syncProgress->follow(m_session);
    updateSidebar();
}

void MainWindow::cancelSync()
{
    if (isSyncing()) {
        m_statusText->setText(tr("Cancelling…"));
        m_session->cancel();
    }
}

void MainWindow::onSyncFinished()
{
    m_syncProgress->clear();
    m_cancelButton->hide();
    m_syncAction->setEnabled(true);
    QStringList failures;
    for (const SyncSession::Outcome &o : m_session->outcomes()) {
        if (o.error.isError() && o.error.kind != ErrorKind::Cancelled) {
            failures << QStringLiteral("%1: %2").arg(o.name, o.error.message);
            m_syncErrors.insert(o.name, o.error.message);
        } else if (!o.error.isError()) {
            m_syncErrors.remove(o.name);
        }
    }
    m_lastSyncText = m_session->wasCancelled()
                         ? tr("Sync cancelled; the previous snapshots remain.")
                         : tr("Synced %1 of %Ln instances.", nullptr, int(m_session->outcomes().size()))
                               .arg(m_session->outcomes().size() - m_session->failedCount());
    if (failures.isEmpty())
        m_errors->dismiss();
    else
        m_errors->showProblems(tr("Some instances could not be synced; what was stored before is kept."), failures);
    reload();
    Q_EMIT syncFinished();
}

void MainWindow::reload()
{
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onLoaded(watcher->result());
    });
    const QString location = databaseLocation();
    watcher->setFuture(QtConcurrent::run([location] { return loadLatest(location); }));
}

void MainWindow::onLoaded(Loaded loaded)
{
    if (loaded.error.isError()) {
        m_statusText->setText(loaded.error.message);
        m_errors->showProblems(tr("The database could not be read"), {loaded.error.message});
        return;
    }
    if (!loaded.snapshots.isEmpty() && m_stack->currentIndex() == 0 && !m_demo->isRunning()
        && config().enabledInstances().isEmpty())
        m_stack->setCurrentIndex(1); // synced by a cron job or an earlier start
    for (FileDetailPane *pane : {m_detail, m_candidateDetail})
        pane->setDatabaseLocation(databaseLocation());
    m_files->setSnapshots(std::move(loaded.snapshots));
    releaseFreedMemory();
    // Both point into the file model's snapshots, which stay put until the next load.
    m_candidates->setSnapshots(m_files->snapshots());
    m_diffs = std::move(loaded.diffs);
    m_filterBar->setChoices(m_files->snapshots());
    onFilterChanged(libraryFilter());
    // The trend reads older snapshots whole, one after the other: only when the dashboard is looked at.
    m_trendDirty = true;
    if (currentView() == Sidebar::Dashboard)
        loadTrend();
    updateSidebar();
    Q_EMIT libraryLoaded(m_files->rowCount());
    Q_EMIT changesLoaded(m_changes->rowCount());
}

void MainWindow::loadTrend()
{
    m_trendDirty = false;
    auto *watcher = new QFutureWatcher<Result<TrendReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (Result<TrendReport> trend = watcher->result())
            m_dashboard->setTrend(trend.value());
    });
    const QString location = databaseLocation();
    // A copy of the list shares the snapshots: the latest ones are not read again.
    const QList<LibrarySnapshot> loaded = m_files->snapshots();
    watcher->setFuture(QtConcurrent::run([location, loaded]() -> Result<TrendReport> {
        Result<std::unique_ptr<Database>> db = Database::open(location);
        if (!db)
            return db.error();
        SnapshotStore store(*db.value());
        return Trends::load(store, {}, trendSnapshots, loaded);
    }));
}

void MainWindow::updateStatus()
{
    m_sidebar->setViewCount(Sidebar::Library, m_files->rowCount() ? m_filesProxy->rowCount() : -1);
    m_sidebar->setViewCount(Sidebar::Candidates, m_files->rowCount() ? m_candidatesProxy->rowCount() : -1);
    if (isSyncing())
        return;
    const QLocale locale;
    QString text;
    if (m_files->snapshots().isEmpty()) {
        text = config().enabledInstances().isEmpty() && !m_demo->isRunning()
                   ? tr("No Radarr or Sonarr is configured yet.")
                   : tr("Nothing synced yet. Press F5 to sync.");
    } else {
        QDateTime last;
        for (const LibrarySnapshot &s : m_files->snapshots())
            last = std::max(last, s.finishedAt);
        text = QStringList{tr("%1 of %Ln files", nullptr, m_files->rowCount()).arg(locale.toString(m_filesProxy->rowCount())),
                           tr("%Ln upgrade candidates", nullptr, m_candidatesProxy->rowCount()),
                           tr("%Ln instances", nullptr, int(m_files->snapshots().size())),
                           tr("last sync %1").arg(locale.toString(last.toLocalTime(), QLocale::ShortFormat))}
                   .join(QStringLiteral(" · "));
    }
    if (!m_lastSyncText.isEmpty())
        text = m_lastSyncText + QStringLiteral("  ") + text;
    m_statusText->setText(text);
}

void MainWindow::exportFiles()
{
    if (m_files->snapshots().isEmpty()) {
        m_statusText->setText(tr("Nothing to export yet: sync first (F5)."));
        m_errors->showProblems(tr("Nothing to export yet"), {tr("Sync first (F5), or explore the demo library.")});
        return;
    }
    const Sidebar::View view = currentView();
    const QList<LibrarySnapshot> all = m_files->snapshots();
    ExportDialog::Scope scope;
    scope.viewTitle = Sidebar::viewTitle(view);
    scope.filtered = !libraryFilter().isEmpty();
    QString viewName = QStringLiteral("files");
    QList<FileRow> shownFiles = m_filesProxy->filteredRows();
    std::shared_ptr<VariantRows> shownRows; // the small views: exactly what the table shows
    std::shared_ptr<VariantRows> allRows;
    switch (view) {
    case Sidebar::Library:
    case Sidebar::Dashboard:
        scope.shownRows = m_filesProxy->rowCount();
        scope.totalRows = m_files->rowCount();
        break;
    case Sidebar::Candidates:
        viewName = QStringLiteral("candidates");
        shownFiles = m_candidatesProxy->filteredRows();
        scope.shownRows = m_candidatesProxy->rowCount();
        scope.totalRows = m_candidates->rowCount();
        break;
    case Sidebar::Formats:
    case Sidebar::Profiles: {
        refreshAnalysisViews();
        const bool formats = view == Sidebar::Formats;
        viewName = formats ? QStringLiteral("formats") : QStringLiteral("profiles");
        QSortFilterProxyModel *proxy = formats ? m_formatsProxy : m_profilesProxy;
        RowTableModel *model = formats ? m_formats : m_profiles;
        shownRows = std::make_shared<VariantRows>(VariantRows::fromModel(proxy, model->columnNames(), ModelRole::Raw));
        scope.shownRows = shownRows->size();
        const std::unique_ptr<RowSource> everything = formats ? AnalysisViews::formats(snapshotPointers(all))
                                                              : AnalysisViews::profiles(snapshotPointers(all));
        allRows = std::make_shared<VariantRows>(VariantRows::read(*everything));
        scope.totalRows = allRows->size();
        scope.filtered = scope.filtered && scope.shownRows != scope.totalRows;
        break;
    }
    case Sidebar::Changes: {
        viewName = QStringLiteral("changes");
        scope.htmlAvailable = false;
        shownRows = std::make_shared<VariantRows>(
            VariantRows::fromModel(m_changesProxy, m_changes->columnNames(), ModelRole::Raw));
        scope.shownRows = shownRows->size();
        ChangeRows everything(m_diffs);
        allRows = std::make_shared<VariantRows>(VariantRows::read(everything));
        scope.totalRows = allRows->size();
        break;
    }
    case Sidebar::ViewCount:
        return;
    }
    ExportData exportData;
    exportData.all = all;
    exportData.shown = scope.filtered ? LibraryFilterModel::snapshotsOf(all, shownFiles) : all;
    exportData.viewName = viewName;
    exportData.shownRows = shownRows;
    exportData.allRows = allRows;
    exportData.databaseLocation = databaseLocation();
    const ExportDialog::Runner runner = exportRunner(std::move(exportData));

    QString directory = QSettings().value(QStringLiteral("export/directory")).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new ExportDialog(scope, directory, runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path) {
        QSettings().setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
        m_statusText->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isSyncing())
        m_session->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/view"), int(currentView()));
    if (auto *splitter = qobject_cast<QSplitter *>(m_stack->widget(1)))
        settings.setValue(QStringLiteral("window/mainSplitter"), splitter->saveState());
    for (TablePage *page : std::as_const(m_tablePages))
        page->saveState();
    event->accept();
}

} // namespace arrscore
