#include "simreleases.h"

#include "simgenerator.h"
#include "simrenderer.h"

#include <QCryptographicHash>

#include <algorithm>

namespace arrscore {

namespace {

// ReleaseController keeps looked-up releases for 30 minutes (`_remoteMovieCache.Set(…, TimeSpan.FromMinutes(30))`).
constexpr qint64 kCacheMs = 30LL * 60 * 1000;
constexpr int kOffersMovie = 1;
constexpr int kOffersEpisode = 2;
constexpr int kOffersSeasonPack = 3;
constexpr int kOffersRss = 4;

struct Indexer
{
    int id;
    const char *name;
    const char *host;
    bool torrent;
};

constexpr Indexer kIndexers[] = {
    {1, "NZBgeek (Prowlarr)", "https://api.nzbgeek.info/details/", false},
    {2, "DrunkenSlug (Prowlarr)", "https://drunkenslug.com/details/", false},
    {4, "TorrentLeech (Prowlarr)", "https://www.torrentleech.org/torrent/", true},
};

// Titles as indexers list them: letters, digits and dots.
QString releaseBase(const QString &title)
{
    QString out;
    for (const QChar c : title)
        out.append(c.isLetterOrNumber() ? c : QChar(QLatin1Char(' ')));
    out = out.simplified();
    return out.isEmpty() ? QStringLiteral("Untitled") : out;
}

QString seasonEpisode(int season, int episode)
{
    return QStringLiteral("S%1E%2").arg(season, 2, 10, QLatin1Char('0')).arg(episode, 2, 10, QLatin1Char('0'));
}

int imdbNumber(const QString &imdbId)
{
    return QStringView(imdbId).mid(2).toInt();
}

} // namespace

SimReleases::SimReleases(const SimLibrary &library, const SimClock &clock) : m_library(library), m_clock(clock) {}

SimReleases::Kind SimReleases::classify(const QUrlQuery &query, bool radarr)
{
    // Radarr: GetReleases(int? movieId); Sonarr: GetReleases(int? seriesId, int? episodeId, int? seasonNumber).
    // Whatever does not name an item falls through to GetRss().
    const auto has = [&query](const char *key) { return !query.queryItemValue(QString::fromLatin1(key)).isEmpty(); };
    if (radarr)
        return has("movieId") ? Kind::Movie : Kind::Rss;
    if (has("episodeId"))
        return Kind::Episode;
    if (has("seriesId") && has("seasonNumber"))
        return Kind::Season;
    return Kind::Rss;
}

QString SimReleases::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Movie:
        return QStringLiteral("movie");
    case Kind::Episode:
        return QStringLiteral("episode");
    case Kind::Season:
        return QStringLiteral("season");
    case Kind::Rss:
        break;
    }
    return QStringLiteral("rss");
}

quint64 SimReleases::seedFor(int kind, int id, int extra) const
{
    quint64 h = (m_library.config().seed + 1) * 0x9E3779B97F4A7C15ULL;
    h ^= quint64(kind) << 56;
    h ^= quint64(quint32(id)) * 0xC2B2AE3D27D4EB4FULL;
    h ^= quint64(quint32(extra)) * 0x165667B19E3779F9ULL;
    return h ^ (h >> 29);
}

void SimReleases::syncGeneration()
{
    if (m_generation == m_library.generation())
        return;
    m_generation = m_library.generation();
    m_offers.clear();
    m_cache.clear();
}

SimRelease SimReleases::makeRelease(SimGenerator &generator, const QString &baseName, int qualityId, qint64 sizeScale,
                                    const QString &salt) const
{
    SimRelease r;
    r.file = generator.release(baseName, qualityId, sizeScale);
    const Indexer &indexer = kIndexers[generator.bounded(0, int(std::size(kIndexers)) - 1)];
    r.indexerId = indexer.id;
    r.indexer = QString::fromLatin1(indexer.name);
    r.torrent = indexer.torrent;
    const QByteArray digest =
        QCryptographicHash::hash((salt + r.file.sceneName).toUtf8(), QCryptographicHash::Sha1).toHex();
    r.guid = QString::fromLatin1(indexer.host) + QString::fromLatin1(digest.left(indexer.torrent ? 12 : 32));
    if (r.torrent) {
        r.seeders = generator.bounded(0, 400);
        r.leechers = generator.bounded(0, 40);
        r.infoHash = QString::fromLatin1(digest.toUpper());
    }
    r.publishDate = m_clock.nowSeconds() - generator.bounded(1, 900 * 24 * 60) * 60LL;
    return r;
}

