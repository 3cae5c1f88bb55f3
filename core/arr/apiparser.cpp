#include "arr/apiparser.h"

#include "arr/jsonfields.h"
#include "arr/ondemandlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace arrscore {

static_assert(ApiParser::bodyPadding == OnDemandList::padding, "ApiParser::bodyPadding is simdjson's padding");

namespace {

using Field = OnDemandObject::Field;

// The fields a movie and a series share (ItemInfo), read the same way from /movie and /series; false for another.
bool readItemField(Field &f, ItemInfo &item)
{
    if (f.is("id"))
        item.id = f.integer();
    else if (f.is("title"))
        item.title = f.string();
    else if (f.is("year"))
        item.year = f.int32();
    else if (f.is("titleSlug"))
        item.titleSlug = f.string();
    else if (f.is("qualityProfileId"))
        item.qualityProfileId = f.int32();
    else if (f.is("genres"))
        item.genres = f.strings();
    else
        return false;
    return true;
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

// A list body simdjson would not read: Qt's reading of it says why in the words users know (cut off, not a list,
// its reason and byte); should Qt take it, simdjson's reason is given.
Error listBodyError(const QByteArray &body, const QString &endpoint, const OnDemandList &list)
{
    Result<QJsonArray> array = parseArray(body, endpoint);
    if (!array)
        return array.error();
    return Error{
        ErrorKind::Parse,
        ApiParser::tr("The answer to %1 is not valid JSON (%2 at byte %3). Nothing of this instance was stored.")
            .arg(endpoint, QString::fromUtf8(simdjson::error_message(list.error())))
            .arg(list.errorOffset())};
}

// parseList for the big lists, read on demand: `read` takes the fields it keeps from each object as they come.
// The same outcome item by item: one that is not an object or has a mistyped field is skipped with a warning; a
// body that is not a JSON array fails as a whole, with no warning from the items read before.
template <typename T, typename Read>
Result<QList<T>> parseListOnDemand(const QByteArray &body, const QString &endpoint, const QString &itemName,
                                   QStringList *warnings, Read read)
{
    OnDemandList list(body);
    QList<T> items;
    QStringList found;
    const bool whole = list.forEach([&](OnDemandObject::Item &item, OnDemandObject *object, int index) {
        if (!object) {
            if (warnings)
                found << ApiParser::tr("%1: item %2 skipped: not an object.").arg(endpoint).arg(index);
            return;
        }
        T value = read(*object);
        if (item.failed())
            return;
        if (item.hasError()) {
            if (warnings)
                found << ApiParser::tr("%1 %2 skipped: %3").arg(itemName, item.idText(), item.error);
            return;
        }
        if (warnings) {
            for (const QString &warning : std::as_const(item.warnings))
                found << ApiParser::tr("%1 %2: %3").arg(itemName, item.idText(), warning);
        }
        items.append(std::move(value));
    });
    if (!whole)
        return listBodyError(body, endpoint, list);
    if (warnings)
        *warnings << found;
    return items;
}

// The name of each object of a list field ("languages": [{"id": 1, "name": "English"}]).
QStringList names(Field &f)
{
    QStringList result;
    f.objects([&result](OnDemandObject &entry) {
        QString name;
        entry.fields([&name](Field &g) {
            if (g.is("name"))
                name = g.string();
        });
        result << name;
    });
    return result;
}

// A field movie and episode files share; false for another. Sonarr v3's single "language" goes to `language`.
bool readFileField(Field &f, MediaFile &file, QString &language)
{
    if (f.is("id")) {
        file.fileId = f.integer();
    } else if (f.is("relativePath")) {
        file.relativePath = f.string();
    } else if (f.is("size")) {
        file.sizeBytes = f.integer();
    } else if (f.is("dateAdded")) {
        file.dateAdded = f.dateTime();
    } else if (f.is("releaseGroup")) {
        file.releaseGroup = f.string();
    } else if (f.is("edition")) {
        file.edition = f.string();
    } else if (f.is("qualityCutoffNotMet")) {
        file.qualityCutoffNotMet = f.boolean();
    } else if (f.is("quality")) {
        // Each object read resets what it gives: a field sent twice counts once, the last time, as it did.
        file.qualityId = file.resolution = 0;
        file.quality.clear();
        f.object([&file](Field &outer) {
            if (!outer.is("quality"))
                return;
            file.qualityId = file.resolution = 0;
            file.quality.clear();
            outer.object([&file](Field &q) {
                if (q.is("id"))
                    file.qualityId = q.int32();
                else if (q.is("name"))
                    file.quality = q.string();
                else if (q.is("resolution"))
                    file.resolution = q.int32();
            });
        });
    } else if (f.is("languages")) {
        file.languages = names(f);
    } else if (f.is("language")) {
        language.clear();
        f.object([&language](Field &g) {
            if (g.is("name"))
                language = g.string();
        });
    } else if (f.is("customFormats")) {
        file.customFormats.clear();
        f.objects([&file](OnDemandObject &format) {
            FormatRef ref{0, {}};
            format.fields([&ref](Field &g) {
                if (g.is("id"))
                    ref.id = g.int32();
                else if (g.is("name"))
                    ref.name = g.string();
            });
            file.customFormats.append(ref);
        });
    } else if (f.is("customFormatScore")) {
        file.customFormatScore = f.score();
    } else if (f.is("mediaInfo")) {
        file.videoCodec.clear();
        file.audioCodec.clear();
        file.audioChannels = 0;
        file.dynamicRange.clear();
        file.mediaResolution.clear();
        f.object([&file](Field &m) {
            if (m.is("videoCodec"))
                file.videoCodec = m.string();
            else if (m.is("audioCodec"))
                file.audioCodec = m.string();
            else if (m.is("audioChannels"))
                file.audioChannels = m.number();
            else if (m.is("videoDynamicRangeType"))
                file.dynamicRange = m.string();
            else if (m.is("resolution"))
                file.mediaResolution = m.string();
        });
    } else {
        return false;
    }
    return true;
}

// A movie or episode file: the shared fields, and those of its kind through `readOwn`.
template <typename ReadOwn> MediaFile readFile(OnDemandObject &object, MediaFile file, ReadOwn readOwn)
{
    QString language;
    object.fields([&](Field &f) {
        if (!readFileField(f, file, language))
            readOwn(f, file);
    });
    if (file.languages.isEmpty() && !language.isEmpty())
        file.languages << language;
    return file;
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
    return parseListOnDemand<MovieInfo>(body, endpoint, QStringLiteral("movie"), warnings, [](OnDemandObject &object) {
        MovieInfo m;
        qint64 embeddedFileId = 0;
        object.fields([&](Field &f) {
            if (readItemField(f, m))
                return;
            if (f.is("collection")) {
                m.collection.clear();
                f.object([&m](Field &c) {
                    if (c.is("title"))
                        m.collection = c.string();
                });
            } else if (f.is("hasFile")) {
                m.hasFile = f.boolean();
            } else if (f.is("tmdbId")) {
                m.externalId = f.integer();
            } else if (f.is("movieFileId")) {
                m.movieFileId = f.integer();
            } else if (f.is("movieFile")) {
                embeddedFileId = 0;
                m.fileScore.reset();
                f.object([&](Field &file) {
                    if (file.is("id"))
                        embeddedFileId = file.integer();
                    else if (file.is("customFormatScore"))
                        m.fileScore = file.score();
                });
            }
        });
        if (m.movieFileId == 0) // older servers only embed the file
            m.movieFileId = embeddedFileId;
        return m;
    });
}

Result<QList<SeriesInfo>> ApiParser::series(const QByteArray &body, const QString &endpoint, QStringList *warnings)
{
    return parseListOnDemand<SeriesInfo>(body, endpoint, QStringLiteral("series"), warnings,
                                         [](OnDemandObject &object) {
                                             SeriesInfo s;
                                             object.fields([&s](Field &f) {
                                                 if (readItemField(f, s))
                                                     return;
                                                 if (f.is("tvdbId")) {
                                                     s.externalId = f.integer();
                                                 } else if (f.is("statistics")) {
                                                     s.episodeFileCount = 0;
                                                     f.object([&s](Field &stats) {
                                                         if (stats.is("episodeFileCount"))
                                                             s.episodeFileCount = stats.int32();
                                                     });
                                                 }
                                             });
                                             return s;
                                         });
}

Result<QList<EpisodeInfo>> ApiParser::episodes(const QByteArray &body, const QString &endpoint, QStringList *warnings)
{
    return parseListOnDemand<EpisodeInfo>(body, endpoint, QStringLiteral("episode"), warnings,
                                          [](OnDemandObject &object) {
                                              EpisodeInfo e;
                                              object.fields([&e](Field &f) {
                                                  if (f.is("id"))
                                                      e.id = f.integer();
                                                  else if (f.is("episodeFileId"))
                                                      e.episodeFileId = f.integer();
                                                  else if (f.is("seasonNumber"))
                                                      e.season = f.int32();
                                                  else if (f.is("episodeNumber"))
                                                      e.episode = f.int32();
                                                  else if (f.is("title"))
                                                      e.title = f.string();
                                              });
                                              return e;
                                          });
}

Result<QList<MediaFile>> ApiParser::movieFiles(const QByteArray &body, const QString &endpoint, QStringList *warnings)
{
    return parseListOnDemand<MediaFile>(body, endpoint, QStringLiteral("movie file"), warnings,
                                        [](OnDemandObject &object) {
                                            MediaFile file;
                                            file.kind = MediaKind::Movie;
                                            return readFile(object, std::move(file), [](Field &f, MediaFile &own) {
                                                if (f.is("movieId"))
                                                    own.itemId = f.integer();
                                            });
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
    return parseListOnDemand<MediaFile>(
        body, endpoint, QStringLiteral("episode file"), warnings, [](OnDemandObject &object) {
            MediaFile file;
            file.kind = MediaKind::Episode;
            file.season = 0; // not -1 (a movie's): an episode file without seasonNumber is in season 0, as it was
            return readFile(object, std::move(file), [](Field &f, MediaFile &own) {
                if (f.is("seriesId"))
                    own.itemId = f.integer();
                else if (f.is("seasonNumber"))
                    own.season = f.int32();
            });
        });
}

} // namespace arrscore
