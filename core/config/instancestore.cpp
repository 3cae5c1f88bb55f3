#include "config/instancestore.h"

#include "config/configloader.h"
#include "config/configwriter.h"
#include "config/secretstore.h"

#include <algorithm>

namespace arrscore {

InstanceStore::InstanceStore(QString configPath, SecretStore *secrets)
    : m_path(std::move(configPath)), m_secrets(secrets)
{
}

void InstanceStore::save(const InstanceConfig &instance, const InstanceConfig &before, bool keyChanged,
                         const AppConfig &known, const std::function<void(const Saved &)> &done) const
{
    const QString previousName = before.name;
    const bool renamed = !previousName.isEmpty() && previousName != instance.name;
    const bool moveKey = renamed && before.apiKeyInKeychain && !instance.apiKey.isEmpty();
    if (!keyChanged && !moveKey) {
        // The key stays where it is: the file's api_key / api_key_env lines, or the keychain entry.
        done(write(instance, previousName, int(ConfigWriter::KeyPlacement::Unchanged), {}, known));
        return;
    }
    m_secrets->writeKey(instance.name, instance.apiKey,
                        [store = *this, instance, previousName, renamed, known, done](const Status &stored) {
                            auto placement = ConfigWriter::KeyPlacement::Keychain;
                            if (!stored) {
                                // Only where there is no keychain does the key go into the file.
                                placement = ConfigWriter::KeyPlacement::File;
                            } else if (renamed) {
                                // An orphan entry would only confuse.
                                store.m_secrets->removeKey(previousName, [](const Status &) {});
                            }
                            done(store.write(instance, previousName, int(placement), stored.error(), known));
                        });
}

void InstanceStore::addAll(const QList<InstanceConfig> &instances, const AppConfig &known,
                           const std::function<void(const QList<Saved> &)> &done) const
{
    addFrom(instances, 0, known, {}, done);
}

void InstanceStore::addFrom(const QList<InstanceConfig> &instances, qsizetype index, const AppConfig &current,
                            QList<Saved> saved, const std::function<void(const QList<Saved> &)> &done) const
{
    if (index >= instances.size()) {
        done(saved);
        return;
    }
    // One at a time: each write reads the file the previous one wrote.
    save(instances[index], {}, true, current,
         [store = *this, instances, index, saved = std::move(saved), done](const Saved &one) mutable {
             saved.append(one);
             if (!one.written || !one.reloaded) {
                 done(saved);
                 return;
             }
             store.addFrom(instances, index + 1, one.config, std::move(saved), done);
         });
}

InstanceStore::Saved InstanceStore::write(const InstanceConfig &instance, const QString &previousName, int placement,
                                          Error keyInFile, AppConfig known) const
{
    Saved saved;
    saved.keyInFile = std::move(keyInFile);
    saved.written = ConfigWriter::upsertInstance(m_path, instance, ConfigWriter::KeyPlacement(placement), previousName);
    if (!saved.written)
        return saved;
    // The key is known now; the reloaded configuration only says where it lives.
    known.instances.prepend(instance);
    Result<AppConfig> reloaded = reload(m_path, known);
    if (!reloaded) {
        saved.reloaded = reloaded.error();
        return saved;
    }
    saved.config = std::move(reloaded).value();
    return saved;
}

Result<AppConfig> InstanceStore::reload(const QString &configPath, const AppConfig &known)
{
    Result<AppConfig> reloaded = ConfigLoader::load(configPath);
    if (!reloaded)
        return reloaded;
    keepKnownKeys(reloaded.value().instances, known.instances);
    return reloaded;
}

void InstanceStore::keepKnownKeys(QList<InstanceConfig> &instances, const QList<InstanceConfig> &known)
{
    for (InstanceConfig &i : instances) {
        if (!i.apiKey.isEmpty() || !i.apiKeyInKeychain)
            continue;
        const auto old = std::find_if(known.cbegin(), known.cend(), [&i](const InstanceConfig &k) {
            return k.name == i.name && !k.apiKey.isEmpty();
        });
        if (old != known.cend())
            i.apiKey = old->apiKey;
    }
}

} // namespace arrscore