// Most items get what the generator draws; some are bent so that every verdict occurs in a library: no release at
// all, nothing better than the file, or better scores only in releases the profile rejects.
void SimReleases::shapeOffers(SimGenerator &generator, QList<SimRelease> &offers, const SimFile *current, int profileId,
                              const QString &baseName, qint64 sizeScale) const
{
    const int scenario = generator.bounded(0, 99);
    if (scenario < 10) {
        offers.clear();
        return;
    }
    if (!current || scenario >= 50)
        return;
    const SimProfile *profile = m_library.profile(profileId);
    if (!profile)
        return;
    const int currentScore = m_library.customFormatScore(*current, profileId);
    const int currentRank = m_library.qualityRank(profileId, current->qualityId);
    offers.removeIf([&](const SimRelease &r) {
        return m_library.customFormatScore(r.file, profileId) > currentScore
               || m_library.qualityRank(profileId, r.file.qualityId) > currentRank
               || r.file.revisionVersion > current->revisionVersion;
    });
    // The release the file came from is still on the indexers.
    SimRelease same = makeRelease(generator, baseName, current->qualityId, sizeScale, QStringLiteral("same"));
    const QString title = current->sceneName.isEmpty()
                              ? current->relativePath.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, -2)
                              : current->sceneName;
    same.file = *current;
    same.file.sceneName = title;
    offers.append(same);
    if (scenario < 30)
        return;
    // Better scored, but in a quality the profile does not want.
    int unwanted = -1;
    for (const SimProfileItem &item : profile->items) {
        if (!item.allowed && !item.qualityIds.isEmpty())
            unwanted = item.qualityIds.last();
    }
    if (unwanted < 0)
        return;
    SimRelease better = makeRelease(generator, baseName, unwanted, sizeScale, QStringLiteral("unwanted"));
    if (m_library.customFormatScore(better.file, profileId) <= currentScore) {
        // The profile's best format that the file lacks lifts the score above the file's.
        int bestFormat = 0;
        for (int id = 1; id < profile->formatScores.size(); ++id) {
            if (!current->customFormatIds.contains(id)
                && (bestFormat == 0 || profile->formatScores.at(id) > profile->formatScores.at(bestFormat)))
                bestFormat = id;
        }
        better.file.customFormatIds = current->customFormatIds;
        if (bestFormat > 0 && profile->formatScores.at(bestFormat) > 0)
            better.file.customFormatIds.append(bestFormat);
    }
    if (m_library.customFormatScore(better.file, profileId) > currentScore)
        offers.append(better);
}

const QList<SimRelease> &SimReleases::movieOffers(const SimMovie &movie)
{
    const quint64 key = (quint64(kOffersMovie) << 40) | quint32(movie.id);
    auto it = m_offers.find(key);
    if (it != m_offers.end())
        return *it;
    SimGenerator generator(m_library.catalog(), seedFor(kOffersMovie, movie.id));
    const QString base = QStringLiteral("%1 (%2)").arg(releaseBase(movie.title)).arg(movie.year);
    QList<SimRelease> offers;
    const int count = generator.bounded(3, 8);
    for (int i = 0; i < count; ++i) {
        offers.append(
            makeRelease(generator, base, generator.pickQuality(movie.qualityProfileId), 8, QString::number(i)));
    }
    shapeOffers(generator, offers, movie.file ? &*movie.file : nullptr, movie.qualityProfileId, base, 8);
    for (SimRelease &r : offers)
        r.movieId = movie.id;
    return *m_offers.insert(key, offers);
}

