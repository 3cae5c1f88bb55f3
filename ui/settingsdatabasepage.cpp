#include "settingsdatabasepage.h"

#include "base/handoff.h"
#include "config/configwriter.h"
#include "config/databaselocation.h"
#include "config/instancestore.h"
#include "settingsresultlabel.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace arrscore {

SettingsDatabasePage::SettingsDatabasePage(AppConfig &config, QString configPath, QWidget *parent)
    : QWidget(parent), m_config(config), m_configPath(std::move(configPath)), m_current(new QLabel(this)),
      m_edit(new QLineEdit(this)), m_apply(new QPushButton(tr("&Use this database"), this)),
      m_result(new SettingsResultLabel(QStringLiteral("databaseResult"), this))
{
    m_current->setObjectName(QStringLiteral("databaseCurrent"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit->setObjectName(QStringLiteral("databaseEdit"));
    m_edit->setPlaceholderText(tr("/path/to/arrscore.db or postgresql://user@host/dbname"));
    m_edit->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseDatabaseButton"));
    connect(browseButton, &QPushButton::clicked, this, &SettingsDatabasePage::browse);
    m_apply->setObjectName(QStringLiteral("applyDatabaseButton"));
    connect(m_apply, &QPushButton::clicked, this, &SettingsDatabasePage::applyDatabase);
    connect(m_edit, &QLineEdit::returnPressed, this, &SettingsDatabasePage::applyDatabase);

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(browseButton);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_apply);
    applyRow->addStretch();
    auto *editLabel = new QLabel(tr("&New location:"), this); // a row of a layout gets no buddy by itself
    editLabel->setBuddy(m_edit);
    auto *form = new QFormLayout;
    form->addRow(tr("In use:"), m_current);
    form->addRow(editLabel, editRow);
    form->addRow(QString(), applyRow);
    auto *hint = new QLabel(tr("An SQLite file (created when it does not exist) or a PostgreSQL URL. It is opened "
                               "before it is saved; an empty field means the default location, %1. A PostgreSQL "
                               "password may also come from ARRSCORE_DB_PASSWORD or PGPASSWORD. The history "
                               "already synced stays in the old database.")
                                .arg(QDir::toNativeSeparators(DatabaseLocation::defaultPath())),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(hint);
    if (qEnvironmentVariableIsSet("ARRSCORE_DB")) {
        auto *env = new QLabel(tr("ARRSCORE_DB is set in the environment and overrides this setting."), this);
        env->setObjectName(QStringLiteral("databaseEnvNotice"));
        env->setWordWrap(true);
        layout->addWidget(env);
    }
    layout->addStretch();
    refresh();
}

void SettingsDatabasePage::refresh()
{
    m_current->setText(DatabaseLocation::display(m_config.database, true));
}

void SettingsDatabasePage::browse()
{
    auto *dialog = new QFileDialog(this, tr("SQLite database file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave); // a new file is fine: it is created
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setNameFilters({tr("SQLite databases (*.db *.sqlite *.sqlite3)"), tr("All files (*)")});
    if (!m_config.databaseIsPostgres())
        dialog->selectFile(m_config.database);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_edit->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void SettingsDatabasePage::applyDatabase()
{
    if (!m_apply->isEnabled())
        return; // a check is running
    const QString text = m_edit->text().trimmed();
    // As the configuration file reads it: "~/" is the home folder, a relative path is beside the file.
    const QString location =
        DatabaseLocation::resolve(QDir::fromNativeSeparators(text), QFileInfo(m_configPath).absolutePath());
    if (!DatabaseLocation::isPostgres(location) && QFileInfo(location).isDir()) {
        m_result->setResult(tr("%1 is a folder; choose a file in it, e.g. %2.")
                                .arg(QDir::toNativeSeparators(location),
                                     QDir::toNativeSeparators(location + QStringLiteral("/arrscore.db"))),
                            false);
        return;
    }
    m_apply->setEnabled(false);
    m_result->setResult(tr("Opening %1…").arg(DatabaseLocation::display(location, true)), true);
    // Opening may create, migrate or wait for a server: on a worker thread, with its own connection.
    whenFinished(this, runInBackground([location]() -> Status {
                     Result<std::unique_ptr<Database>> db = Database::open(location);
                     if (!db)
                         return db.error();
                     return Status::success();
                 }),
                 [this, text, location](const Status &opened) {
                     m_apply->setEnabled(true);
                     if (!opened) {
                         m_result->setResult(tr("Not changed: %1").arg(opened.error().message), false);
                         return;
                     }
                     saveLocation(text, location);
                 });
}

void SettingsDatabasePage::saveLocation(const QString &text, const QString &location)
{
    // A relative path is written as typed, so that it stays beside the file; the rest as resolved.
    const QString stored = text.isEmpty() ? QString() : (QDir::isRelativePath(text) ? text : location);
    if (const Status written = ConfigWriter::setDatabase(m_configPath, stored); !written) {
        m_result->setResult(written.error().message, false);
        return;
    }
    Result<AppConfig> reloaded = InstanceStore::reload(m_configPath, m_config);
    if (!reloaded) {
        m_result->setResult(reloaded.error().message, false);
        return;
    }
    m_config = std::move(reloaded).value();
    refresh();
    m_edit->clear();
    m_result->setResult(tr("Now using %1.").arg(DatabaseLocation::display(m_config.database, true)), true);
    Q_EMIT changed();
}

} // namespace arrscore
