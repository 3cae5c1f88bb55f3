#pragma once

#include "config/config.h"

#include <QWidget>

#include <functional>

class QNetworkAccessManager;
class QPushButton;

namespace arrscore {

class SettingsList;

class SecretStore;
class SettingsResultLabel;
class SyncJob;

// The Instances tab of the Settings dialog: the list of instances, add, edit, remove, enable and test.
// Each change is written to the configuration file at once and read back into the dialog's configuration.
class SettingsInstancesPage : public QWidget
{
    Q_OBJECT
public:
    // config: the dialog's, shared with its other pages. secrets is not owned.
    SettingsInstancesPage(AppConfig &config, QString configPath, SecretStore *secrets, QWidget *parent = nullptr);

    // Shows the configuration again, after another page changed it.
    void refresh();

public Q_SLOTS:
    void addInstance();
    void importRecyclarr();
    void editInstance();
    void removeInstance();
    void testInstance();

Q_SIGNALS:
    // The file was written and read back into the configuration.
    void changed();

private:
    QString selectedName() const;
    void updateButtons();
    void setEnabledFromList(const QString &name, bool enabled);
    void withKey(const QString &name, const std::function<void(const InstanceConfig &)> &then);
    void openInstanceDialog(const InstanceConfig &initial);
    void saveInstance(const InstanceConfig &instance, const InstanceConfig &before, bool keyChanged);
    bool reload(const QString &doneText);
    void showResult(const QString &text, bool ok);

    AppConfig &m_config;
    QString m_configPath;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    SyncJob *m_testJob = nullptr;
    SettingsList *m_instances;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_testButton;
    SettingsResultLabel *m_result;
};

} // namespace arrscore
