#include "upgrades/upgradesjson.h"

#include "base/model.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QPair>

namespace arrscore {

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonValue optionalJson(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textJson(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

using OutcomeIndex = QHash<QPair<qint64, qint64>, const ItemOutcome *>; // (search, item) → outcome

OutcomeIndex indexOf(const QList<ItemOutcome> &outcomes)
{
    OutcomeIndex index;
    for (const ItemOutcome &o : outcomes)
        index.insert({o.searchId, o.item.itemId}, &o);
    return index;
}

QJsonObject searchJson(const SearchRecord &s, const OutcomeIndex &outcomes);

} // namespace

QJsonObject UpgradesJson::release(const ReleaseInfo &r)
{
    QJsonArray formats;
    for (const FormatRef &f : r.customFormats)
        formats.append(f.name);
    QJsonObject o;
    o.insert(QStringLiteral("guid"), r.guid);
    o.insert(QStringLiteral("indexer_id"), r.indexerId);
    o.insert(QStringLiteral("title"), r.title);
    o.insert(QStringLiteral("indexer"), r.indexer);
    o.insert(QStringLiteral("protocol"), textJson(r.protocol));
    o.insert(QStringLiteral("custom_format_score"), optionalJson(r.customFormatScore));
    o.insert(QStringLiteral("custom_formats"), formats);
    o.insert(QStringLiteral("quality"), r.quality);
    o.insert(QStringLiteral("size_bytes"), double(r.sizeBytes));
    o.insert(QStringLiteral("approved"), r.approved);
    o.insert(QStringLiteral("rejections"), QJsonArray::fromStringList(r.rejections));
    o.insert(QStringLiteral("release_weight"), r.releaseWeight);
    o.insert(QStringLiteral("age_minutes"), optionalJson(r.ageMinutes));
    o.insert(QStringLiteral("seeders"), optionalJson(r.seeders));
    return o;
}

QJsonObject UpgradesJson::check(const ItemCheck &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("instance"), c.item.instance);
    o.insert(QStringLiteral("item_id"), double(c.item.itemId));
    o.insert(QStringLiteral("file_id"), c.item.fileId > 0 ? QJsonValue(double(c.item.fileId)) : QJsonValue());
    o.insert(QStringLiteral("title"), c.item.title);
    o.insert(QStringLiteral("current_score"), optionalJson(c.item.currentScore));
    o.insert(QStringLiteral("verdict"), ReleaseVerdict::name(c.verdict));
    o.insert(QStringLiteral("checked_at"), timeJson(c.checkedAt));
    o.insert(QStringLiteral("release_count"), c.releaseCount);
    o.insert(QStringLiteral("lookup_id"), c.lookupId > 0 ? QJsonValue(double(c.lookupId)) : QJsonValue());
    o.insert(QStringLiteral("error"), textJson(c.error));
    o.insert(QStringLiteral("deferred_until"), timeJson(c.deferredUntil));
    o.insert(QStringLiteral("gain"), optionalJson(c.gain()));
    o.insert(QStringLiteral("pick"), c.pick ? QJsonValue(release(*c.pick)) : QJsonValue());
    return o;
}

QJsonObject UpgradesJson::lookups(const QList<ItemCheck> &checks)
{
    QJsonArray list;
    for (const ItemCheck &c : checks)
        list.append(check(c));
    return QJsonObject{{QStringLiteral("lookups"), list}};
}

QJsonObject UpgradesJson::search(const SearchRecord &s, const QList<ItemOutcome> &outcomes)
{
    return searchJson(s, indexOf(outcomes));
}

namespace {

QJsonObject searchJson(const SearchRecord &s, const OutcomeIndex &outcomes)
{
    QJsonArray items;
    for (const SearchedItem &item : s.items) {
        const ItemOutcome *outcome = outcomes.value({s.id, item.itemId});
        QJsonObject i;
        i.insert(QStringLiteral("item_id"), double(item.itemId));
        i.insert(QStringLiteral("file_id"), item.fileId > 0 ? QJsonValue(double(item.fileId)) : QJsonValue());
        i.insert(QStringLiteral("title"), item.title);
        i.insert(QStringLiteral("outcome"),
                 outcome ? QJsonValue(SearchOutcomes::name(outcome->outcome)) : QJsonValue());
        i.insert(QStringLiteral("old_score"), optionalJson(item.score));
        i.insert(QStringLiteral("new_score"), outcome ? optionalJson(outcome->newScore) : QJsonValue());
        i.insert(QStringLiteral("old_quality"), textJson(item.quality));
        i.insert(QStringLiteral("new_quality"), outcome ? textJson(outcome->newQuality) : QJsonValue());
        items.append(i);
    }
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(s.id));
    o.insert(QStringLiteral("instance"), s.instance);
    o.insert(QStringLiteral("sent_at"), timeJson(s.sentAt));
    o.insert(QStringLiteral("command_id"), optionalJson(s.commandId));
    o.insert(QStringLiteral("kind"), SearchRecord::kindName(s.kind));
    o.insert(QStringLiteral("state"), s.state);
    o.insert(QStringLiteral("message"), textJson(s.message));
    o.insert(QStringLiteral("forced"), s.forced);
    o.insert(QStringLiteral("ended_at"), timeJson(s.endedAt));
    if (s.kind == SearchRecord::Kind::Grab)
        o.insert(QStringLiteral("release"), QJsonObject{{QStringLiteral("guid"), s.releaseGuid},
                                                        {QStringLiteral("indexer_id"), s.indexerId},
                                                        {QStringLiteral("title"), s.releaseTitle}});
    else
        o.insert(QStringLiteral("release"), QJsonValue());
    o.insert(QStringLiteral("items"), items);
    return o;
}

} // namespace

QJsonObject UpgradesJson::searches(const QList<SearchRecord> &searches, const QList<ItemOutcome> &outcomes)
{
    const OutcomeIndex index = indexOf(outcomes);
    QJsonArray list;
    for (const SearchRecord &s : searches)
        list.append(searchJson(s, index));
    return QJsonObject{{QStringLiteral("searches"), list}};
}

QJsonObject UpgradesJson::summary(const OutcomeSummary &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("searched"), s.searched);
    o.insert(QStringLiteral("upgraded"), s.upgraded);
    o.insert(QStringLiteral("pending"), s.pending);
    o.insert(QStringLiteral("unchanged"), s.unchanged);
    o.insert(QStringLiteral("median_gain"), optionalJson(s.medianGain));
    return o;
}

} // namespace arrscore
