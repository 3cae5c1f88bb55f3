#include "analysiscommands.h"

#include "analysis/analysisjson.h"
#include "analysis/libraryanalysis.h"
#include "analysis/trends.h"
#include "base/localeformat.h"
#include "models/libraryloader.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"

#include <QCoreApplication>
#include <QLocale>

namespace arrscore {

namespace {

constexpr int kDefaultTableRows = 20;
constexpr int kTopFormats = 10;

QString fit(const QString &text, int width)
{
    return text.size() <= width ? text.leftJustified(width) : text.left(width - 1) + QChar(0x2026);
}

// Counts and scores in the locale's digits and group separators, for the tables' columns.
QString count(qint64 value)
{
    return QLocale().toString(value);
}

// 64 bits: a score gap between Int32 scores reaches 2^32 − 1.
QString optionalCount(const std::optional<qint64> &value)
{
    return value ? count(*value) : QStringLiteral("?");
}

QString optionalDecimal(const std::optional<double> &value)
{
    return value ? LocaleFormat::decimal(*value, 1) : QStringLiteral("—");
}

void printCandidateTable(QTextStream &out, const QList<Candidate> &list, int limit)
{
    out << QStringLiteral("%1  %2 %3 %4 %5  %6 %7  %8\n")
               .arg(QStringLiteral("#").rightJustified(4), fit(AnalysisCommands::tr("TITLE"), 40),
                    AnalysisCommands::tr("SCORE").rightJustified(7), AnalysisCommands::tr("CUTOFF").rightJustified(7),
                    AnalysisCommands::tr("GAP").rightJustified(7), fit(AnalysisCommands::tr("QUALITY"), 16),
                    AnalysisCommands::tr("PRIORITY").rightJustified(8), AnalysisCommands::tr("TOP REASON"));
    for (int i = 0; i < list.size() && i < limit; ++i) {
        const Candidate &c = list.at(i);
        const MediaFile &f = *c.file;
        out << QStringLiteral("%1  %2 %3 %4 %5  %6 %7  %8\n")
                   .arg(count(i + 1).rightJustified(4), fit(CandidateFinder::displayTitle(f), 40),
                        optionalCount(f.customFormatScore).rightJustified(7),
                        count(c.profile->cutoffFormatScore).rightJustified(7),
                        optionalCount(c.scoreGap).rightJustified(7), fit(f.quality, 16),
                        LocaleFormat::decimal(c.priority, 1).rightJustified(8),
                        c.reasons.isEmpty() ? QString() : CandidateFinder::reasonText(c.reasons.first()));
    }
}

} // namespace

AnalysisCommands::AnalysisCommands(CliContext &context) : m_ctx(context) {}

AnalysisCommands::~AnalysisCommands() = default;

int AnalysisCommands::load(const QStringList &instances, QList<LibrarySnapshot> &snapshots)
{
    Result<LibraryLoader::Opened> latest = LibraryLoader::open(m_ctx.config.database, instances);
    if (!latest) {
        m_ctx.err << latest.error().message << '\n';
        return latest.error().kind == ErrorKind::NotFound ? ExitUsage : ExitFailed;
    }
    m_db = std::move(latest.value().database);
    snapshots = std::move(latest.value().snapshots);
    if (snapshots.isEmpty()) {
        m_ctx.err << tr("Nothing to analyse: %1 holds no snapshot yet. Run \"arrscore sync\" first.")
                         .arg(m_db->displayLocation())
                  << '\n';
        return ExitFailed;
    }
    return ExitOk;
}

int AnalysisCommands::candidates(const QStringList &instances, const QString &limitText, bool json)
{
    int limit = json ? -1 : kDefaultTableRows;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 0) {
            m_ctx.err << tr("--limit expects a number of 0 or more, not \"%1\".").arg(limitText) << '\n';
            return ExitUsage;
        }
    }
    QList<LibrarySnapshot> snapshots;
    if (const int code = load(instances, snapshots); code != ExitOk)
        return code;
    const CandidateReport report = CandidateFinder::find(snapshotPointers(snapshots));
    if (json) {
        m_ctx.writeJson(AnalysisJson::candidates(report, limit));
        return ExitOk;
    }
    m_ctx.out << tr("Upgrade candidates: %1 of %Ln files; %2 more are capped (their profile allows no upgrades).",
                    nullptr, int(report.filesConsidered))
                     .arg(count(report.candidates.size()), count(report.capped.size()))
              << '\n';
    if (report.scoreUnknown > 0)
        m_ctx.out << tr("%Ln files have no score (Sonarr v3): they are judged on quality only.", nullptr,
                        int(report.scoreUnknown))
                  << '\n';
    if (report.noProfile > 0)
        m_ctx.out << tr("%Ln files use a profile the snapshot does not know and were not judged.", nullptr,
                        int(report.noProfile))
                  << '\n';
    if (!report.candidates.isEmpty()) {
        m_ctx.out << '\n';
        printCandidateTable(m_ctx.out, report.candidates, limit);
        if (report.candidates.size() > limit)
            m_ctx.out << tr("… and %L1 more (--limit N, or --json for all with every reason).")
                             .arg(report.candidates.size() - limit)
                      << '\n';
    }
    return ExitOk;
}

