#pragma once

#include "analysis/profilefacts.h"
#include "base/model.h"

#include <QtGlobal>

#include <climits>
#include <optional>

namespace arrscore {

// Minimum, mean and share below cutoff of a group of files (a season, a series, a genre, a decade).
// Files without a score are counted but not scored: an unknown score is never 0.
struct ScoreStats
{
    int files = 0;
    int scoredFiles = 0;
    int belowCutoff = 0; // scored files below their profile's cutoffFormatScore
    qint64 sum = 0;
    qint64 bytes = 0;
    int min = INT_MAX;

    void add(const MediaFile &file, const ProfileFacts *facts)
    {
        ++files;
        bytes += file.sizeBytes;
        if (!file.customFormatScore)
            return;
        ++scoredFiles;
        sum += *file.customFormatScore;
        min = qMin(min, *file.customFormatScore);
        if (facts && facts->scoreBelow(file))
            ++belowCutoff;
    }
    std::optional<int> minScore() const { return scoredFiles ? std::optional<int>(min) : std::nullopt; }
    std::optional<double> meanScore() const
    {
        return scoredFiles ? std::optional<double>(double(sum) / scoredFiles) : std::nullopt;
    }
    std::optional<double> shareBelowCutoff() const
    {
        return scoredFiles ? std::optional<double>(double(belowCutoff) / scoredFiles) : std::nullopt;
    }
};

} // namespace arrscore
