#pragma once

#include "base/model.h"

#include <QHash>
#include <QList>

namespace arrscore {

// What every analysis needs to know about one quality profile, computed once per profile: its score
// scale, its cutoff rank and its positive formats, best first. The rules of docs/ANALYSIS.md live here
// so that candidates, summaries, health and roll-ups all judge a file the same way.
struct ProfileFacts
{
    const QualityProfile *profile = nullptr;
    // The profile's own score scale: cutoffFormatScore − minFormatScore when positive, else the largest
    // |score| of its formatItems, else 1. Never 0; in 64 bits, since a span of Int32 scores reaches 2^32 − 1.
    qint64 scale = 1;
    int cutoffRank = -1;
    QList<FormatItem> positiveFormats; // score > 0; by score (highest first), then name, then id

    static ProfileFacts of(const QualityProfile &profile);

    bool upgradeAllowed() const { return profile->upgradeAllowed; }
    // customFormatScore < cutoffFormatScore; false when the score is unknown (null is never 0).
    bool scoreBelow(const MediaFile &file) const;
    // The file's quality rank below the cutoff's rank; when either rank is unknown, the server's
    // qualityCutoffNotMet instead.
    bool qualityBelow(const MediaFile &file) const;
    // cutoffRank − rank when the quality is below the cutoff and both ranks are known; 0 otherwise.
    int qualityGap(const MediaFile &file) const;
    // Both cutoffs met, judging only what is known (an unknown score does not fail the file).
    bool meetsCutoffs(const MediaFile &file) const { return !scoreBelow(file) && !qualityBelow(file); }
};

// The ProfileFacts of every profile of one snapshot, by profile id.
class ProfileIndex
{
public:
    explicit ProfileIndex(const LibrarySnapshot &snapshot);
    const ProfileFacts *find(int profileId) const; // null when the snapshot has no such profile

private:
    QHash<int, ProfileFacts> m_facts;
};

} // namespace arrscore
