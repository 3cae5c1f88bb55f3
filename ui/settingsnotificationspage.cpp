#include "settingsnotificationspage.h"

#include "config/configwriter.h"
#include "config/instancestore.h"
#include "config/secretstore.h"
#include "notificationdialog.h"
#include "notificationtest.h"
#include "settingslist.h"
#include "settingsresultlabel.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace arrscore {

namespace {

enum Column { NameColumn, TypeColumn, WhenColumn, EnabledColumn };

QString whenText(const NotificationTarget &t)
{
    QStringList when;
    if (t.onChanges)
        when << (t.minChanges <= 1 ? SettingsNotificationsPage::tr("changes")
                                   : SettingsNotificationsPage::tr("at least %n changed files", nullptr, t.minChanges));
    if (t.onFailures)
        when << SettingsNotificationsPage::tr("failures");
    return when.join(QStringLiteral(", "));
}

} // namespace

SettingsNotificationsPage::SettingsNotificationsPage(AppConfig &config, QString configPath, SecretStore *secrets,
                                                     QWidget *parent)
    : QWidget(parent), m_config(config), m_configPath(std::move(configPath)), m_secrets(secrets),
      m_test(new NotificationTest(secrets, this)),
      m_list(new SettingsList(QStringLiteral("notificationList"), tr("Notifications"),
                              {tr("Name"), tr("Type"), tr("Sends on"), tr("Enabled")}, WhenColumn, this)),
      m_editButton(new QPushButton(tr("&Edit…"), this)), m_removeButton(new QPushButton(tr("&Remove"), this)),
      m_testButton(new QPushButton(tr("&Test"), this)),
      m_afterSync(new QCheckBox(tr("Send after each &sync (the app's and arrscore sync's)"), this)),
      m_result(new SettingsResultLabel(QStringLiteral("notificationResult"), this))
{
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addNotificationButton"));
    m_editButton->setObjectName(QStringLiteral("editNotificationButton"));
    m_removeButton->setObjectName(QStringLiteral("removeNotificationButton"));
    m_testButton->setObjectName(QStringLiteral("testNotificationListButton"));
    m_testButton->setAccessibleDescription(tr("Send a sample summary to the selected target"));
    m_afterSync->setObjectName(QStringLiteral("notifyAfterSyncCheck"));
    m_afterSync->setToolTip(tr("Every sync sends its summary to the enabled targets: the app's, and arrscore sync's "
                               "without --notify (notify_after_sync: true)."));
    connect(add, &QPushButton::clicked, this, &SettingsNotificationsPage::addTarget);
    connect(m_editButton, &QPushButton::clicked, this, &SettingsNotificationsPage::editTarget);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsNotificationsPage::removeTarget);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsNotificationsPage::testTarget);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &SettingsNotificationsPage::editTarget);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SettingsNotificationsPage::updateButtons);
    m_list->watchEnabledColumn(NameColumn, EnabledColumn);
    connect(m_list, &SettingsList::enabledToggled, this, &SettingsNotificationsPage::setEnabledFromList);
    connect(m_afterSync, &QCheckBox::toggled, this, &SettingsNotificationsPage::setNotifyAfterSync);
    connect(m_test, &NotificationTest::finished, this, [this](const QString &text, bool ok) {
        showResult(text, ok);
        updateButtons();
    });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_testButton);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);

    auto *where = new QLabel(tr("Saved in %1, which the command line reads too. URLs, tokens and passwords are kept "
                                "in your system's keychain.")
                                 .arg(QDir::toNativeSeparators(m_configPath)),
                             this);
    where->setObjectName(QStringLiteral("notificationsHint"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_afterSync);
    layout->addWidget(m_result);
    layout->addWidget(where);
    refresh();
}

