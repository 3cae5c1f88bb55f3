#pragma once

#include "config/config.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace arrscore {

class SecretStore;
class SyncJob;

// Settings: the instances (add, edit, remove, enable, test), the database, theme and language.
// Every change is written at once — instances and database to the YAML file the command line reads
// too, then reloaded and announced by configChanged(); theme and language to QSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { InstancesPage, DatabasePage, AppearancePage };

    // configPath: the file to write (and reload), also when it does not exist yet. secrets is not owned.
    SettingsDialog(AppConfig config, QString configPath, SecretStore *secrets, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    const AppConfig &config() const { return m_config; }
    void showPage(Page page);

public Q_SLOTS:
    void addInstance();
    void editInstance();
    void removeInstance();
    void testInstance();
    void applyDatabase();

Q_SIGNALS:
    // After the YAML file was written and read back; keys read from the keychain are filled in.
    void configChanged(const arrscore::AppConfig &config);
    void themeChanged();

private:
    QWidget *createInstancesPage();
    QWidget *createDatabasePage();
    QWidget *createAppearancePage();
    void fillInstances();
    QString selectedName() const;
    void withKey(const QString &name, const std::function<void(const InstanceConfig &)> &then);
    void openInstanceDialog(const InstanceConfig &initial);
    void saveInstance(const InstanceConfig &instance, const InstanceConfig &before, bool keyChanged);
    void writeInstance(const InstanceConfig &instance, const QString &previousName, int placement,
                       const QString &notice);
    bool reload(const QString &doneText);
    void showInstanceResult(const QString &text, bool ok);
    void showDatabaseResult(const QString &text, bool ok);
    QString databaseLocationFromText(const QString &text) const;

    AppConfig m_config;
    QString m_configPath;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    SyncJob *m_testJob = nullptr;
    QTabWidget *m_tabs;
    QTreeWidget *m_instances = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_instanceResult = nullptr;
    QLabel *m_databaseCurrent = nullptr;
    QLineEdit *m_databaseEdit = nullptr;
    QPushButton *m_databaseApply = nullptr;
    QLabel *m_databaseResult = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace arrscore
