#include "instances.h"

#include "config/configloader.h"
#include "config/instancestore.h"
#include "config/secretstore.h"
#include "instancedialog.h"
#include "recyclarrimportdialog.h"
#include "settingsdialog.h"

#include <QDir>
#include <QMessageBox>
#include <QWidget>

namespace arrscore {

Instances::Instances(AppConfig config, QWidget *window)
    : QObject(window), m_config(std::move(config)), m_window(window), m_secrets(new SecretStore(this))
{
}

QString Instances::configPath() const
{
    return ConfigLoader::writablePath(m_config);
}

void Instances::add()
{
    QStringList names;
    for (const InstanceConfig &i : std::as_const(m_config.instances))
        names << i.name;
    auto *dialog = new InstanceDialog(names, {}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog->instance()); });
    connect(dialog, &InstanceDialog::importRequested, this, &Instances::importRecyclarr);
    dialog->open();
}

void Instances::importRecyclarr()
{
    auto *dialog = new RecyclarrImportDialog(m_config, configPath(), m_secrets, {}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecyclarrImportDialog::imported, this, [this](const AppConfig &config) {
        m_config = config;
        Q_EMIT added();
    });
    dialog->open();
}

void Instances::showSettings()
{
    if (auto *open = m_window->findChild<SettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_config, configPath(), m_secrets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::configChanged, this, [this](const AppConfig &config) {
        const bool otherDatabase = config.database != m_config.database;
        m_config = config;
        Q_EMIT changed(otherDatabase);
    });
    connect(dialog, &SettingsDialog::traySettingsChanged, this, &Instances::traySettingsChanged);
    dialog->open();
}

void Instances::save(const InstanceConfig &instance)
{
    const QString path = configPath();
    InstanceStore(path, m_secrets)
        .save(instance, {}, true, m_config, [this, path, instance](const InstanceStore::Saved &saved) {
            if (saved.keyInFile.isError()) {
                // Only where there is no keychain does the key go into the file, and the user is told.
                auto *box =
                    new QMessageBox(QMessageBox::Warning, tr("API key saved in the configuration file"),
                                    tr("%1\n\nThe key of \"%2\" is saved in %3 instead, readable only by your "
                                       "user account.")
                                        .arg(saved.keyInFile.message, instance.name, QDir::toNativeSeparators(path)),
                                    QMessageBox::Close, m_window);
                box->setObjectName(QStringLiteral("keyInFileWarning"));
                box->setTextFormat(Qt::PlainText); // the keychain's own message, quoted
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setModal(false);
                box->show();
            }
            if (!saved.written) {
                Q_EMIT problem(tr("Could not save the instance"), saved.written.error().message);
                return;
            }
            if (!saved.reloaded) {
                Q_EMIT problem(tr("Configuration error"), saved.reloaded.error().message);
                return;
            }
            m_config = saved.config;
            Q_EMIT added();
        });
}

void Instances::withKeys(const std::function<void(const QList<InstanceConfig> &)> &done)
{
    // Keys in the keychain are read when they are needed, and kept for the next run.
    m_secrets->resolve(m_config.enabledInstances(), [this, done](Result<QList<InstanceConfig>> resolved) {
        if (!resolved) {
            Q_EMIT problem(tr("The API key could not be read"), resolved.error().message);
            return;
        }
        InstanceStore::keepKnownKeys(m_config.instances, resolved.value());
        done(resolved.value());
    });
}

} // namespace arrscore
