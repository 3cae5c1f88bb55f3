#pragma once

#include "config/config.h"

#include <QWidget>

class QCheckBox;
class QPushButton;

namespace arrscore {

class SettingsList;

class NotificationTest;
class SecretStore;
class SettingsResultLabel;

// The Notifications tab of the Settings dialog: the targets sync summaries go to (add, edit, remove, enable,
// test) and whether every sync sends them, the app's and `arrscore sync`'s alike (notify_after_sync). Each
// change is written to the configuration file at once and read back; secrets go to the keychain.
class SettingsNotificationsPage : public QWidget
{
    Q_OBJECT
public:
    // config: the dialog's, shared with its other pages. secrets is not owned.
    SettingsNotificationsPage(AppConfig &config, QString configPath, SecretStore *secrets, QWidget *parent = nullptr);

    // Shows the configuration again, after another page changed it.
    void refresh();

public Q_SLOTS:
    void addTarget();
    void editTarget();
    void removeTarget();
    void testTarget();

Q_SIGNALS:
    // The file was written and read back into the configuration.
    void changed();

private:
    QString selectedName() const;
    void select(const QString &name);
    void updateButtons();
    void openDialog(const NotificationTarget &initial);
    void setEnabledFromList(const QString &name, bool enabled);
    void setNotifyAfterSync(bool notify);
    void saveTarget(const NotificationTarget &target, const QString &previousName, bool typed);
    void storeSecrets(const NotificationTarget &target, QStringList fields, const QString &previousName);
    void write(const NotificationTarget &target, int placement, const QString &previousName,
               const QString &keychainError);
    bool reload(const QString &doneText);
    void showResult(const QString &text, bool ok);

    AppConfig &m_config;
    QString m_configPath;
    SecretStore *m_secrets;
    NotificationTest *m_test;
    SettingsList *m_list;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_testButton;
    QCheckBox *m_afterSync;
    SettingsResultLabel *m_result;
};

} // namespace arrscore
