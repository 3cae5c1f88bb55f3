#include "upgrades/lookupstore.h"

#include "storage/columnvalues.h"
#include "storage/database.h"
#include "storage/listdecoder.h"
#include "storage/listjson.h"
#include "upgrades/upgradesql.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace arrscore {

using storage::readText;
using storage::readTime;
using storage::textValue;
using storage::timeValue;

namespace {

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> readOptionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

const QString kReleaseColumns = QStringLiteral(
    "guid, indexer_id, indexer, title, protocol, quality, quality_id, resolution, size_bytes, custom_formats, "
    "custom_format_score, approved, temporarily_rejected, rejected, rejections, release_weight, age_minutes, "
    "publish_date, seeders, leechers, season, full_season, episode_numbers");

// The columns of kReleaseColumns, from `first` on.
ReleaseInfo readRelease(const QSqlQuery &q, int first, storage::ListDecoder &lists)
{
    ReleaseInfo r;
    int c = first;
    r.guid = readText(q.value(c++));
    r.indexerId = q.value(c++).toInt();
    r.indexer = readText(q.value(c++));
    r.title = readText(q.value(c++));
    r.protocol = readText(q.value(c++));
    r.quality = readText(q.value(c++));
    r.qualityId = q.value(c++).toInt();
    r.resolution = q.value(c++).toInt();
    r.sizeBytes = q.value(c++).toLongLong();
    r.customFormats = lists.formats(q.value(c++).toString());
    r.customFormatScore = readOptionalInt(q.value(c++));
    r.approved = q.value(c++).toInt() != 0;
    r.temporarilyRejected = q.value(c++).toInt() != 0;
    r.rejected = q.value(c++).toInt() != 0;
    r.rejections = lists.strings(q.value(c++).toString());
    r.releaseWeight = q.value(c++).toInt();
    const QVariant age = q.value(c++);
    if (!age.isNull())
        r.ageMinutes = age.toDouble();
    r.publishDate = readTime(q.value(c++));
    r.seeders = readOptionalInt(q.value(c++));
    r.leechers = readOptionalInt(q.value(c++));
    const QVariant season = q.value(c++);
    r.seasonNumber = season.isNull() ? -1 : season.toInt();
    r.fullSeason = q.value(c++).toInt() != 0;
    r.episodeNumbers = storage::parseIntList(q.value(c++).toString());
    return r;
}

const QString kCheckColumns = QStringLiteral(
    "l.instance, l.app, v.lookup_id, v.item_id, v.series_id, v.season, v.episode, v.file_id, v.current_score, "
    "v.quality, v.quality_id, v.profile_id, v.profile, v.title, v.verdict, v.pick, v.release_count, v.error, "
    "l.finished_at");

// A row of kCheckColumns; *pick gets the pick's position (-1 without one).
ItemCheck readCheck(const QSqlQuery &q, int *pick)
{
    ItemCheck check;
    UpgradeItem &item = check.item;
    item.instance = q.value(0).toString();
    item.type = instanceTypeFromName(q.value(1).toString()).value_or(InstanceType::Radarr);
    check.lookupId = q.value(2).toLongLong();
    item.itemId = q.value(3).toLongLong();
    item.seriesId = q.value(4).toLongLong();
    item.season = q.value(5).toInt();
    item.episode = q.value(6).toInt();
    item.fileId = q.value(7).toLongLong();
    item.currentScore = readOptionalInt(q.value(8));
    item.quality = readText(q.value(9));
    item.qualityId = q.value(10).toInt();
    item.profileId = q.value(11).toInt();
    item.profile = readText(q.value(12));
    item.title = readText(q.value(13));
    check.verdict = ReleaseVerdict::fromName(q.value(14).toString()).value_or(Verdict::Failed);
    *pick = q.value(15).isNull() ? -1 : q.value(15).toInt();
    check.releaseCount = q.value(16).toInt();
    check.error = readText(q.value(17));
    check.checkedAt = readTime(q.value(18));
    return check;
}

struct Ending
{
    QDateTime finishedAt;
    int requestCount = 0;
    QString state; // done | failed | cancelled
    QString error;
};

// Stores a finished lookup: its releases, each item's verdict, and how it ended, in one transaction.
Status store(Database &db, qint64 lookupId, const QList<ReleaseInfo> &releases, const QList<ItemCheck> &checks,
             const Ending &ending)
{
    if (Status begun = db.beginWrite(); !begun)
        return begun;
    const UpgradeSql sql(
        db, LookupStore::tr("Cannot store a release lookup in the database %1.").arg(db.displayLocation()));
    const auto fail = [&db](const Error &error) {
        db.rollback();
        return Status(error);
    };
    const QString insertRelease = QStringLiteral("INSERT INTO lookup_releases (lookup_id, position, %1) VALUES "
                                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                 "?, ?, ?)")
                                      .arg(kReleaseColumns);
    for (int i = 0; i < releases.size(); ++i) {
        const ReleaseInfo &r = releases.at(i);
        Result<QSqlQuery> q = sql.run(
            insertRelease, {lookupId,
                            i,
                            r.guid,
                            r.indexerId,
                            textValue(r.indexer),
                            textValue(r.title),
                            textValue(r.protocol),
                            textValue(r.quality),
                            r.qualityId,
                            r.resolution,
                            r.sizeBytes,
                            storage::jsonFormatRefs(r.customFormats),
                            optionalInt(r.customFormatScore),
                            int(r.approved),
                            int(r.temporarilyRejected),
                            int(r.rejected),
                            storage::jsonStrings(r.rejections),
                            r.releaseWeight,
                            r.ageMinutes ? QVariant(*r.ageMinutes) : QVariant(QMetaType(QMetaType::Double)),
                            timeValue(r.publishDate),
                            optionalInt(r.seeders),
                            optionalInt(r.leechers),
                            r.seasonNumber >= 0 ? QVariant(r.seasonNumber) : QVariant(QMetaType(QMetaType::Int)),
                            int(r.fullSeason),
                            storage::jsonInts(r.episodeNumbers)});
        if (!q)
            return fail(q.error());
    }
    for (const ItemCheck &check : checks) {
        const UpgradeItem &item = check.item;
        int pick = -1;
        if (check.pick)
            pick = int(releases.indexOf(*check.pick));
        Result<QSqlQuery> q = sql.run(
            QStringLiteral("INSERT INTO lookup_verdicts (lookup_id, item_id, series_id, season, episode, file_id, "
                           "current_score, quality, quality_id, profile_id, profile, title, verdict, pick, "
                           "release_count, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {lookupId, item.itemId, item.seriesId, item.season, item.episode, item.fileId,
             optionalInt(item.currentScore), textValue(item.quality), item.qualityId, item.profileId,
             textValue(item.profile), textValue(item.title), ReleaseVerdict::name(check.verdict),
             pick >= 0 ? QVariant(pick) : QVariant(QMetaType(QMetaType::Int)), check.releaseCount,
             textValue(check.error)});
        if (!q)
            return fail(q.error());
    }
    Result<QSqlQuery> q = sql.run(QStringLiteral("UPDATE release_lookups SET finished_at = ?, state = ?, error = ?, "
                                                 "request_count = ?, release_count = ? WHERE id = ?"),
                                  {ending.finishedAt.toMSecsSinceEpoch(), ending.state, textValue(ending.error),
                                   ending.requestCount, int(releases.size()), lookupId});
    if (!q)
        return fail(q.error());
    return db.commit();
}

} // namespace

