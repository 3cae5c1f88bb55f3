#include "analysis/scorebinning.h"

#include <algorithm>

namespace arrscore {

namespace {

// Rounds towards minus infinity, unlike C++'s division; the divisor is positive.
qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 q = value / divisor;
    return value % divisor != 0 && value < 0 ? q - 1 : q;
}

} // namespace

ScoreBinning ScoreBinning::cover(qint64 min, qint64 max, qint64 anchor, int maxBins)
{
    ScoreBinning b;
    if (min > max)
        return b;
    maxBins = std::max(maxBins, 1);
    // Up to 5 × 10^10: one bin of that width covers any two Int32 scores and any anchor among them.
    for (qint64 power = 1; power <= 10000000000LL; power *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            const qint64 width = factor * power;
            const qint64 start = anchor + floorDiv(min - anchor, width) * width;
            const qint64 count = floorDiv(max - start, width) + 1;
            if (count <= maxBins) {
                b.start = start;
                b.width = width;
                b.count = int(count);
                return b;
            }
        }
    }
    // A single bin over a range that holds an edge: from min, unaligned.
    b.start = min;
    b.width = max - min + 1;
    b.count = 1;
    return b;
}

int ScoreBinning::binOf(qint64 score) const
{
    if (count <= 0)
        return 0;
    return int(std::clamp<qint64>(floorDiv(score - start, width), 0, count - 1));
}

} // namespace arrscore
