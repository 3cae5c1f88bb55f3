#include "upgrades/lookupplanner.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <utility>

namespace arrscore {

QList<LookupRequest> LookupPlanner::plan(const QList<UpgradeItem> &items, int *skipped)
{
    int dropped = 0;
    QStringList instances; // in the order they first appear
    QHash<QString, QSet<qint64>> seen;
    // Per instance, the groups in order of their first item: a movie alone, or a (series, season).
    using Group = QList<UpgradeItem>;
    QHash<QString, QList<Group>> groups;
    QHash<QString, QHash<QPair<qint64, int>, int>> seasonGroup; // instance → (series, season) → group index
    for (const UpgradeItem &item : items) {
        const bool sonarr = item.type == InstanceType::Sonarr;
        if (item.itemId <= 0 || (sonarr && (item.seriesId <= 0 || item.season < 0))) {
            ++dropped;
            continue;
        }
        QSet<qint64> &ids = seen[item.instance];
        if (ids.contains(item.itemId))
            continue;
        ids.insert(item.itemId);
        if (!groups.contains(item.instance))
            instances.append(item.instance);
        QList<Group> &list = groups[item.instance];
        if (!sonarr) {
            list.append(Group{item});
            continue;
        }
        auto &index = seasonGroup[item.instance];
        const QPair<qint64, int> key(item.seriesId, item.season);
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, int(list.size()));
            list.append(Group{item});
        } else {
            list[*it].append(item);
        }
    }
    QList<LookupRequest> out;
    for (const QString &instance : std::as_const(instances)) {
        for (const Group &group : std::as_const(groups[instance])) {
            const UpgradeItem &first = group.first();
            std::optional<LookupRequest> request;
            if (first.type == InstanceType::Radarr)
                request = LookupRequest::forMovie(first);
            else if (group.size() == 1)
                request = LookupRequest::forEpisode(first);
            else
                request = LookupRequest::forSeason(first.seriesId, first.season, group);
            if (request)
                out.append(*request);
            else
                dropped += int(group.size());
        }
    }
    if (skipped)
        *skipped = dropped;
    return out;
}

} // namespace arrscore
