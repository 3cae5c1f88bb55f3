#include "upgrades/searchplanner.h"

#include "config/config.h"
#include "upgrades/searchstore.h"

namespace arrscore {

int SearchPlan::remainingAfter(const QString &instance) const
{
    int taken = 0;
    for (const UpgradeItem &item : chosen)
        taken += item.instance == instance ? 1 : 0;
    return std::max(0, caps.value(instance).remaining() - taken);
}

SearchPlan SearchPlanner::plan(const QList<UpgradeItem> &ranked, int limit,
                               const QHash<QString, SearchAllowance> &allowances, bool force, const QDateTime &now)
{
    SearchPlan plan;
    plan.forced = force;
    QHash<QString, int> room;
    for (auto it = allowances.constBegin(); it != allowances.constEnd(); ++it) {
        plan.caps.insert(it.key(), it->cap);
        room.insert(it.key(), it->cap.remaining());
    }
    for (const UpgradeItem &item : ranked) {
        if (limit > 0 && plan.chosen.size() >= limit)
            break;
        const auto allowance = allowances.constFind(item.instance);
        if (allowance == allowances.constEnd()) {
            plan.overCap.append(item); // an instance without an allowance has no room
            continue;
        }
        const QDateTime last = allowance->lastSearched.value(item.itemId);
        const bool cooling =
            allowance->cooldownDays > 0 && last.isValid() && last.addDays(allowance->cooldownDays) > now;
        if (cooling && !force) {
            plan.inCooldown.append({item, last, last.addDays(allowance->cooldownDays)});
            continue;
        }
        int &left = room[item.instance];
        if (left <= 0) {
            plan.overCap.append(item);
            continue;
        }
        --left;
        if (cooling)
            plan.forcedOver.append({item, last, last.addDays(allowance->cooldownDays)});
        plan.chosen.append(item);
    }
    return plan;
}

Result<QHash<QString, SearchAllowance>>
SearchPlanner::allowances(SearchStore &store, const QList<InstanceConfig> &instances, const QDateTime &now)
{
    QHash<QString, SearchAllowance> out;
    for (const InstanceConfig &instance : instances) {
        SearchAllowance allowance;
        Result<CapState> cap = store.cap(instance.name, instance.searchesPerHour, now);
        if (!cap)
            return cap.error();
        allowance.cap = *cap;
        allowance.cooldownDays = instance.searchCooldownDays;
        Result<QHash<qint64, QDateTime>> last = store.lastSearched(instance.name);
        if (!last)
            return last.error();
        allowance.lastSearched = *last;
        out.insert(instance.name, allowance);
    }
    return out;
}

QString SearchPlanner::summary(const SearchPlan &plan)
{
    QStringList parts;
    if (!plan.inCooldown.isEmpty())
        parts << tr("Skipped %n item(s) searched within their cooldown.", nullptr, int(plan.inCooldown.size()));
    if (!plan.forcedOver.isEmpty())
        parts << tr("--force: %n item(s) searched again within their cooldown.", nullptr, int(plan.forcedOver.size()));
    if (!plan.overCap.isEmpty())
        parts << tr("%n item(s) left out: the hourly cap of searches is reached.", nullptr, int(plan.overCap.size()));
    QStringList names = plan.caps.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        CapState after = plan.caps.value(name);
        after.used = after.limit - plan.remainingAfter(name);
        parts << tr("\"%1\": %2.").arg(name, after.text());
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace arrscore
