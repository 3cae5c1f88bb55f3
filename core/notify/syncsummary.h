#pragma once

#include "base/model.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

// One upgrade of a sync, for the "biggest upgrades" list: the item and its score before and after.
struct UpgradeLine
{
    QString instanceName;
    QString title; // "Title (2020)" or "Series S01E02"
    std::optional<int> before;
    std::optional<int> after;
    int gain() const { return before && after ? *after - *before : 0; }
};

// A profile or format edit that re-scored files, in words ("profile HD: x265 10→-10"), with how many.
struct RescoreCause
{
    QString text;
    int files = 0;
};

// What one instance's sync changed, from its previous snapshot to the one just stored, or why it failed.
struct InstanceSummary
{
    QString name;
    InstanceType type = InstanceType::Radarr;
    bool failed = false;
    QString error;           // failed: the actionable reason, as the sync reported it (never a key)
    qint64 fromSnapshot = 0; // 0 on the first sync of the instance: nothing to compare with
    qint64 toSnapshot = 0;
    int files = 0; // files in the new snapshot
    int upgraded = 0;
    int downgraded = 0;
    int replaced = 0;
    int rescored = 0;
    int added = 0;
    int removed = 0;
    int newCandidates = 0;             // upgrade candidates now that were not before
    int resolvedCandidates = 0;        // candidates before that are not any more
    QList<RescoreCause> rescoreCauses; // most files first
    QList<UpgradeLine> upgrades;       // biggest gain first, at most SyncSummary::kMaxUpgrades

    bool isFirstSync() const { return !failed && fromSnapshot == 0; }
    // Files that changed: upgraded + downgraded + replaced + rescored + added + removed.
    int changeCount() const;
};

// What a sync run did, for notifications: built by SyncSummaryBuilder after the snapshots are stored.
struct SyncSummary
{
    static constexpr int kMaxUpgrades = 10;

    QDateTime finishedAt; // UTC
    QList<InstanceSummary> instances;
    QString reportPath;  // the HTML report written in the same run (absolute), empty when none
    bool sample = false; // `notify --test`: made-up numbers, said so in every message

    int changeCount() const; // over all instances
    int failureCount() const;
    int count(int InstanceSummary::*field) const; // one counter summed over all instances
    // Nothing changed and nothing failed: nothing is sent.
    bool isQuiet() const { return changeCount() == 0 && failureCount() == 0; }
    // Every instance's biggest upgrades together, biggest gain first, at most kMaxUpgrades.
    QList<UpgradeLine> biggestUpgrades() const;
};

} // namespace arrscore