LookupStore::LookupStore(Database &db) : m_db(db) {}

Result<CapState> LookupStore::cap(const QString &instance, int perHour, const QDateTime &now)
{
    const UpgradeSql sql(m_db, tr("Cannot count the release lookups in the database %1.").arg(m_db.displayLocation()));
    Result<QSqlQuery> q = sql.run(QStringLiteral("SELECT COUNT(*), MIN(started_at) FROM release_lookups "
                                                 "WHERE instance = ? AND started_at > ?"),
                                  {instance, now.toMSecsSinceEpoch() - UpgradeSql::kHourMs});
    if (!q)
        return q.error();
    q.value().next();
    return UpgradeSql::capOf(perHour, q.value().value(0).toInt(), q.value().value(1));
}

Result<std::optional<qint64>> LookupStore::reserve(const LookupRequest &request, int perHour, const QDateTime &now,
                                                   CapState *capOut)
{
    const UpgradeSql sql(m_db, tr("Cannot record a release lookup in the database %1.").arg(m_db.displayLocation()));
    Result<CapState> cap = sql.beginReservation(QStringLiteral("release_lookups"),
                                                [&] { return this->cap(request.instance(), perHour, now); });
    if (!cap)
        return cap.error();
    if (capOut)
        *capOut = *cap;
    if (cap->exhausted()) {
        m_db.rollback();
        return std::optional<qint64>{};
    }
    QList<qint64> ids;
    for (const UpgradeItem &item : request.items())
        ids.append(item.itemId);
    Result<qint64> id = sql.insert(
        QStringLiteral("INSERT INTO release_lookups (instance, app, scope, request_id, season, item_ids, started_at, "
                       "state, request_count, release_count) VALUES (?, ?, ?, ?, ?, ?, ?, 'running', 0, 0)"),
        {request.instance(), instanceTypeName(request.type()), LookupRequest::scopeName(request.scope()), request.id(),
         request.season() >= 0 ? QVariant(request.season()) : QVariant(QMetaType(QMetaType::Int)),
         storage::jsonInts(ids), now.toMSecsSinceEpoch()});
    if (!id) {
        m_db.rollback();
        return id.error();
    }
    if (Status committed = m_db.commit(); !committed)
        return committed.error();
    if (capOut) {
        ++capOut->used;
        if (!capOut->nextFree.isValid())
            capOut->nextFree = now.addMSecs(UpgradeSql::kHourMs);
    }
    return std::optional<qint64>(*id);
}

