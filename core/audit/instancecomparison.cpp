#include "audit/instancecomparison.h"

#include "storage/database.h"
#include "storage/serverhistorystore.h"
#include "storage/snapshotstore.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace arrscore {

namespace {

// What pairs items across instances: the catalogue id, with season and episode for an episode.
using PairKey = std::tuple<qint64, int, int>;

struct Entry
{
    ComparedItem item;
    QHash<int, ComparedCopy> copies; // by the instance's index
};

QString itemTitle(const MediaFile &f, int episode)
{
    if (f.kind == MediaKind::Movie)
        return f.year > 0 ? QStringLiteral("%1 (%2)").arg(f.title).arg(f.year) : f.title;
    return QStringLiteral("%1 S%2E%3")
        .arg(f.seriesTitle.isEmpty() ? f.title : f.seriesTitle)
        .arg(f.season, 2, 10, QLatin1Char('0'))
        .arg(episode, 2, 10, QLatin1Char('0'));
}

} // namespace

Comparison InstanceComparison::compare(const QList<const LibrarySnapshot *> &snapshots,
                                       const QList<QHash<qint64, qint64>> &externalIds)
{
    Comparison c;
    if (snapshots.isEmpty())
        return c;
    c.type = snapshots.first()->instance.type;
    for (const LibrarySnapshot *s : snapshots)
        c.instances << s->instance.name;

    QMap<PairKey, Entry> entries; // ordered, so the output does not depend on hashing
    for (int i = 0; i < snapshots.size(); ++i) {
        const LibrarySnapshot &s = *snapshots[i];
        const QHash<qint64, qint64> ids = externalIds.value(i);
        int unpaired = 0;
        for (const MediaFile &f : s.files) {
            const qint64 external = f.externalId > 0 ? f.externalId : ids.value(f.itemId);
            if (external <= 0) {
                ++unpaired;
                continue;
            }
            const QList<int> episodes = f.kind == MediaKind::Movie ? QList<int>{0} : f.episodes;
            for (int episode : episodes) {
                const PairKey key{external, f.kind == MediaKind::Movie ? -1 : f.season, episode};
                Entry &e = entries[key];
                if (e.item.title.isEmpty()) {
                    e.item.kind = f.kind;
                    e.item.externalId = external;
                    e.item.season = std::get<1>(key);
                    e.item.episode = episode;
                    e.item.title = itemTitle(f, episode);
                }
                const QualityProfile *profile = s.profile(f.qualityProfileId);
                e.copies.insert(i, ComparedCopy{s.instance.name, f.itemId, f.fileId, f.quality, f.customFormatScore,
                                                profile ? profile->name : QString(), f.relativePath});
            }
        }
        if (unpaired > 0)
            c.notes << tr("%1: %n file(s) without a catalogue id (tmdbId/tvdbId) were left out; sync the instance "
                          "again to store them.",
                          nullptr, unpaired)
                           .arg(s.instance.name);
    }
    for (Entry &e : entries) {
        for (int i = 0; i < snapshots.size(); ++i) {
            if (e.copies.contains(i))
                e.item.copies << e.copies.value(i);
            else
                e.item.missingFrom << c.instances[i];
        }
        (e.item.missingFrom.isEmpty() ? c.shared : c.onlyIn) << std::move(e.item);
    }
    const auto byTitle = [](const ComparedItem &a, const ComparedItem &b) {
        return std::tie(a.title, a.externalId, a.season, a.episode)
               < std::tie(b.title, b.externalId, b.season, b.episode);
    };
    std::sort(c.shared.begin(), c.shared.end(), byTitle);
    std::sort(c.onlyIn.begin(), c.onlyIn.end(), byTitle);

    // Drift: profiles by name, formats by name (ids differ between instances).
    QMap<QString, QHash<int, const QualityProfile *>> byName;
    for (int i = 0; i < snapshots.size(); ++i) {
        for (const QualityProfile &p : snapshots[i]->profiles)
            byName[p.name].insert(i, &p);
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        ProfileDrift drift;
        drift.profile = it.key();
        QMap<QString, QList<std::optional<int>>> formats;
        for (int i = 0; i < snapshots.size(); ++i) {
            const QualityProfile *p = it.value().value(i);
            if (!p)
                continue;
            drift.instances << c.instances[i];
            for (const FormatItem &item : p->formatItems) {
                QList<std::optional<int>> &scores = formats[item.name];
                scores.resize(snapshots.size());
                scores[i] = item.score;
            }
        }
        for (auto f = formats.cbegin(); f != formats.cend(); ++f) {
            // A format a profile does not list scores 0 there, as the server counts it.
            QSet<int> distinct;
            for (int i = 0; i < snapshots.size(); ++i) {
                if (it.value().contains(i))
                    distinct.insert(f.value().value(i).value_or(0));
            }
            if (distinct.size() > 1)
                drift.formats << FormatDrift{f.key(), f.value()};
        }
        if (!drift.formats.isEmpty())
            c.drift << drift;
    }
    return c;
}

Result<QList<Comparison>> InstanceComparison::compare(Database &db, const QStringList &instances)
{
    SnapshotStore store(db);
    Result<QList<LibrarySnapshot>> latest = store.latestOf(instances);
    if (!latest)
        return latest.error();
    ServerHistoryStore history(db);
    QList<Comparison> result;
    for (InstanceType type : {InstanceType::Radarr, InstanceType::Sonarr}) {
        QList<const LibrarySnapshot *> snapshots;
        QList<QHash<qint64, qint64>> ids;
        for (const LibrarySnapshot &s : std::as_const(latest.value())) {
            if (s.instance.type != type)
                continue;
            Result<QHash<qint64, qint64>> external = history.externalIds(
                s.instance.name, type == InstanceType::Radarr ? MediaKind::Movie : MediaKind::Episode);
            if (!external)
                return external.error();
            snapshots << &s;
            ids << std::move(external).value();
        }
        if (snapshots.size() >= 2)
            result << compare(snapshots, ids);
    }
    if (result.isEmpty())
        return Error{ErrorKind::Config,
                     tr("Comparing needs two synced instances of the same kind (two Radarr or two Sonarr); %1 "
                        "has none. Name them with --instance, or sync a second one.")
                         .arg(instances.isEmpty() ? tr("the database") : instances.join(QStringLiteral(", ")))};
    return result;
}

} // namespace arrscore