void SettingsNotificationsPage::refresh()
{
    const QString selected = selectedName();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const NotificationTarget &target : std::as_const(m_config.notifications)) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(NameColumn, target.name);
            item->setData(NameColumn, Qt::UserRole, target.name);
            item->setText(TypeColumn, NotificationTypes::displayName(target.type));
            item->setText(WhenColumn, whenText(target));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(EnabledColumn, target.enabled ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(EnabledColumn, tr("Sent to when checked"));
            if (target.name == selected)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->topLevelItemCount() > 0 && selected.isEmpty())
            m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    const QSignalBlocker blocker(m_afterSync);
    m_afterSync->setChecked(m_config.notifyAfterSync);
    updateButtons();
}

void SettingsNotificationsPage::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_testButton->setEnabled(selected && !m_test->isRunning());
}

QString SettingsNotificationsPage::selectedName() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(NameColumn, Qt::UserRole).toString();
}

void SettingsNotificationsPage::select(const QString &name)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        item->setSelected(item->data(NameColumn, Qt::UserRole).toString() == name);
    }
}

void SettingsNotificationsPage::showResult(const QString &text, bool ok)
{
    m_result->setResult(text, ok);
}

void SettingsNotificationsPage::addTarget()
{
    openDialog({});
}

void SettingsNotificationsPage::editTarget()
{
    const NotificationTarget *target = m_config.notification(selectedName());
    if (!target)
        return;
    // The secrets in the keychain are read first: a rename moves them, and Test uses them.
    const QString name = target->name;
    m_secrets->resolveNotifications({*target}, [self = QPointer<SettingsNotificationsPage>(this), this,
                                                name](Result<QList<NotificationTarget>> resolved) {
        if (!self || !m_config.notification(name))
            return;
        if (!resolved || resolved.value().isEmpty()) {
            showResult(resolved.error().message, false);
            openDialog(*m_config.notification(name));
            return;
        }
        openDialog(resolved.value().first());
    });
}

void SettingsNotificationsPage::openDialog(const NotificationTarget &initial)
{
    QStringList names;
    for (const NotificationTarget &t : std::as_const(m_config.notifications))
        names << t.name;
    auto *dialog = new NotificationDialog(names, initial, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saveTarget(dialog->target(), dialog->previousName(), dialog->secretsTyped()); });
    dialog->open();
}

void SettingsNotificationsPage::saveTarget(const NotificationTarget &target, const QString &previousName, bool typed)
{
    const QStringList fields = target.secretFields();
    const bool renamed = !previousName.isEmpty() && previousName != target.name;
    const bool inKeychain =
        std::any_of(fields.cbegin(), fields.cend(), [&](const QString &f) { return target.secret(f)->inKeychain; });
    const bool fromEnv =
        std::any_of(fields.cbegin(), fields.cend(), [&](const QString &f) { return !target.secret(f)->env.isEmpty(); });
    // Variables are written as variables (the dialog lets a target have either variables or typed secrets).
    if (fromEnv && !typed) {
        write(target, int(ConfigWriter::KeyPlacement::File), previousName, {});
        return;
    }
    // Typed secrets go to the keychain; so do those kept there when the target is renamed, under its new name.
    if (typed || (renamed && inKeychain)) {
        storeSecrets(target, fields, previousName);
        return;
    }
    write(target, int(ConfigWriter::KeyPlacement::Unchanged), previousName, {});
}

void SettingsNotificationsPage::storeSecrets(const NotificationTarget &target, QStringList fields,
                                             const QString &previousName)
{
    if (fields.isEmpty()) {
        write(target, int(ConfigWriter::KeyPlacement::Keychain), previousName, {});
        return;
    }
    const QString field = fields.takeFirst();
    const NotificationSecret *secret = target.secret(field);
    if (!secret || !secret->isSet()) {
        storeSecrets(target, fields, previousName);
        return;
    }
    m_secrets->writeNotificationSecret(
        target.name, field, secret->value,
        [self = QPointer<SettingsNotificationsPage>(this), this, target, fields, previousName](const Status &stored) {
            if (!self)
                return;
            if (!stored) {
                // Only where there is no keychain do the secrets go into the file, and the user is told.
                write(target, int(ConfigWriter::KeyPlacement::File), previousName, stored.error().message);
                return;
            }
            storeSecrets(target, fields, previousName);
        });
}

