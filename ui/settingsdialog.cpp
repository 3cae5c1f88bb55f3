#include "settingsdialog.h"

#include "config/configloader.h"
#include "config/configwriter.h"
#include "config/databaselocation.h"
#include "storage/database.h"
#include "instancedialog.h"
#include "config/secretstore.h"
#include "sync/syncjob.h"
#include "theme.h"
#include "base/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace arrscore {

namespace {

enum Column { NameColumn, TypeColumn, UrlColumn, EnabledColumn };

// A file path in the platform's spelling, a PostgreSQL URL without its password.
QString shownLocation(const QString &location)
{
    return DatabaseLocation::display(location, true);
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English"); // not "American English"
    QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QLabel *resultLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumHeight(label->fontMetrics().height() * 3);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppConfig config, QString configPath, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_config(std::move(config)), m_configPath(std::move(configPath)), m_secrets(secrets),
      m_nam(new QNetworkAccessManager(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(createInstancesPage(), tr("&Instances"));
    m_tabs->addTab(createDatabasePage(), tr("&Database"));
    m_tabs->addTab(createAppearancePage(), tr("A&ppearance"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(720, 480);
    fillInstances();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

// --- Instances -----------------------------------------------------------------------------------------

QWidget *SettingsDialog::createInstancesPage()
{
    auto *page = new QWidget(this);
    m_instances = new QTreeWidget(page);
    m_instances->setObjectName(QStringLiteral("instanceList"));
    m_instances->setHeaderLabels({tr("Name"), tr("Type"), tr("URL"), tr("Enabled")});
    m_instances->setRootIsDecorated(false);
    m_instances->setSelectionMode(QAbstractItemView::SingleSelection);
    m_instances->setAlternatingRowColors(true);
    m_instances->setUniformRowHeights(true);
    m_instances->header()->setStretchLastSection(false);
    m_instances->header()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_instances->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_instances->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_instances->header()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);

    auto *add = new QPushButton(tr("&Add…"), page);
    add->setObjectName(QStringLiteral("addButton"));
    m_editButton = new QPushButton(tr("&Edit…"), page);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_removeButton = new QPushButton(tr("&Remove"), page);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_testButton = new QPushButton(tr("&Test"), page);
    m_testButton->setObjectName(QStringLiteral("testInstanceButton"));
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addInstance);
    connect(m_editButton, &QPushButton::clicked, this, &SettingsDialog::editInstance);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsDialog::removeInstance);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testInstance);
    connect(m_instances, &QTreeWidget::itemDoubleClicked, this, &SettingsDialog::editInstance);
    connect(m_instances, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool selected = !selectedName().isEmpty();
        m_editButton->setEnabled(selected);
        m_removeButton->setEnabled(selected);
        m_testButton->setEnabled(selected && !m_testJob);
    });
    connect(m_instances, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != EnabledColumn)
            return;
        const QString name = item->data(NameColumn, Qt::UserRole).toString();
        const bool enabled = item->checkState(EnabledColumn) == Qt::Checked;
        const InstanceConfig *current = m_config.instance(name);
        if (!current || current->enabled == enabled)
            return;
        if (const Status written = ConfigWriter::setInstanceEnabled(m_configPath, name, enabled); !written) {
            showInstanceResult(written.error().message, false);
            fillInstances();
            return;
        }
        if (reload(enabled ? tr("\"%1\" is synced again.").arg(name)
                           : tr("\"%1\" is left out of syncs.").arg(name)))
            Q_EMIT configChanged(m_config);
    });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_testButton);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_instances, 1);
    row->addLayout(buttons);

    m_instanceResult = resultLabel(QStringLiteral("instanceResult"), page);
    auto *where = new QLabel(tr("Saved in %1, which the command line reads too. API keys are kept in your "
                                "system's keychain.")
                                 .arg(QDir::toNativeSeparators(m_configPath)),
                             page);
    where->setObjectName(QStringLiteral("instancesHint"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row, 1);
    layout->addWidget(m_instanceResult);
    layout->addWidget(where);
    return page;
}

void SettingsDialog::fillInstances()
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
    const bool any = !selectedName().isEmpty();
    m_editButton->setEnabled(any);
    m_removeButton->setEnabled(any);
    m_testButton->setEnabled(any && !m_testJob);
}

