#include "mainwindow.h"

#include "analysis/profilefacts.h"
#include "auditpage.h"
#include "base/handoff.h"
#include "changescaption.h"
#include "checkprogresspanel.h"
#include "comparepage.h"
#include "dashboardpage.h"
#include "demolibrary.h"
#include "errorpanel.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "helpmenu.h"
#include "instances.h"
#include "mainactions.h"
#include "models/candidatetablemodel.h"
#include "models/filetablemodel.h"
#include "models/libraryfiltermodel.h"
#include "models/rowtablemodel.h"
#include "notify/summarytext.h"
#include "releasechecker.h"
#include "releasegrabber.h"
#include "searchespage.h"
#include "storage/snapshotwatcher.h"
#include "sync/syncsession.h"
#include "syncnotifications.h"
#include "syncprogress.h"
#include "tablepage.h"
#include "traycontroller.h"
#include "upgradesearcher.h"
#include "viewstack.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace arrscore {

namespace {

QList<InstanceTarget> targetsOf(const QList<InstanceConfig> &instances)
{
    QList<InstanceTarget> targets;
    for (const InstanceConfig &i : instances)
        targets << InstanceTarget::fromConfig(i);
    return targets;
}

QDateTime latestSync(const QList<LibrarySnapshot> &snapshots)
{
    QDateTime last;
    for (const LibrarySnapshot &s : snapshots)
        last = std::max(last, s.finishedAt);
    return last;
}

} // namespace

