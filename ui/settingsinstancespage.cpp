#include "settingsinstancespage.h"

#include "config/configwriter.h"
#include "config/instancestore.h"
#include "config/secretstore.h"
#include "instancedialog.h"
#include "recyclarrimportdialog.h"
#include "settingslist.h"
#include "settingsresultlabel.h"
#include "sync/syncjob.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace arrscore {

namespace {

enum Column { NameColumn, TypeColumn, UrlColumn, EnabledColumn };

} // namespace

SettingsInstancesPage::SettingsInstancesPage(AppConfig &config, QString configPath, SecretStore *secrets,
                                             QWidget *parent)
    : QWidget(parent), m_config(config), m_configPath(std::move(configPath)), m_secrets(secrets),
      m_nam(new QNetworkAccessManager(this)),
      m_instances(new SettingsList(QStringLiteral("instanceList"), tr("Instances"),
                                   {tr("Name"), tr("Type"), tr("URL"), tr("Enabled")}, UrlColumn, this)),
      m_editButton(new QPushButton(tr("&Edit…"), this)), m_removeButton(new QPushButton(tr("&Remove"), this)),
      m_testButton(new QPushButton(tr("&Test"), this)),
      m_result(new SettingsResultLabel(QStringLiteral("instanceResult"), this))
{
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_testButton->setObjectName(QStringLiteral("testInstanceButton"));
    auto *import = new QPushButton(tr("Import from Re&cyclarr…"), this);
    import->setObjectName(QStringLiteral("importRecyclarrButton"));
    import->setAccessibleDescription(tr("Add the Radarr and Sonarr instances Recyclarr's recyclarr.yml configures"));
    connect(add, &QPushButton::clicked, this, &SettingsInstancesPage::addInstance);
    connect(import, &QPushButton::clicked, this, &SettingsInstancesPage::importRecyclarr);
    connect(m_editButton, &QPushButton::clicked, this, &SettingsInstancesPage::editInstance);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsInstancesPage::removeInstance);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsInstancesPage::testInstance);
    connect(m_instances, &QTreeWidget::itemDoubleClicked, this, &SettingsInstancesPage::editInstance);
    connect(m_instances, &QTreeWidget::itemSelectionChanged, this, &SettingsInstancesPage::updateButtons);
    m_instances->watchEnabledColumn(NameColumn, EnabledColumn);
    connect(m_instances, &SettingsList::enabledToggled, this, &SettingsInstancesPage::setEnabledFromList);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(import);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_testButton);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_instances, 1);
    row->addLayout(buttons);

    auto *where = new QLabel(tr("Saved in %1, which the command line reads too. API keys are kept in your "
                                "system's keychain.")
                                 .arg(QDir::toNativeSeparators(m_configPath)),
                             this);
    where->setObjectName(QStringLiteral("instancesHint"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_result);
    layout->addWidget(where);
    refresh();
}

void SettingsInstancesPage::refresh()
{
    const QString selected = selectedName();
    const QSignalBlocker blocker(m_instances);
    m_instances->clear();
    for (const InstanceConfig &instance : std::as_const(m_config.instances)) {
        auto *item = new QTreeWidgetItem(m_instances);
        item->setText(NameColumn, instance.name);
        item->setData(NameColumn, Qt::UserRole, instance.name);
        item->setText(TypeColumn, instanceTypeName(instance.type) == QLatin1String("sonarr")
                                      ? QStringLiteral("Sonarr")
                                      : QStringLiteral("Radarr"));
        item->setText(UrlColumn, instance.displayUrl());
        item->setToolTip(UrlColumn, instance.origin);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(EnabledColumn, instance.enabled ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(EnabledColumn, tr("Synced with the others when checked"));
        if (instance.name == selected)
            m_instances->setCurrentItem(item);
    }
    if (!m_instances->currentItem() && m_instances->topLevelItemCount() > 0 && selected.isEmpty())
        m_instances->setCurrentItem(m_instances->topLevelItem(0));
    updateButtons();
}

void SettingsInstancesPage::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_testButton->setEnabled(selected && !m_testJob);
}

QString SettingsInstancesPage::selectedName() const
{
    const QList<QTreeWidgetItem *> items = m_instances->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(NameColumn, Qt::UserRole).toString();
}

void SettingsInstancesPage::showResult(const QString &text, bool ok)
{
    m_result->setResult(text, ok);
}

void SettingsInstancesPage::setEnabledFromList(const QString &name, bool enabled)
{
    const InstanceConfig *current = m_config.instance(name);
    if (!current || current->enabled == enabled)
        return;
    if (const Status written = ConfigWriter::setInstanceEnabled(m_configPath, name, enabled); !written) {
        showResult(written.error().message, false);
        refresh();
        return;
    }
    if (reload(enabled ? tr("\"%1\" is synced again.").arg(name) : tr("\"%1\" is left out of syncs.").arg(name)))
        Q_EMIT changed();
}

// Keys in the keychain are read only when an edit or a test needs them.
void SettingsInstancesPage::withKey(const QString &name, const std::function<void(const InstanceConfig &)> &then)
{
    const InstanceConfig *found = m_config.instance(name);
    if (!found)
        return;
    // The SecretStore outlives this dialog, so its answers must check that the page is still there.
    m_secrets->resolve({*found}, [self = QPointer<SettingsInstancesPage>(this), this, name,
                                  then](Result<QList<InstanceConfig>> resolved) {
        if (!self || !m_config.instance(name))
            return;
        if (resolved)
            InstanceStore::keepKnownKeys(m_config.instances, resolved.value());
        else
            showResult(resolved.error().message, false);
        then(*m_config.instance(name));
    });
}

