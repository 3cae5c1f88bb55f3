#pragma once

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace arrscore {

// The Tray and Schedule tab of the Settings dialog: the tray icon, starting minimised to it, and a sync every
// N hours while the app runs. Kept in QSettings (TrayController::Settings), applied at once.
class SettingsTrayPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsTrayPage(QWidget *parent = nullptr);

Q_SIGNALS:
    void changed(); // the settings were saved: the tray and the schedule follow

private:
    void save();
    void updateControls();

    QCheckBox *m_showIcon;
    QCheckBox *m_startMinimised;
    QSpinBox *m_hours;
};

} // namespace arrscore