MainWindow::MainWindow(AppConfig appConfig, QWidget *parent)
    : QMainWindow(parent), m_instances(new Instances(std::move(appConfig), this)), m_demo(new DemoLibrary(this)),
      m_models(new LibraryModels(this)), m_stack(new QStackedWidget(this)),
      m_welcome(new WelcomePage(m_instances->configPath(), this)), m_analysisTimer(new QTimer(this)),
      m_candidatesTimer(new QTimer(this)), m_statusText(new QLabel(this)), m_syncProgress(new SyncProgress(this)),
      m_searcher(new UpgradeSearcher(this)), m_checker(new ReleaseChecker(this)), m_grabber(new ReleaseGrabber(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Arr Score Exporter"));
    // The candidates behind the view in front follow the filters once typing pauses; the custom format and
    // profile views are analyses of the filtered files: recomputed when shown, a moment after that.
    m_candidatesTimer->setSingleShot(true);
    m_candidatesTimer->setInterval(250);
    connect(m_candidatesTimer, &QTimer::timeout, this, [this] {
        m_models->refresh(LibraryModels::Candidates);
        updateStatus();
    });
    m_analysisTimer->setSingleShot(true);
    m_analysisTimer->setInterval(150);
    connect(m_analysisTimer, &QTimer::timeout, this, [this] { m_models->refresh(LibraryModels::Analyses); });
    // A loaded library's files are shown first; its candidates follow from a worker thread, and only then is
    // the library loaded as a whole.
    connect(m_models, &LibraryModels::candidatesReady, this, [this] {
        updateSidebar();
        updateStatus();
        seedDemo();
        Q_EMIT libraryLoaded(m_models->files()->rowCount());
    });

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
        watchDatabase();
        sync();
    });
    connect(m_instances, &Instances::changed, this, [this](bool otherDatabase) {
        m_syncErrors.clear();
        if (m_stack->currentIndex() == 0 && !config().enabledInstances().isEmpty())
            m_stack->setCurrentIndex(1);
        updateSidebar();
        if (otherDatabase && !m_demo->isRunning()) {
            reload();
            watchDatabase();
        }
    });

    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_statusText->setTextFormat(Qt::PlainText); // sync summaries quote servers' errors
    connect(m_syncProgress, &SyncProgress::cancelRequested, this, &MainWindow::cancelSync);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_syncProgress);
    createActions();
    createTray();
    createNotifications();
    connect(m_searcher, &UpgradeSearcher::finished, this,
            [this](const QStringList &summaries, const QStringList &failures) {
                m_statusText->setText(summaries.join(QLatin1Char(' ')));
                if (!failures.isEmpty())
                    m_errors->showProblems(tr("Some searches could not be started"), failures);
                updateSelectionActions();
                Q_EMIT searchFinished(summaries, failures);
            });
    connect(m_searcher, &UpgradeSearcher::searched, this, [this](const QString &instance, const QList<qint64> &ids) {
        m_models->markSearched(instance, ids, QDateTime::currentDateTimeUtc());
    });
    connect(m_searcher, &UpgradeSearcher::recordChanged, this, &MainWindow::reloadUpgrades);

    connect(m_checker, &ReleaseChecker::started, this, [this](int lookups) {
        m_checkPanel->start(lookups);
        updateSelectionActions();
    });
    connect(m_checker, &ReleaseChecker::lookupStarted, m_checkPanel, &CheckProgressPanel::setCurrent);
    connect(m_checker, &ReleaseChecker::progress, m_checkPanel, &CheckProgressPanel::setProgress);
    connect(m_checker, &ReleaseChecker::checked, this, [this](const QList<ItemCheck> &checks) {
        m_models->addChecks(checks);
        m_views->refreshDetails();
    });
    connect(m_checker, &ReleaseChecker::finished, this, [this](const QString &summary, const QStringList &problems) {
        m_checkPanel->finish();
        m_statusText->setText(summary);
        if (!problems.isEmpty())
            m_errors->showProblems(tr("Some release lookups did not work"), problems);
        updateSelectionActions();
        Q_EMIT checkFinished(summary, problems);
    });
    connect(m_checkPanel, &CheckProgressPanel::cancelRequested, this, &MainWindow::cancelCheck);
    connect(m_grabber, &ReleaseGrabber::lookingUpAgain, this, [this] {
        m_statusText->setText(tr("The releases are older than the server keeps them: looking the item up again "
                                 "first (10–120 s)…"));
    });
    connect(m_grabber, &ReleaseGrabber::finished, this, [this](bool ok, const QString &summary) {
        m_statusText->setText(summary);
        if (!ok)
            m_errors->showProblems(tr("The release was not grabbed"), {summary});
        reloadUpgrades();
        Q_EMIT grabFinished(ok, summary);
    });
    connect(m_views, &ViewStack::grabRequested, this,
            [this](const ItemCheck &check, const ReleaseInfo &release) { grabRelease(check, release); });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 820);
    m_views->restoreState();
    showView(Sidebar::View(
        std::clamp(settings.value(QStringLiteral("window/view")).toInt(), 0, int(Sidebar::ViewCount) - 1)));

    const bool hasInstances = !config().enabledInstances().isEmpty();
    m_stack->setCurrentIndex(hasInstances ? 1 : 0);
    updateSidebar();
    reload();
    watchDatabase();
}

MainWindow::~MainWindow() = default;

void MainWindow::createTray()
{
    m_tray = new TrayController(this);
    connect(m_tray, &TrayController::syncRequested, this, [this] {
        // The schedule syncs what is configured: with nothing configured there is nothing to sync.
        if (m_demo->isRunning() || !config().enabledInstances().isEmpty())
            sync();
    });
    connect(m_tray, &TrayController::changesRequested, this, [this] { showView(Sidebar::Changes); });
    connect(m_tray, &TrayController::quitRequested, this, [] {
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });
    connect(m_instances, &Instances::traySettingsChanged, this, [this] {
        m_tray->reloadSettings();
        updateStatus();
    });
}

void MainWindow::createNotifications()
{
    m_notifications = new SyncNotifications(m_instances->secrets(), this);
    connect(m_notifications, &SyncNotifications::summaryReady, this, [this](const SyncSummary &summary) {
        // The desktop hears of a sync that changed something or failed; a quiet one says nothing.
        if (!summary.isQuiet())
            m_tray->notify(SummaryText::title(summary), SyncNotifications::desktopText(summary));
    });
    connect(m_notifications, &SyncNotifications::delivered, this,
            [this](const QString &status, const QStringList &failures) {
                m_lastSyncText = m_lastSyncText.isEmpty() ? status : m_lastSyncText + QLatin1Char(' ') + status;
                updateStatus();
                if (!failures.isEmpty())
                    m_errors->showProblems(tr("Some notifications were not delivered; the sync is stored all the same"),
                                           failures);
                Q_EMIT notificationsDelivered(status, failures);
            });
    connect(m_notifications, &SyncNotifications::problem, this,
            [this](const QString &title, const QString &message) { m_errors->showProblems(title, {message}); });
}

