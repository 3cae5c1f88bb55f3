#include "instancescommand.h"

#include "base/localeformat.h"
#include "config/configloader.h"
#include "config/instancestore.h"
#include "config/recyclarrimport.h"
#include "config/secretstore.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QHash>

#include <optional>

namespace arrscore {

namespace {

const QString kYes = QStringLiteral("yes");

} // namespace

int InstancesCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.isEmpty())
        return list();
    if (positional.value(0) != QLatin1String("import") || positional.value(1) != QLatin1String("recyclarr")
        || positional.size() > 3) {
        m_ctx.err << tr("Usage: arrscore instances [import recyclarr [PATH] [--dry-run] [--yes]]") << '\n';
        return ExitUsage;
    }
    const QString path = positional.size() == 3 ? positional.at(2) : RecyclarrImport::defaultPath();
    return importRecyclarr(path, parser.isSet(kYes), parser.isSet(QStringLiteral("dry-run")));
}

int InstancesCommand::list()
{
    if (m_ctx.config.instances.isEmpty()) {
        m_ctx.out << tr("No instance is configured.") << '\n';
        return ExitOk;
    }
    // Last sync times, if there is a database already (listing must not create one).
    QHash<QString, QString> lastSync;
    if (m_ctx.hasDatabase()) {
        if (Result<std::unique_ptr<Database>> db = Database::open(m_ctx.config.database)) {
            SnapshotStore store(*db.value());
            if (Result<QList<SnapshotInfo>> infos = store.list()) {
                for (const SnapshotInfo &info : infos.value()) {
                    if (!lastSync.contains(info.instanceName))
                        lastSync.insert(info.instanceName, LocaleFormat::dateTime(info.finishedAt));
                }
            }
        }
    }
    for (const InstanceConfig &i : std::as_const(m_ctx.config.instances)) {
        m_ctx.out << i.name << QStringLiteral("  ") << instanceTypeName(i.type) << QStringLiteral("  ")
                  << i.displayUrl() << '\n';
        m_ctx.out << QStringLiteral("    ") << tr("api key: %1").arg(i.maskedApiKey()) << '\n';
        m_ctx.out << QStringLiteral("    ") << tr("defined in: %1").arg(i.origin) << '\n';
        if (!i.enabled)
            m_ctx.out << QStringLiteral("    ") << tr("disabled") << '\n';
        m_ctx.out << QStringLiteral("    ") << tr("last sync: %1").arg(lastSync.value(i.name, tr("never"))) << '\n';
    }
    m_ctx.out << tr("database: %1").arg(m_ctx.config.displayDatabase()) << '\n';
    return ExitOk;
}

void InstancesCommand::printFound(const RecyclarrInstance &found)
{
    const InstanceConfig &i = found.instance;
    m_ctx.out << QStringLiteral("  ") << i.name << QStringLiteral("  ") << instanceTypeName(i.type);
    if (!i.url.isEmpty())
        m_ctx.out << QStringLiteral("  ") << i.displayUrl();
    m_ctx.out << '\n' << QStringLiteral("      ") << tr("from: %1").arg(i.origin) << '\n';
    switch (found.state) {
    case RecyclarrInstance::State::Ready:
        m_ctx.out << QStringLiteral("      ") << tr("api key: %1").arg(i.maskedApiKey()) << '\n';
        if (!found.note.isEmpty())
            m_ctx.out << QStringLiteral("      ") << found.note << '\n';
        break;
    case RecyclarrInstance::State::AlreadyConfigured:
        m_ctx.out << QStringLiteral("      ") << tr("skipped: %1").arg(found.note) << '\n';
        break;
    case RecyclarrInstance::State::Problem:
        m_ctx.out << QStringLiteral("      ") << tr("cannot be added: %1").arg(found.note) << '\n';
        break;
    }
}

int InstancesCommand::importRecyclarr(const QString &path, bool yes, bool dryRun)
{
    const Result<RecyclarrImport::Found> found = RecyclarrImport::read(path, m_ctx.config.instances);
    if (!found) {
        m_ctx.err << found.error().message << '\n';
        return ExitUsage;
    }
    QStringList files;
    for (const QString &file : found->files)
        files << QDir::toNativeSeparators(file);
    m_ctx.out << tr("Read %1.").arg(files.join(QStringLiteral(", "))) << '\n';
    if (found->instances.isEmpty()) {
        m_ctx.out << tr("Recyclarr's configuration names no Radarr or Sonarr instance.") << '\n';
        return ExitOk;
    }
    m_ctx.out << tr("Found %n instances:", nullptr, int(found->instances.size())) << '\n';
    bool problems = false;
    for (const RecyclarrInstance &i : found->instances) {
        printFound(i);
        problems = problems || i.state == RecyclarrInstance::State::Problem;
    }
    const QList<InstanceConfig> ready = RecyclarrImport::ready(*found);
    const int failed = problems ? ExitPartial : ExitOk;
    if (ready.isEmpty()) {
        m_ctx.out << tr("Nothing to add.") << '\n';
        return problems ? ExitFailed : ExitOk;
    }
    const QString configPath = ConfigLoader::writablePath(m_ctx.config);
    if (dryRun) {
        m_ctx.out << tr("--dry-run: %n instances would be added to %1.", nullptr, int(ready.size()))
                         .arg(QDir::toNativeSeparators(configPath))
                  << '\n';
        return failed;
    }
    if (!yes
        && !m_ctx.confirm(
            tr("Add %n instances to %1?", nullptr, int(ready.size())).arg(QDir::toNativeSeparators(configPath)),
            tr("Nothing was added: run it again with --yes to add them, or in a terminal to be asked.")))
        return ExitFailed;

    SecretStore secrets;
    QEventLoop loop;
    std::optional<QList<InstanceStore::Saved>> saved;
    InstanceStore(configPath, &secrets)
        .addAll(ready, m_ctx.config, [&saved, &loop](const QList<InstanceStore::Saved> &all) {
            saved = all;
            loop.quit();
        });
    if (!saved)
        loop.exec();
    const QList<InstanceStore::Saved> all = saved.value_or(QList<InstanceStore::Saved>{}); // set before quit()
    for (qsizetype n = 0; n < all.size(); ++n) {
        const InstanceStore::Saved &one = all.at(n);
        const QString &name = ready.at(n).name;
        if (!one.written || !one.reloaded) {
            m_ctx.err << (one.written ? one.reloaded : one.written).error().message << '\n';
            // A file written but not read back holds the instance already.
            m_ctx.err << tr("%n instances not added.", nullptr, int(ready.size() - n - (one.written ? 1 : 0))) << '\n';
            return ExitFailed;
        }
        if (one.keyInFile.isError()) {
            m_ctx.out << tr("Added \"%1\"; its key is in %2, since the keychain could not take it:")
                             .arg(name, QDir::toNativeSeparators(configPath))
                      << '\n'
                      << QStringLiteral("    ") << one.keyInFile.message << '\n';
        } else {
            m_ctx.out << tr("Added \"%1\"; its key is in the keychain.").arg(name) << '\n';
        }
    }
    m_ctx.out << tr("Run \"arrscore test\" to check them.") << '\n';
    return failed;
}

} // namespace arrscore