QString SettingsDialog::selectedName() const
{
    const QList<QTreeWidgetItem *> items = m_instances->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(NameColumn, Qt::UserRole).toString();
}

void SettingsDialog::showInstanceResult(const QString &text, bool ok)
{
    m_instanceResult->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + text);
}

// Keys in the keychain are read only when an edit or a test needs them.
void SettingsDialog::withKey(const QString &name, const std::function<void(const InstanceConfig &)> &then)
{
    const InstanceConfig *found = m_config.instance(name);
    if (!found)
        return;
    if (!found->apiKeyInKeychain || !found->apiKey.isEmpty()) {
        then(*found);
        return;
    }
    // The SecretStore outlives this dialog, so its answers must check that the dialog is still there.
    m_secrets->readKey(name, [self = QPointer<SettingsDialog>(this), this, name, then](Result<QString> key) {
        if (!self)
            return;
        InstanceConfig *instance = nullptr;
        for (InstanceConfig &i : m_config.instances) {
            if (i.name == name)
                instance = &i;
        }
        if (!instance)
            return;
        if (key)
            instance->apiKey = key.value();
        else
            showInstanceResult(key.error().message, false);
        then(*instance);
    });
}

void SettingsDialog::addInstance()
{
    openInstanceDialog({});
}

void SettingsDialog::editInstance()
{
    withKey(selectedName(), [this](const InstanceConfig &instance) { openInstanceDialog(instance); });
}

void SettingsDialog::openInstanceDialog(const InstanceConfig &initial)
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

void SettingsDialog::saveInstance(const InstanceConfig &instance, const InstanceConfig &before,
                                  bool keyChanged)
{
    const QString previousName = before.name;
    const bool renamed = !previousName.isEmpty() && previousName != instance.name;
    const bool moveKey = renamed && before.apiKeyInKeychain && !instance.apiKey.isEmpty();
    if (!keyChanged && !moveKey) {
        // The key stays where it is: the file's api_key / api_key_env lines, or the keychain entry.
        writeInstance(instance, previousName, int(ConfigWriter::KeyPlacement::Unchanged), QString());
        return;
    }
    m_secrets->writeKey(
        instance.name, instance.apiKey,
        [self = QPointer<SettingsDialog>(this), this, instance, previousName, renamed](Status stored) {
            if (!self)
                return;
            QString notice;
            auto placement = ConfigWriter::KeyPlacement::Keychain;
            if (!stored) {
                // Only where there is no keychain does the key go into the file, and the user is told.
                placement = ConfigWriter::KeyPlacement::File;
                notice =
                    tr("%1 The key of \"%2\" is saved in %3 instead, readable only by your user account.")
                        .arg(stored.error().message, instance.name, QDir::toNativeSeparators(m_configPath));
            } else if (renamed) {
                m_secrets->removeKey(previousName, [](Status) {}); // an orphan entry would only confuse
            }
            writeInstance(instance, previousName, int(placement), notice);
        });
}

void SettingsDialog::writeInstance(const InstanceConfig &instance, const QString &previousName, int placement,
                                   const QString &notice)
{
    const Status written = ConfigWriter::upsertInstance(m_configPath, instance,
                                                        ConfigWriter::KeyPlacement(placement), previousName);
    if (!written) {
        showInstanceResult(written.error().message, false);
        return;
    }
    const QString done = previousName.isEmpty() ? tr("\"%1\" added.").arg(instance.name)
                                                : tr("\"%1\" saved.").arg(instance.name);
    // The key is known now; the reloaded configuration only says where it lives.
    const QString key = instance.apiKey;
    if (!reload(notice.isEmpty() ? done : done + QLatin1Char(' ') + notice))
        return;
    for (InstanceConfig &i : m_config.instances) {
        if (i.name == instance.name && i.apiKey.isEmpty())
            i.apiKey = key;
    }
    for (int row = 0; row < m_instances->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_instances->topLevelItem(row);
        item->setSelected(item->data(NameColumn, Qt::UserRole).toString() == instance.name);
    }
    Q_EMIT configChanged(m_config);
}

