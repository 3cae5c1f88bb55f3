#include "arr/historyparser.h"

#include "arr/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace arrscore {

namespace {

// data{} holds every value as a string; a number sent as a number (a proxy or an old build) is taken too.
QString dataText(const QJsonObject &data, const char *key)
{
    const QJsonValue v = data.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

std::optional<qint64> dataNumber(const QJsonObject &data, const char *key)
{
    bool ok = false;
    const qint64 n = dataText(data, key).trimmed().toLongLong(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

// One HistoryResource; nullopt for a type an audit does not use, or a row that cannot be read (then a
// warning names it).
std::optional<ServerEvent> readEvent(const QJsonValue &value, const QString &endpoint, bool sonarr,
                                     QStringList *warnings)
{
    if (!value.isObject())
        return std::nullopt;
    JsonFields f(value.toObject());
    const QJsonValue typeValue = f.source().value(QLatin1String("eventType"));
    const QString typeText = typeValue.isDouble() ? QString::number(typeValue.toInt()) : typeValue.toString();
    const std::optional<ServerEventType> type = serverEventTypeFromServer(typeText, sonarr);
    if (!type)
        return std::nullopt;
    ServerEvent e;
    e.type = *type;
    e.serverId = f.integer("id");
    e.date = f.dateTime("date");
    if (sonarr) {
        e.itemId = f.integer("episodeId");
        e.seriesId = f.integer("seriesId");
    } else {
        e.itemId = f.integer("movieId");
    }
    e.sourceTitle = f.string("sourceTitle");
    e.quality = f.object("quality").object("quality").string("name");
    e.downloadId = f.string("downloadId");
    if (f.hasError() || e.serverId <= 0 || !e.date.isValid()) {
        if (warnings)
            *warnings << HistoryParser::tr("%1: history row %2 skipped: %3")
                             .arg(endpoint, f.idText(),
                                  f.hasError() ? f.errorText() : HistoryParser::tr("it has no id or date"));
        return std::nullopt;
    }
    // The frozen values; the top-level customFormatScore is today's recomputation and is ignored.
    const QJsonObject data = f.source().value(QLatin1String("data")).toObject();
    if (const std::optional<qint64> score = dataNumber(data, "customFormatScore"))
        e.score = int(std::clamp<qint64>(*score, INT_MIN, INT_MAX));
    e.releaseSource = dataText(data, "releaseSource");
    e.indexer = dataText(data, "indexer");
    e.releaseGroup = dataText(data, "releaseGroup");
    e.sizeBytes = dataNumber(data, "size").value_or(0);
    e.torrentInfoHash = dataText(data, "torrentInfoHash").toLower();
    e.releaseHash = dataText(data, "releaseHash");
    e.guid = dataText(data, "guid");
    e.fileId = dataNumber(data, "fileId").value_or(0);
    e.reason = dataText(data, "reason");
    e.message = dataText(data, "message");
    return e;
}

Result<QJsonDocument> document(const QByteArray &body, const QString &endpoint)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorKind::Parse, HistoryParser::tr("The answer to %1 is not valid JSON (%2 at byte %3).")
                                           .arg(endpoint, parseError.errorString())
                                           .arg(parseError.offset)};
    return doc;
}

QList<ServerEvent> readEvents(const QJsonArray &rows, const QString &endpoint, bool sonarr, QStringList *warnings)
{
    QList<ServerEvent> events;
    events.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        if (std::optional<ServerEvent> e = readEvent(row, endpoint, sonarr, warnings))
            events.append(std::move(*e));
    }
    return events;
}

} // namespace

Result<QList<ServerEvent>> HistoryParser::list(const QByteArray &body, const QString &endpoint, bool sonarr,
                                               QStringList *warnings)
{
    Result<QJsonDocument> doc = document(body, endpoint);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return Error{
            ErrorKind::Parse,
            tr("The answer to %1 is not a list of history rows, as the Radarr/Sonarr API has it.").arg(endpoint)};
    return readEvents(doc->array(), endpoint, sonarr, warnings);
}

Result<HistoryParser::Page> HistoryParser::page(const QByteArray &body, const QString &endpoint, bool sonarr,
                                                QStringList *warnings)
{
    Result<QJsonDocument> doc = document(body, endpoint);
    if (!doc)
        return doc.error();
    const QJsonObject object = doc->object();
    if (!doc->isObject() || !object.value(QLatin1String("records")).isArray())
        return Error{ErrorKind::Parse,
                     tr("The answer to %1 is not a page of history rows ({page, records}), as the Radarr/Sonarr API "
                        "has it.")
                         .arg(endpoint)};
    Page p;
    JsonFields f(object);
    p.page = f.int32("page");
    p.pageSize = f.int32("pageSize");
    p.totalRecords = f.integer("totalRecords");
    p.events = readEvents(object.value(QLatin1String("records")).toArray(), endpoint, sonarr, warnings);
    return p;
}

} // namespace arrscore