Status LookupStore::finish(qint64 lookupId, const LookupRequest &request, const QList<ReleaseInfo> &releases,
                           const QList<ItemCheck> &checks, const QDateTime &finishedAt, int requestCount)
{
    Q_UNUSED(request)
    return store(m_db, lookupId, releases, checks, {finishedAt, requestCount, QStringLiteral("done"), {}});
}

QList<ItemCheck> LookupStore::failedChecks(qint64 lookupId, const LookupRequest &request, const QString &reason,
                                           bool cancelled, const QDateTime &at)
{
    QList<ItemCheck> checks;
    for (const UpgradeItem &item : request.items()) {
        ItemCheck check;
        check.item = item;
        check.verdict = Verdict::Failed;
        check.lookupId = lookupId;
        check.checkedAt = at;
        check.error = cancelled ? tr("Cancelled.") : reason;
        checks.append(check);
    }
    return checks;
}

Status LookupStore::fail(qint64 lookupId, const LookupRequest &request, const QString &reason, bool cancelled,
                         const QDateTime &finishedAt, int requestCount)
{
    const QString error = cancelled ? tr("Cancelled.") : reason;
    const QList<ItemCheck> checks = failedChecks(lookupId, request, reason, cancelled, finishedAt);
    return store(m_db, lookupId, {}, checks,
                 {finishedAt, requestCount, cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"), error});
}

Result<QList<ItemCheck>> LookupStore::latestChecks(const QString &instance)
{
    const UpgradeSql sql(m_db, tr("Cannot read the release lookups from the database %1.").arg(m_db.displayLocation()));
    // The newest finished lookup of each item; lookups still running have no verdict rows.
    QString text = QStringLiteral("SELECT %1 FROM lookup_verdicts v JOIN release_lookups l ON l.id = v.lookup_id "
                                  "WHERE v.lookup_id = (SELECT MAX(v2.lookup_id) FROM lookup_verdicts v2 "
                                  "JOIN release_lookups l2 ON l2.id = v2.lookup_id "
                                  "WHERE v2.item_id = v.item_id AND l2.instance = l.instance)")
                       .arg(kCheckColumns);
    QVariantList binds;
    if (!instance.isEmpty()) {
        text += QStringLiteral(" AND l.instance = ?");
        binds << instance;
    }
    text += QStringLiteral(" ORDER BY l.finished_at DESC, l.instance, v.item_id");
    Result<QSqlQuery> q = sql.run(text, binds);
    if (!q)
        return q.error();
    QList<ItemCheck> checks;
    QList<int> picks;
    while (q.value().next()) {
        int pick = -1;
        checks.append(readCheck(*q, &pick));
        picks.append(pick);
    }
    q.value().finish();
    // The picks, in one query per lookup that has any.
    QHash<qint64, QList<ReleaseInfo>> releasesOf;
    for (int i = 0; i < checks.size(); ++i) {
        if (picks.at(i) < 0)
            continue;
        const qint64 lookupId = checks.at(i).lookupId;
        if (!releasesOf.contains(lookupId)) {
            Result<QList<ReleaseInfo>> list = releases(lookupId);
            if (!list)
                return list.error();
            releasesOf.insert(lookupId, *list);
        }
        const QList<ReleaseInfo> &list = releasesOf[lookupId];
        if (picks.at(i) < list.size())
            checks[i].pick = list.at(picks.at(i));
    }
    return checks;
}

Result<std::optional<ItemCheck>> LookupStore::latestCheck(const QString &instance, qint64 itemId)
{
    const UpgradeSql sql(m_db, tr("Cannot read the release lookups from the database %1.").arg(m_db.displayLocation()));
    Result<QSqlQuery> q = sql.run(QStringLiteral("SELECT %1 FROM lookup_verdicts v JOIN release_lookups l ON l.id = "
                                                 "v.lookup_id WHERE l.instance = ? AND v.item_id = ? "
                                                 "ORDER BY v.lookup_id DESC LIMIT 1")
                                      .arg(kCheckColumns),
                                  {instance, itemId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ItemCheck>{};
    int pick = -1;
    ItemCheck check = readCheck(*q, &pick);
    q.value().finish();
    if (pick >= 0) {
        Result<QList<ReleaseInfo>> list = releases(check.lookupId);
        if (!list)
            return list.error();
        if (pick < list->size())
            check.pick = list->at(pick);
    }
    return std::optional<ItemCheck>(check);
}

Result<QList<ReleaseInfo>> LookupStore::releases(qint64 lookupId)
{
    const UpgradeSql sql(m_db, tr("Cannot read the release lookups from the database %1.").arg(m_db.displayLocation()));
    Result<QSqlQuery> q = sql.run(
        QStringLiteral("SELECT %1 FROM lookup_releases WHERE lookup_id = ? ORDER BY position").arg(kReleaseColumns),
        {lookupId});
    if (!q)
        return q.error();
    storage::ListDecoder lists;
    QList<ReleaseInfo> out;
    while (q.value().next())
        out.append(readRelease(*q, 0, lists));
    return out;
}

Result<std::optional<LookupStore::Lookup>> LookupStore::lookup(qint64 lookupId)
{
    const UpgradeSql sql(m_db, tr("Cannot read the release lookups from the database %1.").arg(m_db.displayLocation()));
    Result<QSqlQuery> q = sql.run(QStringLiteral("SELECT id, instance, scope, request_id, season, started_at, "
                                                 "finished_at, state, error, request_count, release_count "
                                                 "FROM release_lookups WHERE id = ?"),
                                  {lookupId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Lookup>{};
    Lookup l;
    l.id = q.value().value(0).toLongLong();
    l.instance = q.value().value(1).toString();
    l.scope = LookupRequest::scopeFromName(q.value().value(2).toString()).value_or(LookupRequest::Scope::Movie);
    l.requestId = q.value().value(3).toLongLong();
    l.season = q.value().value(4).isNull() ? -1 : q.value().value(4).toInt();
    l.startedAt = readTime(q.value().value(5));
    l.finishedAt = readTime(q.value().value(6));
    l.state = q.value().value(7).toString();
    l.error = readText(q.value().value(8));
    l.requestCount = q.value().value(9).toInt();
    l.releaseCount = q.value().value(10).toInt();
    return std::optional<Lookup>(l);
}

} // namespace arrscore
