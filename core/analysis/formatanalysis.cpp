#include "analysis/formatanalysis.h"

#include "analysis/profilefacts.h"

#include <QHash>

#include <algorithm>

namespace arrscore {

namespace {

bool matches(const MediaFile &file, int formatId)
{
    return std::any_of(file.customFormats.cbegin(), file.customFormats.cend(),
                       [formatId](const FormatRef &f) { return f.id == formatId; });
}

} // namespace

QList<FormatContribution> FormatAnalysis::contributions(const QList<const LibrarySnapshot *> &snapshots)
{
    QList<FormatContribution> all;
    for (const LibrarySnapshot *snapshot : snapshots) {
        const ProfileIndex index(*snapshot);
        // Formats known from the definitions, the profiles and the files (a file may name one the
        // definitions lack), each with a row.
        QHash<int, qsizetype> row;
        QList<FormatContribution> rows;
        const auto rowOf = [&](int id, const QString &name) -> FormatContribution & {
            auto it = row.find(id);
            if (it == row.end()) {
                FormatContribution c;
                c.instance = snapshot->instance.name;
                c.formatId = id;
                c.name = name;
                for (const QualityProfile &p : snapshot->profiles)
                    c.profiles.append({p.id, p.name, p.scoreOf(id), 0});
                std::sort(
                    c.profiles.begin(), c.profiles.end(),
                    [](const ProfileFormatScore &a, const ProfileFormatScore &b) { return a.profileId < b.profileId; });
                it = row.insert(id, rows.size());
                rows.append(c);
            }
            return rows[*it];
        };
        for (const CustomFormat &f : snapshot->formats)
            rowOf(f.id, f.name);
        for (const QualityProfile &p : snapshot->profiles) {
            for (const FormatItem &item : p.formatItems)
                rowOf(item.formatId, item.name);
        }

        for (const MediaFile &file : snapshot->files) {
            const ProfileFacts *facts = index.find(file.qualityProfileId);
            for (const FormatRef &f : file.customFormats) {
                FormatContribution &c = rowOf(f.id, f.name);
                ++c.files;
                if (!facts)
                    continue;
                c.totalContribution += facts->profile->scoreOf(f.id);
                for (ProfileFormatScore &ps : c.profiles) {
                    if (ps.profileId == facts->profile->id)
                        ++ps.files;
                }
            }
            if (!facts || !facts->upgradeAllowed() || !facts->scoreBelow(file) || !file.customFormatScore)
                continue;
            const qint64 gap = qint64(facts->profile->cutoffFormatScore) - *file.customFormatScore;
            // positiveFormats is sorted by score: stop at the first that is too small.
            for (const FormatItem &item : facts->positiveFormats) {
                if (item.score < gap)
                    break;
                if (!matches(file, item.formatId))
                    ++rowOf(item.formatId, item.name).wouldCrossCutoff;
            }
        }
        std::sort(rows.begin(), rows.end(), [](const FormatContribution &a, const FormatContribution &b) {
            if (a.totalContribution != b.totalContribution)
                return a.totalContribution > b.totalContribution;
            if (a.name != b.name)
                return a.name < b.name;
            return a.formatId < b.formatId;
        });
        all.append(rows);
    }
    return all;
}

WhatIfResult FormatAnalysis::whatIf(const LibrarySnapshot &snapshot, int profileId, int formatId, int newScore)
{
    WhatIfResult r;
    const QualityProfile *profile = snapshot.profile(profileId);
    if (!profile)
        return r;
    r.valid = true;
    r.upgradeAllowed = profile->upgradeAllowed;
    r.oldScore = profile->scoreOf(formatId);
    r.newScore = newScore;
    const int cutoff = profile->cutoffFormatScore;
    for (const MediaFile &file : snapshot.files) {
        if (file.qualityProfileId != profileId)
            continue;
        ++r.filesInProfile;
        const bool matched = matches(file, formatId);
        r.filesMatching += matched ? 1 : 0;
        if (!file.customFormatScore)
            continue;
        // In 64 bits: the new total of Int32 scores can leave Int32 (the server would then clamp or
        // refuse it, but which side of the cutoff it lands on is the same).
        const qint64 before = *file.customFormatScore;
        const qint64 after = matched ? before - r.oldScore + newScore : before;
        const bool wasBelow = before < cutoff;
        const bool isBelow = after < cutoff;
        r.belowBefore += wasBelow ? 1 : 0;
        r.belowAfter += isBelow ? 1 : 0;
        r.crossUp += (wasBelow && !isBelow) ? 1 : 0;
        r.crossDown += (!wasBelow && isBelow) ? 1 : 0;
    }
    return r;
}

} // namespace arrscore
