#include "exportcommand.h"

#include "storage/database.h"
#include "export/exporter.h"
#include "views/historyrows.h"
#include "report/htmlreport.h"
#include "storage/snapshotstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace arrscore {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("arrscore::ExportCommand", text);
}
} // namespace

int ExportCommand::run(const QString &formatName, const QString &view, const QStringList &instances,
                       const QString &output, bool bom)
{
    // The HTML report is the whole dashboard: it holds every view, so --view does not apply to it.
    const bool html = formatName.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0;
    const std::optional<ExportFormat> format = Exporter::formatFromName(formatName);
    if (!format && !html) {
        m_ctx.err << tr("Unknown export format \"%1\": use json, csv or html.").arg(formatName) << '\n';
        return ExitUsage;
    }
    // "history" is not a function of the latest snapshots: its rows come from every stored version.
    const bool history = view == QLatin1String("history");
    if (!html && !history && !Exporter::viewNames().contains(view)) {
        m_ctx.err << tr("Unknown view \"%1\": the views are: %2.")
                         .arg(view, (Exporter::viewNames() << QStringLiteral("history")).join(QStringLiteral(", ")))
                  << '\n';
        return ExitUsage;
    }

    Result<std::unique_ptr<Database>> db = Database::open(m_ctx.config.database);
    if (!db) {
        m_ctx.err << db.error().message << '\n';
        return ExitFailed;
    }
    SnapshotStore store(*db.value());
    Result<QList<LibrarySnapshot>> latest = store.latestOf(instances);
    if (!latest) {
        m_ctx.err << latest.error().message << '\n';
        return latest.error().kind == ErrorKind::NotFound ? ExitUsage : ExitFailed;
    }
    QList<LibrarySnapshot> snapshots = std::move(latest).value();
    if (snapshots.isEmpty()) {
        m_ctx.err << tr("Nothing to export: %1 holds no snapshot yet. Run \"arrscore sync\" first.")
                         .arg(db.value()->displayLocation())
                  << '\n';
        return ExitFailed;
    }

    ReportData report;
    if (html) {
        report = ReportData::build(snapshots);
        const QString historyError = report.addHistory(store);
        if (!historyError.isEmpty())
            m_ctx.err << tr("The report has no trend: %1").arg(historyError) << '\n';
    }
    ExportOptions options;
    options.format = format.value_or(ExportFormat::Json);
    options.view = view;
    options.csvBom = bom;
    const auto write = [&](QIODevice *device) {
        if (history)
            return Exporter::writeHistory(*db.value(), snapshots, options, device);
        return html ? HtmlReport::write(report, device, output) : Exporter::write(snapshots, options, device);
    };
    if (output.isEmpty() || output == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            m_ctx.err << tr("Cannot write to standard output.") << '\n';
            return ExitFailed;
        }
        const Status status = write(&out);
        out.flush();
        if (!status) {
            m_ctx.err << status.error().message << '\n';
            return ExitFailed;
        }
        return ExitOk;
    }
    // Written beside the destination and renamed at the end: a failed export leaves no half file behind.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        m_ctx.err << tr("Cannot write %1: %2").arg(output, file.errorString()) << '\n';
        return ExitFailed;
    }
    const Status status = write(&file);
    if (!status) {
        file.cancelWriting();
        m_ctx.err << status.error().message << '\n';
        return ExitFailed;
    }
    if (!file.commit()) {
        m_ctx.err << tr("Cannot write %1: %2").arg(output, file.errorString()) << '\n';
        return ExitFailed;
    }
    if (!m_ctx.quiet) {
        qsizetype files = 0;
        for (const LibrarySnapshot &s : std::as_const(snapshots))
            files += s.files.size();
        m_ctx.err << tr("Wrote %1 files of %2 instances to %3.").arg(files).arg(snapshots.size()).arg(output)
                  << '\n';
    }
    return ExitOk;
}

} // namespace arrscore
