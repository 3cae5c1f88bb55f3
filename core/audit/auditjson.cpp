#include "audit/auditjson.h"

#include <QJsonValue>

namespace arrscore {

namespace {

QJsonValue scoreValue(const std::optional<int> &score)
{
    return score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null);
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

void putText(QJsonObject &o, const char *key, const QString &text)
{
    if (!text.isEmpty())
        o.insert(QLatin1String(key), text);
}

void putId(QJsonObject &o, const char *key, qint64 id)
{
    if (id != 0)
        o.insert(QLatin1String(key), id);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject AuditJson::event(const ServerEvent &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), e.serverId);
    o.insert(QStringLiteral("type"), serverEventTypeName(e.type));
    o.insert(QStringLiteral("date"), isoTime(e.date));
    putText(o, "source_title", e.sourceTitle);
    putText(o, "quality", e.quality);
    putText(o, "download_id", e.downloadId);
    o.insert(QStringLiteral("score"), scoreValue(e.score));
    putText(o, "release_source", e.releaseSource);
    putText(o, "indexer", e.indexer);
    putText(o, "release_group", e.releaseGroup);
    putId(o, "size", e.sizeBytes);
    putText(o, "torrent_info_hash", e.torrentInfoHash);
    putText(o, "release_hash", e.releaseHash);
    putText(o, "guid", e.guid);
    putId(o, "file_id", e.fileId);
    putText(o, "reason", e.reason);
    putText(o, "message", e.message);
    return o;
}

QJsonObject AuditJson::finding(const Finding &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), Finding::kindName(f.kind));
    o.insert(QStringLiteral("instance"), f.instance);
    o.insert(QStringLiteral("item_id"), f.itemId);
    if (f.type == InstanceType::Sonarr) {
        o.insert(QStringLiteral("series_id"), f.seriesId);
        QJsonArray episodes;
        for (qint64 id : f.episodeIds)
            episodes.append(id);
        o.insert(QStringLiteral("episode_ids"), episodes);
    }
    o.insert(QStringLiteral("file_id"), f.fileId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(f.fileId));
    if (!f.downloadId.isEmpty())
        o.insert(QStringLiteral("download_id"), f.downloadId);
    o.insert(QStringLiteral("title"), f.title);
    o.insert(QStringLiteral("explanation"), f.explanation);
    QJsonArray events;
    for (const ServerEvent &e : f.events)
        events.append(event(e));
    o.insert(QStringLiteral("events"), events);
    return o;
}

QJsonObject AuditJson::findings(const QList<Finding> &findings, const QStringList &notes)
{
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(finding(f));
    return QJsonObject{{QStringLiteral("findings"), list}, {QStringLiteral("notes"), strings(notes)}};
}

QJsonObject AuditJson::item(const ComparedItem &item)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), mediaKindName(item.kind));
    o.insert(item.kind == MediaKind::Movie ? QStringLiteral("tmdb_id") : QStringLiteral("tvdb_id"), item.externalId);
    if (item.kind == MediaKind::Episode) {
        o.insert(QStringLiteral("season"), item.season);
        o.insert(QStringLiteral("episode"), item.episode);
    }
    o.insert(QStringLiteral("title"), item.title);
    QJsonArray copies;
    for (const ComparedCopy &c : item.copies) {
        QJsonObject copy{{QStringLiteral("instance"), c.instance},       {QStringLiteral("item_id"), c.itemId},
                         {QStringLiteral("file_id"), c.fileId},          {QStringLiteral("quality"), c.quality},
                         {QStringLiteral("score"), scoreValue(c.score)}, {QStringLiteral("profile"), c.profile},
                         {QStringLiteral("path"), c.relativePath}};
        copies.append(copy);
    }
    o.insert(QStringLiteral("copies"), copies);
    if (!item.missingFrom.isEmpty())
        o.insert(QStringLiteral("missing_from"), strings(item.missingFrom));
    return o;
}

QJsonObject AuditJson::drift(const ProfileDrift &drift, const QStringList &instances)
{
    QJsonArray formats;
    for (const FormatDrift &f : drift.formats) {
        QJsonObject scores;
        for (qsizetype i = 0; i < instances.size(); ++i) {
            if (drift.instances.contains(instances[i]))
                scores.insert(instances[i], scoreValue(f.scores.value(i)));
        }
        formats.append(QJsonObject{{QStringLiteral("format"), f.format}, {QStringLiteral("scores"), scores}});
    }
    return QJsonObject{{QStringLiteral("profile"), drift.profile},
                       {QStringLiteral("instances"), strings(drift.instances)},
                       {QStringLiteral("formats"), formats}};
}

QJsonObject AuditJson::comparison(const QList<Comparison> &comparisons)
{
    QJsonArray shared;
    QJsonArray onlyIn;
    QJsonArray drift;
    QStringList notes;
    for (const Comparison &c : comparisons) {
        for (const ComparedItem &i : c.shared)
            shared.append(item(i));
        for (const ComparedItem &i : c.onlyIn)
            onlyIn.append(item(i));
        for (const ProfileDrift &d : c.drift) {
            QJsonObject o = AuditJson::drift(d, c.instances);
            o.insert(QStringLiteral("type"), instanceTypeName(c.type));
            drift.append(o);
        }
        notes << c.notes;
    }
    return QJsonObject{{QStringLiteral("shared"), shared},
                       {QStringLiteral("only_in"), onlyIn},
                       {QStringLiteral("drift"), drift},
                       {QStringLiteral("notes"), strings(notes)}};
}

} // namespace arrscore
