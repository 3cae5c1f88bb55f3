#pragma once

#include "base/model.h"
#include "views/rowsource.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <functional>
#include <memory>

namespace arrscore {

class Database;
class SnapshotStore;
struct Finding;

// Everything the HTML report shows, filled in one place (ReportData::build) so the report's writer
// knows no analysis and the CLI and the app hand it the same thing. Sections that this build or this
// database cannot provide stay empty, and the report says so instead of showing made-up figures.
struct ReportData
{
    QDateTime generatedAt;            // invalid = now
    QLocale locale;                   // the page formats numbers and dates in it; the default one when made
    QList<LibrarySnapshot> snapshots; // the latest snapshot of each instance: header, cards, files

    // The analysis, as JSON from the analysis API: {"health", "formats", "profiles", "counts"}.
    // Empty when not available.
    QJsonObject analysis;
    // The rows of the "candidates" export view, made when the report is written; empty when not available.
    std::function<std::unique_ptr<RowSource>(const QList<const LibrarySnapshot *> &)> candidateRows;
    // Mean score and candidates per sync, from the stored history; empty when there is none.
    QJsonObject trend;
    // The audit of the servers' own history (AuditJson::findings: {"findings", "notes"}) with "kinds": [{name,
    // title, description}] in the order the page groups them; empty when there is none.
    QJsonObject audit;

    QList<const LibrarySnapshot *> snapshotPointers() const;

    // The report of these snapshots: files, and the analyses this build has.
    static ReportData build(QList<LibrarySnapshot> snapshots);
    // Adds the trend of the stored history (at most maxSnapshots per instance). Errors are not fatal to a
    // report: the caller may warn and go on without a trend.
    QString addHistory(SnapshotStore &store, int maxSnapshots = 12);
    // Adds the audit of the snapshots' instances (loop_window_days by instance, 30 when absent). As with the
    // trend, an error is returned for the caller to report, and the report goes on without an audit.
    QString addAudit(Database &db, const QHash<QString, int> &loopWindowDays = {});
    // The "audit" object of these findings and notes, with the kinds' titles and descriptions.
    static QJsonObject auditObject(const QList<Finding> &findings, const QStringList &notes);
};

} // namespace arrscore
