#include "upgrades/upgradeitem.h"

#include "analysis/candidatefinder.h"

#include <QSet>

namespace arrscore {

namespace {

UpgradeItem baseOf(const FileRow &row)
{
    UpgradeItem item;
    const MediaFile &file = *row.file;
    item.instance = row.snapshot->instance.name;
    item.type = row.snapshot->instance.type;
    item.fileId = file.fileId;
    item.currentScore = file.customFormatScore;
    item.quality = file.quality;
    item.qualityId = file.qualityId;
    item.profileId = file.qualityProfileId;
    if (row.profile)
        item.profile = row.profile->name;
    return item;
}

QList<UpgradeItem> unique(const QList<UpgradeItem> &items)
{
    QList<UpgradeItem> out;
    QSet<QPair<QString, qint64>> seen;
    for (const UpgradeItem &item : items) {
        const QPair<QString, qint64> key(item.instance, item.itemId);
        if (!seen.contains(key)) {
            seen.insert(key);
            out.append(item);
        }
    }
    return out;
}

} // namespace

QList<UpgradeItem> UpgradeItem::fromFileRow(const FileRow &row)
{
    if (!row.snapshot || !row.file)
        return {};
    const MediaFile &file = *row.file;
    if (file.kind == MediaKind::Movie) {
        if (file.itemId <= 0)
            return {};
        UpgradeItem item = baseOf(row);
        item.itemId = file.itemId;
        item.title = file.year > 0 ? QStringLiteral("%1 (%2)").arg(file.title).arg(file.year) : file.title;
        return {item};
    }
    QList<UpgradeItem> out;
    const QString series = file.seriesTitle.isEmpty() ? file.title : file.seriesTitle;
    for (int i = 0; i < file.episodeIds.size(); ++i) {
        if (file.episodeIds.at(i) <= 0)
            continue;
        UpgradeItem item = baseOf(row);
        item.itemId = file.episodeIds.at(i);
        item.seriesId = file.itemId;
        item.season = file.season;
        item.episode = i < file.episodes.size() ? file.episodes.at(i) : 0;
        item.title = QStringLiteral("%1 S%2E%3")
                         .arg(series)
                         .arg(file.season, 2, 10, QLatin1Char('0'))
                         .arg(item.episode, 2, 10, QLatin1Char('0'));
        out.append(item);
    }
    return out;
}

QList<UpgradeItem> UpgradeItem::fromCandidate(const Candidate &candidate)
{
    return fromFileRow(FileRow{candidate.snapshot, candidate.file, candidate.profile});
}

QList<UpgradeItem> UpgradeItem::fromFileRows(const QList<FileRow> &rows)
{
    QList<UpgradeItem> all;
    for (const FileRow &row : rows)
        all.append(fromFileRow(row));
    return unique(all);
}

QList<UpgradeItem> UpgradeItem::fromCandidates(const QList<Candidate> &candidates)
{
    QList<UpgradeItem> all;
    for (const Candidate &candidate : candidates)
        all.append(fromCandidate(candidate));
    return unique(all);
}

} // namespace arrscore
