#pragma once

#include "base/model.h"
#include "views/rowsource.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace arrscore {

struct Candidate;

// The export views of the analyses: "candidates", "formats" and "profiles" (columns in docs/EXPORT.md).
// Each computes its analysis when made and then hands out rows like any other view.
class AnalysisViews
{
public:
    static std::unique_ptr<RowSource> candidates(const QList<const LibrarySnapshot *> &snapshots);
    static std::unique_ptr<RowSource> formats(const QList<const LibrarySnapshot *> &snapshots);
    static std::unique_ptr<RowSource> profiles(const QList<const LibrarySnapshot *> &snapshots);

    static QStringList candidateColumns();
    static QStringList formatColumns();
    static QStringList profileColumns();

    // One cell of the candidates view, by the index of candidateColumns(): what the GUI's table shows.
    static QVariant candidateCell(const Candidate &candidate, int column);
};

} // namespace arrscore
