#include "upgrades/searchstore.h"

#include "storage/columnvalues.h"
#include "storage/database.h"
#include "upgrades/upgradesql.h"

#include <QSqlQuery>
#include <QVariant>

namespace arrscore {

using storage::readText;
using storage::readTime;
using storage::textValue;
using storage::timeValue;

namespace {

// Searches that were never sent count neither against the cap nor for the cooldown.
const char *const kSent = "s.state <> 'not-sent'";

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::Int));
}

} // namespace

SearchStore::SearchStore(Database &db) : m_db(db) {}

Result<CapState> SearchStore::cap(const QString &instance, int perHour, const QDateTime &now)
{
    const UpgradeSql sql(m_db, tr("Cannot count the searches in the database %1.").arg(m_db.displayLocation()));
    Result<QSqlQuery> q = sql.run(QStringLiteral("SELECT COUNT(*), MIN(s.sent_at) FROM searches s JOIN search_items i "
                                                 "ON i.search_id = s.id WHERE s.instance = ? AND s.sent_at > ? AND %1")
                                      .arg(QLatin1String(kSent)),
                                  {instance, now.toMSecsSinceEpoch() - UpgradeSql::kHourMs});
    if (!q)
        return q.error();
    q.value().next();
    return UpgradeSql::capOf(perHour, q.value().value(0).toInt(), q.value().value(1));
}

Result<QHash<qint64, QDateTime>> SearchStore::lastSearched(const QString &instance)
{
    const UpgradeSql sql(m_db, tr("Cannot read the searches from the database %1.").arg(m_db.displayLocation()));
    Result<QSqlQuery> q = sql.run(QStringLiteral("SELECT i.item_id, MAX(s.sent_at) FROM searches s JOIN search_items i "
                                                 "ON i.search_id = s.id WHERE s.instance = ? AND %1 GROUP BY i.item_id")
                                      .arg(QLatin1String(kSent)),
                                  {instance});
    if (!q)
        return q.error();
    QHash<qint64, QDateTime> out;
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong(), readTime(q.value().value(1)));
    return out;
}

Result<std::optional<qint64>> SearchStore::reserve(const SearchRecord &record, int perHour, const QDateTime &now,
                                                   CapState *capOut)
{
    const UpgradeSql sql(m_db, tr("Cannot record a search in the database %1.").arg(m_db.displayLocation()));
    Result<CapState> cap =
        sql.beginReservation(QStringLiteral("searches"), [&] { return this->cap(record.instance, perHour, now); });
    if (!cap)
        return cap.error();
    const auto fail = [this](const Error &error) -> Result<std::optional<qint64>> {
        m_db.rollback();
        return error;
    };
    if (capOut)
        *capOut = *cap;
    if (cap->remaining() < record.items.size()) {
        m_db.rollback();
        return std::optional<qint64>{};
    }
    Result<qint64> id = sql.insert(
        QStringLiteral("INSERT INTO searches (instance, app, kind, sent_at, command_id, state, message, forced, "
                       "ended_at, release_guid, indexer_id, release_title) VALUES (?, ?, ?, ?, NULL, 'sending', NULL, "
                       "?, NULL, ?, ?, ?)"),
        {record.instance, instanceTypeName(record.type), SearchRecord::kindName(record.kind), now.toMSecsSinceEpoch(),
         int(record.forced), textValue(record.releaseGuid),
         record.indexerId > 0 ? QVariant(record.indexerId) : nullInt(), textValue(record.releaseTitle)});
    if (!id)
        return fail(id.error());
    for (const SearchedItem &item : record.items) {
        Result<QSqlQuery> q =
            sql.run(QStringLiteral("INSERT INTO search_items (search_id, item_id, file_id, score, "
                                   "quality, quality_id, profile_id, title) VALUES (?, ?, ?, ?, ?, ?, "
                                   "?, ?)"),
                    {*id, item.itemId, item.fileId, item.score ? QVariant(*item.score) : nullInt(),
                     textValue(item.quality), item.qualityId, item.profileId, textValue(item.title)});
        if (!q)
            return fail(q.error());
    }
    if (Status committed = m_db.commit(); !committed)
        return committed.error();
    if (capOut) {
        capOut->used += int(record.items.size());
        if (!capOut->nextFree.isValid() && !record.items.isEmpty())
            capOut->nextFree = now.addMSecs(UpgradeSql::kHourMs);
    }
    return std::optional<qint64>(*id);
}

Status SearchStore::markSent(qint64 searchId, std::optional<qint64> commandId, const QString &state,
                             const QString &message)
{
    const UpgradeSql sql(m_db, tr("Cannot record a search in the database %1.").arg(m_db.displayLocation()));
    Result<QSqlQuery> q =
        sql.run(QStringLiteral("UPDATE searches SET command_id = ?, state = ?, message = ?, ended_at = ? WHERE id = ?"),
                {commandId ? QVariant(*commandId) : QVariant(QMetaType(QMetaType::LongLong)), state, textValue(message),
                 SearchRecord::isEndState(state) ? timeValue(QDateTime::currentDateTimeUtc())
                                                 : QVariant(QMetaType(QMetaType::LongLong)),
                 searchId});
    return q ? Status::success() : Status(q.error());
}

