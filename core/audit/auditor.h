#pragma once

#include "audit/auditrules.h"
#include "audit/finding.h"
#include "audit/findingindex.h"
#include "base/error.h"
#include "base/model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace arrscore {

class Database;

// Runs the audit on what is stored: for each instance its newest snapshot, the server history its syncs
// kept, and the profile and format edits in its snapshot history, through AuditRules. What the CLI's
// `arrscore audit`, the Audit view, the report's audit section and the `audit` export read.
class Auditor
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::Auditor)

public:
    struct Options
    {
        QStringList instances;              // empty: every instance with a snapshot
        QSet<FindingKind> kinds;            // empty: every kind
        QHash<QString, int> loopWindowDays; // by instance (loop_window_days); 30 when absent
        QDateTime now;                      // the end of the windows; now when invalid
        // The newest snapshot of every instance, when the caller has them already (the app): not read
        // again, which would hold a second copy of the library while the audit runs.
        std::optional<QList<LibrarySnapshot>> latest;
    };

    struct Outcome
    {
        QList<Finding> findings; // grouped by kind, then instance, then title
        // Per instance, what its server cannot tell (no scores in Sonarr v3, no grab scores before Radarr
        // 4.3.1, …) or that its history was never read (history_days: 0, or every read failed).
        QStringList notes;
    };

    explicit Auditor(Database &db);

    // A name in options.instances with no snapshot is an error of kind NotFound naming the synced ones.
    Result<Outcome> run(const Options &options);
    // The items with findings of the given instances (all when empty): run() with every kind, indexed.
    Result<FindingIndex> index(const Options &options);
    // The input AuditRules gets for one instance (for tests and for a view that reruns one rule).
    Result<AuditInput> input(const QString &instance, const LibrarySnapshot &latest, int loopWindowDays,
                             const QDateTime &now);

private:
    Database &m_db;
};

} // namespace arrscore
