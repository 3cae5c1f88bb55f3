#include "upgrades/upgradesjson.h"

namespace arrscore {

QJsonObject UpgradesJson::lookups(const QList<ItemCheck> &)
{
    return {};
}

QJsonObject UpgradesJson::check(const ItemCheck &)
{
    return {};
}

QJsonObject UpgradesJson::release(const ReleaseInfo &)
{
    return {};
}

QJsonObject UpgradesJson::searches(const QList<SearchRecord> &, const QList<ItemOutcome> &)
{
    return {};
}

QJsonObject UpgradesJson::search(const SearchRecord &, const QList<ItemOutcome> &)
{
    return {};
}

QJsonObject UpgradesJson::summary(const OutcomeSummary &)
{
    return {};
}

} // namespace arrscore
