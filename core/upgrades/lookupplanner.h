#pragma once

#include "upgrades/lookuprequest.h"
#include "upgrades/upgradeitem.h"

#include <QList>

namespace arrscore {

// Turns chosen items into as few release lookups as the servers allow: one per movie (Radarr); per
// (series, season) of Sonarr one per episode when one episode is chosen, else one season lookup.
// Requests come per instance in the order their first item appears, and within it in item order.
class LookupPlanner
{
public:
    // Items without a positive id (or, for Sonarr, without series and season) are left out and counted
    // in *skipped when given. Each (instance, item) is looked up once.
    static QList<LookupRequest> plan(const QList<UpgradeItem> &items, int *skipped = nullptr);
};

} // namespace arrscore