const QList<SimRelease> &SimReleases::episodeOffers(const SimSeries &series, const SimEpisode &episode)
{
    const quint64 key = (quint64(kOffersEpisode) << 40) | quint32(episode.id);
    auto it = m_offers.find(key);
    if (it != m_offers.end())
        return *it;
    SimGenerator generator(m_library.catalog(), seedFor(kOffersEpisode, episode.id));
    const QString base =
        releaseBase(series.title) + QLatin1Char(' ') + seasonEpisode(episode.seasonNumber, episode.episodeNumber);
    QList<SimRelease> offers;
    const int count = generator.bounded(2, 6);
    for (int i = 0; i < count; ++i) {
        offers.append(
            makeRelease(generator, base, generator.pickQuality(series.qualityProfileId), 2, QString::number(i)));
    }
    const SimFile *current = m_library.episodeFile(series, episode.episodeFileId);
    shapeOffers(generator, offers, current, series.qualityProfileId, base, 2);
    for (SimRelease &r : offers) {
        r.seriesId = series.id;
        r.seasonNumber = episode.seasonNumber;
        r.episodeIds = {episode.id};
    }
    return *m_offers.insert(key, offers);
}

const QList<SimRelease> &SimReleases::seasonPacks(const SimSeries &series, int seasonNumber)
{
    const quint64 key = (quint64(kOffersSeasonPack) << 40) | quint32(series.id * 1000 + seasonNumber);
    auto it = m_offers.find(key);
    if (it != m_offers.end())
        return *it;
    SimGenerator generator(m_library.catalog(), seedFor(kOffersSeasonPack, series.id, seasonNumber));
    QList<int> episodeIds;
    for (const SimEpisode &e : series.episodes) {
        if (e.seasonNumber == seasonNumber)
            episodeIds.append(e.id);
    }
    QList<SimRelease> packs;
    const int count = seasonNumber > 0 && !episodeIds.isEmpty() ? generator.bounded(0, 2) : 0;
    const QString base = releaseBase(series.title) + QStringLiteral(" S%1").arg(seasonNumber, 2, 10, QLatin1Char('0'));
    for (int i = 0; i < count; ++i) {
        SimRelease r = makeRelease(generator, base, generator.pickQuality(series.qualityProfileId),
                                   2LL * episodeIds.size(), QStringLiteral("pack%1").arg(i));
        r.seriesId = series.id;
        r.seasonNumber = seasonNumber;
        r.episodeIds = episodeIds;
        r.fullSeason = true;
        packs.append(r);
    }
    return *m_offers.insert(key, packs);
}

QList<SimRelease> SimReleases::rss()
{
    // The newest reports of every indexer, matched to nothing here (the simulated library holds none of them).
    SimGenerator generator(m_library.catalog(), seedFor(kOffersRss, ++m_rssRound));
    const QStringList titles = m_library.isRadarr() ? SimCatalog::movieTitles() : SimCatalog::seriesTitles();
    QList<SimRelease> out;
    for (int i = 0; i < 5; ++i) {
        const QString &title = titles.at(generator.bounded(0, int(titles.size()) - 1));
        const QString base = m_library.isRadarr()
                                 ? QStringLiteral("%1 Reissue (%2)").arg(releaseBase(title)).arg(2026)
                                 : QStringLiteral("%1 Revival %2").arg(releaseBase(title), seasonEpisode(1, i + 1));
        SimRelease r = makeRelease(generator, base, generator.pickQuality(1), m_library.isRadarr() ? 8 : 2,
                                   QStringLiteral("rss%1-%2").arg(m_rssRound).arg(i));
        r.publishDate = m_clock.nowSeconds() - generator.bounded(1, 120) * 60LL;
        r.rejections = {m_library.isRadarr()
                            ? QStringLiteral("Unknown Movie. Unable to match to correct movie using release title.")
                            : QStringLiteral("Unknown Series")};
        out.append(r);
    }
    return out;
}

QString SimReleases::itemName(const SimProfile &profile, int qualityOrGroupId) const
{
    for (const SimProfileItem &item : profile.items) {
        if (item.groupId == qualityOrGroupId && item.groupId != 0)
            return item.groupName;
        if (item.groupId == 0 && item.qualityIds.contains(qualityOrGroupId))
            return m_library.catalog().quality(qualityOrGroupId).name;
    }
    return m_library.catalog().quality(qualityOrGroupId).name;
}

