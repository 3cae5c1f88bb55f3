#include "analysis/distributions.h"

#include "analysis/scorebinning.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace arrscore {

namespace {

class Counter
{
public:
    void add(const QString &label, qint64 bytes)
    {
        CategoryCount &c = m_counts[label];
        c.label = label;
        ++c.files;
        c.bytes += bytes;
    }
    QList<CategoryCount> sorted() const
    {
        QList<CategoryCount> list = m_counts.values();
        std::sort(list.begin(), list.end(), [](const CategoryCount &a, const CategoryCount &b) {
            return a.files != b.files ? a.files > b.files : a.label < b.label;
        });
        return list;
    }

private:
    QHash<QString, CategoryCount> m_counts;
};

} // namespace

qint64 Distributions::niceBinWidth(int min, int max, int maxBins)
{
    return ScoreBinning::cover(min, max, 0, maxBins).width;
}

LibraryDistributions Distributions::compute(const QList<const LibrarySnapshot *> &snapshots)
{
    LibraryDistributions d;
    Counter quality, resolution, codec, range, group;
    for (const LibrarySnapshot *snapshot : snapshots) {
        struct Range
        {
            int min = INT_MAX;
            int max = INT_MIN;
        };
        QHash<int, Range> ranges;
        for (const MediaFile &f : snapshot->files) {
            quality.add(f.quality, f.sizeBytes);
            resolution.add(f.resolution > 0 ? QStringLiteral("%1p").arg(f.resolution) : QString(), f.sizeBytes);
            codec.add(f.videoCodec, f.sizeBytes);
            range.add(f.dynamicRange, f.sizeBytes);
            group.add(f.releaseGroup, f.sizeBytes);
            if (!f.customFormatScore)
                continue;
            const int score = *f.customFormatScore;
            Range &r = ranges[f.qualityProfileId];
            r.min = std::min(r.min, score);
            r.max = std::max(r.max, score);
            ScoreSizePoint p;
            p.instance = snapshot->instance.name;
            p.fileId = f.fileId;
            p.score = score;
            p.sizeGb = double(f.sizeBytes) / 1e9;
            p.scorePerGb = p.sizeGb > 0 ? score / p.sizeGb : 0;
            d.scoreBySize.append(p);
        }
        QList<int> ids = ranges.keys();
        std::sort(ids.begin(), ids.end());
        QHash<int, qsizetype> histogramOf;
        QHash<int, ScoreBinning> binningOf;
        for (const int id : std::as_const(ids)) {
            const Range r = ranges.value(id);
            const QualityProfile *profile = snapshot->profile(id);
            ScoreHistogram h;
            h.instance = snapshot->instance.name;
            h.profileId = id;
            h.profileName = profile ? profile->name : QString();
            h.cutoffFormatScore = profile ? profile->cutoffFormatScore : 0;
            const ScoreBinning bins = ScoreBinning::cover(r.min, r.max);
            h.binWidth = bins.width;
            h.start = bins.start;
            h.counts = QList<int>(bins.count, 0);
            binningOf.insert(id, bins);
            histogramOf.insert(id, d.scoreHistograms.size());
            d.scoreHistograms.append(h);
        }
        for (const MediaFile &f : snapshot->files) {
            if (!f.customFormatScore)
                continue;
            ScoreHistogram &h = d.scoreHistograms[histogramOf.value(f.qualityProfileId)];
            ++h.counts[binningOf.value(f.qualityProfileId).binOf(*f.customFormatScore)];
        }
    }
    d.byQuality = quality.sorted();
    d.byResolution = resolution.sorted();
    d.byVideoCodec = codec.sorted();
    d.byDynamicRange = range.sorted();
    d.byReleaseGroup = group.sorted();
    return d;
}

} // namespace arrscore
