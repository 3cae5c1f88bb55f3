#include "upgrades/searchplanner.h"

#include "config/config.h"
#include "upgrades/searchstore.h"

namespace arrscore {

int SearchPlan::remainingAfter(const QString &instance) const
{
    return caps.value(instance).remaining();
}

SearchPlan SearchPlanner::plan(const QList<UpgradeItem> &, int, const QHash<QString, SearchAllowance> &, bool force,
                               const QDateTime &)
{
    SearchPlan plan;
    plan.forced = force;
    return plan;
}

Result<QHash<QString, SearchAllowance>> SearchPlanner::allowances(SearchStore &, const QList<InstanceConfig> &,
                                                                  const QDateTime &)
{
    return QHash<QString, SearchAllowance>{};
}

QString SearchPlanner::summary(const SearchPlan &)
{
    return {};
}

} // namespace arrscore
