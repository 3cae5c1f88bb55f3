#include "settingsdialog.h"

#include "settingsappearancepage.h"
#include "settingsdatabasepage.h"
#include "settingsinstancespage.h"
#include "settingsnotificationspage.h"
#include "settingstraypage.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace arrscore {

SettingsDialog::SettingsDialog(AppConfig config, const QString &configPath, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_config(std::move(config)), m_tabs(new QTabWidget(this)),
      m_instances(new SettingsInstancesPage(m_config, configPath, secrets, this)),
      m_database(new SettingsDatabasePage(m_config, configPath, this)),
      m_notifications(new SettingsNotificationsPage(m_config, configPath, secrets, this)),
      m_appearance(new SettingsAppearancePage(this)), m_tray(new SettingsTrayPage(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(m_instances, tr("&Instances"));
    m_tabs->addTab(m_database, tr("&Database"));
    m_tabs->addTab(m_notifications, tr("N&otifications"));
    m_tabs->addTab(m_tray, tr("Tray && Sc&hedule"));
    m_tabs->addTab(m_appearance, tr("A&ppearance"));
    // Each page changes the shared configuration; the others show it again.
    connect(m_instances, &SettingsInstancesPage::changed, this, [this] {
        m_database->refresh();
        m_notifications->refresh();
        Q_EMIT configChanged(m_config);
    });
    connect(m_database, &SettingsDatabasePage::changed, this, [this] {
        m_instances->refresh();
        m_notifications->refresh();
        Q_EMIT configChanged(m_config);
    });
    connect(m_notifications, &SettingsNotificationsPage::changed, this, [this] {
        m_instances->refresh();
        m_database->refresh();
        Q_EMIT configChanged(m_config);
    });
    connect(m_appearance, &SettingsAppearancePage::themeChanged, this, &SettingsDialog::themeChanged);
    connect(m_tray, &SettingsTrayPage::changed, this, &SettingsDialog::traySettingsChanged);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(720, 480);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void SettingsDialog::addInstance()
{
    m_instances->addInstance();
}

void SettingsDialog::editInstance()
{
    m_instances->editInstance();
}

void SettingsDialog::removeInstance()
{
    m_instances->removeInstance();
}

void SettingsDialog::testInstance()
{
    m_instances->testInstance();
}

void SettingsDialog::applyDatabase()
{
    m_database->applyDatabase();
}

} // namespace arrscore
