#pragma once

#include "upgrades/releaseinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

// What a release lookup says about one item (issue 11, §1):
//   Better         some release is approved; the pick is the approved one with the lowest releaseWeight
//   BetterRejected none approved, some score above the file; the pick is the highest-scoring of those
//   NothingBetter  releases exist, neither of the above
//   NoReleases     the lookup returned none for the item
//   Failed         the lookup failed (the reason is kept)
//   Deferred       not looked up: the hourly cap was reached (the time it may run is kept)
enum class Verdict { Better, BetterRejected, NothingBetter, NoReleases, Failed, Deferred };

// The verdict of one item and its pick, an index into the releases judged.
struct VerdictResult
{
    Verdict verdict = Verdict::NoReleases;
    int pick = -1;        // index into the lookup's whole release list; -1 when no pick
    int releaseCount = 0; // releases that count for the item
    friend bool operator==(const VerdictResult &, const VerdictResult &) = default;
};

// Judges the releases a lookup returned for an item, and names verdicts.
class ReleaseVerdict
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ReleaseVerdict)

public:
    // All of `releases` count for the item (a movie, or an episode looked up alone). currentScore null
    // (Sonarr v3, or no file): no release "scores above the file", so BetterRejected never comes.
    // Ties: the lower releaseWeight, then the earlier in the list, wins.
    static VerdictResult judge(const QList<ReleaseInfo> &releases, std::optional<int> currentScore);
    // For an episode of a season lookup: only the releases whose episodeNumbers contain it, or that are
    // fullSeason, count.
    static VerdictResult judgeEpisode(const QList<ReleaseInfo> &releases, int episodeNumber,
                                      std::optional<int> currentScore);
    // The indexes of the releases of a season lookup that count for one episode.
    static QList<int> releasesFor(const QList<ReleaseInfo> &releases, int episodeNumber);

    // Stable names for JSON and the database: "better", "better-rejected", "nothing-better",
    // "no-releases", "failed", "deferred".
    static QString name(Verdict verdict);
    static std::optional<Verdict> fromName(const QString &name);
    // Translated words for people: "Better available", "Better, rejected", "Nothing better",
    // "No releases", "Lookup failed", "Deferred".
    static QString text(Verdict verdict);
};

} // namespace arrscore
