#include "settingstraypage.h"

#include "traycontroller.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace arrscore {

SettingsTrayPage::SettingsTrayPage(QWidget *parent)
    : QWidget(parent), m_showIcon(new QCheckBox(tr("Show an icon in the tr&ay"), this)),
      m_startMinimised(new QCheckBox(tr("Start &minimised to the tray"), this)), m_hours(new QSpinBox(this))
{
    const TrayController::Settings settings = TrayController::Settings::load();
    const bool available = TrayController::isSystemTrayAvailable();
    m_showIcon->setObjectName(QStringLiteral("trayIconCheck"));
    // Without a tray the choice is kept for a desktop that has one, but cannot be made here.
    m_showIcon->setChecked(settings.showIcon);
    m_showIcon->setEnabled(available);
    m_showIcon->setToolTip(tr("The icon's menu shows the window, syncs and quits; closing the window then keeps the "
                              "app running in the tray."));
    m_startMinimised->setObjectName(QStringLiteral("startMinimisedCheck"));
    m_startMinimised->setChecked(settings.startMinimised);
    m_hours->setObjectName(QStringLiteral("syncEveryHoursSpin"));
    m_hours->setAccessibleName(tr("Sync every so many hours while the app runs"));
    m_hours->setRange(0, TrayController::Settings::maxHours);
    m_hours->setSpecialValueText(tr("off"));
    m_hours->setValue(settings.syncEveryHours);
    m_hours->setToolTip(tr("While the app runs (also hidden in the tray) it syncs every instance this often, counted "
                           "from the last sync, yours or one from the command line. 0: only when you sync."));

    auto *noTray =
        new QLabel(tr("This desktop has no system tray: the app cannot keep running without its window."), this);
    noTray->setObjectName(QStringLiteral("noTrayNote"));
    noTray->setWordWrap(true);
    noTray->setVisible(!available);
    auto *note = new QLabel(tr("To sync while the app is closed, let the system do it: arrscore schedule install "
                               "--every 6h (see the user guide)."),
                            this);
    note->setObjectName(QStringLiteral("scheduleNote"));
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(m_showIcon);
    form->addRow(m_startMinimised);
    form->addRow(noTray);
    form->addRow(tr("S&ync every:"), m_hours);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_showIcon, &QCheckBox::toggled, this, &SettingsTrayPage::save);
    connect(m_startMinimised, &QCheckBox::toggled, this, &SettingsTrayPage::save);
    connect(m_hours, &QSpinBox::valueChanged, this, &SettingsTrayPage::save);
    updateControls();
}

void SettingsTrayPage::updateControls()
{
    m_startMinimised->setEnabled(m_showIcon->isEnabled() && m_showIcon->isChecked());
    // The unit follows the number, in the language's plural form.
    m_hours->setSuffix(tr(" hours", "sync every N hours", m_hours->value()));
}

void SettingsTrayPage::save()
{
    TrayController::Settings settings;
    settings.showIcon = m_showIcon->isChecked();
    settings.startMinimised = m_startMinimised->isChecked();
    settings.syncEveryHours = m_hours->value();
    settings.save();
    updateControls();
    Q_EMIT changed();
}

} // namespace arrscore
