#pragma once

#include "models/variantrows.h"
#include "upgrades/searchoutcomes.h"
#include "upgrades/searchrecord.h"

#include <QCoreApplication>
#include <QList>

namespace arrscore {

// The Searches view's tables as rows: the log of searches and grabs sent (one row each, with its items'
// outcomes counted), the items of one search with their outcome, and the success summary overall, per
// instance and per profile. Cells follow RowSource's conventions (times as QDateTime, null invalid).
class SearchRows
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SearchRows)
public:
    // sent_at, instance, kind, items, state, message, outcome, search_id (newest first, as given).
    static VariantRows log(const QList<SearchRecord> &searches, const QList<ItemOutcome> &outcomes);
    static QStringList logColumns();
    // title, item_id, outcome, score_before, score_after, gain, quality_before, quality_after.
    static VariantRows items(const SearchRecord &search, const QList<ItemOutcome> &outcomes);
    static QStringList itemColumns();
    // scope ("All", "Instance", "Profile"), name, searched, upgraded, pending, unchanged, median_gain.
    static VariantRows summary(const QList<ItemOutcome> &outcomes);
    static QStringList summaryColumns();
    // "3 upgraded, 2 pending, 1 unchanged" for the items of one search.
    static QString outcomeText(const QList<ItemOutcome> &outcomesOfOneSearch);
    // The kind in words: "Search (movies)", "Search (episodes)", "Grab".
    static QString kindText(SearchRecord::Kind kind);
};

} // namespace arrscore
