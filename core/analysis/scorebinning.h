#pragma once

#include <QtGlobal>

namespace arrscore {

// Bins of equal width over a range of scores, for the histograms of Distributions and DashboardData. In
// 64 bits throughout: a profile's scores can span all of Int32 (about 4.3 billion), and the first bin
// can start below INT_MIN when it is aligned on a multiple of its width.
struct ScoreBinning
{
    qint64 start = 0; // the first bin's lowest score
    qint64 width = 1; // 1, 2 or 5 × a power of ten
    int count = 0;    // bins; 0 for an empty range

    // The narrowest width that covers [min, max] in at most maxBins bins whose edges are `anchor` plus a
    // multiple of the width (0 for round numbers, a cutoff to keep each bin on one side of it). When one
    // bin is all there may be and the range holds an edge, that bin starts at min instead.
    static ScoreBinning cover(qint64 min, qint64 max, qint64 anchor = 0, int maxBins = 20);

    qint64 lowOf(int bin) const { return start + bin * width; }
    // The bin holding a score; scores outside the range go to the first or last bin.
    int binOf(qint64 score) const;
};

} // namespace arrscore
