#pragma once

#include "base/error.h"
#include "base/retentionpolicy.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

// Which snapshots prune() deletes. The latest complete snapshot of an instance is always kept.
struct PruneRule
{
    std::optional<int> keep;         // keep the newest N of each instance
    std::optional<QDateTime> before; // delete those that finished before this time
    QString instanceName;            // only this instance; empty: all
    // Keeps only what the policy's windows keep (see RetentionPolicy); with keep or before, a snapshot is
    // deleted when any of them chooses it.
    std::optional<RetentionPolicy> retention;
    QDateTime now; // the retention windows end here; invalid: the current time
};

struct PruneResult
{
    QList<qint64> deletedSnapshots;
    qint64 fileRows = 0; // version rows deleted, per table
    qint64 profileRows = 0;
    qint64 formatRows = 0;
};

// Applies retention in one transaction: deletes snapshots and every version row that no kept snapshot
// still uses, and moves the bounds of the rows that remain to kept snapshots, so that each kept
// snapshot reconstructs exactly as before.
class SnapshotPruner
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SnapshotPruner)

public:
    explicit SnapshotPruner(Database &db) : m_db(db) {}

    Result<PruneResult> prune(const PruneRule &rule);
    // After a sync: applies policy to one instance. Nothing is done (and nothing locked) when the policy
    // is not set.
    Result<PruneResult> applyRetention(const RetentionPolicy &policy, const QString &instanceName);

private:
    Result<QList<qint64>> choose(const PruneRule &rule);
    Result<qint64> pruneTable(const QString &table);
    Status exec(QSqlQuery &q, const QString &sql, const QVariantList &values = {});
    Error failed(const QSqlQuery &q) const;

    Database &m_db;
};

} // namespace arrscore
