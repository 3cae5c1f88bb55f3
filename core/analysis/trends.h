#pragma once

#include "base/error.h"
#include "base/model.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

class SnapshotStore;

// One sync of one instance as a point of a trend.
struct TrendPoint
{
    qint64 snapshotId = 0;
    QString instance;
    QDateTime syncedAt; // finishedAt, UTC
    int files = 0;
    int scoredFiles = 0;
    std::optional<double> meanScore; // of the scored files
    int candidates = 0;              // CandidateFinder's candidates (capped files not included)
    std::optional<int> upgrades;     // files that replaced another file of the same movie or episode since
                                     // the previous point of this instance; null for an instance's first point
};

struct WeeklyUpgrades
{
    QDate weekStart; // a Monday, UTC
    int upgrades = 0;
};

struct TrendReport
{
    QList<TrendPoint> points;              // in the order added (oldest first per instance)
    QList<WeeklyUpgrades> upgradesPerWeek; // by week, every instance together
};

// Mean score, candidate count and upgrades across snapshots, one snapshot at a time, so that only one
// library is in memory whatever the number of snapshots.
class Trends
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::Trends)

public:
    // The newest snapshots loaded per instance: half a year of weekly syncs. Older ones are not read.
    static constexpr int defaultMaxSnapshots = 26;

    // Snapshots of one instance must come oldest first.
    void add(const LibrarySnapshot &snapshot);
    TrendReport result() const;

    // Reads the newest maxSnapshots snapshots of an instance (of every instance when the name is empty)
    // through the store and adds them. Snapshots found in `loaded` (by id) are used as they are.
    static Result<TrendReport> load(SnapshotStore &store, const QString &instanceName = {},
                                    int maxSnapshots = defaultMaxSnapshots, const QList<LibrarySnapshot> &loaded = {});

private:
    QHash<QString, QHash<QString, qint64>> m_previous; // instance → movie/episode key → file id
    QList<TrendPoint> m_points;
};

} // namespace arrscore
