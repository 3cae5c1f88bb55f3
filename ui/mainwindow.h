#pragma once

#include "config/config.h"
#include "views/filecolumns.h"
#include "history/historytypes.h"
#include "models/libraryfilter.h"
#include "base/model.h"
#include "sidebar.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace arrscore {

class CandidateTableModel;
class DashboardPage;
class DemoLibrary;
class ErrorPanel;
class FileDetailPane;
class FileTableModel;
class FilterBar;
class LibraryFilterModel;
class RowTableModel;
class Instances;
class SyncProgress;
class SyncSession;
class TablePage;
class UpgradeSearcher;
class WelcomePage;

// The main window: a sidebar of views (library, upgrade candidates, custom formats, quality profiles,
// changes, dashboard) and instances; the filters that narrow every view; sync with a progress bar per
// instance and cancel; export. With no instance configured and nothing synced it opens on the welcome page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppConfig appConfig, QWidget *parent = nullptr);
    ~MainWindow() override;

    FileTableModel *fileModel() const { return m_files; }
    LibraryFilterModel *proxyModel() const { return m_filesProxy; }
    CandidateTableModel *candidateModel() const { return m_candidates; }
    LibraryFilterModel *candidateProxy() const { return m_candidatesProxy; }
    RowTableModel *formatModel() const { return m_formats; }
    RowTableModel *profileModel() const { return m_profiles; }
    RowTableModel *changeModel() const { return m_changes; }
    bool isSyncing() const;
    struct Loaded; // what a worker thread reads from the database for the window
    Sidebar::View currentView() const;
    LibraryFilter libraryFilter() const;

public Q_SLOTS:
    void startDemo();
    void addInstance();
    void showSettings();
    void sync();
    void cancelSync();
    void exportFiles();
    void reload();
    void showView(arrscore::Sidebar::View view);
    void setLibraryFilter(const arrscore::LibraryFilter &filter);
    // Asks Radarr/Sonarr to search for upgrades of the selected files; confirm false skips the question.
    void searchUpgrades(bool confirm = true);

Q_SIGNALS:
    void libraryLoaded(int files);
    void changesLoaded(int changes);
    void syncFinished();
    void searchFinished(const QStringList &summaries, const QStringList &failures);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createMainPage();
    TablePage *createFilePage(const QString &name, QAbstractItemModel *model, FileDetailPane **pane);
    TablePage *createTablePage(const QString &name, QSortFilterProxyModel *proxy);
    void onLoaded(Loaded loaded);
    void onSyncFinished();
    void onFilterChanged(const LibraryFilter &filter);
    void refreshAnalysisViews();
    void refreshDashboard();
    void refreshChanges();
    void loadTrend();
    void updateSidebar();
    void updateStatus();
    QString databaseLocation() const;
    void startSync(const QList<InstanceConfig> &instances);
    // Syncs read for the dashboard's trend, per instance: a quarter of weekly syncs.
    static constexpr int trendSnapshots = 12;
    TablePage *currentTablePage() const;
    QList<FileRow> selectedFiles() const;
    void updateSelectionActions();
    const AppConfig &config() const;

    Instances *m_instances;
    DemoLibrary *m_demo;
    SyncSession *m_session = nullptr;
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
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    Sidebar *m_sidebar = nullptr;
    ErrorPanel *m_errors = nullptr;
    FilterBar *m_filterBar = nullptr;
    QStackedWidget *m_views = nullptr;
    QList<TablePage *> m_tablePages;
    TablePage *m_libraryPage = nullptr;
    TablePage *m_candidatePage = nullptr;
    TablePage *m_changesPage = nullptr;
    FileDetailPane *m_detail = nullptr;
    FileDetailPane *m_candidateDetail = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QTimer *m_analysisTimer;
    QTimer *m_candidatesTimer;
    bool m_analysisDirty = true;
    bool m_dashboardDirty = true;
    bool m_trendDirty = true;
    QLabel *m_statusText;
    SyncProgress *m_syncProgress;
    QToolButton *m_cancelButton;
    QAction *m_syncAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_searchAction = nullptr;
    UpgradeSearcher *m_searcher;
    QString m_lastSyncText;
    QHash<QString, QString> m_syncErrors; // instance → the last sync's error
};

} // namespace arrscore
