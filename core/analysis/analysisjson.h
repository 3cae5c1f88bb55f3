#pragma once

#include "analysis/libraryanalysis.h"
#include "analysis/trends.h"

#include <QJsonArray>
#include <QJsonObject>

namespace arrscore {

// The analyses as JSON (snake_case keys, null for unknown values), for `arrscore candidates --json`,
// `arrscore analyze --json` and the report.
class AnalysisJson
{
public:
    static QJsonObject candidate(const Candidate &candidate);
    // {"candidates": [...up to limit; all when limit < 0], "capped": [...], "counts": {...}}
    static QJsonObject candidates(const CandidateReport &report, int limit = -1);
    static QJsonObject analysis(const LibraryAnalysisReport &report, int candidateLimit = 20);
    static QJsonObject health(const HealthReport &health);
    static QJsonArray profiles(const QList<ProfileSummary> &profiles);
    static QJsonArray formats(const QList<FormatContribution> &formats);
    static QJsonObject trends(const TrendReport &trends);
};

} // namespace arrscore
