// bench_analysis: every analysis (candidates, format contribution, profile summaries, health,
// distributions, series roll-ups, movie insights, one what-if) over a synthetic library, as
// `arrscore analyze` runs them on the latest snapshots, and the dashboard's summary of every row, which
// the desktop app recomputes whenever the filter changes (goal: 100 ms). Half the files are Sonarr episodes, half are
// the same shapes turned into Radarr movies with collections.
//
//   bench_analysis [FILES]      (default 100000)

#include "analysis/dashboarddata.h"
#include "analysis/libraryanalysis.h"
#include "base/filerow.h"
#include "benchsetup.h"
#include "resulttable.h"
#include "stopwatch.h"
#include "syntheticlibrary.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

using namespace arrscore;
using namespace arrscore::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const BenchSetup setup(argc, argv, "bench_analysis", BenchSetup::FilesOnly, 2);
    if (!setup.ok())
        return setup.exitCode();
    const int fileCount = setup.fileCount();

    const LibrarySnapshot sonarr = SyntheticLibrary::make(QStringLiteral("sonarr"), fileCount / 2);
    LibrarySnapshot radarr = SyntheticLibrary::make(QStringLiteral("radarr"), fileCount - fileCount / 2, 7);
    radarr.instance.type = InstanceType::Radarr;
    for (qsizetype i = 0; i < radarr.files.size(); ++i) {
        MediaFile &f = radarr.files[i];
        f.kind = MediaKind::Movie;
        f.itemId = f.fileId;
        f.season = -1;
        f.episodes.clear();
        f.episodeIds.clear();
        if (f.year == 0)
            f.year = 1960 + int(i % 65);
        if (i % 7 == 0)
            f.collection = QStringLiteral("Collection %1").arg(i / 21);
    }
    const QList<const LibrarySnapshot *> snapshots{&sonarr, &radarr};
    out << "== analyses of " << ResultTable::number(fileCount) << " files (" << ResultTable::number(sonarr.files.size())
        << " episodes, " << ResultTable::number(radarr.files.size()) << " movies) ==\n";

    ResultTable table(
        {QStringLiteral("analysis"), QStringLiteral("wall"), QStringLiteral("cpu"), QStringLiteral("result")});
    const auto run = [&](const QString &name, const std::function<QString()> &work) {
        Stopwatch watch;
        const QString result = work();
        table.addRow({name, ResultTable::ms(watch.wallMs()), ResultTable::ms(watch.cpuMs()), result});
    };
    run(QStringLiteral("candidates"), [&] {
        const CandidateReport r = CandidateFinder::find(snapshots);
        return QStringLiteral("%1 candidates, %2 capped").arg(r.candidates.size()).arg(r.capped.size());
    });
    run(QStringLiteral("format contribution"),
        [&] { return QStringLiteral("%1 formats").arg(FormatAnalysis::contributions(snapshots).size()); });
    run(QStringLiteral("what-if (one format)"), [&] {
        const QualityProfile &p = sonarr.profiles.first();
        const FormatItem &f = p.formatItems.first();
        return QStringLiteral("%1 cross up")
            .arg(FormatAnalysis::whatIf(sonarr, p.id, f.formatId, f.score + 500).crossUp);
    });
    run(QStringLiteral("profile summaries"),
        [&] { return QStringLiteral("%1 profiles").arg(ProfileAnalysis::summaries(snapshots).size()); });
    run(QStringLiteral("health"),
        [&] { return QStringLiteral("%1/100").arg(LibraryHealth::compute(snapshots).health); });
    run(QStringLiteral("distributions"), [&] {
        return QStringLiteral("%1 release groups").arg(Distributions::compute(snapshots).byReleaseGroup.size());
    });
    run(QStringLiteral("series roll-ups"),
        [&] { return QStringLiteral("%1 seasons").arg(SeriesRollup::compute(snapshots).seasons.size()); });
    run(QStringLiteral("movie insights"), [&] {
        return QStringLiteral("%1 mixed collections").arg(MovieInsights::compute(snapshots).mixedCollections.size());
    });
    QList<FileRow> rows;
    rows.reserve(sonarr.files.size() + radarr.files.size());
    for (const LibrarySnapshot *snapshot : snapshots)
        for (const MediaFile &f : snapshot->files)
            rows.append(FileRow::of(*snapshot, f));
    DashboardData::compute(rows); // warm up: the app computes it again on every change of the filter
    Stopwatch dashboard;
    const DashboardSummary summary = DashboardData::compute(rows);
    const double dashboardWall = dashboard.wallMs();
    const double dashboardCpu = dashboard.cpuMs();
    table.addRow({QStringLiteral("dashboard summary"), ResultTable::ms(dashboardWall), ResultTable::ms(dashboardCpu),
                  QStringLiteral("%1 files").arg(summary.files)});
    Stopwatch all;
    const LibraryAnalysisReport report = LibraryAnalysis::analyze(snapshots);
    const double allWall = all.wallMs();
    const double allCpu = all.cpuMs();
    table.addRow({QStringLiteral("all (LibraryAnalysis::analyze)"), ResultTable::ms(allWall), ResultTable::ms(allCpu),
                  QStringLiteral("health %1/100").arg(report.health.health)});
    table.print(out);
    // On a loaded machine wall time includes waiting for a core; CPU time is what the analyses cost.
    out << "goal: all analyses under 1,000 ms — wall " << (allWall < 1000 ? "met" : "NOT met") << ", cpu "
        << (allCpu < 1000 ? "met" : "NOT met") << '\n';
    out << "goal: the dashboard summary under 100 ms — wall " << (dashboardWall < 100 ? "met" : "NOT met") << ", cpu "
        << (dashboardCpu < 100 ? "met" : "NOT met") << '\n';
    return 0;
}
