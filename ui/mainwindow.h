#pragma once

#include "config/config.h"
#include "models/libraryfilter.h"
#include "models/libraryloader.h"
#include "models/librarymodels.h"
#include "sidebar.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTimer;

namespace arrscore {

class DemoLibrary;
class ErrorPanel;
class FilterBar;
class Instances;
class SyncProgress;
class SyncSession;
class UpgradeSearcher;
class ViewStack;
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

    LibraryModels *models() const { return m_models; }
    FileTableModel *fileModel() const { return m_models->files(); }
    LibraryFilterModel *proxyModel() const { return m_models->filesProxy(); }
    CandidateTableModel *candidateModel() const { return m_models->candidates(); }
    LibraryFilterModel *candidateProxy() const { return m_models->candidatesProxy(); }
    RowTableModel *formatModel() const { return m_models->formats(); }
    RowTableModel *profileModel() const { return m_models->profiles(); }
    RowTableModel *changeModel() const { return m_models->changes(); }
    bool isSyncing() const;
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
    void onLoaded(LibraryLoader::Library loaded);
    void onSyncFinished();
    void onFilterChanged(const LibraryFilter &filter);
    void refreshDashboard();
    void refreshChanges();
    void loadTrend();
    void updateSidebar();
    void updateStatus();
    QString databaseLocation() const;
    void startSync(const QList<InstanceConfig> &instances);
    // Syncs read for the dashboard's trend, per instance: a quarter of weekly syncs.
    static constexpr int trendSnapshots = 12;
    void updateSelectionActions();
    const AppConfig &config() const;

    Instances *m_instances;
    DemoLibrary *m_demo;
    SyncSession *m_session = nullptr;
    LibraryModels *m_models;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    Sidebar *m_sidebar = nullptr;
    ErrorPanel *m_errors = nullptr;
    FilterBar *m_filterBar = nullptr;
    ViewStack *m_views = nullptr;
    QTimer *m_analysisTimer;
    QTimer *m_candidatesTimer;
    QLabel *m_statusText;
    SyncProgress *m_syncProgress;
    QAction *m_syncAction = nullptr;
    QAction *m_searchAction = nullptr;
    UpgradeSearcher *m_searcher;
    QString m_lastSyncText;
    QHash<QString, QString> m_syncErrors; // instance → the last sync's error
};

} // namespace arrscore
