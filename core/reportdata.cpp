#include "reportdata.h"

#include "analysisjson.h"
#include "analysisviews.h"
#include "candidates.h"
#include "formatanalysis.h"
#include "libraryhealth.h"
#include "profileanalysis.h"
#include "trends.h"

#include <QJsonArray>

namespace arrscore {

QList<const LibrarySnapshot *> ReportData::snapshotPointers() const
{
    QList<const LibrarySnapshot *> list;
    list.reserve(snapshots.size());
    for (const LibrarySnapshot &snapshot : snapshots)
        list << &snapshot;
    return list;
}

ReportData ReportData::build(QList<LibrarySnapshot> snapshots)
{
    ReportData data;
    data.snapshots = std::move(snapshots);
    const QList<const LibrarySnapshot *> pointers = data.snapshotPointers();
    // Only what the page shows: the per-file distributions of the full analysis would double its size,
    // and the page draws its charts of files from the files themselves.
    const CandidateReport candidates = CandidateFinder::find(pointers);
    data.analysis = {
        {QStringLiteral("health"), AnalysisJson::health(LibraryHealth::compute(pointers))},
        {QStringLiteral("formats"), AnalysisJson::formats(FormatAnalysis::contributions(pointers))},
        {QStringLiteral("profiles"), AnalysisJson::profiles(ProfileAnalysis::summaries(pointers))},
        {QStringLiteral("candidate_counts"), AnalysisJson::candidates(candidates, 0).value(QStringLiteral("counts"))},
    };
    // The table holds the rows of the "candidates" export view, so its in-page CSV has the columns
    // of `arrscore export --view candidates`.
    data.candidateRows = [](const QList<const LibrarySnapshot *> &list) { return AnalysisViews::candidates(list); };
    return data;
}

QString ReportData::addHistory(SnapshotStore &store, int maxSnapshots)
{
    QJsonArray points;
    for (const LibrarySnapshot &snapshot : std::as_const(snapshots)) {
        const Result<TrendReport> loaded = Trends::load(store, snapshot.instance.name, maxSnapshots);
        if (!loaded)
            return loaded.error().message;
        for (const QJsonValue &point : AnalysisJson::trends(loaded.value()).value(QStringLiteral("points")).toArray())
            points.append(point);
    }
    trend = points.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("points"), points}};
    return {};
}

} // namespace arrscore
