#pragma once

// Plain data the simulated library is made of. Kept as structs (not QObjects) so a library of
// 50,000 files stays cheap to copy, index and render.

#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

enum class SimAppType { Radarr, Sonarr };

// What history a file's item was seeded with: nothing, an ordinary download or upgrade (no finding), or a
// planted case of one of the audit's finding kinds, so tests can check findings against what was planted.
enum class SimPlant {
    None,
    OrdinaryDownload,
    OrdinaryUpgrade,
    SameReleaseLoop,       // one release grabbed twice, its renamed file scoring lower than the grab each time
    RepeatedGrabLoop,      // three grabs of different releases within 30 days, no score gained
    GrabImportMismatch,    // one grab whose import scored lower (the name matched a format the file does not)
    ImportCurrentMismatch, // imported with a score the file no longer has after a rename
    ScoreMismatch,         // the reported score is not the sum of the file's formats in its profile
    RepeatedFailure,       // two grabs that both failed to download
};

struct SimPlantInfo
{
    SimPlant kind = SimPlant::None;
    int formatId = 0; // a positively scored format the release's name matched and the file's does not
    int skew = 0;     // ScoreMismatch: what the reported score adds to the true one
};

struct SimQuality
{
    int id = 0;
    QString name;
    QString source;
    int resolution = 0;
    QString modifier; // Radarr only; Sonarr qualities have no modifier
};

struct SimLanguage
{
    int id = 1;
    QString name;
};

struct SimCustomFormat
{
    int id = 0;
    QString name;
    QString regex; // shown as the release-title specification
    bool includeWhenRenaming = false;
};

// One row of a profile's `items`: a single quality, or a named group of qualities.
struct SimProfileItem
{
    int groupId = 0; // 0 = single quality
    QString groupName;
    QList<int> qualityIds;
    bool allowed = false;
};

struct SimProfile
{
    int id = 0;
    QString name;
    bool upgradeAllowed = true;
    int cutoff = 0; // a quality id, or a group id (≥ 1000)
    QList<SimProfileItem> items;
    int minFormatScore = 0;
    int cutoffFormatScore = 0;
    int minUpgradeFormatScore = 1;
    QList<int> formatScores; // indexed by custom format id; every format has a slot
};

struct SimMediaInfo
{
    qint64 audioBitrate = 0;
    double audioChannels = 2.0;
    QString audioCodec;
    QString audioLanguages;
    int audioStreamCount = 1;
    int videoBitDepth = 8;
    qint64 videoBitrate = 0;
    QString videoCodec;
    double videoFps = 23.976;
    QString videoDynamicRange;
    QString videoDynamicRangeType;
    QString resolution;
    QString runTime;
    QString scanType;
    QString subtitles;
};

// A movie file or an episode file.
struct SimFile
{
    int id = 0;
    int ownerId = 0;      // movieId or seriesId
    int seasonNumber = 0; // Sonarr only
    QString relativePath;
    QString path;
    qint64 size = 0;
    qint64 dateAdded = 0; // seconds since epoch, UTC
    QString sceneName;    // empty = omitted (null on the server)
    QString releaseGroup; // empty = omitted
    QString edition;
    QList<SimLanguage> languages;
    int qualityId = 0;
    int revisionVersion = 1;
    bool isRepack = false;
    QList<int> customFormatIds;
    SimMediaInfo mediaInfo;
    QString releaseType = QStringLiteral("singleEpisode");
};

struct SimMovie
{
    int id = 0;
    QString title;
    QString originalTitle;
    SimLanguage originalLanguage;
    int year = 0;
    int tmdbId = 0;
    QString imdbId;
    QString studio;
    QString certification; // empty = omitted
    QString overview;
    QStringList genres;
    QString collectionTitle; // empty = no collection
    int collectionTmdbId = 0;
    int qualityProfileId = 1;
    int runtime = 0;
    bool monitored = true;
    qint64 added = 0;
    double popularity = 0;
    double imdbRating = 0;
    int imdbVotes = 0;
    std::optional<SimFile> file;
};

struct SimEpisode
{
    int id = 0;
    int seriesId = 0;
    int tvdbId = 0;
    int seasonNumber = 0;
    int episodeNumber = 0;
    QString title;
    qint64 airDateUtc = 0;
    int runtime = 0;
    bool monitored = true;
    int episodeFileId = 0;
};

struct SimSeries
{
    int id = 0;
    QString title;
    int year = 0;
    int tvdbId = 0;
    QString imdbId;
    QString titleSlug;
    QString network;
    QString status;
    QString overview;
    QStringList genres;
    int qualityProfileId = 1;
    int runtime = 0;
    bool monitored = true;
    qint64 added = 0;
    qint64 firstAired = 0;
    QList<SimEpisode> episodes; // ordered by season, then episode
    QList<SimFile> files;       // this series' episode files
};

} // namespace arrscore
