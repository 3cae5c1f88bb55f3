#pragma once

// What the simulated indexers offer for a movie, an episode or a season, and what the server decides about
// each release (DownloadDecisionMaker with the upgrade specifications, ordered like DownloadDecisionComparer),
// kept in the 30-minute cache that POST release grabs from, like ReleaseController does.

#include "simclock.h"
#include "simlibrary.h"

#include <QHash>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace arrscore {

class SimGenerator;

struct SimRelease
{
    QString guid;
    int indexerId = 0;
    QString indexer;
    bool torrent = false;
    int seeders = 0;
    int leechers = 0;
    QString infoHash;
    SimFile file;           // quality, revision, formats, group, size, languages; sceneName is the title
    qint64 publishDate = 0; // seconds since epoch
    int movieId = 0;        // Radarr: the movie it is for; 0 = not matched (an RSS release)
    int seriesId = 0;       // Sonarr: the series it is for; 0 = not matched
    int seasonNumber = 0;
    QList<int> episodeIds; // Sonarr: the episodes it holds, in order
    bool fullSeason = false;
    // Decided at each lookup against the item's file and profile as they are then.
    int score = 0;
    QStringList rejections;
    int releaseWeight = 0;

    bool approved() const { return rejections.isEmpty(); }
    QString title() const { return file.sceneName; }
};

class SimReleases
{
public:
    // What a GET release asks for. Anything but a movie, an episode or a season is an RSS fetch of every indexer.
    enum class Kind { Movie, Episode, Season, Rss };

    SimReleases(const SimLibrary &library, const SimClock &clock);

    static Kind classify(const QUrlQuery &query, bool radarr);
    static QString kindName(Kind kind);

    // A lookup as the servers run it: decided, ordered (releaseWeight 0 first) and cached for grabs. nullopt
    // and *error when the item does not exist (the servers answer 500 with that message) or an id is not a
    // number (*badRequest set: 400).
    std::optional<QList<SimRelease>> lookup(Kind kind, const QUrlQuery &query, QString *error, bool *badRequest);
    // The releases an item's lookup returns now, without caching them: what a search command decides from.
    QList<SimRelease> movieReleases(int movieId);
    QList<SimRelease> episodeReleases(int episodeId);

    // A grab's release: nullptr when it was never looked up or its 30 minutes are over.
    const SimRelease *cached(int indexerId, const QString &guid) const;
    void clearCache() { m_cache.clear(); }

    QByteArray render(const QList<SimRelease> &releases) const;
    QByteArray renderOne(const SimRelease &release) const;

private:
    struct Cached
    {
        SimRelease release;
        qint64 expiresMs = 0;
    };

    void syncGeneration();
    const QList<SimRelease> &movieOffers(const SimMovie &movie);
    const QList<SimRelease> &episodeOffers(const SimSeries &series, const SimEpisode &episode);
    const QList<SimRelease> &seasonPacks(const SimSeries &series, int seasonNumber);
    QList<SimRelease> rss();
    SimRelease makeRelease(SimGenerator &generator, const QString &baseName, int qualityId, qint64 sizeScale,
                           const QString &salt) const;
    void shapeOffers(SimGenerator &generator, QList<SimRelease> &offers, const SimFile *current, int profileId,
                     const QString &baseName, qint64 sizeScale) const;
    // The rejections the server gives a release for an item with this file (or none) and profile.
    QStringList decide(const SimFile &release, const QList<const SimFile *> &currents, const SimProfile &profile) const;
    QString upgradeRejection(const SimProfile &profile, const SimFile &current, const SimFile &release) const;
    void decideMovie(SimRelease &release, const SimMovie &movie) const;
    void decideEpisodes(SimRelease &release, const SimSeries &series) const;
    void prioritize(QList<SimRelease> &releases) const;
    void remember(const QList<SimRelease> &releases);
    QString itemName(const SimProfile &profile, int qualityOrGroupId) const;
    QString formatNames(const QList<int> &ids) const;
    quint64 seedFor(int kind, int id, int extra = 0) const;

    const SimLibrary &m_library;
    const SimClock &m_clock;
    quint64 m_generation = 0;
    QHash<quint64, QList<SimRelease>> m_offers; // per item, made at its first lookup (lazily: libraries are large)
    QHash<QString, Cached> m_cache;             // "indexerId_guid"
    int m_rssRound = 0;
};

} // namespace arrscore
