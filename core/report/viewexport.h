#pragma once

#include "base/error.h"
#include "base/model.h"
#include "views/rowsource.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace arrscore {

class Database;

// One export, as `arrscore export` and the app's Export dialog both write it: a view of snapshots in CSV
// or JSON (Exporter), or the HTML report (ReportData, HtmlReport), to a device or to a file through a
// QSaveFile, so that a failed or cancelled export leaves any earlier file as it was.
class ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ViewExport)

public:
    enum class Format { Csv, Json, Html };

    // What to write.
    struct Source
    {
        QList<LibrarySnapshot> snapshots;       // the files of the view, or of the report
        QString view = QStringLiteral("files"); // Exporter::allViewNames(); the report has every view
        // Rows computed elsewhere (a small view as the app shows it), written instead of the view of
        // `snapshots`; called once per export, so that each export reads its own copy.
        std::function<std::unique_ptr<RowSource>()> rows;
        // The instances the JSON of `rows` names; without them, those of `snapshots`.
        QList<LibrarySnapshot> instances;
        // For the views of Exporter::databaseViewNames() and the report's trend and audit: this database,
        // or else the one at databaseLocation, opened on the thread that writes.
        Database *database = nullptr;
        QString databaseLocation;
        // The audit's loop window by instance (loop_window_days); 30 when absent.
        QHash<QString, int> loopWindowDays;
    };
    struct Options
    {
        Format format = Format::Csv;
        bool csvBom = false;
        // Rows written so far; returning false cancels (ErrorKind::Cancelled). The report is built
        // whole: it calls progress(0) once before writing. May run on a worker thread.
        std::function<bool(qint64 rows)> progress;
    };

    // `destination` names the output in messages. A report without its trend or its audit is still written,
    // and `warning` (if given) says, in sentences, what it lacks and why.
    static Status write(const Source &source, const Options &options, QIODevice *out, const QString &destination,
                        QString *warning = nullptr);
    static Status writeFile(const Source &source, const Options &options, const QString &path,
                            QString *warning = nullptr);
    static std::optional<Format> formatFromName(const QString &name); // "csv" | "json" | "html", any case
};

} // namespace arrscore
