#include "analysis/analysisjson.h"

#include <QJsonValue>

namespace arrscore {

namespace {

template <typename T> QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray ints(const QList<int> &list)
{
    QJsonArray a;
    for (const int n : list)
        a.append(n);
    return a;
}

QJsonArray formatItems(const QList<FormatItem> &items)
{
    QJsonArray a;
    for (const FormatItem &item : items)
        a.append(QJsonObject{{QStringLiteral("id"), item.formatId},
                             {QStringLiteral("name"), item.name},
                             {QStringLiteral("score"), item.score}});
    return a;
}

QJsonArray counts(const QList<CategoryCount> &list)
{
    QJsonArray a;
    for (const CategoryCount &c : list)
        a.append(QJsonObject{{QStringLiteral("label"), c.label},
                             {QStringLiteral("files"), c.files},
                             {QStringLiteral("bytes"), c.bytes}});
    return a;
}

QJsonObject stats(const ScoreStats &s)
{
    return {{QStringLiteral("files"), s.files},
            {QStringLiteral("scored_files"), s.scoredFiles},
            {QStringLiteral("min_score"), orNull(s.minScore())},
            {QStringLiteral("mean_score"), orNull(s.meanScore())},
            {QStringLiteral("share_below_cutoff"), orNull(s.shareBelowCutoff())}};
}

QJsonObject movieNote(const MovieNote &m)
{
    return {{QStringLiteral("instance"), m.instance},
            {QStringLiteral("item_id"), m.movieId},
            {QStringLiteral("file_id"), m.fileId},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("year"), m.year},
            {QStringLiteral("quality"), m.quality},
            {QStringLiteral("dynamic_range"), m.dynamicRange},
            {QStringLiteral("custom_format_score"), orNull(m.customFormatScore)}};
}

QJsonArray groups(const QList<MovieGroup> &list)
{
    QJsonArray a;
    for (const MovieGroup &g : list) {
        QJsonObject o = stats(g.scores);
        o.insert(QStringLiteral("label"), g.label);
        a.append(o);
    }
    return a;
}

QJsonObject series(const SeriesReport &report)
{
    QJsonArray list;
    for (const SeriesSummary &s : report.series) {
        QJsonObject o = stats(s.scores);
        o.insert(QStringLiteral("instance"), s.instance);
        o.insert(QStringLiteral("series_id"), s.seriesId);
        o.insert(QStringLiteral("title"), s.title);
        o.insert(QStringLiteral("seasons"), s.seasons);
        o.insert(QStringLiteral("inconsistent_seasons"), s.inconsistentSeasons);
        list.append(o);
    }
    QJsonArray seasons;
    for (const SeasonRollup &r : report.seasons) {
        QJsonObject o = stats(r.scores);
        o.insert(QStringLiteral("instance"), r.instance);
        o.insert(QStringLiteral("series_id"), r.seriesId);
        o.insert(QStringLiteral("series_title"), r.seriesTitle);
        o.insert(QStringLiteral("season"), r.season);
        o.insert(QStringLiteral("release_groups"), QJsonArray::fromStringList(r.releaseGroups));
        o.insert(QStringLiteral("qualities"), QJsonArray::fromStringList(r.qualities));
        o.insert(QStringLiteral("mixed_release_groups"), r.mixedReleaseGroups());
        o.insert(QStringLiteral("mixed_qualities"), r.mixedQualities());
        QJsonArray outliers;
        for (const SeasonOutlier &x : r.outliers)
            outliers.append(QJsonObject{{QStringLiteral("file_id"), x.fileId},
                                        {QStringLiteral("episodes"), ints(x.episodes)},
                                        {QStringLiteral("score"), x.score},
                                        {QStringLiteral("season_median"), x.seasonMedian},
                                        {QStringLiteral("points_below_median"), x.pointsBelowMedian}});
        o.insert(QStringLiteral("outliers"), outliers);
        seasons.append(o);
    }
    return {{QStringLiteral("series"), list}, {QStringLiteral("seasons"), seasons}};
}

QJsonObject movies(const MovieReport &report)
{
    QJsonArray collections;
    for (const CollectionInsight &c : report.mixedCollections) {
        QJsonArray members;
        for (const MovieNote &m : c.movies)
            members.append(movieNote(m));
        collections.append(QJsonObject{{QStringLiteral("instance"), c.instance},
                                       {QStringLiteral("collection"), c.collection},
                                       {QStringLiteral("qualities"), QJsonArray::fromStringList(c.qualities)},
                                       {QStringLiteral("movies"), members}});
    }
    QJsonArray uhd;
    for (const MovieNote &m : report.uhdWithoutHdr)
        uhd.append(movieNote(m));
    return {{QStringLiteral("mixed_collections"), collections},
            {QStringLiteral("uhd_without_hdr"), uhd},
            {QStringLiteral("by_genre"), groups(report.byGenre)},
            {QStringLiteral("by_decade"), groups(report.byDecade)}};
}

QJsonObject distributions(const LibraryDistributions &d)
{
    QJsonArray histograms;
    for (const ScoreHistogram &h : d.scoreHistograms)
        histograms.append(QJsonObject{{QStringLiteral("instance"), h.instance},
                                      {QStringLiteral("profile_id"), h.profileId},
                                      {QStringLiteral("profile"), h.profileName},
                                      {QStringLiteral("cutoff_format_score"), h.cutoffFormatScore},
                                      {QStringLiteral("start"), h.start},
                                      {QStringLiteral("bin_width"), h.binWidth},
                                      {QStringLiteral("counts"), ints(h.counts)}});
    // The scatter of every file would dwarf the rest: the JSON carries its size only; the API has the points.
    return {{QStringLiteral("score_histograms"), histograms},
            {QStringLiteral("by_quality"), counts(d.byQuality)},
            {QStringLiteral("by_resolution"), counts(d.byResolution)},
            {QStringLiteral("by_video_codec"), counts(d.byVideoCodec)},
            {QStringLiteral("by_dynamic_range"), counts(d.byDynamicRange)},
            {QStringLiteral("by_release_group"), counts(d.byReleaseGroup)},
            {QStringLiteral("score_by_size_points"), qint64(d.scoreBySize.size())}};
}

} // namespace

