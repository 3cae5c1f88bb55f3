#include "notify/syncsummary.h"

#include <algorithm>

namespace arrscore {

int InstanceSummary::changeCount() const
{
    return upgraded + downgraded + replaced + rescored + added + removed;
}

int SyncSummary::changeCount() const
{
    int total = 0;
    for (const InstanceSummary &instance : instances)
        total += instance.changeCount();
    return total;
}

int SyncSummary::failureCount() const
{
    return int(std::count_if(instances.cbegin(), instances.cend(),
                             [](const InstanceSummary &instance) { return instance.failed; }));
}

int SyncSummary::count(int InstanceSummary::*field) const
{
    int total = 0;
    for (const InstanceSummary &instance : instances)
        total += instance.*field;
    return total;
}

QList<UpgradeLine> SyncSummary::biggestUpgrades() const
{
    QList<UpgradeLine> all;
    for (const InstanceSummary &instance : instances)
        all += instance.upgrades;
    std::stable_sort(all.begin(), all.end(),
                     [](const UpgradeLine &a, const UpgradeLine &b) { return a.gain() > b.gain(); });
    if (all.size() > kMaxUpgrades)
        all.resize(kMaxUpgrades);
    return all;
}

} // namespace arrscore
