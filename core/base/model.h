#pragma once

#include "base/serverevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace arrscore {

enum class InstanceType { Radarr, Sonarr };
enum class MediaKind { Movie, Episode };

QString instanceTypeName(InstanceType type);                           // "radarr" | "sonarr"
std::optional<InstanceType> instanceTypeFromName(const QString &name); // case-insensitive
QString mediaKindName(MediaKind kind);                                 // "movie" | "episode"

// A custom format matched by a file, as the server names it.
struct FormatRef
{
    int id = 0;
    QString name;
    friend bool operator==(const FormatRef &, const FormatRef &) = default;
};

// One entry of a profile's formatItems: the score this profile gives a custom format.
struct FormatItem
{
    int formatId = 0;
    QString name;
    int score = 0;
    friend bool operator==(const FormatItem &, const FormatItem &) = default;
};

// A quality of a profile, flattened out of its groups, in the profile's order (worst first).
struct ProfileQuality
{
    int id = 0; // quality id
    QString name;
    int resolution = 0;
    bool allowed = false;
    int groupId = 0; // the group it belongs to, 0 when none
    QString groupName;
    friend bool operator==(const ProfileQuality &, const ProfileQuality &) = default;
};

// A quality profile as the server defines it at sync time.
struct QualityProfile
{
    int id = 0;
    QString name;
    bool upgradeAllowed = false;
    int cutoff = 0; // a quality id or a group id
    int minFormatScore = 0;
    int cutoffFormatScore = 0;
    std::optional<int> minUpgradeFormatScore;
    QList<FormatItem> formatItems;
    QList<ProfileQuality> qualities;
    QByteArray definition; // the server's JSON for this profile, compact; what its version is keyed on

    // The score this profile gives a format; 0 when the profile does not list it.
    int scoreOf(int formatId) const;
    // Position of a quality in the profile (higher is better), -1 when the profile does not have it.
    // Qualities of one group share the rank of their group.
    int qualityRank(int qualityId) const;
    // The rank of the cutoff quality or group, -1 when unknown.
    int cutoffRank() const;
    QString cutoffName() const;
};

// A custom format definition (its conditions kept as the server's JSON).
struct CustomFormat
{
    int id = 0;
    QString name;
    QByteArray definition; // compact JSON
};

// One file on disk as the server reports it, with what we need to explain its score.
struct MediaFile
{
    MediaKind kind = MediaKind::Movie;
    qint64 fileId = 0;
    qint64 itemId = 0;        // movie id, or series id for an episode file
    QString title;            // the movie's title, or the series' for an episode file
    int year = 0;             // 0 when unknown
    QString titleSlug;        // for "open in Radarr/Sonarr"
    QString seriesTitle;      // episode files only
    int season = -1;          // -1 for movies
    QList<int> episodes;      // episode numbers, ascending; several for a multi-episode file
    QList<qint64> episodeIds; // the episodes' ids, in the same order
    QString episodeTitle;     // titles joined with " / " for a multi-episode file
    QString quality;          // e.g. "Bluray-2160p"
    int qualityId = 0;
    int resolution = 0; // 2160, 1080, ...
    int qualityProfileId = 0;
    QList<FormatRef> customFormats;
    std::optional<int> customFormatScore; // null: the server cannot score (Sonarr v3)
    bool scoreComputed = false;           // computed here from the profile (Radarr <= 4.7.4)
    bool qualityCutoffNotMet = false;
    qint64 sizeBytes = 0;
    QString relativePath;
    QString releaseGroup;
    QString edition;
    QString videoCodec;
    QString audioCodec;
    double audioChannels = 0;
    QString dynamicRange;    // videoDynamicRangeType, e.g. "DV HDR10"; empty for SDR
    QString mediaResolution; // e.g. "3840x2160"
    QStringList languages;
    QStringList genres;  // of the movie or series
    QString collection;  // Radarr collection title
    QDateTime dateAdded; // UTC
    // The item's id in the catalogues every instance shares: the movie's tmdbId, the series' tvdbId (an
    // episode is that with season and episode); 0 when unknown. Stored beside the file (item_external_ids).
    qint64 externalId = 0;
    // Radarr: the score /movie gives this file where it differs from /moviefile's (the audit reports it); null
    // where they agree, where /movie gives none, and where it is the never-computed 0 of Radarr 4.7.5 to
    // 5.22.3 (Radarr#9568: RadarrFetcher::embedsUncomputedScores).
    std::optional<int> itemListScore;

    QStringList customFormatNames() const;
};

// The instance as it answered at sync time. Never holds the API key.
struct InstanceInfo
{
    QString name;
    InstanceType type = InstanceType::Radarr;
    QString url;     // with URL base, no credentials
    QString appName; // "Radarr" / "Sonarr" as the server says
    QString version; // system/status version
};

// Everything one sync of one instance produced.
struct LibrarySnapshot
{
    qint64 id = 0; // database id, 0 until stored
    InstanceInfo instance;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString strategy;            // how the files were fetched, in words
    bool scoresAvailable = true; // false for Sonarr v3
    int requestCount = 0;
    QStringList warnings;
    QList<QualityProfile> profiles;
    QList<CustomFormat> formats;
    QList<MediaFile> files;
    ServerHistory history; // the server's own history since the last sync; stored with the snapshot

    const QualityProfile *profile(int profileId) const;
};

// The analyses take snapshots by pointer: these point into `snapshots`, valid while it is unchanged.
QList<const LibrarySnapshot *> snapshotPointers(const QList<LibrarySnapshot> &snapshots);

} // namespace arrscore