void MainWindow::watchDatabase()
{
    delete m_watcher;
    m_watcher = new SnapshotWatcher(databaseLocation(), this);
    connect(m_watcher, &SnapshotWatcher::snapshotsChanged, this, [this] {
        // The app's own sync reloads when it ends; one from elsewhere (cron, arrscore sync) is read now.
        if (isSyncing())
            return;
        m_lastSyncText = tr("A sync from elsewhere landed; the library was reloaded.");
        reload();
    });
    m_watcher->start();
}

void MainWindow::showAtStart()
{
    if (m_tray->startsHidden())
        return; // the tray icon brings the window
    show();
}

QWidget *MainWindow::createMainPage()
{
    // Created in reading order, which Tab follows: the sidebar, the problems, the filters, the view.
    m_sidebar = new Sidebar(this);
    connect(m_sidebar, &Sidebar::viewChosen, this, &MainWindow::showView);
    connect(m_sidebar, &Sidebar::instanceChosen, this, [this](const QString &name) {
        LibraryFilter f = libraryFilter();
        f.instances = name.isEmpty() ? QStringList() : QStringList{name};
        setLibraryFilter(f);
        m_sidebar->setCurrentView(m_sidebar->currentView());
    });

    m_errors = new ErrorPanel(this);

    m_filterBar = new FilterBar(this);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    m_checkPanel = new CheckProgressPanel(this);

    m_views = new ViewStack(m_models, this);
    connect(m_views, &ViewStack::selectionChanged, this, &MainWindow::updateSelectionActions);
    connect(m_views->comparePage(), &ComparePage::problem, this, [this](const QString &message) {
        m_errors->showProblems(tr("The instances could not be compared"), {message});
    });
    connect(m_views->dashboard(), &DashboardPage::filterRequested, this, [this](const LibraryFilter &patch) {
        LibraryFilter f = libraryFilter();
        f.merge(patch);
        setLibraryFilter(f);
        showView(patch.candidatesOnly ? Sidebar::Candidates : Sidebar::Library);
    });

    auto *right = new QWidget(this);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(8);
    layout->addWidget(m_errors);
    layout->addWidget(m_checkPanel);
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
    auto *actions = new MainActions(this);
    m_syncAction = actions->action(MainActions::Sync);
    m_searchAction = actions->action(MainActions::Search);
    m_checkAction = actions->action(MainActions::CheckReleases);
    m_views->setSearchAction(m_searchAction);
    m_views->setCheckAction(m_checkAction);
    connect(m_checkAction, &QAction::triggered, this, [this] { checkReleases(); });
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::sync);
    connect(actions->action(MainActions::Export), &QAction::triggered, this, &MainWindow::exportFiles);
    connect(m_searchAction, &QAction::triggered, this, [this] { searchUpgrades(); });
    connect(actions->action(MainActions::AddInstance), &QAction::triggered, this, &MainWindow::addInstance);
    connect(actions->action(MainActions::Settings), &QAction::triggered, this, &MainWindow::showSettings);
    connect(actions, &MainActions::viewChosen, this, &MainWindow::showView);
    connect(actions->action(MainActions::Filter), &QAction::triggered, this, [this] {
        if (m_stack->currentIndex() == 0)
            m_stack->setCurrentIndex(1);
        if (currentView() == Sidebar::Audit)
            m_views->auditPage()->textFilter()->setFocus(Qt::ShortcutFocusReason);
        else
            m_filterBar->focusSearch();
    });
    connect(actions->action(MainActions::ClearFilters), &QAction::triggered, m_filterBar, &FilterBar::clear);
    connect(actions->action(MainActions::Columns), &QAction::triggered, m_views, &ViewStack::showColumnMenu);
    connect(actions->action(MainActions::GoToTable), &QAction::triggered, m_views, &ViewStack::focusTable);
    connect(actions->action(MainActions::GoToSidebar), &QAction::triggered, this,
            [this] { m_sidebar->setFocus(Qt::ShortcutFocusReason); });
    new HelpMenu(
        this, [this] { return databaseLocation(); }, m_models);
}

