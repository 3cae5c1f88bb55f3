#include "views/analysisviews.h"

#include "analysis/candidatefinder.h"
#include "analysis/formatanalysis.h"
#include "analysis/profileanalysis.h"
#include "views/candidaterows.h"
#include "views/listrows.h"

namespace arrscore {

namespace {

QStringList formatList(const QList<FormatItem> &items)
{
    QStringList list;
    for (const FormatItem &item : items)
        list << QStringLiteral("%1 (%2%3)")
                    .arg(item.name, item.score > 0 ? QStringLiteral("+") : QString())
                    .arg(item.score);
    return list;
}

} // namespace

QVariant AnalysisViews::candidateCell(const Candidate &c, int column)
{
    const MediaFile &f = *c.file;
    const bool episode = f.kind == MediaKind::Episode;
    switch (column) {
    case 0:
        return c.snapshot->instance.name;
    case 1:
        return mediaKindName(f.kind);
    case 2:
        return f.itemId;
    case 3:
        return f.fileId;
    case 4:
        return f.title;
    case 5:
        return episode ? QVariant(f.seriesTitle.isEmpty() ? f.title : f.seriesTitle) : QVariant();
    case 6:
        return episode && f.season >= 0 ? QVariant(f.season) : QVariant();
    case 7: {
        QVariantList episodes;
        for (const int n : f.episodes)
            episodes << n;
        return episodes;
    }
    case 8:
        return c.profile->name;
    case 9:
        return valueOrNull(f.customFormatScore);
    case 10:
        return c.profile->cutoffFormatScore;
    case 11:
        return valueOrNull(c.scoreGap);
    case 12:
        return f.quality;
    case 13:
        return c.profile->cutoffName();
    case 14:
        return c.qualityGap;
    case 15:
        return c.qualityBelowCutoff;
    case 16:
        return formatList(c.negativeFormats);
    case 17:
        return formatList(c.missingFormats);
    case 18:
        return f.sizeBytes;
    case 19:
        return c.priority;
    case 20:
        return CandidateFinder::reasonTexts(c);
    default:
        return {};
    }
}

namespace {

QVariant formatCell(const FormatContribution &c, int column)
{
    switch (column) {
    case 0:
        return c.instance;
    case 1:
        return c.formatId;
    case 2:
        return c.name;
    case 3:
        return c.files;
    case 4:
        return c.totalContribution;
    case 5:
        return c.wouldCrossCutoff;
    case 6: {
        QStringList scores;
        for (const ProfileFormatScore &p : c.profiles)
            scores << QStringLiteral("%1: %2").arg(p.profileName).arg(p.score);
        return scores;
    }
    default:
        return {};
    }
}

QVariant profileCell(const ProfileSummary &s, int column)
{
    switch (column) {
    case 0:
        return s.instance;
    case 1:
        return s.profileId;
    case 2:
        return s.name;
    case 3:
        return s.upgradeAllowed;
    case 4:
        return s.cutoffFormatScore;
    case 5:
        return s.minFormatScore;
    case 6:
        return s.cutoffQuality;
    case 7:
        return s.scale;
    case 8:
        return s.files;
    case 9:
        return s.scoredFiles;
    case 10:
        return valueOrNull(s.meanScore);
    case 11:
        return valueOrNull(s.medianScore);
    case 12:
        return valueOrNull(s.shareAtOrAboveCutoff);
    case 13:
        return s.candidates;
    case 14:
        return s.capped;
    case 15: {
        QVariantList counts;
        for (const int n : s.distribution)
            counts << n;
        return counts;
    }
    default:
        return {};
    }
}

} // namespace

QStringList AnalysisViews::candidateColumns()
{
    return columnNames({"instance",
                        "kind",
                        "item_id",
                        "file_id",
                        "title",
                        "series_title",
                        "season",
                        "episodes",
                        "quality_profile",
                        "custom_format_score",
                        "cutoff_format_score",
                        "score_gap",
                        "quality",
                        "quality_cutoff",
                        "quality_gap",
                        "quality_cutoff_not_met",
                        "negative_formats",
                        "missing_formats",
                        "size_bytes",
                        "priority",
                        "reasons"});
}

QStringList AnalysisViews::formatColumns()
{
    return columnNames(
        {"instance", "format_id", "format", "files", "total_contribution", "files_crossing_cutoff", "profile_scores"});
}

QStringList AnalysisViews::profileColumns()
{
    return columnNames({"instance", "profile_id", "profile", "upgrade_allowed", "cutoff_format_score",
                        "min_format_score", "cutoff_quality", "scale", "files", "scored_files", "mean_score",
                        "median_score", "share_at_or_above_cutoff", "candidates", "capped", "distribution"});
}

std::unique_ptr<RowSource> AnalysisViews::candidates(const QList<const LibrarySnapshot *> &snapshots)
{
    return std::make_unique<CandidateRows>(snapshots, candidateColumns(), &AnalysisViews::candidateCell);
}

std::unique_ptr<RowSource> AnalysisViews::formats(const QList<const LibrarySnapshot *> &snapshots)
{
    return std::make_unique<ListRows<FormatContribution>>(formatColumns(), FormatAnalysis::contributions(snapshots),
                                                          formatCell);
}

std::unique_ptr<RowSource> AnalysisViews::profiles(const QList<const LibrarySnapshot *> &snapshots)
{
    return std::make_unique<ListRows<ProfileSummary>>(profileColumns(), ProfileAnalysis::summaries(snapshots),
                                                      profileCell);
}

} // namespace arrscore