QString SimReleases::formatNames(const QList<int> &ids) const
{
    QStringList names;
    for (int id : ids)
        names.append(m_library.catalog().customFormats().value(id - 1).name);
    return names.join(QStringLiteral(", "));
}

// UpgradableSpecification.IsUpgradable behind UpgradeDiskSpecification, with the servers' messages.
QString SimReleases::upgradeRejection(const SimProfile &p, const SimFile &current, const SimFile &release) const
{
    const int currentScore = m_library.customFormatScore(current, p.id);
    const int newScore = m_library.customFormatScore(release, p.id);
    const int currentRank = m_library.qualityRank(p.id, current.qualityId);
    const int newRank = m_library.qualityRank(p.id, release.qualityId);
    int firstAllowed = p.cutoff;
    for (const SimProfileItem &item : p.items) {
        if (item.allowed) {
            firstAllowed = item.groupId ? item.groupId : item.qualityIds.first();
            break;
        }
    }
    const int cutoff = p.upgradeAllowed ? p.cutoff : firstAllowed;
    const bool revisionUpgrade =
        current.qualityId == release.qualityId && release.revisionVersion > current.revisionVersion;
    const bool qualityCutoffNotMet = currentRank < m_library.qualityRank(p.id, cutoff) || revisionUpgrade;
    const bool formatCutoffNotMet = currentScore < (p.upgradeAllowed ? p.cutoffFormatScore : p.minFormatScore);
    if (!qualityCutoffNotMet && !formatCutoffNotMet) {
        const QString item = itemName(p, cutoff);
        return m_library.isRadarr() ? QStringLiteral("Existing file meets cutoff: %1 [%2]")
                                          .arg(item, formatNames(current.customFormatIds))
                                    : QStringLiteral("Existing file meets cutoff: %1").arg(item);
    }
    const QString currentQuality =
        QStringLiteral("%1 v%2").arg(m_library.catalog().quality(current.qualityId).name).arg(current.revisionVersion);
    if (newRank > currentRank && qualityCutoffNotMet)
        return {};
    if (newRank < currentRank)
        return QStringLiteral("Existing file on disk is of equal or higher preference: %1").arg(currentQuality);
    if (release.revisionVersion > current.revisionVersion)
        return {};
    if (!p.upgradeAllowed)
        return QStringLiteral("Existing file on disk and Quality Profile '%1' does not allow upgrades").arg(p.name);
    if (release.revisionVersion < current.revisionVersion)
        return QStringLiteral("Existing file on disk is of equal or higher revision: v%1").arg(current.revisionVersion);
    if (newRank > currentRank)
        return QStringLiteral("Existing file on disk meets quality cutoff: %1").arg(itemName(p, p.cutoff));
    if (newScore <= currentScore)
        return QStringLiteral("Existing file on disk has a equal or higher Custom Format score: %1").arg(currentScore);
    if (currentScore >= p.cutoffFormatScore)
        return QStringLiteral("Existing file on disk meets Custom Format cutoff: %1").arg(p.cutoffFormatScore);
    if (newScore < currentScore + p.minUpgradeFormatScore) {
        return QStringLiteral("Existing file on disk has Custom Format score within Custom Format score increment: %1")
            .arg(p.minUpgradeFormatScore);
    }
    return {};
}

QStringList SimReleases::decide(const SimFile &release, const QList<const SimFile *> &currents,
                                const SimProfile &profile) const
{
    QStringList out;
    const auto item = std::find_if(profile.items.cbegin(), profile.items.cend(), [&release](const SimProfileItem &i) {
        return i.qualityIds.contains(release.qualityId);
    });
    if (item == profile.items.cend() || !item->allowed)
        out.append(
            QStringLiteral("%1 is not wanted in profile").arg(m_library.catalog().quality(release.qualityId).name));
    const int score = m_library.customFormatScore(release, profile.id);
    if (score < profile.minFormatScore) {
        out.append(QStringLiteral("Custom Formats %1 have score %2 below %3 minimum %4")
                       .arg(formatNames(release.customFormatIds))
                       .arg(score)
                       .arg(m_library.isRadarr() ? QStringLiteral("Movie's profile") : QStringLiteral("Series profile"))
                       .arg(profile.minFormatScore));
    }
    for (const SimFile *current : currents) {
        if (!current)
            continue;
        // UpgradeAllowedSpecification: an upgrade of either kind needs the profile to allow upgrades.
        const bool better =
            m_library.qualityRank(profile.id, release.qualityId) > m_library.qualityRank(profile.id, current->qualityId)
            || score > m_library.customFormatScore(*current, profile.id);
        if (!profile.upgradeAllowed && better) {
            out.append(QStringLiteral("Existing file and the Quality profile does not allow upgrades"));
            break;
        }
        const QString rejection = upgradeRejection(profile, *current, release);
        if (!rejection.isEmpty()) {
            out.append(rejection);
            break;
        }
    }
    return out;
}

