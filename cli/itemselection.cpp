#include "itemselection.h"

#include "analysis/candidatefinder.h"
#include "base/filerow.h"
#include "base/localeformat.h"
#include "storage/snapshotstore.h"

#include <QHash>

namespace arrscore {

namespace {

QString configuredNames(const AppConfig &config)
{
    QStringList known;
    for (const InstanceConfig &i : std::as_const(config.instances))
        known << i.name;
    return known.isEmpty() ? ItemSelection::tr("none") : known.join(QStringLiteral(", "));
}

} // namespace

int ItemSelection::checkScope(bool candidates, const QString &limitText, const QStringList &instances) const
{
    if (!candidates && !limitText.isEmpty()) {
        m_ctx.err << tr("--limit only goes with --candidates.") << '\n';
        return ExitUsage;
    }
    if (!candidates && instances.size() > 1) {
        m_ctx.err << tr("Ids belong to one instance: give one --instance.") << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

int ItemSelection::parseLimit(const QString &text, int fallback, int &limit) const
{
    limit = fallback;
    if (text.isEmpty())
        return ExitOk;
    bool ok = false;
    limit = text.toInt(&ok);
    if (ok && limit >= 1)
        return ExitOk;
    m_ctx.err << tr("--limit expects a number of 1 or more, not \"%1\".").arg(text) << '\n';
    return ExitUsage;
}

int ItemSelection::parseIds(const QStringList &texts, const QString &option, QList<qint64> &ids) const
{
    for (const QString &text : texts) {
        for (const QString &piece : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = piece.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                m_ctx.err << tr("--%1 expects a positive id, not \"%2\".").arg(option, piece) << '\n';
                return ExitUsage;
            }
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ExitOk;
}

const InstanceConfig *ItemSelection::singleInstance(const QString &name) const
{
    if (!name.isEmpty()) {
        const InstanceConfig *instance = m_ctx.config.instance(name);
        if (!instance)
            m_ctx.err << tr("No instance named \"%1\". Configured: %2.").arg(name, configuredNames(m_ctx.config))
                      << '\n';
        return instance;
    }
    const QList<InstanceConfig> enabled = m_ctx.config.enabledInstances();
    if (enabled.size() == 1)
        return m_ctx.config.instance(enabled.first().name);
    m_ctx.err << (enabled.isEmpty() ? tr("No instance is configured.")
                                    : tr("Ids belong to one instance: add --instance NAME (configured: %1).")
                                          .arg(configuredNames(m_ctx.config)))
              << '\n';
    return nullptr;
}

Database *ItemSelection::database(bool mayCreate)
{
    if (!m_db)
        m_db = m_ctx.openDatabase(mayCreate);
    return m_db.get();
}

int ItemSelection::loadLatest(const QStringList &instances, bool needSnapshot)
{
    if (!needSnapshot && !m_ctx.hasDatabase())
        return ExitOk;
    if (!database(false))
        return ExitFailed;
    Result<QList<LibrarySnapshot>> latest = SnapshotStore(*m_db).latestOf(instances);
    if (!latest) {
        if (!needSnapshot && latest.error().kind == ErrorKind::NotFound)
            return ExitOk;
        m_ctx.err << latest.error().message << '\n';
        return latest.error().kind == ErrorKind::NotFound ? ExitUsage : ExitFailed;
    }
    m_snapshots = std::move(latest).value();
    if (m_snapshots.isEmpty() && needSnapshot) {
        m_ctx.err << tr("Nothing to choose from: %1 holds no snapshot yet. Run \"arrscore sync\" first.")
                         .arg(m_db->displayLocation())
                  << '\n';
        return ExitFailed;
    }
    return ExitOk;
}

int ItemSelection::candidates(const QStringList &instances, QList<UpgradeItem> &ranked)
{
    if (const int code = loadLatest(instances, true); code != ExitOk)
        return code;
    const CandidateReport report = CandidateFinder::find(snapshotPointers(m_snapshots));
    ranked = UpgradeItem::fromCandidates(report.candidates);
    if (ranked.isEmpty())
        m_ctx.out << tr("No upgrade candidates in the latest snapshots: nothing to do.") << '\n';
    return ExitOk;
}

int ItemSelection::items(const InstanceConfig &instance, const QList<qint64> &ids, bool needFile,
                         QList<UpgradeItem> &items)
{
    if (const int code = loadLatest({instance.name}, needFile); code != ExitOk)
        return code;
    QHash<qint64, UpgradeItem> known;
    for (const LibrarySnapshot &snapshot : std::as_const(m_snapshots)) {
        for (const MediaFile &file : snapshot.files) {
            for (const UpgradeItem &item : UpgradeItem::fromFileRow(FileRow::of(snapshot, file)))
                known.insert(item.itemId, item);
        }
    }
    for (qint64 id : ids) {
        if (const auto it = known.constFind(id); it != known.cend()) {
            items << *it;
            continue;
        }
        if (needFile) {
            const QString what = instance.type == InstanceType::Radarr ? tr("movie %1 with a file").arg(id)
                                                                       : tr("episode %1 with a file").arg(id);
            m_ctx.err << tr("No %1 in the latest snapshot of \"%2\" (%3). Ids are the item_id column of \"arrscore "
                            "candidates --json\" (movie ids for Radarr, episode ids for Sonarr); run \"arrscore sync "
                            "%2\" if it is new.")
                             .arg(what, instance.name, LocaleFormat::dateTime(m_snapshots.first().finishedAt))
                      << '\n';
            return ExitUsage;
        }
        UpgradeItem item;
        item.instance = instance.name;
        item.type = instance.type;
        item.itemId = id;
        items << item;
    }
    return ExitOk;
}

int ItemSelection::files(const InstanceConfig &instance, const QList<qint64> &ids, QList<UpgradeItem> &items)
{
    if (const int code = loadLatest({instance.name}, true); code != ExitOk)
        return code;
    const LibrarySnapshot &snapshot = m_snapshots.first();
    QHash<qint64, const MediaFile *> byId;
    for (const MediaFile &f : snapshot.files)
        byId.insert(f.fileId, &f);
    QList<FileRow> rows;
    for (qint64 id : ids) {
        const MediaFile *file = byId.value(id);
        if (!file) {
            m_ctx.err << tr("No file %1 in the latest snapshot of \"%2\" (%3). File ids are the file_id column of "
                            "\"arrscore export\".")
                             .arg(id)
                             .arg(instance.name, LocaleFormat::dateTime(snapshot.finishedAt))
                      << '\n';
            return ExitUsage;
        }
        rows << FileRow::of(snapshot, *file);
    }
    items = UpgradeItem::fromFileRows(rows);
    if (items.isEmpty()) {
        m_ctx.err << tr("None of these files has a movie or episode id to act on (the sync could not link its "
                        "episodes).")
                  << '\n';
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace arrscore
