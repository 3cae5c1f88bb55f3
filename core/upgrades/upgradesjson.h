#pragma once

#include "upgrades/itemcheck.h"
#include "upgrades/releaseinfo.h"
#include "upgrades/searchoutcomes.h"
#include "upgrades/searchrecord.h"

#include <QJsonObject>
#include <QList>

namespace arrscore {

// The JSON of `arrscore releases --json` and `arrscore searches --json` (issue 11, §4), shared by the
// CLI and the tests. Times are ISO 8601 UTC with milliseconds; absent values are null.
class UpgradesJson
{
public:
    // {"lookups": [...]}: per item instance, item_id, file_id, title, current_score, verdict, checked_at,
    // release_count, lookup_id, error, deferred_until, gain, pick (null or guid, indexer_id, title,
    // indexer, protocol, custom_format_score, custom_formats, quality, size_bytes, approved, rejections,
    // release_weight, age_minutes, seeders).
    static QJsonObject lookups(const QList<ItemCheck> &checks);
    static QJsonObject check(const ItemCheck &check);
    static QJsonObject release(const ReleaseInfo &release);
    // {"searches": [...]}: per search id, instance, sent_at, command_id, kind, state, message, forced,
    // ended_at, release (a grab: guid, indexer_id, title; else null) and items: [{item_id, file_id,
    // title, outcome, old_score, new_score, old_quality, new_quality}]. `outcomes`: those of
    // SearchOutcomes::classify(), matched to the searches by searchId.
    static QJsonObject searches(const QList<SearchRecord> &searches, const QList<ItemOutcome> &outcomes);
    static QJsonObject search(const SearchRecord &search, const QList<ItemOutcome> &outcomes);
    // {"searched": N, "upgraded": M, "pending", "unchanged", "median_gain"}.
    static QJsonObject summary(const OutcomeSummary &summary);
};

} // namespace arrscore
