#pragma once

#include "upgrades/releaseinfo.h"
#include "upgrades/releaseverdict.h"
#include "upgrades/upgradeitem.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace arrscore {

// The outcome of checking one item for better releases: its verdict, the pick, and when. What the
// candidates view's "Best available" and "Checked" columns show and `releases --json` writes.
struct ItemCheck
{
    UpgradeItem item;
    Verdict verdict = Verdict::NoReleases;
    qint64 lookupId = 0;  // the stored lookup; 0 for a deferred item (none was made)
    QDateTime checkedAt;  // when the lookup finished (UTC); invalid for a deferred item
    int releaseCount = 0; // releases that count for the item
    std::optional<ReleaseInfo> pick;
    QString error;           // Failed: the reason, in words
    QDateTime deferredUntil; // Deferred: when the cap lets it run (UTC)

    // The pick's score minus the file's; null without a pick or either score.
    std::optional<qint64> gain() const;
};

} // namespace arrscore