QJsonObject AnalysisJson::candidate(const Candidate &c)
{
    const MediaFile &f = *c.file;
    QJsonObject o{{QStringLiteral("instance"), c.snapshot->instance.name},
                  {QStringLiteral("kind"), mediaKindName(f.kind)},
                  {QStringLiteral("item_id"), f.itemId},
                  {QStringLiteral("file_id"), f.fileId},
                  {QStringLiteral("title"), f.title},
                  {QStringLiteral("quality_profile"), c.profile->name},
                  {QStringLiteral("custom_format_score"), orNull(f.customFormatScore)},
                  {QStringLiteral("cutoff_format_score"), c.profile->cutoffFormatScore},
                  {QStringLiteral("score_gap"), orNull(c.scoreGap)},
                  {QStringLiteral("score_below_cutoff"), c.scoreBelowCutoff},
                  {QStringLiteral("quality"), f.quality},
                  {QStringLiteral("quality_cutoff"), c.profile->cutoffName()},
                  {QStringLiteral("quality_gap"), c.qualityGap},
                  {QStringLiteral("quality_cutoff_not_met"), c.qualityBelowCutoff},
                  {QStringLiteral("negative_formats"), formatItems(c.negativeFormats)},
                  {QStringLiteral("missing_formats"), formatItems(c.missingFormats)},
                  {QStringLiteral("size_bytes"), f.sizeBytes},
                  {QStringLiteral("scale"), c.scale},
                  {QStringLiteral("priority"), c.priority},
                  {QStringLiteral("capped"), c.capped}};
    if (f.kind == MediaKind::Episode) {
        o.insert(QStringLiteral("series_title"), f.seriesTitle.isEmpty() ? f.title : f.seriesTitle);
        o.insert(QStringLiteral("season"), f.season);
        o.insert(QStringLiteral("episodes"), ints(f.episodes));
    } else {
        o.insert(QStringLiteral("year"), f.year > 0 ? QJsonValue(f.year) : QJsonValue(QJsonValue::Null));
    }
    QJsonArray reasons;
    for (const CandidateReason &r : c.reasons) {
        QJsonObject reason{{QStringLiteral("kind"), CandidateFinder::reasonKindName(r.kind)},
                           {QStringLiteral("value"), r.value},
                           {QStringLiteral("text"), CandidateFinder::reasonText(r)}};
        if (!r.name.isEmpty())
            reason.insert(QStringLiteral("name"), r.name);
        if (r.formatId != 0)
            reason.insert(QStringLiteral("format_id"), r.formatId);
        reasons.append(reason);
    }
    o.insert(QStringLiteral("reasons"), reasons);
    return o;
}

QJsonObject AnalysisJson::candidates(const CandidateReport &report, int limit)
{
    QJsonArray list;
    for (const Candidate &c : report.candidates) {
        if (limit >= 0 && list.size() >= limit)
            break;
        list.append(candidate(c));
    }
    QJsonArray capped;
    for (const Candidate &c : report.capped) {
        if (limit >= 0 && capped.size() >= limit)
            break;
        capped.append(candidate(c));
    }
    return {{QStringLiteral("candidates"), list},
            {QStringLiteral("capped"), capped},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("candidates"), qint64(report.candidates.size())},
                                                   {QStringLiteral("capped"), qint64(report.capped.size())},
                                                   {QStringLiteral("files_considered"), report.filesConsidered},
                                                   {QStringLiteral("score_unknown"), report.scoreUnknown},
                                                   {QStringLiteral("no_profile"), report.noProfile}}}};
}