void SettingsNotificationsPage::write(const NotificationTarget &target, int placement, const QString &previousName,
                                      const QString &keychainError)
{
    if (const Status written =
            ConfigWriter::upsertNotification(m_configPath, target, ConfigWriter::KeyPlacement(placement), previousName);
        !written) {
        showResult(written.error().message, false);
        return;
    }
    QString done = previousName.isEmpty() ? tr("\"%1\" added.").arg(target.name) : tr("\"%1\" saved.").arg(target.name);
    if (!keychainError.isEmpty())
        done += QLatin1Char(' ')
                + tr("%1 The secrets of \"%2\" are saved in %3 instead, readable only by your user account.")
                      .arg(keychainError, target.name, QDir::toNativeSeparators(m_configPath));
    if (!reload(done))
        return;
    select(target.name);
    Q_EMIT changed();
    // A renamed target's keychain entries were copied under its new name: the old ones go.
    if (!previousName.isEmpty() && previousName != target.name)
        m_secrets->removeNotificationSecrets(previousName, [](const Status &) {});
}

void SettingsNotificationsPage::removeTarget()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove %1").arg(name),
                                tr("Remove the notification \"%1\" from the configuration and its secrets from the "
                                   "keychain? Syncs no longer send to it.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeNotificationConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, name] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (const Status removed = ConfigWriter::removeNotification(m_configPath, name); !removed) {
            showResult(removed.error().message, false);
            return;
        }
        if (reload(tr("\"%1\" removed.").arg(name)))
            Q_EMIT changed();
        m_secrets->removeNotificationSecrets(name, [self = QPointer<SettingsNotificationsPage>(this), this,
                                                    name](const Status &status) {
            if (self && !status)
                showResult(
                    tr("\"%1\" removed, but its secrets stay in the keychain: %2").arg(name, status.error().message),
                    false);
        });
    });
    box->open();
}

void SettingsNotificationsPage::testTarget()
{
    const NotificationTarget *target = m_config.notification(selectedName());
    if (!target || m_test->isRunning())
        return;
    m_testButton->setEnabled(false);
    showResult(tr("Sending a test message to %1…").arg(target->label()), true);
    m_test->start(*target);
}

void SettingsNotificationsPage::setEnabledFromList(const QString &name, bool enabled)
{
    const NotificationTarget *current = m_config.notification(name);
    if (!current || current->enabled == enabled)
        return;
    NotificationTarget target = *current;
    target.enabled = enabled;
    if (const Status written =
            ConfigWriter::upsertNotification(m_configPath, target, ConfigWriter::KeyPlacement::Unchanged, name);
        !written) {
        showResult(written.error().message, false);
        refresh();
        return;
    }
    if (reload(enabled ? tr("\"%1\" is sent to again.").arg(name) : tr("\"%1\" is left out.").arg(name)))
        Q_EMIT changed();
}

void SettingsNotificationsPage::setNotifyAfterSync(bool notify)
{
    if (const Status written = ConfigWriter::setNotifyAfterSync(m_configPath, notify); !written) {
        showResult(written.error().message, false);
        refresh();
        return;
    }
    if (reload(notify ? tr("Every sync now sends its summary to the enabled targets.")
                      : tr("Syncs send nothing unless asked to (arrscore sync --notify).")))
        Q_EMIT changed();
}

bool SettingsNotificationsPage::reload(const QString &doneText)
{
    Result<AppConfig> reloaded = InstanceStore::reload(m_configPath, m_config);
    if (!reloaded) {
        showResult(reloaded.error().message, false);
        refresh();
        return false;
    }
    m_config = std::move(reloaded).value();
    refresh();
    showResult(doneText, true);
    return true;
}

} // namespace arrscore
