#pragma once

#include "base/error.h"
#include "upgrades/capstate.h"
#include "upgrades/upgradeitem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace arrscore {

class SearchStore;
struct InstanceConfig;

// What an instance allows now: its hourly cap's room and cooldown, and when each item was last searched.
struct SearchAllowance
{
    CapState cap;
    int cooldownDays = 7; // search_cooldown_days; 0 = none
    QHash<qint64, QDateTime> lastSearched;
};

// The items a search will send, and those it leaves out and why.
struct SearchPlan
{
    struct Skipped
    {
        UpgradeItem item;
        QDateTime lastSearched; // UTC
        QDateTime until;        // the cooldown ends
    };
    QList<UpgradeItem> chosen;     // in rank order, per instance within its cap
    QList<Skipped> inCooldown;     // passed over (never with force)
    QList<UpgradeItem> overCap;    // wanted but beyond an instance's hourly room
    QList<Skipped> forcedOver;     // in cooldown but taken because of force
    QHash<QString, CapState> caps; // per instance, before this search
    bool forced = false;

    // The room left per instance after sending `chosen`.
    int remainingAfter(const QString &instance) const;
};

// Chooses what to search for from ranked items: items in cooldown are skipped (unless force) and the
// next ones taken; no instance gets more than its hourly room (force never overrides that); at most
// `limit` items in all (0 = no limit).
class SearchPlanner
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SearchPlanner)

public:
    static SearchPlan plan(const QList<UpgradeItem> &ranked, int limit,
                           const QHash<QString, SearchAllowance> &allowances, bool force, const QDateTime &now);
    // Each instance's allowance, read from the store with its configured cap and cooldown.
    static Result<QHash<QString, SearchAllowance>>
    allowances(SearchStore &store, const QList<InstanceConfig> &instances, const QDateTime &now);
    // For people: "Skipped 3 items searched in the last 7 days; 12 of 25 searches left this hour."
    static QString summary(const SearchPlan &plan);
};

} // namespace arrscore
