#pragma once

#include <QCoreApplication>

#include "upgrades/itemcheck.h"
#include "upgrades/releaseinfo.h"

#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

namespace arrscore {

// What `releases` and `grab` print about checked items and their releases: per item its verdict and the
// pick (score against the file's, gain, title, indexer, and the rejections of a rejected one).
class LookupPrinter
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::LookupPrinter)

public:
    // A block per item, in the given order, and a line counting the verdicts.
    static void print(QTextStream &out, const QList<ItemCheck> &checks);
    // "3,450 vs the file's 1,200 (+2,250)"; "?" for an unknown score.
    static QString scoreText(const ReleaseInfo &release, std::optional<int> currentScore);
    // '"Title" from Indexer: 3,450 vs the file's 1,200 (+2,250), Bluray-2160p, 45.2 GB'.
    static QString releaseText(const ReleaseInfo &release, std::optional<int> currentScore);
    // "Heat (1995) (movie 12 on "movies")".
    static QString itemText(const UpgradeItem &item);
};

} // namespace arrscore
