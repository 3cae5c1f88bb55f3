#pragma once

#include "analysis/scorestats.h"
#include "base/model.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace arrscore {

// An episode file far below its season's siblings: at least half its profile's scale under the
// season's median score, in a season with at least three scored files.
struct SeasonOutlier
{
    qint64 fileId = 0;
    QList<int> episodes;
    int score = 0;
    double seasonMedian = 0;
    double pointsBelowMedian = 0;
};

struct SeasonRollup
{
    QString instance;
    qint64 seriesId = 0;
    QString seriesTitle;
    int season = 0;
    ScoreStats scores;
    QStringList releaseGroups; // distinct, sorted; files without a group are not counted
    QStringList qualities;     // distinct, sorted
    QList<SeasonOutlier> outliers;

    bool mixedReleaseGroups() const { return releaseGroups.size() > 1; }
    bool mixedQualities() const { return qualities.size() > 1; }
    bool consistent() const { return !mixedReleaseGroups() && !mixedQualities() && outliers.isEmpty(); }
};

struct SeriesSummary
{
    QString instance;
    qint64 seriesId = 0;
    QString title;
    ScoreStats scores;
    int seasons = 0;
    int inconsistentSeasons = 0;
};

struct SeriesReport
{
    QList<SeriesSummary> series; // by instance, title, id
    QList<SeasonRollup> seasons; // by instance, series title, series id, season
};

// Sonarr roll-ups per season and series, and season consistency. Movie snapshots are skipped.
class SeriesRollup
{
public:
    static SeriesReport compute(const QList<const LibrarySnapshot *> &snapshots);
    static constexpr int minSiblingsForOutliers = 3;
};

} // namespace arrscore
