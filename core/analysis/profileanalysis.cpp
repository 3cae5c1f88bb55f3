#include "analysis/profileanalysis.h"

#include "analysis/profilefacts.h"

#include <QHash>

#include <algorithm>

namespace arrscore {

int ProfileAnalysis::bucketOf(int score, int cutoff, qint64 scale)
{
    // Twice the distance against the scale keeps the half steps in integers; both stay far inside 64 bits
    // (|twice| < 2^34, a scale of Int32 scores < 2^32).
    const qint64 twice = 2 * (qint64(score) - cutoff);
    if (twice < -2 * scale)
        return 0;
    if (twice < -scale)
        return 1;
    if (twice < 0)
        return 2;
    if (twice < scale)
        return 3;
    if (twice < 2 * scale)
        return 4;
    return 5;
}

QStringList ProfileAnalysis::bucketLabels()
{
    return {tr("far below (more than one scale)"),  tr("below by ½–1 scale"), tr("just below (under ½ scale)"),
            tr("just at or above (under ½ scale)"), tr("above by ½–1 scale"), tr("far above (one scale or more)")};
}

QList<ProfileSummary> ProfileAnalysis::summaries(const QList<const LibrarySnapshot *> &snapshots)
{
    QList<ProfileSummary> all;
    for (const LibrarySnapshot *snapshot : snapshots) {
        const ProfileIndex index(*snapshot);
        QHash<int, QList<int>> scores;
        QHash<int, ProfileSummary> byId;
        for (const QualityProfile &p : snapshot->profiles) {
            const ProfileFacts *facts = index.find(p.id);
            ProfileSummary s;
            s.instance = snapshot->instance.name;
            s.profileId = p.id;
            s.name = p.name;
            s.upgradeAllowed = p.upgradeAllowed;
            s.cutoffFormatScore = p.cutoffFormatScore;
            s.minFormatScore = p.minFormatScore;
            s.cutoffQuality = p.cutoffName();
            s.scale = facts->scale;
            s.distribution = QList<int>(bucketCount, 0);
            byId.insert(p.id, s);
        }
        for (const MediaFile &file : snapshot->files) {
            const ProfileFacts *facts = index.find(file.qualityProfileId);
            if (!facts)
                continue;
            ProfileSummary &s = byId[file.qualityProfileId];
            ++s.files;
            if (!facts->meetsCutoffs(file))
                ++(facts->upgradeAllowed() ? s.candidates : s.capped);
            if (!file.customFormatScore)
                continue;
            scores[file.qualityProfileId].append(*file.customFormatScore);
            ++s.distribution[bucketOf(*file.customFormatScore, s.cutoffFormatScore, s.scale)];
        }
        QList<ProfileSummary> rows = byId.values();
        for (ProfileSummary &s : rows) {
            QList<int> &list = scores[s.profileId];
            s.scoredFiles = int(list.size());
            if (list.isEmpty())
                continue;
            std::sort(list.begin(), list.end());
            qint64 sum = 0;
            int atOrAbove = 0;
            for (const int score : std::as_const(list)) {
                sum += score;
                atOrAbove += score >= s.cutoffFormatScore ? 1 : 0;
            }
            const qsizetype n = list.size();
            s.meanScore = double(sum) / double(n);
            s.medianScore = n % 2 ? double(list.at(n / 2)) : (double(list.at(n / 2 - 1)) + list.at(n / 2)) / 2.0;
            s.shareAtOrAboveCutoff = double(atOrAbove) / double(n);
        }
        std::sort(rows.begin(), rows.end(),
                  [](const ProfileSummary &a, const ProfileSummary &b) { return a.profileId < b.profileId; });
        all.append(rows);
    }
    return all;
}

} // namespace arrscore
