#include "analysis/distributions.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cmath>

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

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (value % step != 0 && value < 0 ? q - 1 : q) * step;
}

} // namespace

int Distributions::niceBinWidth(int min, int max, int maxBins)
{
    for (qint64 power = 1; power <= 1000000000LL; power *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            const qint64 width = factor * power;
            const qint64 start = floorTo(min, width);
            if ((qint64(max) - start) / width + 1 <= maxBins)
                return int(width);
        }
    }
    return INT_MAX;
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
        for (const int id : std::as_const(ids)) {
            const Range r = ranges.value(id);
            const QualityProfile *profile = snapshot->profile(id);
            ScoreHistogram h;
            h.instance = snapshot->instance.name;
            h.profileId = id;
            h.profileName = profile ? profile->name : QString();
            h.cutoffFormatScore = profile ? profile->cutoffFormatScore : 0;
            h.binWidth = niceBinWidth(r.min, r.max);
            h.start = int(floorTo(r.min, h.binWidth));
            h.counts = QList<int>(int((qint64(r.max) - h.start) / h.binWidth) + 1, 0);
            histogramOf.insert(id, d.scoreHistograms.size());
            d.scoreHistograms.append(h);
        }
        for (const MediaFile &f : snapshot->files) {
            if (!f.customFormatScore)
                continue;
            ScoreHistogram &h = d.scoreHistograms[histogramOf.value(f.qualityProfileId)];
            ++h.counts[int((qint64(*f.customFormatScore) - h.start) / h.binWidth)];
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
