#include "analysis/dashboarddata.h"

#include "analysis/profilefacts.h"
#include "analysis/scorebinning.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace arrscore {

namespace {

// Per quality profile: its facts and its format scores by id, looked up once rather than per file.
struct ProfileCache
{
    ProfileFacts facts;
    QHash<int, int> scoreOf;
    int group = 0;
};

// Per profile shown: scores as a count per distinct score (few distinct values even in a large
// library, since a score is a sum of a profile's format scores), binned once at the end.
struct GroupAcc
{
    DashboardProfile profile;
    QHash<int, int> scoreCounts;
    int min = INT_MAX;
    int max = INT_MIN;
};

} // namespace

QList<DashboardScoreBin> DashboardData::scoreBins(int min, int max, int cutoff, int maxBins)
{
    QList<DashboardScoreBin> bins;
    if (min > max || maxBins < 1)
        return bins;
    const ScoreBinning binning = ScoreBinning::cover(min, max, cutoff, maxBins);
    bins.reserve(binning.count);
    for (int i = 0; i < binning.count; ++i) {
        DashboardScoreBin bin;
        const qint64 low = binning.lowOf(i);
        bin.low = int(std::clamp<qint64>(low, INT_MIN, INT_MAX));
        bin.high = int(std::clamp<qint64>(low + binning.width - 1, INT_MIN, INT_MAX));
        bin.atOrAboveCutoff = low >= cutoff;
        bins.append(bin);
    }
    return bins;
}

DashboardSummary DashboardData::compute(const QList<FileRow> &rows)
{
    DashboardSummary summary;
    QList<GroupAcc> groups;
    QHash<QString, int> groupOf; // instance + '\n' + profile name
    QHash<const QualityProfile *, ProfileCache> profiles;
    QHash<const LibrarySnapshot *, QHash<int, int>> formatIndexOf; // snapshot → format id → formats index
    QHash<QString, int> formatOf;                                  // name → formats index
    QHash<QString, int> qualities;
    QHash<int, int> resolutions;

    // Rows come grouped by snapshot and often by profile: remember the last lookups.
    const QualityProfile *lastProfile = nullptr;
    ProfileCache *cache = nullptr;
    const LibrarySnapshot *lastSnapshot = nullptr;
    QHash<int, int> *formatIndex = nullptr;

    for (const FileRow &row : rows) {
        const MediaFile &file = *row.file;
        ++summary.files;
        if (file.customFormatScore)
            ++summary.scoredFiles;
        ++qualities[file.quality];
        ++resolutions[std::max(file.resolution, 0)];

        if (row.snapshot != lastSnapshot) {
            lastSnapshot = row.snapshot;
            formatIndex = &formatIndexOf[row.snapshot];
        }
        if (row.profile != lastProfile) {
            lastProfile = row.profile;
            cache = nullptr;
            if (row.profile) {
                auto it = profiles.find(row.profile);
                if (it == profiles.end()) {
                    ProfileCache c;
                    c.facts = ProfileFacts::of(*row.profile);
                    for (const FormatItem &item : row.profile->formatItems)
                        c.scoreOf.insert(item.formatId, item.score);
                    const QString key = row.snapshot->instance.name + QLatin1Char('\n') + row.profile->name;
                    auto g = groupOf.constFind(key);
                    if (g == groupOf.cend()) {
                        GroupAcc acc;
                        acc.profile.instance = row.snapshot->instance.name;
                        acc.profile.name = row.profile->name;
                        acc.profile.cutoffFormatScore = row.profile->cutoffFormatScore;
                        acc.profile.upgradeAllowed = row.profile->upgradeAllowed;
                        g = groupOf.insert(key, int(groups.size()));
                        groups.append(acc);
                    }
                    c.group = *g;
                    it = profiles.insert(row.profile, c);
                }
                cache = &it.value();
            }
        }

        for (const FormatRef &format : file.customFormats) {
            auto idx = formatIndex->constFind(format.id);
            if (idx == formatIndex->cend()) {
                auto byName = formatOf.constFind(format.name);
                if (byName == formatOf.cend()) {
                    byName = formatOf.insert(format.name, int(summary.formats.size()));
                    summary.formats.append({format.name, 0, 0});
                }
                idx = formatIndex->insert(format.id, *byName);
            }
            DashboardFormat &f = summary.formats[*idx];
            ++f.files;
            if (cache)
                f.contribution += cache->scoreOf.value(format.id);
        }

        if (!cache) {
            ++summary.noProfile;
            continue;
        }
        GroupAcc &group = groups[cache->group];
        ++group.profile.files;
        if (const std::optional<int> &known = file.customFormatScore) {
            const int score = *known;
            ++group.profile.scoredFiles;
            ++group.scoreCounts[score];
            group.min = std::min(group.min, score);
            group.max = std::max(group.max, score);
        }
        // The rule of CandidateFinder::evaluate(), without building the candidate's reasons.
        if (!cache->facts.meetsCutoffs(file)) {
            if (cache->facts.upgradeAllowed())
                ++group.profile.candidates;
            else
                ++group.profile.capped;
        }
    }

    summary.profiles.reserve(groups.size());
    for (GroupAcc &group : groups) {
        DashboardProfile &p = group.profile;
        summary.candidates += p.candidates;
        summary.capped += p.capped;
        p.bins = scoreBins(group.min, group.max, p.cutoffFormatScore);
        if (!p.bins.isEmpty()) {
            // The same binning as scoreBins(): its unclamped start and width place every score.
            const ScoreBinning binning = ScoreBinning::cover(group.min, group.max, p.cutoffFormatScore, maxScoreBins);
            p.binWidth = binning.width;
            for (auto it = group.scoreCounts.cbegin(); it != group.scoreCounts.cend(); ++it)
                p.bins[binning.binOf(it.key())].files += it.value();
        }
        summary.profiles.append(std::move(p));
    }
    std::sort(summary.profiles.begin(), summary.profiles.end(),
              [](const DashboardProfile &a, const DashboardProfile &b) {
                  if (a.files != b.files)
                      return a.files > b.files;
                  if (a.instance != b.instance)
                      return a.instance < b.instance;
                  return a.name < b.name;
              });

    for (auto it = qualities.cbegin(); it != qualities.cend(); ++it)
        summary.qualities.append({it.key(), it.value()});
    std::sort(summary.qualities.begin(), summary.qualities.end(),
              [](const DashboardCategory &a, const DashboardCategory &b) {
                  return a.files != b.files ? a.files > b.files : a.value < b.value;
              });

    QList<int> heights = resolutions.keys();
    std::sort(heights.begin(), heights.end(), [](int a, int b) {
        // Unknown (0) last, the rest highest first.
        return (a == 0) != (b == 0) ? b == 0 : a > b;
    });
    for (const int height : std::as_const(heights))
        summary.resolutions.append(
            {height > 0 ? QStringLiteral("%1p").arg(height) : QStringLiteral("Unknown"), resolutions.value(height)});

    std::sort(summary.formats.begin(), summary.formats.end(), [](const DashboardFormat &a, const DashboardFormat &b) {
        const qint64 ma = std::abs(a.contribution), mb = std::abs(b.contribution);
        if (ma != mb)
            return ma > mb;
        if (a.files != b.files)
            return a.files > b.files;
        return a.name < b.name;
    });
    return summary;
}

} // namespace arrscore