void SettingsInstancesPage::addInstance()
{
    openInstanceDialog({});
}

void SettingsInstancesPage::editInstance()
{
    withKey(selectedName(), [this](const InstanceConfig &instance) { openInstanceDialog(instance); });
}

void SettingsInstancesPage::openInstanceDialog(const InstanceConfig &initial)
{
    QStringList names;
    for (const InstanceConfig &i : std::as_const(m_config.instances))
        names << i.name;
    auto *dialog = new InstanceDialog(names, initial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, initial] { saveInstance(dialog->instance(), initial, dialog->keyChanged()); });
    dialog->open();
}

void SettingsInstancesPage::importRecyclarr()
{
    auto *dialog = new RecyclarrImportDialog(m_config, m_configPath, m_secrets, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecyclarrImportDialog::imported, this, [this](const AppConfig &config) {
        const qsizetype added = config.instances.size() - m_config.instances.size();
        m_config = config;
        refresh();
        showResult(tr("%n instances added from Recyclarr.", nullptr, int(added)), true);
        Q_EMIT changed();
    });
    dialog->open();
}

void SettingsInstancesPage::saveInstance(const InstanceConfig &instance, const InstanceConfig &before, bool keyChanged)
{
    InstanceStore(m_configPath, m_secrets)
        .save(
            instance, before, keyChanged, m_config,
            [self = QPointer<SettingsInstancesPage>(this), this, instance, before](const InstanceStore::Saved &saved) {
                if (!self)
                    return;
                QString done = before.name.isEmpty() ? tr("\"%1\" added.").arg(instance.name)
                                                     : tr("\"%1\" saved.").arg(instance.name);
                // Only where there is no keychain does the key go into the file, and the user is told.
                if (saved.keyInFile.isError())
                    done += QLatin1Char(' ')
                            + tr("%1 The key of \"%2\" is saved in %3 instead, readable only by "
                                 "your user account.")
                                  .arg(saved.keyInFile.message, instance.name, QDir::toNativeSeparators(m_configPath));
                if (!saved.written || !saved.reloaded) {
                    showResult((saved.written ? saved.reloaded : saved.written).error().message, false);
                    return;
                }
                m_config = saved.config;
                refresh();
                showResult(done, true);
                for (int row = 0; row < m_instances->topLevelItemCount(); ++row) {
                    QTreeWidgetItem *item = m_instances->topLevelItem(row);
                    item->setSelected(item->data(NameColumn, Qt::UserRole).toString() == instance.name);
                }
                Q_EMIT changed();
            });
}

void SettingsInstancesPage::removeInstance()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove %1").arg(name),
                                tr("Remove \"%1\" from the configuration and its API key from the keychain? "
                                   "Its history stays in the database.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, name] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        const InstanceConfig *instance = m_config.instance(name);
        const bool inKeychain = instance && instance->apiKeyInKeychain;
        if (const Status removed = ConfigWriter::removeInstance(m_configPath, name); !removed) {
            showResult(removed.error().message, false);
            return;
        }
        if (reload(tr("\"%1\" removed.").arg(name)))
            Q_EMIT changed();
        // Also when the flag is off: an earlier save may have left an entry behind.
        m_secrets->removeKey(
            name, [self = QPointer<SettingsInstancesPage>(this), this, name, inKeychain](const Status &status) {
                if (self && !status && inKeychain)
                    showResult(
                        tr("\"%1\" removed, but its key stays in the keychain: %2").arg(name, status.error().message),
                        false);
            });
    });
    box->open();
}

void SettingsInstancesPage::testInstance()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_testJob)
        return;
    m_testButton->setEnabled(false);
    showResult(tr("Testing %1…").arg(name), true);
    withKey(name, [this, name](const InstanceConfig &instance) {
        if (instance.apiKey.isEmpty()) {
            showResult(tr("%1: no API key to test with. Edit the instance and enter it.").arg(name), false);
            m_testButton->setEnabled(true);
            return;
        }
        m_testJob = new SyncJob(InstanceTarget::forConnectionTest(instance), m_nam, this);
        m_testJob->setCountLibrary(true);
        connect(m_testJob, &SyncJob::finished, this, [this, name] {
            bool ok = false;
            const QString text = InstanceDialog::describeTest(*m_testJob, &ok);
            m_testJob->deleteLater();
            m_testJob = nullptr;
            showResult(name + QStringLiteral(": ") + text, ok);
            m_testButton->setEnabled(!selectedName().isEmpty());
        });
        m_testJob->start(SyncJob::Mode::Test);
    });
}

bool SettingsInstancesPage::reload(const QString &doneText)
{
    Result<AppConfig> reloaded = InstanceStore::reload(m_configPath, m_config);
    if (!reloaded) {
        showResult(reloaded.error().message, false);
        return false;
    }
    m_config = std::move(reloaded).value();
    refresh();
    showResult(doneText, true);
    return true;
}

} // namespace arrscore
