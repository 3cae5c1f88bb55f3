#pragma once

// What the tests of core/upgrades share: the items of a simulated library as the app would choose them
// (ids, file and score as the server computes it), and a target for the simulator.
#include "arr/instancetarget.h"
#include "simserver.h"
#include "upgrades/upgradeitem.h"

#include <QList>
#include <QMap>

namespace arrscore::test {

inline InstanceTarget upgradeTarget(const SimServer &sim, const QString &name = QStringLiteral("main"))
{
    InstanceTarget target;
    target.name = name;
    target.type = sim.library().isRadarr() ? InstanceType::Radarr : InstanceType::Sonarr;
    target.client.baseUrl = sim.baseUrl();
    target.client.apiKey = sim.apiKey();
    return target;
}

// Movies with a file (Radarr), first `count` of them.
inline QList<UpgradeItem> movieItems(const SimServer &sim, int count, const QString &instance = QStringLiteral("main"))
{
    QList<UpgradeItem> out;
    for (const SimMovie &m : sim.library().movies()) {
        if (!m.file || out.size() >= count)
            continue;
        UpgradeItem item;
        item.instance = instance;
        item.type = InstanceType::Radarr;
        item.itemId = m.id;
        item.fileId = m.file->id;
        item.currentScore = sim.library().customFormatScore(*m.file, m.qualityProfileId);
        item.qualityId = m.file->qualityId;
        item.profileId = m.qualityProfileId;
        item.title = m.title;
        out.append(item);
    }
    return out;
}

// Episodes with a file of the season with the most of them, of the series at `seriesIndex` (Sonarr).
inline QList<UpgradeItem> episodeItems(const SimServer &sim, int seriesIndex, int count,
                                       const QString &instance = QStringLiteral("main"))
{
    const SimSeries &series = sim.library().series().at(seriesIndex);
    QMap<int, QList<UpgradeItem>> seasons;
    for (const SimEpisode &e : series.episodes) {
        const SimFile *file = e.episodeFileId ? sim.library().episodeFile(series, e.episodeFileId) : nullptr;
        if (!file)
            continue;
        UpgradeItem item;
        item.instance = instance;
        item.type = InstanceType::Sonarr;
        item.itemId = e.id;
        item.seriesId = series.id;
        item.season = e.seasonNumber;
        item.episode = e.episodeNumber;
        item.fileId = file->id;
        item.currentScore = sim.library().customFormatScore(*file, series.qualityProfileId);
        item.qualityId = file->qualityId;
        item.profileId = series.qualityProfileId;
        item.title = QStringLiteral("%1 S%2E%3").arg(series.title).arg(e.seasonNumber).arg(e.episodeNumber);
        seasons[e.seasonNumber].append(item);
    }
    QList<UpgradeItem> best;
    for (const QList<UpgradeItem> &items : std::as_const(seasons)) {
        if (items.size() > best.size())
            best = items;
    }
    return best.mid(0, count);
}

} // namespace arrscore::test
