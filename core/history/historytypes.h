#pragma once

#include "base/model.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace arrscore {

// Plain results of HistoryStore and SnapshotDiffer, shared by the CLI, the export and the GUI.

// What happened to an item between two snapshots, or at one point of its history.
enum class ChangeKind {
    Added,      // a file for an item that had none
    Removed,    // the item's file is gone and nothing replaced it
    Upgraded,   // a new file for the same item, with a higher score
    Downgraded, // a new file for the same item, with a lower score
    Replaced,   // a new file for the same item, same score or a score that is not known
    Rescored,   // the same file, another score: a profile or custom format changed
    Changed,    // the same file, the same score, other details changed (quality, path, formats...)
};
QString changeKindName(ChangeKind kind); // "added", "removed", ... as in JSON and CSV
// A new file for the same item: Upgraded, Downgraded, or Replaced when a score is unknown (never 0).
ChangeKind replacementKind(const std::optional<int> &before, const std::optional<int> &after);

// A movie (id = movie id) or an episode (id = episode id) of one instance.
struct ItemRef
{
    QString instanceName;
    MediaKind kind = MediaKind::Movie;
    qint64 id = 0;
    QString title; // movie title, or series title
    int year = 0;
    int season = -1;
    int episode = -1;            // episode number, -1 for movies
    QString episodeTitle;        // this episode's title when known, else the file's joined titles
    QString displayName() const; // "Title (2020)" or "Series S01E02"
};

// A custom format whose score in a profile moved; a side is empty when the profile did not list it.
struct FormatScoreMove
{
    int formatId = 0;
    QString name;
    std::optional<int> before;
    std::optional<int> after;
};

// Why the same file got another score, as far as the stored profiles and formats tell.
struct ScoreCause
{
    int profileId = 0; // the profile the file is scored by (after)
    QString profileName;
    int previousProfileId = 0; // set when the file was moved to another profile
    QString previousProfileName;
    QList<FormatScoreMove> scoreMoves; // this profile's scores of the file's formats that moved
    QStringList redefinedFormats;      // the file's formats whose definition changed
    QStringList formatsGained;         // formats the file matches now and did not before
    QStringList formatsLost;
    bool isKnown() const
    {
        return previousProfileId != 0 || !scoreMoves.isEmpty() || !redefinedFormats.isEmpty()
               || !formatsGained.isEmpty() || !formatsLost.isEmpty();
    }
};

// One change of a diff: an item's file before and after (either may be absent).
struct DiffChange
{
    ChangeKind kind = ChangeKind::Changed;
    MediaKind mediaKind = MediaKind::Movie;
    qint64 itemId = 0;        // the movie, or the series of an episode file
    QList<qint64> episodeIds; // the episodes this change concerns (those the two files share)
    std::optional<MediaFile> before;
    std::optional<MediaFile> after;
    ScoreCause cause;          // for Rescored
    QStringList changedFields; // for Changed and Rescored: what else differs, by export column name
    // NOLINTNEXTLINE(bugprone-unchecked-optional-access): a change has a before, an after or both
    const MediaFile &file() const { return after ? *after : *before; }
    std::optional<int> scoreBefore() const { return before ? before->customFormatScore : std::nullopt; }
    std::optional<int> scoreAfter() const { return after ? after->customFormatScore : std::nullopt; }
};

// A profile whose stored version differs between the two snapshots.
struct ProfileChange
{
    int profileId = 0;
    QString name;
    bool added = false;
    bool removed = false;
    QList<FormatScoreMove> scoreMoves; // every format whose score moved
    QStringList otherChanges;          // "cutoff", "min_format_score", ... that moved too
};

// A custom format whose definition differs between the two snapshots.
struct FormatChange
{
    int formatId = 0;
    QString name;
    bool added = false;
    bool removed = false;
};

// What changed in an instance's library from one snapshot to another.
struct SnapshotDiff
{
    QString instanceName;
    InstanceType type = InstanceType::Radarr;
    qint64 fromId = 0;
    qint64 toId = 0;
    QDateTime fromTime; // the syncs' finish times
    QDateTime toTime;
    QList<DiffChange> changes; // ordered by kind, then title, season, episode
    QList<ProfileChange> profiles;
    QList<FormatChange> formats;
    int count(ChangeKind kind) const;
};

// One point of an item's history: a version of its file, from one snapshot until another.
struct HistoryEntry
{
    ChangeKind event = ChangeKind::Added; // relative to the entry before
    qint64 snapshotId = 0;                // the first snapshot with this version (or without the file)
    qint64 untilSnapshotId = 0;           // the first snapshot without it; 0 while current
    QDateTime syncedAt;
    QDateTime untilAt;
    std::optional<MediaFile> file;    // absent for a Removed entry
    QString profileName;              // the file's profile at snapshotId
    std::optional<int> previousScore; // the score of the entry before, when it had one
};

// An item's history, oldest first.
struct ItemHistory
{
    ItemRef item;
    QList<HistoryEntry> entries;
};

} // namespace arrscore