void SimReleases::decideMovie(SimRelease &release, const SimMovie &movie) const
{
    const SimProfile *profile = m_library.profile(movie.qualityProfileId);
    release.score =
        m_library.hasCustomFormats() ? m_library.customFormatScore(release.file, movie.qualityProfileId) : 0;
    release.rejections =
        profile ? decide(release.file, {movie.file ? &*movie.file : nullptr}, *profile) : QStringList();
}

void SimReleases::decideEpisodes(SimRelease &release, const SimSeries &series) const
{
    const SimProfile *profile = m_library.profile(series.qualityProfileId);
    QList<const SimFile *> currents;
    for (const SimEpisode &e : series.episodes) {
        if (release.episodeIds.contains(e.id))
            currents.append(m_library.episodeFile(series, e.episodeFileId));
    }
    release.score =
        m_library.hasCustomFormats() ? m_library.customFormatScore(release.file, series.qualityProfileId) : 0;
    release.rejections = profile ? decide(release.file, currents, *profile) : QStringList();
}

// DownloadDecisionComparer: quality (with revision), custom format score, protocol (usenet preferred by the
// default delay profile), more episodes, seeders for torrents, newer for usenet, then size.
void SimReleases::prioritize(QList<SimRelease> &releases) const
{
    const int profileId = [&] {
        if (releases.isEmpty())
            return 1;
        if (const SimMovie *m = m_library.movie(releases.first().movieId))
            return m->qualityProfileId;
        if (const SimSeries *s = m_library.seriesById(releases.first().seriesId))
            return s->qualityProfileId;
        return 1;
    }();
    std::stable_sort(releases.begin(), releases.end(), [&](const SimRelease &a, const SimRelease &b) {
        const int ra = m_library.qualityRank(profileId, a.file.qualityId);
        const int rb = m_library.qualityRank(profileId, b.file.qualityId);
        if (ra != rb)
            return ra > rb;
        if (a.file.revisionVersion != b.file.revisionVersion)
            return a.file.revisionVersion > b.file.revisionVersion;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.torrent != b.torrent)
            return !a.torrent;
        if (a.episodeIds.size() != b.episodeIds.size())
            return a.episodeIds.size() > b.episodeIds.size();
        if (a.torrent && a.seeders != b.seeders)
            return a.seeders > b.seeders;
        if (!a.torrent && a.publishDate != b.publishDate)
            return a.publishDate > b.publishDate;
        return a.file.size > b.file.size;
    });
    for (int i = 0; i < releases.size(); ++i)
        releases[i].releaseWeight = i;
}

void SimReleases::remember(const QList<SimRelease> &releases)
{
    const qint64 now = m_clock.nowMs();
    if (m_cache.size() > 20000)
        m_cache.removeIf([now](const QHash<QString, Cached>::iterator it) { return it->expiresMs <= now; });
    for (const SimRelease &r : releases)
        m_cache.insert(QStringLiteral("%1_%2").arg(r.indexerId).arg(r.guid), {r, now + kCacheMs});
}

const SimRelease *SimReleases::cached(int indexerId, const QString &guid) const
{
    if (m_generation != m_library.generation())
        return nullptr;
    const auto it = m_cache.constFind(QStringLiteral("%1_%2").arg(indexerId).arg(guid));
    if (it == m_cache.cend() || it->expiresMs <= m_clock.nowMs())
        return nullptr;
    return &it->release;
}

