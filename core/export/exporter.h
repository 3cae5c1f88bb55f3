#pragma once

#include "base/error.h"
#include "base/model.h"
#include "views/rowsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace arrscore {

class Database;

enum class ExportFormat { Json, Csv };

struct ExportOptions
{
    ExportFormat format = ExportFormat::Json;
    QString view = QStringLiteral("files"); // see Exporter::viewNames()
    QStringList instances;                  // only these instances; empty = all
    bool csvBom = false;                    // a UTF-8 byte order mark, for Excel
    QDateTime generatedAt;                  // JSON "generated_at"; invalid = now
    QString destination;                    // names the output in messages; default: the file's name
    QHash<QString, int> loopWindowDays;     // the "audit" view: loop_window_days by instance; 30 when absent
    // Called every few hundred rows with the rows written so far; returning false cancels the export,
    // which then fails with ErrorKind::Cancelled. May run on a worker thread.
    std::function<bool(qint64 rows)> progress;
};

// Writes snapshots as one of the export views (a set of columns, see FileColumns) in JSON or CSV,
// streamed row by row to a device, so that a 100,000-file library needs no second copy in memory.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::Exporter)

public:
    // JSON: {"generated_at", "view", "instances": [{name, type, version, snapshot_id, synced_at,
    // scores_available}], "<view>": [{column: value, ...}, ...]}. CSV: a header row and one row per item.
    static Status write(const QList<LibrarySnapshot> &snapshots, const ExportOptions &options, QIODevice *out);

    // Writes rows computed elsewhere (a view that is not a function of the snapshots alone, such as
    // history) with the same JSON envelope, CSV rules and error handling. `instances` fills the JSON
    // "instances" list; their files are not read.
    static Status writeRows(RowSource &rows, const QList<const LibrarySnapshot *> &instances,
                            const ExportOptions &options, QIODevice *out);
    // The "history" view (HistoryRows) for the instances of `snapshots`, which fill the JSON
    // "instances" list; a reading error is returned even after some rows were written.
    static Status writeHistory(Database &db, const QList<LibrarySnapshot> &snapshots, const ExportOptions &options,
                               QIODevice *out);
    // A view of databaseViewNames() for the instances of `snapshots`: "history" as writeHistory, "audit" and
    // "compare" (AuditViews) from the server history and catalogue ids the syncs stored.
    static Status writeFromDatabase(Database &db, const QList<LibrarySnapshot> &snapshots, const ExportOptions &options,
                                    QIODevice *out);
    static std::optional<ExportFormat> formatFromName(const QString &name); // "json" | "csv", any case
    static QString formatName(ExportFormat format);
    // The views computed from the latest snapshots alone (write()).
    static QStringList viewNames();
    // The views that read what earlier syncs stored as well (writeFromDatabase()): history, audit, compare.
    static QStringList databaseViewNames();
    // Both, as `arrscore export --view` and docs/EXPORT.md list them.
    static QStringList allViewNames();
};

} // namespace arrscore
