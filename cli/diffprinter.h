#pragma once

#include "history/historytypes.h"

#include <QCoreApplication>
#include <QTextStream>

namespace arrscore {

// The readable form of `arrscore diff` and `arrscore history`: one line per change or point, scores
// shown as "—" when the server could not score.
class DiffPrinter
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::DiffPrinter)

public:
    static void printDiff(QTextStream &out, const SnapshotDiff &diff);
    static void printHistory(QTextStream &out, const ItemHistory &history);
    // "Title (2020)" or "Series S01E02-E03".
    static QString fileLabel(const MediaFile &file);
    static QString score(const std::optional<int> &score);
};

} // namespace arrscore