void SettingsDialog::removeInstance()
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
            showInstanceResult(removed.error().message, false);
            return;
        }
        if (reload(tr("\"%1\" removed.").arg(name)))
            Q_EMIT configChanged(m_config);
        // Also when the flag is off: an earlier save may have left an entry behind.
        m_secrets->removeKey(
            name, [self = QPointer<SettingsDialog>(this), this, name, inKeychain](Status status) {
                if (self && !status && inKeychain)
                    showInstanceResult(tr("\"%1\" removed, but its key stays in the keychain: %2")
                                           .arg(name, status.error().message),
                                       false);
            });
    });
    box->open();
}

void SettingsDialog::testInstance()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_testJob)
        return;
    m_testButton->setEnabled(false);
    showInstanceResult(tr("Testing %1…").arg(name), true);
    withKey(name, [this, name](const InstanceConfig &instance) {
        if (instance.apiKey.isEmpty()) {
            showInstanceResult(tr("%1: no API key to test with. Edit the instance and enter it.").arg(name),
                               false);
            m_testButton->setEnabled(true);
            return;
        }
        m_testJob = new SyncJob(InstanceTarget::fromConfig(instance), m_nam, this);
        m_testJob->setCountLibrary(true);
        connect(m_testJob, &SyncJob::finished, this, [this, name] {
            bool ok = false;
            const QString text = InstanceDialog::describeTest(*m_testJob, &ok);
            m_testJob->deleteLater();
            m_testJob = nullptr;
            showInstanceResult(name + QStringLiteral(": ") + text, ok);
            m_testButton->setEnabled(!selectedName().isEmpty());
        });
        m_testJob->start(SyncJob::Mode::Test);
    });
}

bool SettingsDialog::reload(const QString &doneText)
{
    Result<AppConfig> reloaded = ConfigLoader::load(m_configPath);
    if (!reloaded) {
        showInstanceResult(reloaded.error().message, false);
        return false;
    }
    // Keys already read from the keychain stay known, so nothing asks the keychain twice.
    AppConfig next = reloaded.value();
    for (InstanceConfig &i : next.instances) {
        if (const InstanceConfig *old = m_config.instance(i.name);
            old && i.apiKey.isEmpty() && i.apiKeyInKeychain)
            i.apiKey = old->apiKey;
    }
    m_config = next;
    fillInstances();
    m_databaseCurrent->setText(shownLocation(m_config.database));
    if (!doneText.isEmpty())
        showInstanceResult(doneText, true);
    return true;
}

// --- Database ------------------------------------------------------------------------------------------

QWidget *SettingsDialog::createDatabasePage()
{
    auto *page = new QWidget(this);
    m_databaseCurrent = new QLabel(shownLocation(m_config.database), page);
    m_databaseCurrent->setObjectName(QStringLiteral("databaseCurrent"));
    m_databaseCurrent->setWordWrap(true);
    m_databaseCurrent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseEdit = new QLineEdit(page);
    m_databaseEdit->setObjectName(QStringLiteral("databaseEdit"));
    m_databaseEdit->setPlaceholderText(tr("/path/to/arrscore.db or postgresql://user@host/dbname"));
    m_databaseEdit->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseDatabaseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("SQLite database file"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave); // a new file is fine: it is created
        dialog->setOption(QFileDialog::DontConfirmOverwrite);
        dialog->setNameFilters({tr("SQLite databases (*.db *.sqlite *.sqlite3)"), tr("All files (*)")});
        if (!m_config.databaseIsPostgres())
            dialog->selectFile(m_config.database);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &file) { m_databaseEdit->setText(QDir::toNativeSeparators(file)); });
        dialog->open();
    });
    m_databaseApply = new QPushButton(tr("&Use this database"), page);
    m_databaseApply->setObjectName(QStringLiteral("applyDatabaseButton"));
    connect(m_databaseApply, &QPushButton::clicked, this, &SettingsDialog::applyDatabase);
    connect(m_databaseEdit, &QLineEdit::returnPressed, this, &SettingsDialog::applyDatabase);
    m_databaseResult = resultLabel(QStringLiteral("databaseResult"), page);

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_databaseEdit, 1);
    editRow->addWidget(browse);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_databaseApply);
    applyRow->addStretch();
    auto *editLabel = new QLabel(tr("&New location:"), page); // a row of a layout gets no buddy by itself
    editLabel->setBuddy(m_databaseEdit);
    auto *form = new QFormLayout;
    form->addRow(tr("In use:"), m_databaseCurrent);
    form->addRow(editLabel, editRow);
    form->addRow(QString(), applyRow);
    auto *hint =
        new QLabel(tr("An SQLite file (created when it does not exist) or a PostgreSQL URL. It is opened "
                      "before it is saved; an empty field means the default location, %1. A PostgreSQL "
                      "password may also come from ARRSCORE_DB_PASSWORD or PGPASSWORD. The history "
                      "already synced stays in the old database.")
                       .arg(QDir::toNativeSeparators(DatabaseLocation::defaultPath())),
                   page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_databaseResult);
    layout->addWidget(hint);
    if (qEnvironmentVariableIsSet("ARRSCORE_DB")) {
        auto *env = new QLabel(tr("ARRSCORE_DB is set in the environment and overrides this setting."), page);
        env->setObjectName(QStringLiteral("databaseEnvNotice"));
        env->setWordWrap(true);
        layout->addWidget(env);
    }
    layout->addStretch();
    return page;
}

