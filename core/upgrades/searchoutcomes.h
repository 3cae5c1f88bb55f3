#pragma once

#include "base/model.h"
#include "upgrades/searchrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace arrscore {

// What became of one searched or grabbed item, judged from the latest synced snapshot:
//   Upgraded   the item has a new file (another file id), synced after the search, with a higher score or
//              a better quality (higher rank in its profile; higher resolution when the profile is unknown)
//   Pending    nothing new yet, and still within the cooldown (one day when search_cooldown_days is 0)
//   Unchanged  nothing new, and the cooldown is over
enum class Outcome { Upgraded, Pending, Unchanged };

struct ItemOutcome
{
    QString instance;
    qint64 searchId = 0;
    SearchedItem item; // as it was when searched
    Outcome outcome = Outcome::Pending;
    std::optional<int> newScore; // Upgraded: the new file's score
    QString newQuality;          // Upgraded: the new file's quality
    QString profile;             // the item's profile now (or its id in words when unknown)

    // newScore − old score; null unless both are known.
    std::optional<qint64> gain() const;
};

// Searched N (distinct items), upgraded M, the median score gain of the upgraded ones.
struct OutcomeSummary
{
    int searched = 0;
    int upgraded = 0;
    int pending = 0;
    int unchanged = 0;
    std::optional<double> medianGain;
};

// Classifies searched items against the synced snapshots, and sums them up per instance and profile.
class SearchOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SearchOutcomes)

public:
    // The outcome of each item of `search`, in its order. `latest`: the latest snapshot of each instance
    // (others are ignored); cooldownDays: the instance's search_cooldown_days.
    static QList<ItemOutcome> classify(const SearchRecord &search, const QList<const LibrarySnapshot *> &latest,
                                       int cooldownDays, const QDateTime &now);
    // Each item counted once, with its best outcome (upgraded over pending over unchanged) and the gain of
    // its latest upgrade.
    static OutcomeSummary summarize(const QList<ItemOutcome> &outcomes);
    static QMap<QString, OutcomeSummary> byInstance(const QList<ItemOutcome> &outcomes);
    static QMap<QString, OutcomeSummary> byProfile(const QList<ItemOutcome> &outcomes);

    // "upgraded" | "pending" | "unchanged", as in JSON.
    static QString name(Outcome outcome);
    // Translated: "Upgraded", "Pending", "Unchanged".
    static QString text(Outcome outcome);
    // "Searched 40, upgraded 12 (median gain +1,500)".
    static QString summaryText(const OutcomeSummary &summary);
};

} // namespace arrscore