Status SearchStore::updateState(qint64 searchId, const QString &state, const QString &message, const QDateTime &endedAt)
{
    const UpgradeSql sql(m_db, tr("Cannot record a search's state in the database %1.").arg(m_db.displayLocation()));
    Result<QSqlQuery> q =
        sql.run(QStringLiteral("UPDATE searches SET state = ?, message = ?, ended_at = ? WHERE id = ?"),
                {state, textValue(message), timeValue(endedAt), searchId});
    return q ? Status::success() : Status(q.error());
}

namespace {

Result<QList<SearchRecord>> readSearches(Database &db, const QString &where, const QVariantList &binds,
                                         const QString &order, int limit)
{
    const UpgradeSql sql(db,
                         SearchStore::tr("Cannot read the searches from the database %1.").arg(db.displayLocation()));
    QString text =
        QStringLiteral("SELECT s.id, s.instance, s.app, s.kind, s.sent_at, s.command_id, s.state, s.message, "
                       "s.forced, s.ended_at, s.release_guid, s.indexer_id, s.release_title FROM searches s");
    if (!where.isEmpty())
        text += QStringLiteral(" WHERE ") + where;
    text += QStringLiteral(" ORDER BY ") + order;
    if (limit > 0)
        text += QStringLiteral(" LIMIT %1").arg(limit);
    Result<QSqlQuery> q = sql.run(text, binds);
    if (!q)
        return q.error();
    QList<SearchRecord> out;
    QHash<qint64, int> index;
    QSqlQuery &query = q.value();
    while (query.next()) {
        SearchRecord r;
        r.id = query.value(0).toLongLong();
        r.instance = query.value(1).toString();
        r.type = instanceTypeFromName(query.value(2).toString()).value_or(InstanceType::Radarr);
        r.kind = SearchRecord::kindFromName(query.value(3).toString()).value_or(SearchRecord::Kind::MoviesSearch);
        r.sentAt = readTime(query.value(4));
        if (!query.value(5).isNull())
            r.commandId = query.value(5).toLongLong();
        r.state = query.value(6).toString();
        r.message = readText(query.value(7));
        r.forced = query.value(8).toInt() != 0;
        r.endedAt = readTime(query.value(9));
        r.releaseGuid = readText(query.value(10));
        r.indexerId = query.value(11).toInt();
        r.releaseTitle = readText(query.value(12));
        index.insert(r.id, int(out.size()));
        out.append(r);
    }
    query.finish();
    if (out.isEmpty())
        return out;
    // The items of the searches read, in one query.
    QStringList ids;
    for (const SearchRecord &r : std::as_const(out))
        ids << QString::number(r.id);
    Result<QSqlQuery> items = sql.run(QStringLiteral("SELECT search_id, item_id, file_id, score, quality, quality_id, "
                                                     "profile_id, title FROM search_items WHERE search_id IN (%1) "
                                                     "ORDER BY search_id, item_id")
                                          .arg(ids.join(QLatin1Char(','))));
    if (!items)
        return items.error();
    QSqlQuery &iq = items.value();
    while (iq.next()) {
        SearchedItem item;
        item.itemId = iq.value(1).toLongLong();
        item.fileId = iq.value(2).toLongLong();
        if (!iq.value(3).isNull())
            item.score = iq.value(3).toInt();
        item.quality = readText(iq.value(4));
        item.qualityId = iq.value(5).toInt();
        item.profileId = iq.value(6).toInt();
        item.title = readText(iq.value(7));
        out[index.value(iq.value(0).toLongLong())].items.append(item);
    }
    return out;
}

} // namespace

Result<QList<SearchRecord>> SearchStore::searches(const QString &instance, int limit)
{
    if (instance.isEmpty())
        return readSearches(m_db, {}, {}, QStringLiteral("s.sent_at DESC, s.id DESC"), limit);
    return readSearches(m_db, QStringLiteral("s.instance = ?"), {instance}, QStringLiteral("s.sent_at DESC, s.id DESC"),
                        limit);
}

Result<QList<SearchRecord>> SearchStore::unfinished(const QString &instance)
{
    QString where = QStringLiteral("s.command_id IS NOT NULL AND s.state IN ('sending', 'queued', 'started')");
    QVariantList binds;
    if (!instance.isEmpty()) {
        where += QStringLiteral(" AND s.instance = ?");
        binds << instance;
    }
    return readSearches(m_db, where, binds, QStringLiteral("s.sent_at, s.id"), 0);
}

} // namespace arrscore
