#include "upgrades/releaseparser.h"

#include "arr/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <climits>

namespace arrscore {

namespace {

// "usenet" | "torrent"; older servers and some proxies send the enum's number (1, 2).
QString protocolOf(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString()) {
        const QString text = value.toString().toLower();
        return text == QLatin1String("unknown") ? QString() : text;
    }
    if (value.isDouble()) {
        const double n = value.toDouble();
        if (n == 1)
            return QStringLiteral("usenet");
        if (n == 2)
            return QStringLiteral("torrent");
        if (n == 0)
            return {};
    }
    *ok = false;
    return {};
}

// episodeNumbers: whole numbers within Int32; anything else makes the release unreadable.
QList<int> episodeNumbers(const QJsonValue &value, bool *ok)
{
    *ok = true;
    QList<int> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray()) {
        *ok = false;
        return out;
    }
    const QJsonArray entries = value.toArray();
    for (const auto &entry : entries) {
        const double n = entry.toDouble(-1);
        if (!entry.isDouble() || n != double(qint64(n)) || n < 0 || n > INT_MAX) {
            *ok = false;
            return {};
        }
        out.append(int(n));
    }
    std::sort(out.begin(), out.end());
    return out;
}

ReleaseInfo read(JsonFields &f, InstanceType type, QString *problem)
{
    ReleaseInfo r;
    r.guid = f.string("guid");
    r.indexerId = f.int32("indexerId");
    r.indexer = f.string("indexer");
    r.title = f.string("title");
    bool ok = true;
    r.protocol = protocolOf(f.source().value(QStringLiteral("protocol")), &ok);
    if (!ok)
        *problem = ReleaseParser::tr("\"protocol\" is neither a name nor a number");
    JsonFields quality = f.object("quality").object("quality");
    r.qualityId = quality.int32("id");
    r.quality = quality.string("name");
    r.resolution = quality.int32("resolution");
    r.sizeBytes = f.integer("size");
    for (JsonFields &format : f.objects("customFormats"))
        r.customFormats.append(FormatRef{format.int32("id"), format.string("name")});
    if (f.has("customFormatScore"))
        r.customFormatScore = f.score("customFormatScore");
    r.approved = f.boolean("approved");
    r.temporarilyRejected = f.boolean("temporarilyRejected");
    r.rejected = f.boolean("rejected");
    r.rejections = f.strings("rejections");
    r.releaseWeight = f.int32("releaseWeight");
    if (f.has("ageMinutes"))
        r.ageMinutes = f.number("ageMinutes");
    else if (f.has("age"))
        r.ageMinutes = double(f.integer("age")) * 24 * 60;
    r.publishDate = f.dateTime("publishDate");
    if (f.has("seeders"))
        r.seeders = f.int32("seeders");
    if (f.has("leechers"))
        r.leechers = f.int32("leechers");
    if (type == InstanceType::Sonarr) {
        r.seasonNumber = f.has("seasonNumber") ? f.int32("seasonNumber") : -1;
        r.fullSeason = f.boolean("fullSeason");
        r.episodeNumbers = episodeNumbers(f.source().value(QStringLiteral("episodeNumbers")), &ok);
        if (!ok && problem->isEmpty())
            *problem = ReleaseParser::tr("\"episodeNumbers\" is not a list of episode numbers");
    }
    if (problem->isEmpty() && !f.hasError() && (r.guid.isEmpty() || r.indexerId <= 0))
        *problem = ReleaseParser::tr("it has no guid and indexer id, which a grab needs");
    return r;
}

} // namespace

Result<QList<ReleaseInfo>> ReleaseParser::releases(const QByteArray &body, const QString &endpoint, InstanceType type,
                                                   QStringList *warnings)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorKind::Parse, tr("The answer to %1 is not valid JSON (%2 at byte %3); nothing of this lookup "
                                          "was kept.")
                                           .arg(endpoint, parseError.errorString())
                                           .arg(parseError.offset)};
    if (!doc.isArray())
        return Error{ErrorKind::Parse, tr("The answer to %1 is not a list of releases, as the Radarr/Sonarr API has "
                                          "it. Is this the right server and URL base?")
                                           .arg(endpoint)};
    const QJsonArray array = doc.array();
    QList<ReleaseInfo> out;
    out.reserve(array.size());
    int position = 0;
    for (const auto &value : array) {
        ++position;
        if (!value.isObject()) {
            if (warnings)
                *warnings << tr("%1: release %2 skipped: not an object.").arg(endpoint).arg(position);
            continue;
        }
        JsonFields fields(value.toObject());
        QString problem;
        ReleaseInfo release = read(fields, type, &problem);
        const QString who = release.title.isEmpty() ? tr("release %1").arg(position)
                                                    : tr("release %1 (\"%2\")").arg(position).arg(release.title);
        if (fields.hasError() || !problem.isEmpty()) {
            if (warnings)
                *warnings
                    << tr("%1: %2 skipped: %3").arg(endpoint, who, fields.hasError() ? fields.errorText() : problem);
            continue;
        }
        if (warnings) {
            for (const QString &warning : fields.warnings())
                *warnings << tr("%1: %2: %3").arg(endpoint, who, warning);
        }
        out.append(std::move(release));
    }
    return out;
}

} // namespace arrscore
