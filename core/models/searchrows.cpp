#include "models/searchrows.h"

#include <QHash>

namespace arrscore {

namespace {

QHash<qint64, QList<ItemOutcome>> bySearch(const QList<ItemOutcome> &outcomes)
{
    QHash<qint64, QList<ItemOutcome>> grouped;
    for (const ItemOutcome &o : outcomes)
        grouped[o.searchId].append(o);
    return grouped;
}

QVariant optional(const std::optional<int> &value)
{
    return value ? QVariant(qint64(*value)) : QVariant();
}

QVariantList summaryRow(const QString &scope, const QString &name, const OutcomeSummary &s)
{
    return {scope,
            name,
            qint64(s.searched),
            qint64(s.upgraded),
            qint64(s.pending),
            qint64(s.unchanged),
            s.medianGain ? QVariant(*s.medianGain) : QVariant()};
}

} // namespace

QStringList SearchRows::logColumns()
{
    return {QStringLiteral("sent_at"), QStringLiteral("instance"), QStringLiteral("kind"),
            QStringLiteral("items"),   QStringLiteral("state"),    QStringLiteral("message"),
            QStringLiteral("outcome"), QStringLiteral("search_id")};
}

QStringList SearchRows::itemColumns()
{
    return {QStringLiteral("title"),          QStringLiteral("item_id"),      QStringLiteral("outcome"),
            QStringLiteral("score_before"),   QStringLiteral("score_after"),  QStringLiteral("gain"),
            QStringLiteral("quality_before"), QStringLiteral("quality_after")};
}

QStringList SearchRows::summaryColumns()
{
    return {QStringLiteral("scope"),      QStringLiteral("name"),    QStringLiteral("searched"),
            QStringLiteral("upgraded"),   QStringLiteral("pending"), QStringLiteral("unchanged"),
            QStringLiteral("median_gain")};
}

QString SearchRows::kindText(SearchRecord::Kind kind)
{
    switch (kind) {
    case SearchRecord::Kind::MoviesSearch:
        return tr("Search (movies)");
    case SearchRecord::Kind::EpisodeSearch:
        return tr("Search (episodes)");
    case SearchRecord::Kind::Grab:
        return tr("Grab");
    }
    return {};
}

QString SearchRows::outcomeText(const QList<ItemOutcome> &outcomesOfOneSearch)
{
    int upgraded = 0;
    int pending = 0;
    int unchanged = 0;
    for (const ItemOutcome &o : outcomesOfOneSearch) {
        upgraded += o.outcome == Outcome::Upgraded;
        pending += o.outcome == Outcome::Pending;
        unchanged += o.outcome == Outcome::Unchanged;
    }
    QStringList parts;
    if (upgraded > 0)
        parts << tr("%n upgraded", nullptr, upgraded);
    if (pending > 0)
        parts << tr("%n pending", nullptr, pending);
    if (unchanged > 0)
        parts << tr("%n unchanged", nullptr, unchanged);
    return parts.join(QStringLiteral(", "));
}

VariantRows SearchRows::log(const QList<SearchRecord> &searches, const QList<ItemOutcome> &outcomes)
{
    const QHash<qint64, QList<ItemOutcome>> grouped = bySearch(outcomes);
    QList<QVariantList> rows;
    rows.reserve(searches.size());
    for (const SearchRecord &s : searches) {
        QString message = s.message;
        if (s.kind == SearchRecord::Kind::Grab && !s.releaseTitle.isEmpty())
            message = message.isEmpty() ? s.releaseTitle : s.releaseTitle + QStringLiteral(" — ") + message;
        if (s.forced)
            message = tr("cooldown overridden") + (message.isEmpty() ? QString() : QStringLiteral("; ") + message);
        rows.append({s.sentAt, s.instance, kindText(s.kind), qint64(s.items.size()), s.state, message,
                     outcomeText(grouped.value(s.id)), s.id});
    }
    return VariantRows(logColumns(), std::move(rows));
}

VariantRows SearchRows::items(const SearchRecord &search, const QList<ItemOutcome> &outcomes)
{
    QHash<qint64, ItemOutcome> byItem;
    for (const ItemOutcome &o : outcomes) {
        if (o.searchId == search.id)
            byItem.insert(o.item.itemId, o);
    }
    QList<QVariantList> rows;
    for (const SearchedItem &item : search.items) {
        const auto o = byItem.constFind(item.itemId);
        const bool known = o != byItem.cend();
        const bool upgraded = known && o->outcome == Outcome::Upgraded;
        const std::optional<qint64> gain = known ? o->gain() : std::nullopt;
        rows.append({item.title.isEmpty() ? QString::number(item.itemId) : item.title, item.itemId,
                     known ? SearchOutcomes::text(o->outcome) : QVariant(), optional(item.score),
                     upgraded ? optional(o->newScore) : QVariant(), upgraded && gain ? QVariant(*gain) : QVariant(),
                     item.quality, upgraded ? QVariant(o->newQuality) : QVariant()});
    }
    return VariantRows(itemColumns(), std::move(rows));
}

VariantRows SearchRows::summary(const QList<ItemOutcome> &outcomes)
{
    QList<QVariantList> rows;
    rows.append(summaryRow(tr("All"), tr("Every instance"), SearchOutcomes::summarize(outcomes)));
    const QMap<QString, OutcomeSummary> instances = SearchOutcomes::byInstance(outcomes);
    for (auto it = instances.cbegin(); it != instances.cend(); ++it)
        rows.append(summaryRow(tr("Instance"), it.key(), it.value()));
    const QMap<QString, OutcomeSummary> profiles = SearchOutcomes::byProfile(outcomes);
    for (auto it = profiles.cbegin(); it != profiles.cend(); ++it)
        rows.append(summaryRow(tr("Profile"), it.key(), it.value()));
    return VariantRows(summaryColumns(), std::move(rows));
}

} // namespace arrscore
