#include "views/candidaterows.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace arrscore {

CandidateRows::CandidateRows(const QList<const LibrarySnapshot *> &snapshots, QStringList columns, Cell cellOf)
    : m_columns(std::move(columns)), m_cell(cellOf)
{
    // find()'s loop, keeping what ranksBefore() reads.
    for (const LibrarySnapshot *snapshot : snapshots) {
        auto index = std::make_shared<const ProfileIndex>(*snapshot);
        for (const MediaFile &file : snapshot->files) {
            const ProfileFacts *facts = index->find(file.qualityProfileId);
            if (!facts)
                continue;
            std::optional<Candidate> c = CandidateFinder::evaluate(*snapshot, file, *facts);
            if (!c || c->capped)
                continue;
            c->negativeFormats = {};
            c->missingFormats = {};
            c->reasons = {};
            m_ranked.append(std::move(*c));
        }
        m_profiles.insert(snapshot, index);
    }
    std::sort(m_ranked.begin(), m_ranked.end(), CandidateFinder::ranksBefore);
}

QStringList CandidateRows::columns() const
{
    return m_columns;
}

bool CandidateRows::next()
{
    if (++m_index >= m_ranked.size())
        return false;
    const Candidate &light = m_ranked.at(m_index);
    const ProfileFacts *facts = (*m_profiles.constFind(light.snapshot))->find(light.file->qualityProfileId);
    // The same file against the same profile: evaluate() gives the same candidate, whole this time.
    m_current = CandidateFinder::evaluate(*light.snapshot, *light.file, *facts).value_or(light);
    return true;
}

QVariant CandidateRows::cell(int column) const
{
    return m_cell(m_current, column);
}

} // namespace arrscore