Sidebar::View MainWindow::currentView() const
{
    return m_views->currentView();
}

LibraryFilter MainWindow::libraryFilter() const
{
    return m_filterBar->filter();
}

void MainWindow::setLibraryFilter(const LibraryFilter &filter)
{
    m_filterBar->setFilter(filter); // emits filterChanged → onFilterChanged
}

void MainWindow::showView(Sidebar::View view)
{
    if (m_stack->currentIndex() == 0 && !m_models->snapshots().isEmpty())
        m_stack->setCurrentIndex(1);
    m_views->setCurrentIndex(view);
    m_sidebar->setCurrentView(view);
    // The Audit and Compare have filters and choices of their own; the library's do not apply to them.
    m_filterBar->setVisible(view != Sidebar::Audit && view != Sidebar::Compare);
    if (view == Sidebar::Candidates) {
        m_candidatesTimer->stop();
        m_models->refresh(LibraryModels::Candidates);
    }
    if (view == Sidebar::Formats || view == Sidebar::Profiles)
        m_analysisTimer->start(0);
    if (view == Sidebar::Dashboard) {
        refreshDashboard();
        if (m_models->refresh(LibraryModels::Trend))
            loadTrend();
    }
    updateStatus();
}

void MainWindow::onFilterChanged(const LibraryFilter &filter)
{
    m_models->setFilter(filter);
    // The view in front follows each keystroke; the candidates behind it once typing pauses.
    if (currentView() == Sidebar::Candidates)
        m_models->refresh(LibraryModels::Candidates);
    else
        m_candidatesTimer->start();
    m_sidebar->setSelectedInstance(filter.instances.size() == 1 ? filter.instances.first() : QString());
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
    if (m_models->refresh(LibraryModels::Dashboard))
        m_views->dashboard()->setRows(m_models->filesProxy()->filteredRows());
}

void MainWindow::refreshChanges()
{
    m_views->changesPage()->setCaption(ChangesCaption::html(m_models->shownDiffs(), !m_models->snapshots().isEmpty()));
    m_sidebar->setViewCount(Sidebar::Changes, m_models->changesProxy()->rowCount());
}

