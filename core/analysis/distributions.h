#pragma once

#include "base/model.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace arrscore {

// Scores of one profile in bins of equal width: bin i holds scores in [start + i·width, start + (i+1)·width).
struct ScoreHistogram
{
    QString instance;
    int profileId = 0;
    QString profileName;
    int cutoffFormatScore = 0;
    qint64 start = 0;    // may lie below INT_MIN: bins start on a multiple of their width
    qint64 binWidth = 1; // 1, 2 or 5 × a power of ten, so that there are at most 20 bins
    QList<int> counts;
};

// Files and bytes sharing one value of an attribute.
struct CategoryCount
{
    QString label; // the value; "" when the files have none
    int files = 0;
    qint64 bytes = 0;
};

// One scored file as a point: size against score.
struct ScoreSizePoint
{
    QString instance;
    qint64 fileId = 0;
    int score = 0;
    double sizeGb = 0;     // 10^9 bytes
    double scorePerGb = 0; // score / sizeGb; 0 for an empty file
};

// Data for charts. Category lists are sorted by files (most first), then label.
struct LibraryDistributions
{
    QList<ScoreHistogram> scoreHistograms; // one per profile that has a scored file
    QList<CategoryCount> byQuality;
    QList<CategoryCount> byResolution; // "2160p", ...; "" when unknown
    QList<CategoryCount> byVideoCodec;
    QList<CategoryCount> byDynamicRange; // "" is SDR
    QList<CategoryCount> byReleaseGroup;
    QList<ScoreSizePoint> scoreBySize; // files with a known score
};

// Distributions of a library for the GUI's charts and the report.
class Distributions
{
public:
    static LibraryDistributions compute(const QList<const LibrarySnapshot *> &snapshots);
    // The smallest 1/2/5 × 10^k that covers [min, max] in at most maxBins bins.
    static qint64 niceBinWidth(int min, int max, int maxBins = 20);
};

} // namespace arrscore
