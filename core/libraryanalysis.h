#pragma once

#include "candidates.h"
#include "distributions.h"
#include "formatanalysis.h"
#include "libraryhealth.h"
#include "movieinsights.h"
#include "profileanalysis.h"
#include "seriesrollup.h"

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