void MainWindow::updateSidebar()
{
    const QList<InstanceTarget> configured =
        m_demo->isRunning() ? m_demo->targets() : targetsOf(config().enabledInstances());
    m_sidebar->setInstances(Sidebar::statuses(configured, m_models->snapshots(), m_syncErrors, isSyncing()));
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
    watchDatabase();
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

void MainWindow::withInstances(const std::function<void(const QList<InstanceConfig> &)> &then)
{
    if (m_demo->isRunning())
        then(m_demo->instances());
    else
        m_instances->withKeys(then);
}

QList<InstanceConfig> MainWindow::instancesWithoutKeys() const
{
    return m_demo->isRunning() ? m_demo->instances() : config().enabledInstances();
}

QHash<QString, int> MainWindow::cooldownDays() const
{
    QHash<QString, int> days;
    for (const InstanceConfig &i : instancesWithoutKeys())
        days.insert(i.name, i.searchCooldownDays);
    return days;
}

QHash<QString, int> MainWindow::loopWindowDays() const
{
    QHash<QString, int> days;
    for (const InstanceConfig &i : instancesWithoutKeys())
        days.insert(i.name, i.loopWindowDays);
    return days;
}

QList<FileRow> MainWindow::selectedCandidates() const
{
    // Files at their cutoff (or in a profile without upgrades) have nothing better to look for.
    QList<FileRow> candidates;
    QHash<const LibrarySnapshot *, std::shared_ptr<ProfileIndex>> profiles;
    for (const FileRow &row : m_views->selectedFiles()) {
        std::shared_ptr<ProfileIndex> &index = profiles[row.snapshot];
        if (!index)
            index = std::make_shared<ProfileIndex>(*row.snapshot);
        if (LibraryFilterModel::isCandidate(row, *index))
            candidates << row;
    }
    return candidates;
}

void MainWindow::searchUpgrades(bool confirm, bool force)
{
    const QList<FileRow> rows = m_views->selectedFiles();
    if (rows.isEmpty()) {
        m_statusText->setText(tr("Select the files to search upgrades for first (in Library or Upgrade candidates)."));
        return;
    }
    // An item the server keeps grabbing the same release for will likely be grabbed again: say so first.
    if (confirm && !m_searcher->confirmLoops(m_models->upgradeLoopsOf(rows)))
        return;
    const QString database = databaseLocation();
    withInstances([this, rows, confirm, force, database](const QList<InstanceConfig> &instances) {
        m_searcher->search(rows, instances, database, confirm, force);
    });
}

void MainWindow::checkReleases(bool confirm)
{
    const QList<FileRow> rows = selectedCandidates();
    if (const QString why = ReleaseChecker::whyNot(rows, instancesWithoutKeys()); !why.isEmpty()) {
        m_statusText->setText(why);
        return;
    }
    const QString database = databaseLocation();
    withInstances([this, rows, confirm, database](const QList<InstanceConfig> &instances) {
        m_checker->check(rows, instances, database, confirm);
    });
}

void MainWindow::cancelCheck()
{
    m_statusText->setText(tr("Cancelling the release lookups…"));
    m_checker->cancel();
}

void MainWindow::grabRelease(const ItemCheck &check, const ReleaseInfo &release, bool confirm)
{
    if (m_grabber->isRunning()) {
        m_statusText->setText(tr("A grab is still being sent; wait for it to finish."));
        return;
    }
    const QString database = databaseLocation();
    withInstances([this, check, release, confirm, database](const QList<InstanceConfig> &instances) {
        m_grabber->grab(check, release, instances, database, confirm);
    });
}

void MainWindow::updateSelectionActions()
{
    const bool any = !m_views->selectedFiles().isEmpty();
    m_searchAction->setEnabled(any && !m_searcher->isRunning());
    const QString base = tr("Ask the servers which releases their indexers offer now for the selected files, and "
                            "whether one would be an upgrade (Ctrl+Shift+U)");
    const QString why = m_checker->isRunning() ? tr("Release lookups are running")
                                               : ReleaseChecker::whyNot(selectedCandidates(), instancesWithoutKeys());
    m_checkAction->setEnabled(why.isEmpty());
    m_checkAction->setToolTip(why.isEmpty() ? base : base + QStringLiteral("\n") + tr("Not now: %1").arg(why));
    m_checkAction->setStatusTip(why);
}

void MainWindow::seedDemo()
{
    if (!m_demo->isRunning() || m_demoSeeded || m_models->snapshots().isEmpty() || !m_models->upgrades().isEmpty())
        return;
    m_demoSeeded = true;
    // The best-ranked candidates of each instance checked, the next few searched.
    QHash<QString, int> taken;
    QList<FileRow> check;
    QList<FileRow> search;
    CandidateTableModel *candidates = m_models->candidates();
    for (int r = 0; r < candidates->rowCount(); ++r) {
        const FileRow &row = candidates->fileRow(r);
        int &n = taken[row.snapshot->instance.name];
        if (n < DemoLibrary::kCheckedPerInstance)
            check << row;
        else if (n < DemoLibrary::kCheckedPerInstance + DemoLibrary::kSearchedPerInstance)
            search << row;
        ++n;
    }
    const QList<InstanceConfig> instances = m_demo->instances();
    m_checker->check(check, instances, databaseLocation(), false);
    m_searcher->search(search, instances, databaseLocation(), false);
}

void MainWindow::reloadUpgrades()
{
    if (m_models->snapshots().isEmpty())
        return;
    whenFinished(this,
                 LibraryLoader::loadUpgradesInBackground(databaseLocation(), m_models->snapshots(), cooldownDays()),
                 [this](const LibraryLoader::Upgrades &upgrades) { showUpgrades(upgrades); });
}

void MainWindow::reloadAudit()
{
    const quint64 serial = ++m_auditSerial;
    whenFinished(this,
                 LibraryLoader::loadAuditInBackground(databaseLocation(), m_models->snapshots(), loopWindowDays()),
                 [this, serial](const LibraryLoader::Audit &audit) {
                     if (serial == m_auditSerial)
                         showAudit(audit);
                 });
}

void MainWindow::showAudit(const LibraryLoader::Audit &audit)
{
    if (audit.error.isError()) {
        m_errors->showProblems(tr("The audit of the servers' history could not be read"), {audit.error.message});
        return;
    }
    const bool synced = !m_models->snapshots().isEmpty();
    m_models->setFindings(audit.findings);
    m_views->auditPage()->setAudit(audit.findings, audit.notes, synced);
    m_sidebar->setViewCount(Sidebar::Audit, synced ? int(audit.findings.size()) : -1);
    Q_EMIT auditLoaded();
}

void MainWindow::showUpgrades(const LibraryLoader::Upgrades &upgrades)
{
    if (upgrades.error.isError()) {
        m_errors->showProblems(tr("The release checks and searches could not be read"), {upgrades.error.message});
        return;
    }
    m_models->setUpgrades(upgrades.checks, upgrades.lastSearched);
    m_views->searchesPage()->setSearches(upgrades.searches, upgrades.outcomes);
    m_views->refreshDetails();
    Q_EMIT upgradesLoaded();
}

void MainWindow::startSync(const QList<InstanceConfig> &instances)
{
    const QList<InstanceTarget> targets = m_demo->isRunning() ? m_demo->targets() : targetsOf(instances);
    if (targets.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    delete m_session;
    m_session = new SyncSession(databaseLocation(), this);
    // retention: of the configuration, as after `arrscore sync`; the demo's database keeps what it has.
    if (!m_demo->isRunning())
        m_session->setRetention(config().retention);
    connect(m_session, &SyncSession::storing, this, [this](int index, int files) {
        m_statusText->setText(tr("Storing %Ln files of %1…", nullptr, files).arg(m_session->outcomes().at(index).name));
    });
    connect(m_session, &SyncSession::finished, this, &MainWindow::onSyncFinished);
    m_syncAction->setEnabled(false);
    m_tray->setSyncing(true);
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
    m_syncAction->setEnabled(true);
    m_tray->setSyncing(false);
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
    if (const int pruned = m_session->prunedCount(); pruned > 0)
        m_lastSyncText += QLatin1Char(' ') + tr("Retention pruned %Ln old snapshots.", nullptr, pruned);
    if (failures.isEmpty())
        m_errors->dismiss();
    else
        m_errors->showProblems(tr("Some instances could not be synced; what was stored before is kept."), failures);
    m_watcher->markSeen(); // what this sync stored is not news from elsewhere
    // The demo's made-up library is never sent anywhere; the desktop hears of it like any other.
    m_notifications->afterSync(m_session->outcomes(), databaseLocation(), m_demo->isRunning() ? AppConfig() : config(),
                               m_tray->isIconShown());
    reload();
    Q_EMIT syncFinished();
}

void MainWindow::reload()
{
    whenFinished(this, LibraryLoader::loadInBackground(databaseLocation(), cooldownDays()),
                 [this](LibraryLoader::Library loaded) { onLoaded(std::move(loaded)); });
}

void MainWindow::onLoaded(LibraryLoader::Library loaded)
{
    if (loaded.error.isError()) {
        m_statusText->setText(loaded.error.message);
        m_errors->showProblems(tr("The database could not be read"), {loaded.error.message});
        return;
    }
    if (!loaded.snapshots.isEmpty() && m_stack->currentIndex() == 0 && !m_demo->isRunning()
        && config().enabledInstances().isEmpty())
        m_stack->setCurrentIndex(1); // synced by a cron job or an earlier start
    m_views->setDatabaseLocation(databaseLocation());
    m_models->setLibrary(std::move(loaded.snapshots), std::move(loaded.diffs),
                         LibraryModels::CandidateSearch::InBackground);
    showUpgrades(loaded.upgrades);
    m_views->comparePage()->setSnapshots(m_models->snapshots(), databaseLocation());
    reloadAudit();
    m_filterBar->setChoices(m_models->snapshots());
    onFilterChanged(libraryFilter());
    // The trend reads older snapshots whole, one after the other: only when the dashboard is looked at.
    if (currentView() == Sidebar::Dashboard && m_models->refresh(LibraryModels::Trend))
        loadTrend();
    updateSidebar();
    m_tray->setLastSync(latestSync(m_models->snapshots()), m_lastSyncText);
    Q_EMIT changesLoaded(m_models->changes()->rowCount());
}

void MainWindow::loadTrend()
{
    whenFinished(this, LibraryLoader::loadTrendInBackground(databaseLocation(), m_models->snapshots(), trendSnapshots),
                 [this](const Result<TrendReport> &trend) {
                     if (trend)
                         m_views->dashboard()->setTrend(trend.value());
                 });
}

void MainWindow::updateStatus()
{
    FileTableModel *files = m_models->files();
    LibraryFilterModel *filesProxy = m_models->filesProxy();
    const int candidates = m_models->candidatesProxy()->rowCount();
    m_sidebar->setViewCount(Sidebar::Library, files->rowCount() ? filesProxy->rowCount() : -1);
    m_sidebar->setViewCount(Sidebar::Candidates, files->rowCount() ? candidates : -1);
    if (isSyncing())
        return;
    const QLocale locale;
    QString text;
    if (files->snapshots().isEmpty()) {
        text = config().enabledInstances().isEmpty() && !m_demo->isRunning()
                   ? tr("No Radarr or Sonarr is configured yet.")
                   : tr("Nothing synced yet. Press F5 to sync.");
    } else {
        const QDateTime last = latestSync(files->snapshots());
        text =
            QStringList{tr("%1 of %Ln files", nullptr, files->rowCount()).arg(locale.toString(filesProxy->rowCount())),
                        tr("%Ln upgrade candidates", nullptr, candidates),
                        tr("%Ln instances", nullptr, int(files->snapshots().size())),
                        tr("last sync %1").arg(locale.toString(last.toLocalTime(), QLocale::ShortFormat))}
                .join(QStringLiteral(" · "));
    }
    if (m_tray->nextSync().isValid())
        text += QStringLiteral(" · ")
                + tr("next sync %1").arg(locale.toString(m_tray->nextSync().toLocalTime(), QLocale::ShortFormat));
    if (!m_lastSyncText.isEmpty())
        text = m_lastSyncText + QStringLiteral("  ") + text;
    m_statusText->setText(text);
}

void MainWindow::exportFiles()
{
    if (m_models->snapshots().isEmpty()) {
        m_statusText->setText(tr("Nothing to export yet: sync first (F5)."));
        m_errors->showProblems(tr("Nothing to export yet"), {tr("Sync first (F5), or explore the demo library.")});
        return;
    }
    const Sidebar::View view = currentView();
    static const char *const names[] = {"files", "candidates", "formats", "profiles", "changes",
                                        "files", "files",      "files",   "files"};
    static_assert(std::size(names) == Sidebar::ViewCount);
    auto *dialog = ExportDialog::forView(m_models->contents(QString::fromLatin1(names[view])), Sidebar::viewTitle(view),
                                         databaseLocation(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path) {
        m_statusText->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The window's close button hides it to the tray when the icon is there; Quit (not spontaneous) quits.
    if (event->spontaneous() && m_tray->hidesOnClose()) {
        hide();
        m_tray->explainHidingOnce();
        event->ignore();
        return;
    }
    if (isSyncing())
        m_session->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/view"), int(currentView()));
    if (auto *splitter = qobject_cast<QSplitter *>(m_stack->widget(1)))
        settings.setValue(QStringLiteral("window/mainSplitter"), splitter->saveState());
    m_views->saveState();
    event->accept();
}

} // namespace arrscore