QList<SimRelease> SimReleases::movieReleases(int movieId)
{
    syncGeneration();
    const SimMovie *movie = m_library.movie(movieId);
    if (!movie)
        return {};
    QList<SimRelease> out = movieOffers(*movie);
    for (SimRelease &r : out)
        decideMovie(r, *movie);
    prioritize(out);
    return out;
}

QList<SimRelease> SimReleases::episodeReleases(int episodeId)
{
    syncGeneration();
    const SimEpisode *episode = m_library.episode(episodeId);
    const SimSeries *series = episode ? m_library.seriesById(episode->seriesId) : nullptr;
    if (!series)
        return {};
    QList<SimRelease> out = episodeOffers(*series, *episode);
    for (SimRelease &r : out)
        decideEpisodes(r, *series);
    prioritize(out);
    return out;
}

std::optional<QList<SimRelease>> SimReleases::lookup(Kind kind, const QUrlQuery &query, QString *error,
                                                     bool *badRequest)
{
    syncGeneration();
    const auto number = [&](const char *key) -> std::optional<int> {
        const QString text = query.queryItemValue(QString::fromLatin1(key));
        bool ok = false;
        const int value = text.toInt(&ok);
        if (ok)
            return value;
        *badRequest = true;
        *error = QStringLiteral("The value '%1' is not valid.").arg(text);
        return std::nullopt;
    };
    *badRequest = false;
    QList<SimRelease> out;
    switch (kind) {
    case Kind::Movie:
    case Kind::Episode: {
        const bool movie = kind == Kind::Movie;
        const std::optional<int> id = number(movie ? "movieId" : "episodeId");
        if (!id)
            return std::nullopt;
        if (movie ? !m_library.movie(*id) : !m_library.episode(*id)) {
            *error = QStringLiteral("%1 with ID %2 does not exist")
                         .arg(movie ? QStringLiteral("Movie") : QStringLiteral("Episode"))
                         .arg(*id);
            return std::nullopt;
        }
        out = movie ? movieReleases(*id) : episodeReleases(*id);
        break;
    }
    case Kind::Season: {
        const std::optional<int> seriesId = number("seriesId");
        const std::optional<int> season = seriesId ? number("seasonNumber") : std::nullopt;
        if (!season)
            return std::nullopt;
        const SimSeries *series = m_library.seriesById(*seriesId);
        if (!series) {
            *error = QStringLiteral("Series with ID %1 does not exist").arg(*seriesId);
            return std::nullopt;
        }
        for (const SimEpisode &e : series->episodes) {
            if (e.seasonNumber == *season)
                out.append(episodeOffers(*series, e));
        }
        out.append(seasonPacks(*series, *season));
        for (SimRelease &r : out)
            decideEpisodes(r, *series);
        prioritize(out);
        break;
    }
    case Kind::Rss:
        out = rss();
        prioritize(out);
        break;
    }
    remember(out);
    return out;
}

QByteArray SimReleases::renderOne(const SimRelease &release) const
{
    QByteArray body = render({release});
    // A list of one, unwrapped: same bytes without the brackets and one indent level.
    return body.mid(4, body.size() - 6).replace("\n  ", "\n");
}

