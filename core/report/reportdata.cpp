#include "report/reportdata.h"

#include "analysis/analysisjson.h"
#include "analysis/formatanalysis.h"
#include "analysis/libraryhealth.h"
#include "analysis/profileanalysis.h"
#include "analysis/trends.h"
#include "audit/auditjson.h"
#include "audit/auditor.h"
#include "base/handoff.h"
#include "views/analysisviews.h"

#include <QJsonArray>

namespace arrscore {

QList<const LibrarySnapshot *> ReportData::snapshotPointers() const
{
    return arrscore::snapshotPointers(snapshots);
}

ReportData ReportData::build(QList<LibrarySnapshot> snapshots)
{
    ReportData data;
    data.snapshots = std::move(snapshots);
    const QList<const LibrarySnapshot *> pointers = data.snapshotPointers();
    // Only what the page shows: the per-file distributions of the full analysis would double its size,
    // and the page draws its charts of files from the files themselves. The analyses only read the
    // snapshots, so they run side by side.
    HandOff<HealthReport> health = runInBackground([pointers] { return LibraryHealth::compute(pointers); });
    HandOff<QList<FormatContribution>> formats =
        runInBackground([pointers] { return FormatAnalysis::contributions(pointers); });
    const QList<ProfileSummary> profiles = ProfileAnalysis::summaries(pointers);
    // The candidates themselves are the rows of the candidates view, found once when the report is
    // written; what the profiles counted gives the capped files without a second search.
    qint64 capped = 0;
    for (const ProfileSummary &profile : profiles)
        capped += profile.capped;
    data.analysis = {
        {QStringLiteral("health"), AnalysisJson::health(health.takeResult())},
        {QStringLiteral("formats"), AnalysisJson::formats(formats.takeResult())},
        {QStringLiteral("profiles"), AnalysisJson::profiles(profiles)},
        {QStringLiteral("candidate_counts"), QJsonObject{{QStringLiteral("capped"), capped}}},
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
        for (const auto &point : AnalysisJson::trends(loaded.value()).value(QStringLiteral("points")).toArray())
            points.append(point);
    }
    trend = points.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("points"), points}};
    return {};
}

QString ReportData::addAudit(Database &db, const QHash<QString, int> &loopWindowDays)
{
    Auditor::Options options;
    for (const LibrarySnapshot &snapshot : std::as_const(snapshots))
        options.instances << snapshot.instance.name;
    options.loopWindowDays = loopWindowDays;
    const Result<Auditor::Outcome> outcome = Auditor(db).run(options);
    if (!outcome)
        return outcome.error().message;
    audit = auditObject(outcome->findings, outcome->notes);
    return {};
}

QJsonObject ReportData::auditObject(const QList<Finding> &findings, const QStringList &notes)
{
    QJsonObject object = AuditJson::findings(findings, notes);
    QJsonArray kinds;
    for (const FindingKind kind : Finding::allKinds()) {
        kinds.append(QJsonObject{{QStringLiteral("name"), Finding::kindName(kind)},
                                 {QStringLiteral("title"), Finding::kindTitle(kind)},
                                 {QStringLiteral("description"), Finding::kindDescription(kind)}});
    }
    object.insert(QStringLiteral("kinds"), kinds);
    return object;
}

} // namespace arrscore
