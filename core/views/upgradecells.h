#pragma once

#include "upgrades/itemcheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace arrscore {

// The words and sort keys of the candidates view's "Best available", "Checked" and "Last searched" cells and
// of the detail pane's release list, shared so both say the same.
class UpgradeCells
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::UpgradeCells)
public:
    // "+1,250 (3,400)": the gain over the file and the pick's score, for a Better verdict with scores; else
    // the verdict in words: "Better available", "Rejected better: <first rejection>", "Nothing better",
    // "No releases", "Failed", "Deferred until 14:05".
    static QString bestAvailable(const ItemCheck &check, std::optional<qint64> gain);
    // Everything known of it, on several lines: the pick's title, indexer, score, rejections, the error.
    static QString bestAvailableToolTip(const ItemCheck &check, std::optional<qint64> gain);
    // Better verdicts first by gain, then rejected better ones, nothing better, no releases, deferred, failed.
    static double bestAvailableKey(const ItemCheck &check, std::optional<qint64> gain);
    // "just now", "5 min ago", "3 h ago", then the local date and time in the locale's short format.
    static QString relativeTime(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "+1,250", "−300", "0" in the locale's digits.
    static QString signedNumber(qint64 value);
};

} // namespace arrscore
