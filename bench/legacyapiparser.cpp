#include "legacyapiparser.h"

#include "arr/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace arrscore::bench {

namespace {

// The fields a movie and a series share (ItemInfo), read the same way from /movie and /series.
void readItem(JsonFields &f, ItemInfo &item)
{
    item.id = f.integer("id");
    item.title = f.string("title");
    item.year = f.int32("year");
    item.titleSlug = f.string("titleSlug");
    item.qualityProfileId = f.int32("qualityProfileId");
    item.genres = f.strings("genres");
}

Result<QJsonDocument> parseDocument(const QByteArray &body, const QString &endpoint)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool truncated = parseError.offset >= body.size() - 1;
        return Error{
            ErrorKind::Parse,
            truncated ? QStringLiteral("The answer to %1 ends early (%L2 bytes): it was cut off on the way. Nothing "
                                       "of this instance was stored; try again.")
                            .arg(endpoint)
                            .arg(body.size())
                      : QStringLiteral("The answer to %1 is not valid JSON (%2 at byte %3). Nothing of this instance "
                                       "was stored.")
                            .arg(endpoint, parseError.errorString())
                            .arg(parseError.offset)};
    }
    return doc;
}

Result<QJsonArray> parseArray(const QByteArray &body, const QString &endpoint)
{
    Result<QJsonDocument> doc = parseDocument(body, endpoint);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return Error{ErrorKind::Parse,
                     QStringLiteral("The answer to %1 is not a list, as the Radarr/Sonarr API has it. Is this "
                                    "the right server and URL base?")
                         .arg(endpoint)};
    return doc->array();
}

// Applies `read` to every object of the list; an item that is not an object or has a mistyped field is
// skipped with a warning naming its id.
template <typename T, typename Read>
Result<QList<T>> parseList(const QByteArray &body, const QString &endpoint, const QString &itemName,
                           QStringList *warnings, Read read)
{
    Result<QJsonArray> array = parseArray(body, endpoint);
    if (!array)
        return array.error();
    QList<T> items;
    items.reserve(array->size());
    int index = 0;
    for (const auto &value : std::as_const(*array)) {
        ++index;
        if (!value.isObject()) {
            if (warnings)
                *warnings << QStringLiteral("%1: item %2 skipped: not an object.").arg(endpoint).arg(index);
            continue;
        }
        JsonFields fields(value.toObject());
        T item = read(fields);
        if (fields.hasError()) {
            if (warnings)
                *warnings << QStringLiteral("%1 %2 skipped: %3").arg(itemName, fields.idText(), fields.errorText());
            continue;
        }
        if (warnings) {
            for (const QString &warning : fields.warnings())
                *warnings << QStringLiteral("%1 %2: %3").arg(itemName, fields.idText(), warning);
        }
        items.append(std::move(item));
    }
    return items;
}

QStringList names(JsonFields &fields, const char *key)
{
    QStringList result;
    for (JsonFields &entry : fields.objects(key))
        result << entry.string("name");
    return result;
}

// The fields movie and episode files share.
void readFileFields(JsonFields &f, MediaFile &file)
{
    file.fileId = f.integer("id");
    file.relativePath = f.string("relativePath");
    file.sizeBytes = f.integer("size");
    file.dateAdded = f.dateTime("dateAdded");
    file.releaseGroup = f.string("releaseGroup");
    file.edition = f.string("edition");
    file.qualityCutoffNotMet = f.boolean("qualityCutoffNotMet");

    JsonFields quality = f.object("quality").object("quality");
    file.qualityId = quality.int32("id");
    file.quality = quality.string("name");
    file.resolution = quality.int32("resolution");

    file.languages = names(f, "languages");
    if (file.languages.isEmpty()) {
        const QString single = f.object("language").string("name"); // Sonarr v3
        if (!single.isEmpty())
            file.languages << single;
    }

    for (JsonFields &cf : f.objects("customFormats"))
        file.customFormats.append(FormatRef{cf.int32("id"), cf.string("name")});
    if (f.has("customFormatScore"))
        file.customFormatScore = f.score("customFormatScore");

    JsonFields media = f.object("mediaInfo");
    file.videoCodec = media.string("videoCodec");
    file.audioCodec = media.string("audioCodec");
    file.audioChannels = media.number("audioChannels");
    file.dynamicRange = media.string("videoDynamicRangeType");
    file.mediaResolution = media.string("resolution");
}

} // namespace

Result<QList<MovieInfo>> LegacyApiParser::movies(const QByteArray &body, const QString &endpoint, QStringList *warnings)
{
    return parseList<MovieInfo>(body, endpoint, QStringLiteral("movie"), warnings, [](JsonFields &f) {
        MovieInfo m;
        readItem(f, m);
        m.collection = f.object("collection").string("title");
        m.hasFile = f.boolean("hasFile");
        m.externalId = f.integer("tmdbId");
        m.movieFileId = f.integer("movieFileId");
        JsonFields file = f.object("movieFile");
        if (m.movieFileId == 0) // older servers only embed the file
            m.movieFileId = file.integer("id");
        if (file.has("customFormatScore"))
            m.fileScore = file.score("customFormatScore");
        return m;
    });
}

Result<QList<SeriesInfo>> LegacyApiParser::series(const QByteArray &body, const QString &endpoint,
                                                  QStringList *warnings)
{
    return parseList<SeriesInfo>(body, endpoint, QStringLiteral("series"), warnings, [](JsonFields &f) {
        SeriesInfo s;
        readItem(f, s);
        s.externalId = f.integer("tvdbId");
        JsonFields stats = f.object("statistics");
        s.episodeFileCount = stats.int32("episodeFileCount");
        return s;
    });
}

Result<QList<EpisodeInfo>> LegacyApiParser::episodes(const QByteArray &body, const QString &endpoint,
                                                     QStringList *warnings)
{
    return parseList<EpisodeInfo>(body, endpoint, QStringLiteral("episode"), warnings, [](JsonFields &f) {
        EpisodeInfo e;
        e.id = f.integer("id");
        e.episodeFileId = f.integer("episodeFileId");
        e.season = f.int32("seasonNumber");
        e.episode = f.int32("episodeNumber");
        e.title = f.string("title");
        return e;
    });
}

Result<QList<MediaFile>> LegacyApiParser::movieFiles(const QByteArray &body, const QString &endpoint,
                                                     QStringList *warnings)
{
    return parseList<MediaFile>(body, endpoint, QStringLiteral("movie file"), warnings, [](JsonFields &f) {
        MediaFile file;
        file.kind = MediaKind::Movie;
        file.itemId = f.integer("movieId");
        readFileFields(f, file);
        return file;
    });
}

Result<QList<MediaFile>> LegacyApiParser::episodeFiles(const QByteArray &body, const QString &endpoint,
                                                       QStringList *warnings)
{
    return parseList<MediaFile>(body, endpoint, QStringLiteral("episode file"), warnings, [](JsonFields &f) {
        MediaFile file;
        file.kind = MediaKind::Episode;
        file.itemId = f.integer("seriesId");
        file.season = f.int32("seasonNumber");
        readFileFields(f, file);
        return file;
    });
}

} // namespace arrscore::bench
