#pragma once

#include "base/model.h"

#include <QList>
#include <QString>

namespace arrscore {

// A format's score in one profile, and how many files of that profile match it.
struct ProfileFormatScore
{
    int profileId = 0;
    QString profileName;
    int score = 0;
    int files = 0;
};

// What one custom format of one instance contributes. All from the profiles' own scores for the
// format, never from file totals.
struct FormatContribution
{
    QString instance;
    int formatId = 0;
    QString name;
    int files = 0;                      // files that match it
    QList<ProfileFormatScore> profiles; // every profile of the instance, by id
    qint64 totalContribution = 0;       // Σ over matching files of their profile's score for it
    int wouldCrossCutoff = 0;           // files below their cutoff (upgrades allowed, score known) that
                                        // lack it and would reach the cutoff with their profile's score
};

// "What if profile P gave format F the score S": counted on the snapshot, nothing is sent anywhere.
struct WhatIfResult
{
    bool valid = false; // the profile exists
    bool upgradeAllowed = false;
    int oldScore = 0;
    int newScore = 0;
    int filesInProfile = 0;
    int filesMatching = 0; // files of the profile that match the format
    int belowBefore = 0;   // files of the profile (score known) below the cutoff now
    int belowAfter = 0;    // ... and after the change
    int crossUp = 0;       // below before, at or above after
    int crossDown = 0;     // at or above before, below after
};

// Custom format contribution and what-if, per instance.
class FormatAnalysis
{
public:
    // One row per format of each snapshot; by instance, then total contribution (highest first), then name.
    static QList<FormatContribution> contributions(const QList<const LibrarySnapshot *> &snapshots);
    static WhatIfResult whatIf(const LibrarySnapshot &snapshot, int profileId, int formatId, int newScore);
};

} // namespace arrscore
