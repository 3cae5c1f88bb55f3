#include "analysis/seriesrollup.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace arrscore {

namespace {

QStringList distinctSorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

double medianOf(QList<int> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (double(values.at(n / 2 - 1)) + values.at(n / 2)) / 2.0;
}

} // namespace

SeriesReport SeriesRollup::compute(const QList<const LibrarySnapshot *> &snapshots)
{
    SeriesReport report;
    for (const LibrarySnapshot *snapshot : snapshots) {
        const ProfileIndex index(*snapshot);
        QHash<qint64, QHash<int, QList<const MediaFile *>>> bySeries;
        for (const MediaFile &f : snapshot->files) {
            if (f.kind == MediaKind::Episode)
                bySeries[f.itemId][f.season].append(&f);
        }
        for (auto series = bySeries.cbegin(); series != bySeries.cend(); ++series) {
            SeriesSummary summary;
            summary.instance = snapshot->instance.name;
            summary.seriesId = series.key();
            for (auto season = series->cbegin(); season != series->cend(); ++season) {
                SeasonRollup rollup;
                rollup.instance = summary.instance;
                rollup.seriesId = summary.seriesId;
                rollup.season = season.key();
                QSet<QString> groups, qualities;
                QList<int> scores;
                for (const MediaFile *f : season.value()) {
                    const ProfileFacts *facts = index.find(f->qualityProfileId);
                    rollup.seriesTitle = f->seriesTitle.isEmpty() ? f->title : f->seriesTitle;
                    rollup.scores.add(*f, facts);
                    summary.scores.add(*f, facts);
                    if (!f->releaseGroup.isEmpty())
                        groups.insert(f->releaseGroup);
                    qualities.insert(f->quality);
                    if (f->customFormatScore)
                        scores.append(*f->customFormatScore);
                }
                rollup.releaseGroups = distinctSorted(groups);
                rollup.qualities = distinctSorted(qualities);
                if (scores.size() >= minSiblingsForOutliers) {
                    const double median = medianOf(scores);
                    for (const MediaFile *f : season.value()) {
                        const ProfileFacts *facts = index.find(f->qualityProfileId);
                        if (!f->customFormatScore || !facts)
                            continue;
                        const double below = median - *f->customFormatScore;
                        if (2 * below >= double(facts->scale))
                            rollup.outliers.append({f->fileId, f->episodes, *f->customFormatScore, median, below});
                    }
                    std::sort(rollup.outliers.begin(), rollup.outliers.end(),
                              [](const SeasonOutlier &a, const SeasonOutlier &b) {
                                  return std::tie(a.score, a.episodes, a.fileId)
                                         < std::tie(b.score, b.episodes, b.fileId);
                              });
                }
                summary.title = rollup.seriesTitle;
                ++summary.seasons;
                summary.inconsistentSeasons += rollup.consistent() ? 0 : 1;
                report.seasons.append(rollup);
            }
            report.series.append(summary);
        }
    }
    std::sort(report.series.begin(), report.series.end(), [](const SeriesSummary &a, const SeriesSummary &b) {
        return std::tie(a.instance, a.title, a.seriesId) < std::tie(b.instance, b.title, b.seriesId);
    });
    std::sort(report.seasons.begin(), report.seasons.end(), [](const SeasonRollup &a, const SeasonRollup &b) {
        return std::tie(a.instance, a.seriesTitle, a.seriesId, a.season)
               < std::tie(b.instance, b.seriesTitle, b.seriesId, b.season);
    });
    return report;
}

} // namespace arrscore
