#pragma once

#include "base/error.h"
#include "base/model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QVersionNumber>

#include <optional>

namespace arrscore {

// What system/status says about a server.
struct ServerStatus
{
    QString appName; // "Radarr" / "Sonarr"
    QString version;
    QVersionNumber versionNumber;
    QString urlBase;
    QString instanceName;
};

// What a file needs from the item it belongs to, a movie or a series: the same fields in both APIs.
struct ItemInfo
{
    qint64 id = 0;
    QString title;
    int year = 0;
    QString titleSlug;
    int qualityProfileId = 0;
    QStringList genres;
    qint64 externalId = 0; // tmdbId of a movie, tvdbId of a series; 0 when not sent
};

// A movie of Radarr's /movie list.
struct MovieInfo : ItemInfo
{
    QString collection;
    bool hasFile = false;
    qint64 movieFileId = 0;
    // The score the embedded movieFile gives, when it has one (servers from 4.7.5 to 5.22.3 embed one they
    // never computed: 0, Radarr#9568; RadarrFetcher keeps it only where it says something).
    std::optional<int> fileScore;
};

// A series of Sonarr's /series list.
struct SeriesInfo : ItemInfo
{
    int episodeFileCount = 0;
};

// An episode of /episode?seriesId=: links episode numbers and titles to a file.
struct EpisodeInfo
{
    qint64 id = 0;
    qint64 episodeFileId = 0;
    int season = 0;
    int episode = 0;
    QString title;
};

// Turns Radarr/Sonarr JSON into the model. Tolerates omitted (null) fields, is strict about types:
// an item with a wrongly typed field (or an id beyond Int32) is skipped and reported in `warnings` with
// its id; a score beyond Int32 is clamped and reported there with the item and field; a body that is not
// a JSON array/object of the expected shape fails as a whole (ErrorKind::Parse) naming `endpoint`.
// The lists that grow with the library (movies, series, episodes, files) are read on demand with simdjson, only the
// fields kept; the small ones (status, profiles, formats: a profile's and a format's whole JSON is kept) by Qt.
class ApiParser
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ApiParser)

public:
    // Bytes a list body needs allocated past its end to be read in place (simdjson's padding); one without them is
    // read from a padded copy, which for a 30 MB /movie costs as much memory again.
    static constexpr qsizetype bodyPadding = 64;

    static Result<ServerStatus> systemStatus(const QByteArray &body, const QString &endpoint);
    static Result<QList<QualityProfile>> qualityProfiles(const QByteArray &body, const QString &endpoint,
                                                         QStringList *warnings);
    static Result<QList<CustomFormat>> customFormats(const QByteArray &body, const QString &endpoint,
                                                     QStringList *warnings);
    static Result<QList<MovieInfo>> movies(const QByteArray &body, const QString &endpoint, QStringList *warnings);
    static Result<QList<SeriesInfo>> series(const QByteArray &body, const QString &endpoint, QStringList *warnings);
    static Result<QList<EpisodeInfo>> episodes(const QByteArray &body, const QString &endpoint, QStringList *warnings);
    // Movie files: fileId, itemId (the movie id) and the file's own fields; nothing from the movie.
    static Result<QList<MediaFile>> movieFiles(const QByteArray &body, const QString &endpoint, QStringList *warnings);
    // Episode files: fileId, itemId (the series id), season and the file's own fields.
    static Result<QList<MediaFile>> episodeFiles(const QByteArray &body, const QString &endpoint,
                                                 QStringList *warnings);
    // The score a server that sends none (Radarr 4.7.4 and older) gives a file: the sum of its profile's
    // scores for the file's formats, summed in 64 bits and clamped to Int32 like a sent score, with a
    // warning then.
    static int computedScore(const QualityProfile &profile, const MediaFile &file, QStringList *warnings);
};

} // namespace arrscore