QByteArray SimReleases::render(const QList<SimRelease> &releases) const
{
    const SimRenderer renderer(m_library);
    const bool radarr = m_library.isRadarr();
    const SimProfile &defaultProfile = m_library.profiles().first();
    const qint64 now = m_clock.nowSeconds();
    SimJsonWriter w(2048 * (releases.size() + 1));
    w.beginArray();
    for (const SimRelease &r : releases) {
        const qint64 ageSeconds = qMax<qint64>(0, now - r.publishDate);
        const SimMovie *movie = radarr ? m_library.movie(r.movieId) : nullptr;
        const SimSeries *series = radarr ? nullptr : m_library.seriesById(r.seriesId);
        w.beginObject();
        w.field("guid", r.guid);
        w.key("quality");
        renderer.writeFileQuality(w, r.file);
        if (m_library.hasCustomFormats() && radarr) {
            w.key("customFormats");
            renderer.writeFormats(w, r.file.customFormatIds);
            w.field("customFormatScore", r.score);
        }
        // ReleaseControllerBase: the default profile's index of the quality, not the item's.
        w.field("qualityWeight",
                qMax(0, m_library.qualityRank(defaultProfile.id, r.file.qualityId)) * 100 + r.file.revisionVersion);
        w.field("age", int(ageSeconds / 86400));
        w.field("ageHours", double(ageSeconds) / 3600.0);
        w.field("ageMinutes", double(ageSeconds) / 60.0);
        w.field("size", r.file.size);
        w.field("indexerId", r.indexerId);
        w.field("indexer", r.indexer);
        w.optional("releaseGroup", r.file.releaseGroup);
        w.field("title", r.title());
        if (!radarr)
            w.field("fullSeason", r.fullSeason);
        w.field("sceneSource", false);
        if (radarr) {
            w.key("movieTitles").beginArray();
            if (movie)
                w.value(movie->title);
            w.endArray();
        } else {
            w.field("seasonNumber", r.seasonNumber);
        }
        renderer.writeLanguages(w, r.file.languages.isEmpty() ? QList<SimLanguage>{SimCatalog::language(1)}
                                                              : r.file.languages);
        if (radarr && movie)
            w.field("mappedMovieId", movie->id);
        if (!radarr) {
            w.field("seriesTitle", series ? series->title : r.title().section(QLatin1Char('.'), 0, 0));
            QList<const SimEpisode *> episodes;
            if (series) {
                for (const SimEpisode &e : series->episodes) {
                    if (r.episodeIds.contains(e.id))
                        episodes.append(&e);
                }
            }
            w.key("episodeNumbers").beginArray();
            for (const SimEpisode *e : episodes)
                w.value(e->episodeNumber);
            w.endArray();
            if (series) {
                w.field("mappedSeasonNumber", r.seasonNumber);
                w.key("mappedEpisodeNumbers").beginArray();
                for (const SimEpisode *e : episodes)
                    w.value(e->episodeNumber);
                w.endArray();
                w.field("mappedSeriesId", series->id);
                w.key("mappedEpisodeInfo").beginArray();
                for (const SimEpisode *e : episodes) {
                    w.beginObject();
                    w.field("id", e->id);
                    w.field("seasonNumber", e->seasonNumber);
                    w.field("episodeNumber", e->episodeNumber);
                    w.field("title", e->title);
                    w.endObject();
                }
                w.endArray();
            }
        }
        w.field("approved", r.approved());
        w.field("temporarilyRejected", false);
        w.field("rejected", !r.approved());
        if (radarr) {
            w.field("tmdbId", movie ? movie->tmdbId : 0);
            w.field("imdbId", movie ? imdbNumber(movie->imdbId) : 0);
        } else {
            w.field("tvdbId", series ? series->tvdbId : 0);
            w.field("tvRageId", 0);
            w.optional("imdbId", series ? series->imdbId : QString());
        }
        w.key("rejections").beginArray();
        for (const QString &rejection : r.rejections)
            w.value(rejection);
        w.endArray();
        w.date("publishDate", r.publishDate);
        w.field("downloadUrl", r.guid + QStringLiteral("/download"));
        w.field("infoUrl", r.guid);
        if (radarr)
            w.field("movieRequested", movie != nullptr);
        else
            w.field("episodeRequested", series != nullptr);
        w.field("downloadAllowed", radarr ? movie != nullptr : !r.episodeIds.isEmpty());
        w.field("releaseWeight", r.releaseWeight);
        if (!radarr && m_library.hasCustomFormats()) {
            w.key("customFormats");
            renderer.writeFormats(w, r.file.customFormatIds);
            w.field("customFormatScore", r.score);
        }
        if (r.torrent) {
            w.field("infoHash", r.infoHash);
            w.field("seeders", r.seeders);
            w.field("leechers", r.leechers);
        }
        w.field("protocol", r.torrent ? "torrent" : "usenet");
        if (radarr) {
            w.key("indexerFlags").beginArray();
            w.endArray();
            if (!r.file.edition.isEmpty())
                w.field("edition", r.file.edition);
        } else {
            w.field("indexerFlags", 0);
        }
        w.endObject();
    }
    w.endArray();
    return w.take();
}

} // namespace arrscore
