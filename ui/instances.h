#pragma once

#include "config/config.h"

#include <QObject>

#include <functional>

class QWidget;

namespace arrscore {

class SecretStore;

// The configured Radarr/Sonarr instances as the app handles them: the configuration shared with the
// CLI, API keys read from the OS keychain when a sync or a search needs them, an instance added (key to
// the keychain, instance to arrscore.yaml) and the Settings dialog.
class Instances : public QObject
{
    Q_OBJECT
public:
    Instances(AppConfig config, QWidget *window);

    const AppConfig &config() const { return m_config; }
    SecretStore *secrets() const { return m_secrets; }
    // Where an added instance is written: the file read at start, else $ARRSCORE_CONFIG, else the default.
    QString configPath() const;

    void add();             // the Add Instance dialog, then save()
    void importRecyclarr(); // Import from Recyclarr: the instances of a recyclarr.yml, then added()
    void showSettings();    // the Settings dialog (one at a time)
    // Calls `done` with the enabled instances, their keychain keys read; on a keychain error emits
    // problem() and does not call it.
    void withKeys(const std::function<void(const QList<InstanceConfig> &)> &done);

Q_SIGNALS:
    void added();                     // an instance was added and saved: sync it
    void changed(bool otherDatabase); // the Settings dialog changed the configuration
    void traySettingsChanged();       // the Settings dialog changed the tray or the periodic sync
    void problem(const QString &title, const QString &message);

private:
    void save(const InstanceConfig &instance);

    AppConfig m_config;
    QWidget *m_window;
    SecretStore *m_secrets;
};

} // namespace arrscore
