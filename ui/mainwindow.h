#pragma once

#include "config/config.h"
#include "models/libraryfilter.h"
#include "models/libraryloader.h"
#include "models/librarymodels.h"
#include "sidebar.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QLabel;
class QStackedWidget;
class QTimer;

namespace arrscore {

class CheckProgressPanel;
class DemoLibrary;
class ErrorPanel;
class ReleaseChecker;
class ReleaseGrabber;
class FilterBar;
class Instances;
class SyncProgress;
class SnapshotWatcher;
class SyncNotifications;
class SyncSession;
class TrayController;
class UpgradeSearcher;
class ViewStack;
class WelcomePage;

// The main window: a sidebar of views (library, upgrade candidates, custom formats, quality profiles,
// changes, dashboard, searches, audit, compare) and instances; the filters that narrow every view; sync with a progress
// bar per instance and cancel; export. With no instance configured and nothing synced it opens on the welcome page.
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
    TrayController *tray() const { return m_tray; }
    Sidebar::View currentView() const;
    LibraryFilter libraryFilter() const;

public Q_SLOTS:
    // Shows the window, or leaves it hidden in the tray when the user chose to start minimised there.
    void showAtStart();
    void startDemo();
    void addInstance();
    void showSettings();
    void sync();
    void cancelSync();
    void exportFiles();
    void reload();
    void showView(arrscore::Sidebar::View view);
    void setLibraryFilter(const arrscore::LibraryFilter &filter);
    // Asks Radarr/Sonarr to search for upgrades of the selected files, within the cooldown and hourly limit;
    // confirm false skips the question (force then overrides the cooldown).
    void searchUpgrades(bool confirm = true, bool force = false);
    // Looks up which releases the indexers offer for the selected upgrade candidates; confirm false skips the
    // question.
    void checkReleases(bool confirm = true);
    void cancelCheck();
    // Grabs one release of an item's latest check; confirm false skips the question.
    void grabRelease(const arrscore::ItemCheck &check, const arrscore::ReleaseInfo &release, bool confirm = true);

Q_SIGNALS:
    // A loaded library is in every model, its upgrade candidates included (they come after its files are shown).
    void libraryLoaded(int files);
    void changesLoaded(int changes);
    void syncFinished();
    void searchFinished(const QStringList &summaries, const QStringList &failures);
    void checkFinished(const QString &summary, const QStringList &problems);
    void grabFinished(bool ok, const QString &summary);
    void upgradesLoaded(); // the checks, searches and outcomes were read again
    void auditLoaded();    // the audit's findings were read again (after a load)
    void notificationsDelivered(const QString &status, const QStringList &failures); // after a sync

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createTray();
    void createNotifications();
    // Follows the database in use for snapshots stored by someone else (cron, arrscore sync).
    void watchDatabase();
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
    void reloadUpgrades();
    void reloadAudit();
    void showAudit(const LibraryLoader::Audit &audit);
    void seedDemo();
    void showUpgrades(const LibraryLoader::Upgrades &upgrades);
    QHash<QString, int> cooldownDays() const;
    QHash<QString, int> loopWindowDays() const;
    // The instances to act on, with their keys: at once for the demo, else once the keychain answers.
    void withInstances(const std::function<void(const QList<InstanceConfig> &)> &then);
    QList<InstanceConfig> instancesWithoutKeys() const;
    QList<FileRow> selectedCandidates() const;
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
    QAction *m_checkAction = nullptr;
    UpgradeSearcher *m_searcher;
    ReleaseChecker *m_checker;
    ReleaseGrabber *m_grabber;
    CheckProgressPanel *m_checkPanel = nullptr;
    QString m_lastSyncText;
    bool m_demoSeeded = false;
    quint64 m_auditSerial = 0;            // of the audit read last: an older one that finishes later is dropped
    QHash<QString, QString> m_syncErrors; // instance → the last sync's error
    TrayController *m_tray = nullptr;
    SyncNotifications *m_notifications = nullptr;
    SnapshotWatcher *m_watcher = nullptr;
};

} // namespace arrscore
