#include "exportrunner.h"

#include "storage/database.h"
#include "export/exporter.h"
#include "report/htmlreport.h"
#include "report/reportdata.h"
#include "storage/snapshotstore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace arrscore {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ExportDialog)
};

} // namespace

ExportDialog::Runner exportRunner(ExportData data)
{
    return [data = std::move(data)](const ExportDialog::Request &request,
                                    const std::function<bool(qint64)> &progress) -> Status {
        QSaveFile file(request.path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{ErrorKind::Storage, Tr::tr("Cannot write %1: %2").arg(request.path, file.errorString())};
        const QList<LibrarySnapshot> &snapshots = request.everything ? data.all : data.shown;
        Status status = Status::success();
        if (request.format == ExportDialog::Format::Html) {
            ReportData report = ReportData::build(snapshots);
            if (Result<std::unique_ptr<Database>> db = Database::open(data.databaseLocation)) {
                SnapshotStore store(*db.value());
                report.addHistory(store); // the trend is a bonus: without a readable history, none
            }
            if (!progress(0))
                return Error{ErrorKind::Cancelled, Tr::tr("the export was cancelled")};
            status = HtmlReport::write(report, &file, request.path);
        } else {
            ExportOptions options;
            options.format = request.format == ExportDialog::Format::Json ? ExportFormat::Json : ExportFormat::Csv;
            options.view = data.viewName;
            options.destination = request.path;
            options.progress = progress;
            if (const VariantRows *rows = (request.everything ? data.allRows : data.shownRows).get()) {
                VariantRows copy = *rows;
                status = Exporter::writeRows(copy, snapshotPointers(data.all), options, &file);
            } else {
                status = Exporter::write(snapshots, options, &file);
            }
        }
        if (!status) {
            file.cancelWriting();
            return status;
        }
        if (!file.commit())
            return Error{ErrorKind::Storage, Tr::tr("Cannot write %1: %2").arg(request.path, file.errorString())};
        return Status::success();
    };
}

} // namespace arrscore