int AnalysisCommands::analyze(const QStringList &instances, bool json)
{
    QList<LibrarySnapshot> snapshots;
    if (const int code = load(instances, snapshots); code != ExitOk)
        return code;
    const LibraryAnalysisReport report = LibraryAnalysis::analyze(snapshotPointers(snapshots));
    // Trends read older snapshots one at a time; the latest ones above stay as they are.
    SnapshotStore store(*m_db);
    TrendReport trends;
    for (const LibrarySnapshot &s : std::as_const(snapshots)) {
        Result<TrendReport> t = Trends::load(store, s.instance.name);
        if (!t) {
            m_ctx.err << t.error().message << '\n';
            return ExitFailed;
        }
        trends.points.append(t->points);
        trends.upgradesPerWeek.append(t->upgradesPerWeek);
    }
    if (json) {
        QJsonObject object = AnalysisJson::analysis(report);
        object.insert(QStringLiteral("trends"), AnalysisJson::trends(trends));
        m_ctx.writeJson(object);
        return ExitOk;
    }

    QTextStream &out = m_ctx.out;
    const HealthReport &h = report.health;
    out << tr("Library health: %1/100 (%2 of %3 checks passed over %Ln files)", nullptr, int(h.files))
               .arg(count(h.health), count(h.passed), count(h.checks))
        << '\n';
    if (!h.improvements.isEmpty())
        out << tr("What would raise it most:") << '\n';
    for (int i = 0; i < h.improvements.size(); ++i)
        out << QStringLiteral("  %L1. ").arg(i + 1) << LibraryHealth::describe(h.improvements.at(i)) << '\n';

    out << '\n' << tr("Profiles:") << '\n';
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(fit(tr("INSTANCE"), 12), fit(tr("PROFILE"), 20), tr("FILES").rightJustified(7),
                    tr("MEAN").rightJustified(8), tr("MEDIAN").rightJustified(8), tr("CUTOFF").rightJustified(7),
                    tr("AT/ABOVE").rightJustified(8), tr("CANDIDATES").rightJustified(10));
    for (const ProfileSummary &s : report.profiles) {
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8%9\n")
                   .arg(fit(s.instance, 12), fit(s.name, 20), count(s.files).rightJustified(7),
                        optionalDecimal(s.meanScore).rightJustified(8),
                        optionalDecimal(s.medianScore).rightJustified(8), count(s.cutoffFormatScore).rightJustified(7),
                        LocaleFormat::percent(s.shareAtOrAboveCutoff).rightJustified(8),
                        count(s.candidates).rightJustified(10),
                        s.upgradeAllowed ? QString()
                                         : QStringLiteral("  ") + tr("(no upgrades; %L1 capped)").arg(s.capped));
    }

    out << '\n' << tr("Top formats by contribution:") << '\n';
    out << QStringLiteral("  %1 %2 %3 %4 %5\n")
               .arg(fit(tr("INSTANCE"), 12), fit(tr("FORMAT"), 28), tr("FILES").rightJustified(7),
                    tr("TOTAL").rightJustified(12), tr("WOULD REACH CUTOFF").rightJustified(18));
    QList<FormatContribution> formats = report.formats;
    std::stable_sort(formats.begin(), formats.end(), [](const FormatContribution &a, const FormatContribution &b) {
        return qAbs(a.totalContribution) > qAbs(b.totalContribution);
    });
    for (int i = 0; i < formats.size() && i < kTopFormats; ++i) {
        const FormatContribution &c = formats.at(i);
        out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(fit(c.instance, 12), fit(c.name, 28), count(c.files).rightJustified(7),
                        count(c.totalContribution).rightJustified(12), count(c.wouldCrossCutoff).rightJustified(18));
    }

    const CandidateReport &cr = report.candidates;
    out << '\n'
        << tr("Upgrade candidates: %L1 (capped: %L2). Run \"arrscore candidates\" for the list.")
               .arg(cr.candidates.size())
               .arg(cr.capped.size())
        << '\n';
    int inconsistent = 0;
    for (const SeasonRollup &s : report.series.seasons)
        inconsistent += s.consistent() ? 0 : 1;
    if (!report.series.seasons.isEmpty())
        out << tr("Seasons: %Ln of %L1 are inconsistent (mixed release groups or qualities, or an episode far "
                  "below its siblings).",
                  nullptr, inconsistent)
                   .arg(report.series.seasons.size())
            << '\n';
    if (!report.movies.byDecade.isEmpty())
        out << tr("Movies: %1, %2.")
                   .arg(tr("%Ln collections of mixed quality", nullptr, int(report.movies.mixedCollections.size())),
                        tr("%Ln files in 2160p without HDR", nullptr, int(report.movies.uhdWithoutHdr.size())))
            << '\n';
    if (!trends.points.isEmpty()) {
        out << '\n'
            << tr("Trend (the last %Ln syncs per instance at most):", nullptr, Trends::defaultMaxSnapshots) << '\n';
        for (const TrendPoint &p : std::as_const(trends.points))
            out << QStringLiteral("  %1  %2  ").arg(fit(p.instance, 12), LocaleFormat::dateTime(p.syncedAt))
                << tr("mean %1, %2, upgrades: %3")
                       .arg(optionalDecimal(p.meanScore), tr("%Ln candidates", nullptr, p.candidates),
                            p.upgrades ? count(*p.upgrades) : QStringLiteral("—"))
                << '\n';
    }
    return ExitOk;
}

} // namespace arrscore
