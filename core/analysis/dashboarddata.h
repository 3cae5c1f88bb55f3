#pragma once

#include "base/filerow.h"

#include <QList>
#include <QString>

namespace arrscore {

// Scores from low to high, both inclusive. Bins start at the profile's cutoff score plus a multiple of
// the width, so that a bin is wholly below the cutoff or wholly at or above it. low and high are the
// scores a bin can hold: an outer bin that reaches beyond Int32 is cut at INT_MIN or INT_MAX.
struct DashboardScoreBin
{
    int low = 0;
    int high = 0;
    int files = 0;
    bool atOrAboveCutoff = false;
    friend bool operator==(const DashboardScoreBin &, const DashboardScoreBin &) = default;
};

// One quality profile of one instance among the rows.
struct DashboardProfile
{
    QString instance;
    QString name;
    int cutoffFormatScore = 0;
    bool upgradeAllowed = false;
    int files = 0;
    int scoredFiles = 0;
    int candidates = 0;            // below a cutoff in a profile that allows upgrades (CandidateFinder's rule)
    int capped = 0;                // below a cutoff in a profile that does not
    qint64 binWidth = 1;           // up to 5 × 10^8 when the scores span all of Int32
    QList<DashboardScoreBin> bins; // every bin from the lowest to the highest score; empty without a score
};

// Files sharing one quality or resolution. value is what LibraryFilter takes: a quality name, or
// "2160p"... / "Unknown" for a resolution; an empty quality stays empty.
struct DashboardCategory
{
    QString value;
    int files = 0;
    friend bool operator==(const DashboardCategory &, const DashboardCategory &) = default;
};

// A custom format (by name, across instances) and what it adds to the scores of the files that match it.
struct DashboardFormat
{
    QString name;
    int files = 0;
    qint64 contribution = 0; // Σ over matching files (with a known profile) of their profile's score for it
    friend bool operator==(const DashboardFormat &, const DashboardFormat &) = default;
};

struct DashboardSummary
{
    int files = 0;
    int scoredFiles = 0;
    int noProfile = 0; // files whose profile the snapshot does not know: in no profile, never a candidate
    int candidates = 0;
    int capped = 0;
    QList<DashboardProfile> profiles;     // most files first, then instance, then name
    QList<DashboardCategory> qualities;   // most files first, then name
    QList<DashboardCategory> resolutions; // highest resolution first, "Unknown" last
    QList<DashboardFormat> formats;       // largest |contribution| first, then most files, then name
};

// What the dashboard's charts show, computed from the rows the table shows in one pass over them, so
// that it stays well under 100 ms at 100,000 files. Plain data: the widgets only draw it.
class DashboardData
{
public:
    static constexpr int maxScoreBins = 12;

    static DashboardSummary compute(const QList<FileRow> &rows);
    // Bins of 1, 2 or 5 × 10^k, aligned on cutoff, covering [min, max] in at most maxBins.
    static QList<DashboardScoreBin> scoreBins(int min, int max, int cutoff, int maxBins = maxScoreBins);
};

} // namespace arrscore
