#include "arr/historyparser.h"

#include "arr/ondemandlist.h"

#include <QJsonDocument>

#include <algorithm>
#include <climits>
#include <cmath>

namespace arrscore {

namespace {

using Field = OnDemandObject::Field;
using simdjson::ondemand::json_type;

// data{} holds every value as a string; a number sent as a number (a proxy or an old build) is taken too, as its
// whole value (0 when it has a fraction); any other value is nothing.
QString dataText(Field &f)
{
    if (f.has(json_type::string))
        return f.string();
    if (f.has(json_type::number)) {
        const double n = f.number();
        return QString::number(n == std::floor(n) && std::abs(n) < 9.0e18 ? qint64(n) : qint64(0));
    }
    return {};
}

std::optional<qint64> dataNumber(Field &f)
{
    bool ok = false;
    const qint64 n = dataText(f).trimmed().toLongLong(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

// The frozen values of data{}; the top-level customFormatScore is today's recomputation and is ignored.
void readData(Field &f, ServerEvent &e)
{
    if (f.is("customFormatScore")) {
        if (const std::optional<qint64> score = dataNumber(f))
            e.score = int(std::clamp<qint64>(*score, INT_MIN, INT_MAX));
    } else if (f.is("releaseSource")) {
        e.releaseSource = dataText(f);
    } else if (f.is("indexer")) {
        e.indexer = dataText(f);
    } else if (f.is("releaseGroup")) {
        e.releaseGroup = dataText(f);
    } else if (f.is("size")) {
        e.sizeBytes = dataNumber(f).value_or(0);
    } else if (f.is("torrentInfoHash")) {
        e.torrentInfoHash = dataText(f).toLower();
    } else if (f.is("releaseHash")) {
        e.releaseHash = dataText(f);
    } else if (f.is("guid")) {
        e.guid = dataText(f);
    } else if (f.is("fileId")) {
        e.fileId = dataNumber(f).value_or(0);
    } else if (f.is("reason")) {
        e.reason = dataText(f);
    } else if (f.is("message")) {
        e.message = dataText(f);
    }
}

// One HistoryResource's fields as they come (eventType can come last, so every kept field is read first).
void readField(Field &f, ServerEvent &e, QString &typeText, bool sonarr)
{
    if (f.is("eventType")) {
        // The name, or the enum's number from a server that writes enums as numbers.
        typeText = f.has(json_type::number) ? QString::number(int(f.number())) : dataText(f);
    } else if (f.is("id")) {
        e.serverId = f.integer();
    } else if (f.is("date")) {
        e.date = f.dateTime();
    } else if (f.is(sonarr ? "episodeId" : "movieId")) {
        e.itemId = f.integer();
    } else if (sonarr && f.is("seriesId")) {
        e.seriesId = f.integer();
    } else if (f.is("sourceTitle")) {
        e.sourceTitle = f.string();
    } else if (f.is("quality")) {
        f.object([&e](Field &outer) {
            if (outer.is("quality")) {
                outer.object([&e](Field &inner) {
                    if (inner.is("name"))
                        e.quality = inner.string();
                });
            }
        });
    } else if (f.is("downloadId")) {
        e.downloadId = f.string();
    } else if (f.is("data") && f.has(json_type::object)) {
        // Not an object: no frozen values, as before, and no error.
        f.object([&e](Field &d) { readData(d, e); });
    }
}

// Reads a list of HistoryResource rows with `forEach` (OnDemandList's forEach or forEachRecord) into events: a type
// an audit does not use is dropped, a row that cannot be read is dropped with a warning naming it.
template <typename ForEach>
bool readEvents(ForEach forEach, const QString &endpoint, bool sonarr, QList<ServerEvent> &events, QStringList &found)
{
    return forEach([&](OnDemandObject::Item &item, OnDemandObject *object, int) {
        if (!object)
            return; // not a row
        ServerEvent e;
        QString typeText;
        object->fields([&](Field &f) { readField(f, e, typeText, sonarr); });
        if (item.failed())
            return;
        const std::optional<ServerEventType> type = serverEventTypeFromServer(typeText, sonarr);
        // A mistyped row stops being read at its error, maybe before its type: it is reported unless its type is
        // known to be one an audit does not use.
        if (!type && (!item.hasError() || !typeText.isEmpty()))
            return;
        if (item.hasError() || e.serverId <= 0 || !e.date.isValid()) {
            found << HistoryParser::tr("%1: history row %2 skipped: %3")
                         .arg(endpoint, item.idText(),
                              item.hasError() ? item.error : HistoryParser::tr("it has no id or date"));
            return;
        }
        e.type = *type;
        events.append(std::move(e));
    });
}

// A body simdjson would not read: Qt's reading of it says why in the words of its other messages; should Qt take
// it, simdjson's reason is given.
Error bodyError(const QByteArray &body, const QString &endpoint, const OnDemandList &reader, bool page)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorKind::Parse, HistoryParser::tr("The answer to %1 is not valid JSON (%2 at byte %3).")
                                           .arg(endpoint, parseError.errorString())
                                           .arg(parseError.offset)};
    if (page && !doc.isObject())
        return Error{ErrorKind::Parse,
                     HistoryParser::tr("The answer to %1 is not a page of history rows ({page, records}), as the "
                                       "Radarr/Sonarr API has it.")
                         .arg(endpoint)};
    if (!page && !doc.isArray())
        return Error{
            ErrorKind::Parse,
            HistoryParser::tr("The answer to %1 is not a list of history rows, as the Radarr/Sonarr API has it.")
                .arg(endpoint)};
    if (page && reader.error() == simdjson::INCORRECT_TYPE)
        return Error{ErrorKind::Parse,
                     HistoryParser::tr("The answer to %1 is not a page of history rows ({page, records}), as the "
                                       "Radarr/Sonarr API has it.")
                         .arg(endpoint)};
    return Error{ErrorKind::Parse, HistoryParser::tr("The answer to %1 is not valid JSON (%2 at byte %3).")
                                       .arg(endpoint, QString::fromUtf8(simdjson::error_message(reader.error())))
                                       .arg(reader.errorOffset())};
}

} // namespace

Result<QList<ServerEvent>> HistoryParser::list(const QByteArray &body, const QString &endpoint, bool sonarr,
                                               QStringList *warnings)
{
    OnDemandList reader(body);
    QList<ServerEvent> events;
    QStringList found;
    if (!readEvents([&reader](auto onElement) { return reader.forEach(onElement); }, endpoint, sonarr, events, found))
        return bodyError(body, endpoint, reader, false);
    if (warnings)
        *warnings << found;
    return events;
}

Result<HistoryParser::Page> HistoryParser::page(const QByteArray &body, const QString &endpoint, bool sonarr,
                                                QStringList *warnings)
{
    OnDemandList reader(body);
    Page p;
    QStringList found;
    // The paging numbers: a mistyped one reads as 0, as it did, without failing the page.
    const auto onField = [&p](Field &f) {
        if (!f.has(json_type::number))
            return;
        if (f.is("page"))
            p.page = int(f.number());
        else if (f.is("pageSize"))
            p.pageSize = int(f.number());
        else if (f.is("totalRecords"))
            p.totalRecords = qint64(f.number());
    };
    if (!readEvents([&](auto onElement) { return reader.forEachRecord(onElement, onField); }, endpoint, sonarr,
                    p.events, found))
        return bodyError(body, endpoint, reader, true);
    if (warnings)
        *warnings << found;
    return p;
}

} // namespace arrscore
