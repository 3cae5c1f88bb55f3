#pragma once

#include "base/error.h"
#include "base/model.h"
#include "notify/syncsummary.h"

#include <QCoreApplication>
#include <QString>

namespace arrscore {

class Database;

// Builds a SyncSummary from what is stored: each synced instance's new snapshot is compared with the one
// before it (SnapshotDiffer), and the upgrade candidates of both are compared (CandidateFinder).
// Runs on the thread that owns the database connection.
class SyncSummaryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SyncSummaryBuilder)

public:
    explicit SyncSummaryBuilder(Database &db) : m_db(db) {}

    // An instance synced into snapshotId: compared with its previous snapshot, if any.
    Status addSynced(const QString &instanceName, qint64 snapshotId);
    // An instance whose sync failed, with the reason to show.
    void addFailed(const QString &instanceName, InstanceType type, const QString &reason);
    void setReportPath(const QString &path);

    SyncSummary summary() const { return m_summary; }

    // A made-up summary for `notify --test` and the app's Test button: two instances, one failed.
    static SyncSummary sample();

private:
    Database &m_db;
    SyncSummary m_summary;
};

} // namespace arrscore
