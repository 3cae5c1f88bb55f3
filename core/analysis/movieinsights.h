#pragma once

#include "analysis/scorestats.h"
#include "base/model.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace arrscore {

// A movie file named by an insight.
struct MovieNote
{
    QString instance;
    qint64 movieId = 0;
    qint64 fileId = 0;
    QString title;
    int year = 0;
    QString quality;
    QString dynamicRange;
    std::optional<int> customFormatScore;
};

// A Radarr collection whose movies are not all in the same quality.
struct CollectionInsight
{
    QString instance;
    QString collection;
    QStringList qualities;   // distinct, sorted
    QList<MovieNote> movies; // by year, title, file id
};

// Files of one genre or one decade.
struct MovieGroup
{
    QString label; // the genre; the decade as "1990s"; "" when the movie has none / no year
    ScoreStats scores;
};

struct MovieReport
{
    QList<CollectionInsight> mixedCollections; // by instance, collection
    QList<MovieNote> uhdWithoutHdr;            // 2160p files whose dynamic range is empty or SDR
    QList<MovieGroup> byGenre;                 // a movie counts once in each of its genres; by label
    QList<MovieGroup> byDecade;                // by label
};

// Radarr insights: collections of mixed quality, 2160p without HDR, genre and decade breakdowns.
// Episode files are skipped.
class MovieInsights
{
public:
    static MovieReport compute(const QList<const LibrarySnapshot *> &snapshots);
    static bool isSdr(const QString &dynamicRange); // empty or "SDR", any case
};

} // namespace arrscore
