#include "analysis/movieinsights.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace arrscore {

namespace {

MovieNote noteOf(const QString &instance, const MediaFile &f)
{
    return {instance, f.itemId, f.fileId, f.title, f.year, f.quality, f.dynamicRange, f.customFormatScore};
}

QList<MovieGroup> groupsOf(const QMap<QString, ScoreStats> &map)
{
    QList<MovieGroup> list;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        list.append({it.key(), it.value()});
    return list;
}

} // namespace

bool MovieInsights::isSdr(const QString &dynamicRange)
{
    const QString r = dynamicRange.trimmed();
    return r.isEmpty() || r.compare(QLatin1String("SDR"), Qt::CaseInsensitive) == 0;
}

MovieReport MovieInsights::compute(const QList<const LibrarySnapshot *> &snapshots)
{
    MovieReport report;
    QMap<QString, ScoreStats> genres, decades;
    for (const LibrarySnapshot *snapshot : snapshots) {
        const ProfileIndex index(*snapshot);
        QHash<QString, QList<const MediaFile *>> collections;
        for (const MediaFile &f : snapshot->files) {
            if (f.kind != MediaKind::Movie)
                continue;
            const ProfileFacts *facts = index.find(f.qualityProfileId);
            if (!f.collection.isEmpty())
                collections[f.collection].append(&f);
            if (f.resolution == 2160 && isSdr(f.dynamicRange))
                report.uhdWithoutHdr.append(noteOf(snapshot->instance.name, f));
            if (f.genres.isEmpty())
                genres[QString()].add(f, facts);
            for (const QString &genre : f.genres)
                genres[genre].add(f, facts);
            decades[f.year > 0 ? QStringLiteral("%1s").arg(f.year / 10 * 10) : QString()].add(f, facts);
        }
        for (auto it = collections.cbegin(); it != collections.cend(); ++it) {
            QSet<QString> qualities;
            for (const MediaFile *f : it.value())
                qualities.insert(f->quality);
            if (qualities.size() < 2)
                continue;
            CollectionInsight c;
            c.instance = snapshot->instance.name;
            c.collection = it.key();
            c.qualities = QStringList(qualities.cbegin(), qualities.cend());
            c.qualities.sort();
            for (const MediaFile *f : it.value())
                c.movies.append(noteOf(c.instance, *f));
            std::sort(c.movies.begin(), c.movies.end(), [](const MovieNote &a, const MovieNote &b) {
                return std::tie(a.year, a.title, a.fileId) < std::tie(b.year, b.title, b.fileId);
            });
            report.mixedCollections.append(c);
        }
    }
    std::sort(report.mixedCollections.begin(), report.mixedCollections.end(),
              [](const CollectionInsight &a, const CollectionInsight &b) {
                  return std::tie(a.instance, a.collection) < std::tie(b.instance, b.collection);
              });
    std::sort(report.uhdWithoutHdr.begin(), report.uhdWithoutHdr.end(), [](const MovieNote &a, const MovieNote &b) {
        return std::tie(a.instance, a.title, a.year, a.fileId) < std::tie(b.instance, b.title, b.year, b.fileId);
    });
    report.byGenre = groupsOf(genres);
    report.byDecade = groupsOf(decades);
    return report;
}

} // namespace arrscore
