#pragma once

#include "analysis/candidatefinder.h"
#include "base/model.h"
#include "views/rowsource.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace arrscore {

// The "candidates" view of an export or report, in CandidateFinder::find()'s order, without holding every
// candidate's formats and reasons at once (200 MiB at 300,000 files): candidates are ranked on copies
// without them, and each is evaluated again in full when its row is read.
class CandidateRows final : public RowSource
{
public:
    using Cell = QVariant (*)(const Candidate &, int); // AnalysisViews::candidateCell
    CandidateRows(const QList<const LibrarySnapshot *> &snapshots, QStringList columns, Cell cellOf);

    QStringList columns() const override;
    bool next() override;
    QVariant cell(int column) const override;

private:
    QStringList m_columns;
    Cell m_cell;
    QHash<const LibrarySnapshot *, std::shared_ptr<const ProfileIndex>> m_profiles;
    QList<Candidate> m_ranked; // without formats and reasons
    qsizetype m_index = -1;
    Candidate m_current; // m_ranked[m_index], whole
};

} // namespace arrscore