void SettingsDialog::showDatabaseResult(const QString &text, bool ok)
{
    m_databaseResult->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + text);
}

// As the configuration file reads it: "~/" is the home folder, a relative path is beside the file.
QString SettingsDialog::databaseLocationFromText(const QString &text) const
{
    return DatabaseLocation::resolve(QDir::fromNativeSeparators(text), QFileInfo(m_configPath).absolutePath());
}

void SettingsDialog::applyDatabase()
{
    if (!m_databaseApply->isEnabled())
        return; // a check is running
    const QString text = m_databaseEdit->text().trimmed();
    const QString location = databaseLocationFromText(text);
    if (!DatabaseLocation::isPostgres(location) && QFileInfo(location).isDir()) {
        showDatabaseResult(tr("%1 is a folder; choose a file in it, e.g. %2.")
                               .arg(QDir::toNativeSeparators(location),
                                    QDir::toNativeSeparators(location + QStringLiteral("/arrscore.db"))),
                           false);
        return;
    }
    m_databaseApply->setEnabled(false);
    showDatabaseResult(tr("Opening %1…").arg(shownLocation(location)), true);
    // Opening may create, migrate or wait for a server: on a worker thread, with its own connection.
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, text, location] {
        watcher->deleteLater();
        m_databaseApply->setEnabled(true);
        const Status opened = watcher->result();
        if (!opened) {
            showDatabaseResult(tr("Not changed: %1").arg(opened.error().message), false);
            return;
        }
        // A relative path is written as typed, so that it stays beside the file; the rest as resolved.
        const QString stored = text.isEmpty() ? QString() : (QDir::isRelativePath(text) ? text : location);
        if (const Status written = ConfigWriter::setDatabase(m_configPath, stored); !written) {
            showDatabaseResult(written.error().message, false);
            return;
        }
        if (!reload(QString())) {
            showDatabaseResult(m_instanceResult->text(), false);
            return;
        }
        m_databaseEdit->clear();
        showDatabaseResult(tr("Now using %1.").arg(shownLocation(m_config.database)), true);
        Q_EMIT configChanged(m_config);
    });
    watcher->setFuture(QtConcurrent::run([location]() -> Status {
        Result<std::unique_ptr<Database>> db = Database::open(location);
        if (!db)
            return db.error();
        return Status::success();
    }));
}

// --- Appearance ----------------------------------------------------------------------------------------

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(this);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System"), int(Theme::Mode::System));
    m_theme->addItem(tr("Light"), int(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Mode::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(Theme::current())));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = Theme::Mode(m_theme->currentData().toInt());
        Theme::apply(mode);
        Theme::save(mode);
        Q_EMIT themeChanged();
    });

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System (%1)").arg(languageName(Translations::resolve(QLocale::system()))),
                        QString());
    QStringList codes = Translations::available();
    if (codes.isEmpty())
        codes << QStringLiteral("en");
    for (const QString &code : std::as_const(codes))
        m_language->addItem(languageName(code), code);
    const QString saved = QSettings().value(Translations::settingsKey()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(saved)));
    auto *languageNote = new QLabel(page);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    languageNote->setText(tr("A new language applies the next time the app starts."));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(Translations::settingsKey(), m_language->currentData().toString());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

} // namespace arrscore
