#pragma once

#include "config.h"
#include "model.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace arrscore {

class DemoLibrary;
class FileDetailPane;
class SecretStore;
class FileTableModel;
class SyncSession;
class WelcomePage;

// The main window: the library table with its filter, sync with progress and cancel, and export.
// With no instance configured and nothing synced it opens on the welcome page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppConfig config, QWidget *parent = nullptr);
    ~MainWindow() override;

    FileTableModel *fileModel() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    bool isSyncing() const;

public Q_SLOTS:
    void startDemo();
    void addInstance();
    void sync();
    void cancelSync();
    void exportFiles();
    void reload();

Q_SIGNALS:
    void libraryLoaded(int files);
    void syncFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createLibraryPage();
    void onSyncFinished();
    void updateStatus();
    QString databaseLocation() const;
    QString configPathForWriting() const;
    void saveInstance(const InstanceConfig &instance);
    void startSync(const QList<InstanceConfig> &instances);

    AppConfig m_config;
    DemoLibrary *m_demo;
    SecretStore *m_secrets;
    SyncSession *m_session = nullptr;
    FileTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    FileDetailPane *m_detail = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_statusText;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    QAction *m_syncAction = nullptr;
    QAction *m_exportAction = nullptr;
    QString m_lastSyncText;
};

} // namespace arrscore
