#pragma once

#include "analysis/profilefacts.h"
#include "base/model.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace arrscore {

enum class ReasonKind {
    ScoreBelowCutoff,   // value: points to the cutoff
    QualityBelowCutoff, // value: ranks below the cutoff (0 when the rank is unknown); name: the cutoff quality
    NegativeFormat,     // value: the format's score in the profile (< 0); name, formatId: the format
    MissingFormat,      // value: the format's score in the profile (> 0); name, formatId: the format
    ScoreUnknown,       // the server sends no score (Sonarr v3): a candidate for its quality only
    UpgradesDisabled,   // the profile forbids upgrades: the file is capped, not a candidate
};

// One reason, as data; CandidateFinder::reasonText() puts it in words.
struct CandidateReason
{
    ReasonKind kind = ReasonKind::ScoreBelowCutoff;
    qint64 value = 0; // a score gap reaches 2^32 − 1 between Int32 scores
    int formatId = 0;
    QString name;
    friend bool operator==(const CandidateReason &, const CandidateReason &) = default;
};

// A file that falls short of its profile's cutoffs. Points into the snapshots it was found in: valid
// as long as they are.
struct Candidate
{
    const LibrarySnapshot *snapshot = nullptr;
    const MediaFile *file = nullptr;
    const QualityProfile *profile = nullptr;
    bool capped = false; // the profile forbids upgrades
    bool scoreBelowCutoff = false;
    bool qualityBelowCutoff = false;
    std::optional<qint64> scoreGap;    // cutoffFormatScore − score, at least 0; null when the score is unknown
    int qualityGap = 0;                // ranks below the cutoff quality; 0 when unknown or met
    qint64 scale = 1;                  // the profile's score scale (ProfileFacts::scale)
    double scorePart = 0;              // min(scoreGap / scale, 2)
    double qualityPart = 0;            // qualityGap / cutoffRank, or 0.5 when the rank is unknown
    double priority = 0;               // 100 × (scorePart + qualityPart), one decimal
    QList<FormatItem> negativeFormats; // matched formats the profile scores below 0, worst first
    QList<FormatItem> missingFormats;  // the profile's best positive formats the file lacks (up to 3)
    QList<CandidateReason> reasons;
};

struct CandidateReport
{
    QList<Candidate> candidates; // ranked: highest priority first, see CandidateFinder::ranksBefore()
    QList<Candidate> capped;     // below a cutoff in a profile without upgrades, ranked the same way
    int filesConsidered = 0;     // files whose profile is known
    int scoreUnknown = 0;        // of those, files without a score (Sonarr v3)
    int noProfile = 0;           // files whose profile the snapshot does not know: not judged
};

// Finds upgrade candidates: files whose profile allows upgrades and whose score is below the profile's
// cutoffFormatScore or whose quality is below its cutoff quality. Each carries its reasons as data and,
// through reasonText(), in words; the priority formula is documented in docs/ANALYSIS.md.
class CandidateFinder
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::CandidateFinder)

public:
    static CandidateReport find(const QList<const LibrarySnapshot *> &snapshots);
    // How many candidates find() gives for one snapshot (capped files not counted), without building them:
    // what a trend point needs, at a fraction of the time and none of the memory.
    static int count(const LibrarySnapshot &snapshot);
    // The record of one file: nullopt when it meets both cutoffs. Capped files get capped = true.
    static std::optional<Candidate> evaluate(const LibrarySnapshot &snapshot, const MediaFile &file,
                                             const ProfileFacts &facts);
    // Priority descending, then instance, title, season, first episode, file id: a total order.
    static bool ranksBefore(const Candidate &a, const Candidate &b);

    static QString reasonText(const CandidateReason &reason);
    static QStringList reasonTexts(const Candidate &candidate);
    static QString reasonKindName(ReasonKind kind); // "score_below_cutoff", ...
    // "The Show S01E02-E03" for an episode file, "Title (2019)" for a movie.
    static QString displayTitle(const MediaFile &file);
};

} // namespace arrscore
