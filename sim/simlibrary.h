#pragma once

// The simulated server's library: profiles, custom formats, movies or series with their files.
// Deterministic from a seed; mutable at runtime so tests can edit a profile or upgrade a file and
// watch the scores change, as they would on a real Radarr/Sonarr.

#include "simcatalog.h"
#include "simtypes.h"

#include <QHash>
#include <QSet>
#include <QVersionNumber>

#include <memory>

namespace arrscore {

class SimGenerator;

struct SimLibraryConfig
{
    SimAppType type = SimAppType::Radarr;
    QString version = QStringLiteral("5.14.0.9383");
    int movies = 100;
    int moviesWithoutFilePercent = 10;
    int series = 10;
    int episodeFilesPerSeries = 20;
    int totalEpisodeFiles = -1; // ≥ 0: spread this many files over the series instead
    int emptySeries = 0;        // series (among `series`) that have episodes but no files
    quint64 seed = 1;
    // "1080p" or "4k": one of two instances sharing the catalogue of `seed` (SimTwin); "" = a library of its own.
    QString twin;
};

class SimLibrary
{
public:
    explicit SimLibrary(const SimLibraryConfig &config = {});
    ~SimLibrary();
    SimLibrary(const SimLibrary &) = delete;
    SimLibrary &operator=(const SimLibrary &) = delete;

    // Rebuilds everything from the configuration (and its seed).
    void regenerate(const SimLibraryConfig &config);
    void regenerate() { regenerate(m_config); }

    const SimLibraryConfig &config() const { return m_config; }
    SimAppType type() const { return m_config.type; }
    bool isRadarr() const { return m_config.type == SimAppType::Radarr; }
    QString appName() const;
    const QVersionNumber &version() const { return m_version; }
    bool versionAtLeast(int major, int minor = 0, int patch = 0) const;
    // Sonarr v3 has no custom formats at all.
    bool hasCustomFormats() const { return isRadarr() || m_version.majorVersion() >= 4; }
    const SimCatalog &catalog() const { return *m_catalog; }
    // Bumped by every change, so rendered responses can be cached until the next one.
    quint64 revision() const { return m_revision; }
    // Bumped by regenerate() only: what was derived from the old library (releases, history) is void.
    quint64 generation() const { return m_generation; }

    const QList<SimProfile> &profiles() const { return m_profiles; }
    const SimProfile *profile(int id) const;
    const QList<SimMovie> &movies() const { return m_movies; }
    const SimMovie *movie(int id) const;
    const SimMovie *movieByFileId(int fileId) const;
    const QList<SimSeries> &series() const { return m_series; }
    const SimSeries *seriesById(int id) const;
    const SimEpisode *episode(int id) const; // nullptr when no series has it
    const SimFile *episodeFile(const SimSeries &series, int episodeFileId) const;
    int movieFileCount() const { return int(m_movieFileIndex.size()); }
    int episodeFileCount() const;

    // Computed from the profile's current scores, like the servers do on every request.
    int customFormatScore(const SimFile &file, int profileId) const;
    // What moviefile and episodefile report: the score above, off by a planted skew for a few files (in versions
    // whose files carry a score; a client computes the others, so they are the score above).
    int reportedScore(const SimFile &file, int profileId) const;
    // A twin's items that the other twin lacks: Radarr tmdbIds, Sonarr tvdbIds (SimTwin::drift has the profiles).
    const QList<int> &onlyHere() const { return m_onlyHere; }
    // The history case planted behind a file (SimPlanter), for the files of the generated library.
    SimPlantInfo plantOf(int fileId) const { return m_plants.value(fileId); }
    bool qualityCutoffNotMet(const SimFile &file, int profileId) const;
    // The position of a quality (or group) in the profile's ladder, lowest first; -1 when absent.
    int qualityRank(int profileId, int qualityOrGroupId) const { return itemRank(profileId, qualityOrGroupId); }

    // Mutations. Each returns false / 0 when the target does not exist.
    bool setFormatScore(int profileId, int formatId, int score);
    bool setCutoffFormatScore(int profileId, int score);
    // Replaces the movie's file by a new one (new id): an "upgrade". An empty quality name lets
    // the generator pick; formatIds, when given, replace the generated matches.
    int replaceMovieFile(int movieId, const QString &qualityName = QString(),
                         const std::optional<QList<int>> &formatIds = std::nullopt);
    bool removeMovieFile(int movieId);
    int addMovie(const QString &title, int year, int profileId, bool withFile);
    int replaceEpisodeFile(int seriesId, int episodeFileId, const QString &qualityName = QString());
    // Sonarr: a new file for the first episode of the series that has none (0 when every one has a file),
    // and deleting a file (its episodes lose it).
    int addEpisodeFile(int seriesId);
    bool removeEpisodeFile(int seriesId, int episodeFileId);
    // A download imported as an item's new file, as if grabbed and imported: the old file (if any) is
    // replaced, the new one gets a fresh id and the item's folder. Returns the new id, 0 without such item.
    int importMovieFile(int movieId, SimFile file);
    // Sonarr: the new file holds these episodes (one series); an old file no episode keeps is deleted.
    int importEpisodeFile(const QList<int> &episodeIds, SimFile file);

    // Server faults in the data rather than the transport, as seen from real servers: a file listed twice
    // by moviefile/episodefile, and files that /movie and /series announce but those endpoints do not return.
    // Both last until regenerate() or until switched off.
    bool listFileTwice(int fileId, bool twice = true);
    bool isListedTwice(int fileId) const { return m_listedTwice.contains(fileId); }
    void setFilesHidden(bool hidden);       // every file
    bool hideFile(int fileId, bool hidden); // one file; false when there is no such file
    bool isHidden(int fileId) const { return m_filesHidden || m_hiddenFiles.contains(fileId); }

private:
    bool hasFile(int fileId) const; // a movie's or an episode file
    bool markFile(QSet<int> &marked, int fileId, bool on);
    void generateMovies(SimGenerator &files);
    void makeTwinSeries(SimGenerator &files);
    void rebuildIndexes();
    void rebuildRanks();
    int itemRank(int profileId, int qualityOrGroupId) const;

    SimLibraryConfig m_config;
    QVersionNumber m_version;
    std::unique_ptr<SimCatalog> m_catalog;
    std::unique_ptr<SimGenerator> m_generator;
    quint64 m_revision = 0;
    quint64 m_generation = 0;
    QList<SimProfile> m_profiles;
    QList<SimMovie> m_movies;
    QList<SimSeries> m_series;
    QHash<int, int> m_movieIndex;        // movie id → index
    QHash<int, int> m_movieFileIndex;    // movie file id → movie index
    QHash<int, int> m_seriesIndex;       // series id → index
    QHash<int, QHash<int, int>> m_ranks; // profile id → (quality or group id → item rank)
    int m_nextMovieId = 1;
    int m_nextFileId = 1;
    QHash<int, SimPlantInfo> m_plants; // file id → planted case
    QList<int> m_onlyHere;
    QSet<int> m_listedTwice;
    QSet<int> m_hiddenFiles;
    bool m_filesHidden = false;
};

} // namespace arrscore
