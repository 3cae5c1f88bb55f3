#include "arr/apiparser.h"

#include "arr/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace arrscore {

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
        return Error{ErrorKind::Parse,
                     truncated
                         ? ApiParser::tr("The answer to %1 ends early (%L2 bytes): it was cut off on the way. Nothing "
                                         "of this instance was stored; try again.")
                               .arg(endpoint)
                               .arg(body.size())
                         : ApiParser::tr("The answer to %1 is not valid JSON (%2 at byte %3). Nothing of this instance "
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
                     ApiParser::tr("The answer to %1 is not a list, as the Radarr/Sonarr API has it. Is this "
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
                *warnings << ApiParser::tr("%1: item %2 skipped: not an object.").arg(endpoint).arg(index);
            continue;
        }
        JsonFields fields(value.toObject());
        T item = read(fields);
        if (fields.hasError()) {
            if (warnings)
                *warnings << ApiParser::tr("%1 %2 skipped: %3").arg(itemName, fields.idText(), fields.errorText());
            continue;
        }
        if (warnings) {
            for (const QString &warning : fields.warnings())
                *warnings << ApiParser::tr("%1 %2: %3").arg(itemName, fields.idText(), warning);
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

// Flattens a profile's nested items (qualities and groups of qualities) in the profile's order.
void flattenQualities(JsonFields &f, QualityProfile &profile)
{
    for (JsonFields &item : f.objects("items")) {
        QList<JsonFields> members = item.objects("items");
        if (members.isEmpty()) {
            JsonFields q = item.object("quality");
            profile.qualities.append(
                ProfileQuality{q.int32("id"), q.string("name"), q.int32("resolution"), item.boolean("allowed"), 0, {}});
        } else {
            const int groupId = item.int32("id");
            const QString groupName = item.string("name");
            const bool allowed = item.boolean("allowed");
            for (JsonFields &member : members) {
                JsonFields q = member.object("quality");
                profile.qualities.append(ProfileQuality{q.int32("id"), q.string("name"), q.int32("resolution"), allowed,
                                                        groupId, groupName});
            }
        }
    }
}

} // namespace

Result<ServerStatus> ApiParser::systemStatus(const QByteArray &body, const QString &endpoint)
{
    Result<QJsonDocument> doc = parseDocument(body, endpoint);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error{ErrorKind::Parse, tr("The answer to %1 is not a JSON object. Is this a Radarr or Sonarr "
                                          "server?")
                                           .arg(endpoint)};
    JsonFields f(doc->object());
    ServerStatus status;
    status.appName = f.string("appName");
    status.version = f.string("version");
    status.urlBase = f.string("urlBase");
    status.instanceName = f.string("instanceName");
    status.versionNumber = QVersionNumber::fromString(status.version);
    if (f.hasError() || status.version.isEmpty() || status.versionNumber.isNull())
        return Error{ErrorKind::Parse, tr("The answer to %1 has no readable version. Is this a Radarr or Sonarr "
                                          "server?")
                                           .arg(endpoint)};
    return status;
}

Result<QList<QualityProfile>> ApiParser::qualityProfiles(const QByteArray &body, const QString &endpoint,
                                                         QStringList *warnings)
{
    return parseList<QualityProfile>(body, endpoint, QStringLiteral("quality profile"), warnings, [](JsonFields &f) {
        QualityProfile p;
        p.id = f.int32("id");
        p.name = f.string("name");
        p.upgradeAllowed = f.boolean("upgradeAllowed");
        p.cutoff = f.int32("cutoff");
        p.minFormatScore = f.score("minFormatScore");
        p.cutoffFormatScore = f.score("cutoffFormatScore");
        if (f.has("minUpgradeFormatScore"))
            p.minUpgradeFormatScore = f.score("minUpgradeFormatScore");
        for (JsonFields &item : f.objects("formatItems"))
            p.formatItems.append(FormatItem{item.int32("format"), item.string("name"), item.score("score")});
        flattenQualities(f, p);
        p.definition = QJsonDocument(f.source()).toJson(QJsonDocument::Compact);
        return p;
    });
}

Result<QList<CustomFormat>> ApiParser::customFormats(const QByteArray &body, const QString &endpoint,
                                                     QStringList *warnings)
{
    return parseList<CustomFormat>(body, endpoint, QStringLiteral("custom format"), warnings, [](JsonFields &f) {
        CustomFormat cf;
        cf.id = f.int32("id");
        cf.name = f.string("name");
        cf.definition = QJsonDocument(f.source()).toJson(QJsonDocument::Compact);
        return cf;
    });
}

Result<QList<MovieInfo>> ApiParser::movies(const QByteArray &body, const QString &endpoint, QStringList *warnings)
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

Result<QList<SeriesInfo>> ApiParser::series(const QByteArray &body, const QString &endpoint, QStringList *warnings)
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

Result<QList<EpisodeInfo>> ApiParser::episodes(const QByteArray &body, const QString &endpoint, QStringList *warnings)
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

Result<QList<MediaFile>> ApiParser::movieFiles(const QByteArray &body, const QString &endpoint, QStringList *warnings)
{
    return parseList<MediaFile>(body, endpoint, QStringLiteral("movie file"), warnings, [](JsonFields &f) {
        MediaFile file;
        file.kind = MediaKind::Movie;
        file.itemId = f.integer("movieId");
        readFileFields(f, file);
        return file;
    });
}

int ApiParser::computedScore(const QualityProfile &profile, const MediaFile &file, QStringList *warnings)
{
    qint64 sum = 0;
    for (const FormatRef &format : file.customFormats)
        sum += profile.scoreOf(format.id);
    const auto clamped = int(std::clamp<qint64>(sum, INT_MIN, INT_MAX));
    if (clamped != sum && warnings)
        *warnings << tr("movie file %1: its formats' scores in the profile %2 add up to %3, beyond what a score can "
                        "be; read as %4.")
                         .arg(file.fileId)
                         .arg(profile.name)
                         .arg(sum)
                         .arg(clamped);
    return clamped;
}

Result<QList<MediaFile>> ApiParser::episodeFiles(const QByteArray &body, const QString &endpoint, QStringList *warnings)
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

} // namespace arrscore
