#pragma once

#include "analysis/candidatefinder.h"
#include "analysis/distributions.h"
#include "analysis/formatanalysis.h"
#include "analysis/libraryhealth.h"
#include "analysis/movieinsights.h"
#include "analysis/profileanalysis.h"
#include "analysis/seriesrollup.h"

#include <QList>

namespace arrscore {

// Every analysis of a set of snapshots at once: what `arrscore analyze`, the app's charts and the
// report show. Points into the snapshots (through the candidates): valid as long as they are.
struct LibraryAnalysisReport
{
    CandidateReport candidates;
    QList<FormatContribution> formats;
    QList<ProfileSummary> profiles;
    HealthReport health;
    LibraryDistributions distributions;
    SeriesReport series;
    MovieReport movies;
};

// The one entry point of the analyses: the GUI, the CLI and the reports all call this.
class LibraryAnalysis
{
public:
    static LibraryAnalysisReport analyze(const QList<const LibrarySnapshot *> &snapshots);
};

} // namespace arrscore
