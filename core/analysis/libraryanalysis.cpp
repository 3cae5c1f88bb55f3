#include "analysis/libraryanalysis.h"

namespace arrscore {

LibraryAnalysisReport LibraryAnalysis::analyze(const QList<const LibrarySnapshot *> &snapshots)
{
    LibraryAnalysisReport report;
    report.candidates = CandidateFinder::find(snapshots);
    report.formats = FormatAnalysis::contributions(snapshots);
    report.profiles = ProfileAnalysis::summaries(snapshots);
    report.health = LibraryHealth::compute(snapshots);
    report.distributions = Distributions::compute(snapshots);
    report.series = SeriesRollup::compute(snapshots);
    report.movies = MovieInsights::compute(snapshots);
    return report;
}

} // namespace arrscore