QJsonObject AnalysisJson::health(const HealthReport &h)
{
    QJsonArray improvements;
    for (const HealthImprovement &i : h.improvements) {
        QJsonObject o{{QStringLiteral("kind"), LibraryHealth::kindName(i.kind)},
                      {QStringLiteral("instance"), i.instance},
                      {QStringLiteral("files"), i.files},
                      {QStringLiteral("gain"), i.gain},
                      {QStringLiteral("text"), LibraryHealth::describe(i)}};
        if (i.kind == HealthImprovement::Kind::UpgradeQuality) {
            o.insert(QStringLiteral("profile_id"), i.profileId);
            o.insert(QStringLiteral("profile"), i.profileName);
        } else {
            o.insert(QStringLiteral("format_id"), i.formatId);
            o.insert(QStringLiteral("format"), i.formatName);
        }
        improvements.append(o);
    }
    return {{QStringLiteral("health"), h.health},
            {QStringLiteral("checks"), h.checks},
            {QStringLiteral("passed"), h.passed},
            {QStringLiteral("files"), h.files},
            {QStringLiteral("improvements"), improvements}};
}

QJsonArray AnalysisJson::profiles(const QList<ProfileSummary> &profiles)
{
    QJsonArray a;
    for (const ProfileSummary &s : profiles)
        a.append(QJsonObject{{QStringLiteral("instance"), s.instance},
                             {QStringLiteral("profile_id"), s.profileId},
                             {QStringLiteral("profile"), s.name},
                             {QStringLiteral("upgrade_allowed"), s.upgradeAllowed},
                             {QStringLiteral("cutoff_format_score"), s.cutoffFormatScore},
                             {QStringLiteral("min_format_score"), s.minFormatScore},
                             {QStringLiteral("cutoff_quality"), s.cutoffQuality},
                             {QStringLiteral("scale"), s.scale},
                             {QStringLiteral("files"), s.files},
                             {QStringLiteral("scored_files"), s.scoredFiles},
                             {QStringLiteral("mean_score"), orNull(s.meanScore)},
                             {QStringLiteral("median_score"), orNull(s.medianScore)},
                             {QStringLiteral("share_at_or_above_cutoff"), orNull(s.shareAtOrAboveCutoff)},
                             {QStringLiteral("candidates"), s.candidates},
                             {QStringLiteral("capped"), s.capped},
                             {QStringLiteral("distribution"), ints(s.distribution)}});
    return a;
}

QJsonArray AnalysisJson::formats(const QList<FormatContribution> &formats)
{
    QJsonArray a;
    for (const FormatContribution &c : formats) {
        QJsonArray scores;
        for (const ProfileFormatScore &p : c.profiles)
            scores.append(QJsonObject{{QStringLiteral("profile_id"), p.profileId},
                                      {QStringLiteral("profile"), p.profileName},
                                      {QStringLiteral("score"), p.score},
                                      {QStringLiteral("files"), p.files}});
        a.append(QJsonObject{{QStringLiteral("instance"), c.instance},
                             {QStringLiteral("format_id"), c.formatId},
                             {QStringLiteral("format"), c.name},
                             {QStringLiteral("files"), c.files},
                             {QStringLiteral("total_contribution"), c.totalContribution},
                             {QStringLiteral("files_crossing_cutoff"), c.wouldCrossCutoff},
                             {QStringLiteral("profile_scores"), scores}});
    }
    return a;
}

QJsonObject AnalysisJson::analysis(const LibraryAnalysisReport &report, int candidateLimit)
{
    QJsonObject candidatesJson = candidates(report.candidates, candidateLimit);
    return {{QStringLiteral("health"), health(report.health)},
            {QStringLiteral("profiles"), profiles(report.profiles)},
            {QStringLiteral("formats"), formats(report.formats)},
            {QStringLiteral("candidate_counts"), candidatesJson.value(QStringLiteral("counts"))},
            {QStringLiteral("top_candidates"), candidatesJson.value(QStringLiteral("candidates"))},
            {QStringLiteral("series"), series(report.series)},
            {QStringLiteral("movies"), movies(report.movies)},
            {QStringLiteral("distributions"), distributions(report.distributions)}};
}

QJsonObject AnalysisJson::trends(const TrendReport &t)
{
    QJsonArray points;
    for (const TrendPoint &p : t.points)
        points.append(QJsonObject{{QStringLiteral("snapshot_id"), p.snapshotId},
                                  {QStringLiteral("instance"), p.instance},
                                  {QStringLiteral("synced_at"), p.syncedAt.toString(Qt::ISODate)},
                                  {QStringLiteral("files"), p.files},
                                  {QStringLiteral("scored_files"), p.scoredFiles},
                                  {QStringLiteral("mean_score"), orNull(p.meanScore)},
                                  {QStringLiteral("candidates"), p.candidates},
                                  {QStringLiteral("upgrades"), orNull(p.upgrades)}});
    QJsonArray weeks;
    for (const WeeklyUpgrades &w : t.upgradesPerWeek)
        weeks.append(QJsonObject{{QStringLiteral("week_start"), w.weekStart.toString(Qt::ISODate)},
                                 {QStringLiteral("upgrades"), w.upgrades}});
    return {{QStringLiteral("points"), points}, {QStringLiteral("upgrades_per_week"), weeks}};
}

} // namespace arrscore
