#include "analysis/profilefacts.h"

#include <algorithm>
#include <cstdlib>

namespace arrscore {

ProfileFacts ProfileFacts::of(const QualityProfile &profile)
{
    ProfileFacts facts;
    facts.profile = &profile;
    facts.cutoffRank = profile.cutoffRank();
    qint64 largest = 0;
    for (const FormatItem &item : profile.formatItems) {
        largest = std::max(largest, std::abs(qint64(item.score)));
        if (item.score > 0)
            facts.positiveFormats.append(item);
    }
    const qint64 span = qint64(profile.cutoffFormatScore) - profile.minFormatScore;
    facts.scale = span > 0 ? span : std::max<qint64>(largest, 1);
    std::sort(facts.positiveFormats.begin(), facts.positiveFormats.end(), [](const FormatItem &a, const FormatItem &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.name != b.name)
            return a.name < b.name;
        return a.formatId < b.formatId;
    });
    return facts;
}

bool ProfileFacts::scoreBelow(const MediaFile &file) const
{
    return file.customFormatScore && *file.customFormatScore < profile->cutoffFormatScore;
}

bool ProfileFacts::qualityBelow(const MediaFile &file) const
{
    const int rank = profile->qualityRank(file.qualityId);
    if (rank < 0 || cutoffRank < 0)
        return file.qualityCutoffNotMet;
    return rank < cutoffRank;
}

int ProfileFacts::qualityGap(const MediaFile &file) const
{
    const int rank = profile->qualityRank(file.qualityId);
    if (rank < 0 || cutoffRank < 0)
        return 0;
    return std::max(0, cutoffRank - rank);
}

ProfileIndex::ProfileIndex(const LibrarySnapshot &snapshot)
{
    m_facts.reserve(snapshot.profiles.size());
    for (const QualityProfile &profile : snapshot.profiles)
        m_facts.insert(profile.id, ProfileFacts::of(profile));
}

const ProfileFacts *ProfileIndex::find(int profileId) const
{
    const auto it = m_facts.constFind(profileId);
    return it == m_facts.cend() ? nullptr : &it.value();
}

} // namespace arrscore
