#pragma once

#include "config/config.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace arrscore {

class SettingsResultLabel;

// The Database tab of the Settings dialog: where the history is kept. A new location is opened (created,
// migrated) on a worker thread before it is written to the configuration file.
class SettingsDatabasePage : public QWidget
{
    Q_OBJECT
public:
    // config: the dialog's, shared with its other pages.
    SettingsDatabasePage(AppConfig &config, QString configPath, QWidget *parent = nullptr);

    // Shows the configuration again, after another page changed it.
    void refresh();

public Q_SLOTS:
    void applyDatabase();

Q_SIGNALS:
    // The file was written and read back into the configuration.
    void changed();

private:
    void browse();
    void saveLocation(const QString &text, const QString &location);

    AppConfig &m_config;
    QString m_configPath;
    QLabel *m_current;
    QLineEdit *m_edit;
    QPushButton *m_apply;
    SettingsResultLabel *m_result;
};

} // namespace arrscore
