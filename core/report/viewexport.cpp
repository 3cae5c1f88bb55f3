#include "report/viewexport.h"

#include "export/exporter.h"
#include "report/htmlreport.h"
#include "report/reportdata.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"

#include <QSaveFile>

namespace arrscore {

namespace {

// The database the source names, opened here when it gives only a location.
struct SourceDatabase
{
    explicit SourceDatabase(const ViewExport::Source &source) : db(source.database)
    {
        if (db)
            return;
        opened = Database::open(source.databaseLocation);
        if (opened)
            db = opened->get();
    }
    Database *db = nullptr;
    Result<std::unique_ptr<Database>> opened = std::unique_ptr<Database>();
};

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error{ErrorKind::Storage, ViewExport::tr("Cannot write %1: %2").arg(path, reason)};
}

} // namespace

std::optional<ViewExport::Format> ViewExport::formatFromName(const QString &name)
{
    if (name.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0)
        return Format::Html;
    const std::optional<ExportFormat> format = Exporter::formatFromName(name);
    if (!format)
        return std::nullopt;
    return *format == ExportFormat::Csv ? Format::Csv : Format::Json;
}

Status ViewExport::write(const Source &source, const Options &options, QIODevice *out, const QString &destination,
                         QString *warning)
{
    if (options.format == Format::Html) {
        ReportData report = ReportData::build(source.snapshots);
        // The trend and the audit are a bonus: without a readable history, the report has neither.
        const SourceDatabase db(source);
        QStringList missing;
        if (db.db) {
            SnapshotStore store(*db.db);
            if (const QString error = report.addHistory(store); !error.isEmpty())
                missing << tr("The report has no trend: %1").arg(error);
            if (const QString error = report.addAudit(*db.db, source.loopWindowDays); !error.isEmpty())
                missing << tr("The report has no audit: %1").arg(error);
        } else {
            missing << tr("The report has no trend and no audit: %1").arg(db.opened.error().message);
        }
        if (warning)
            *warning = missing.join(QLatin1Char('\n'));
        if (options.progress && !options.progress(0))
            return Error{ErrorKind::Cancelled, tr("the export was cancelled")};
        return HtmlReport::write(report, out, destination);
    }
    ExportOptions exportOptions;
    exportOptions.format = options.format == Format::Json ? ExportFormat::Json : ExportFormat::Csv;
    exportOptions.view = source.view;
    exportOptions.csvBom = options.csvBom;
    exportOptions.destination = destination;
    exportOptions.progress = options.progress;
    exportOptions.loopWindowDays = source.loopWindowDays;
    if (source.rows) {
        const std::unique_ptr<RowSource> rows = source.rows();
        const QList<LibrarySnapshot> &instances = source.instances.isEmpty() ? source.snapshots : source.instances;
        return Exporter::writeRows(*rows, snapshotPointers(instances), exportOptions, out);
    }
    // history, audit and compare are not functions of the latest snapshots: they read what earlier syncs stored.
    if (Exporter::databaseViewNames().contains(source.view)) {
        const SourceDatabase db(source);
        if (!db.db)
            return db.opened.error();
        return Exporter::writeFromDatabase(*db.db, source.snapshots, exportOptions, out);
    }
    return Exporter::write(source.snapshots, exportOptions, out);
}

Status ViewExport::writeFile(const Source &source, const Options &options, const QString &path, QString *warning)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    Status status = write(source, options, &file, path, warning);
    if (!status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return Status::success();
}

} // namespace arrscore
