#include "instances.h"

#include "config/configloader.h"
#include "config/configwriter.h"
#include "instancedialog.h"
#include "config/secretstore.h"
#include "settingsdialog.h"

#include <QDir>
#include <QMessageBox>
#include <QWidget>

#include <memory>

namespace arrscore {

Instances::Instances(AppConfig config, QWidget *window)
    : QObject(window), m_config(std::move(config)), m_window(window), m_secrets(new SecretStore(this))
{
}

QString Instances::configPath() const
{
    if (!m_config.sourcePath.isEmpty())
        return m_config.sourcePath;
    const QString fromEnv = qEnvironmentVariable("ARRSCORE_CONFIG");
    return fromEnv.isEmpty() ? ConfigLoader::defaultConfigPath() : fromEnv;
}

void Instances::add()
{
    QStringList names;
    for (const InstanceConfig &i : std::as_const(m_config.instances))
        names << i.name;
    auto *dialog = new InstanceDialog(names, {}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog->instance()); });
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
    dialog->open();
}

void Instances::save(const InstanceConfig &instance)
{
    m_secrets->writeKey(instance.name, instance.apiKey, [this, instance](Status stored) {
        const QString path = configPath();
        ConfigWriter::KeyPlacement placement = ConfigWriter::KeyPlacement::Keychain;
        if (!stored) {
            // Only where there is no keychain does the key go into the file, and the user is told.
            placement = ConfigWriter::KeyPlacement::File;
            auto *box = new QMessageBox(QMessageBox::Warning, tr("API key saved in the configuration file"),
                                        tr("%1\n\nThe key of \"%2\" is saved in %3 instead, readable only by your "
                                           "user account.")
                                            .arg(stored.error().message, instance.name, QDir::toNativeSeparators(path)),
                                        QMessageBox::Close, m_window);
            box->setObjectName(QStringLiteral("keyInFileWarning"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setModal(false);
            box->show();
        }
        if (const Status written = ConfigWriter::upsertInstance(path, instance, placement); !written) {
            Q_EMIT problem(tr("Could not save the instance"), written.error().message);
            return;
        }
        Result<AppConfig> reloaded = ConfigLoader::load(path);
        if (!reloaded) {
            Q_EMIT problem(tr("Configuration error"), reloaded.error().message);
            return;
        }
        m_config = reloaded.value();
        for (InstanceConfig &i : m_config.instances) {
            if (i.name == instance.name)
                i.apiKey = instance.apiKey; // known already; no need to ask the keychain back
        }
        Q_EMIT added();
    });
}

void Instances::withKeys(const std::function<void(const QList<InstanceConfig> &)> &done)
{
    // Keys in the keychain are read when they are needed, one after the other.
    auto instances = std::make_shared<QList<InstanceConfig>>(m_config.enabledInstances());
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, instances, next, done](int index) {
        while (index < instances->size()
               && (!(*instances)[index].apiKeyInKeychain || !(*instances)[index].apiKey.isEmpty()))
            ++index;
        if (index >= instances->size()) {
            done(*instances);
            *next = nullptr; // break the cycle
            return;
        }
        m_secrets->readKey((*instances)[index].name, [this, instances, next, index](Result<QString> key) {
            if (!key) {
                Q_EMIT problem(tr("The API key could not be read"), key.error().message);
                *next = nullptr;
                return;
            }
            (*instances)[index].apiKey = key.value();
            for (InstanceConfig &i : m_config.instances) {
                if (i.name == (*instances)[index].name)
                    i.apiKey = key.value(); // read once per run
            }
            (*next)(index + 1);
        });
    };
    (*next)(0);
}

} // namespace arrscore
