#pragma once

#include "config/config.h"

#include <QDialog>

class QTabWidget;

namespace arrscore {

class SecretStore;
class SettingsAppearancePage;
class SettingsDatabasePage;
class SettingsInstancesPage;
class SettingsNotificationsPage;
class SettingsTrayPage;

// Settings: the instances (add, edit, remove, enable, test), the database, the notifications (targets, test,
// after each sync), the tray and the periodic sync, theme and language, one page each. Every change is written at once
// — instances and database to the YAML file the command line reads too, then reloaded and announced by configChanged();
// notifications to the YAML file as well; theme, language, tray and schedule to QSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { InstancesPage, DatabasePage, NotificationsPage, TrayPage, AppearancePage };

    // configPath: the file to write (and reload), also when it does not exist yet. secrets is not owned.
    SettingsDialog(AppConfig config, const QString &configPath, SecretStore *secrets, QWidget *parent = nullptr);
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
    void traySettingsChanged(); // Tray and Schedule saved them to QSettings

private:
    AppConfig m_config; // shared by the pages, which change it
    QTabWidget *m_tabs;
    SettingsInstancesPage *m_instances;
    SettingsDatabasePage *m_database;
    SettingsNotificationsPage *m_notifications;
    SettingsAppearancePage *m_appearance;
    SettingsTrayPage *m_tray;
};

} // namespace arrscore
