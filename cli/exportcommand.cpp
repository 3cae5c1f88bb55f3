#include "exportcommand.h"

#include "export/exporter.h"
#include "models/libraryloader.h"
#include "report/viewexport.h"

#include <QCoreApplication>
#include <QFile>

namespace arrscore {

int ExportCommand::run(const QString &formatName, const QString &view, const QStringList &instances,
                       const QString &output, bool bom)
{
    const std::optional<ViewExport::Format> format = ViewExport::formatFromName(formatName);
    if (!format) {
        m_ctx.err << tr("Unknown export format \"%1\": use json, csv or html.").arg(formatName) << '\n';
        return ExitUsage;
    }
    // The HTML report is the whole dashboard: it holds every view, so --view does not apply to it.
    if (*format != ViewExport::Format::Html && !Exporter::allViewNames().contains(view)) {
        m_ctx.err << tr("Unknown view \"%1\": the views are: %2.")
                         .arg(view, Exporter::allViewNames().join(QStringLiteral(", ")))
                  << '\n';
        return ExitUsage;
    }

    Result<LibraryLoader::Opened> latest = LibraryLoader::open(m_ctx.config.database, instances);
    if (!latest) {
        m_ctx.err << latest.error().message << '\n';
        return latest.error().kind == ErrorKind::NotFound ? ExitUsage : ExitFailed;
    }
    ViewExport::Source source;
    source.snapshots = std::move(latest.value().snapshots);
    source.view = view;
    source.database = latest->database.get();
    for (const InstanceConfig &instance : std::as_const(m_ctx.config.instances))
        source.loopWindowDays.insert(instance.name, instance.loopWindowDays);
    if (source.snapshots.isEmpty()) {
        m_ctx.err << tr("Nothing to export: %1 holds no snapshot yet. Run \"arrscore sync\" first.")
                         .arg(source.database->displayLocation())
                  << '\n';
        return ExitFailed;
    }
    ViewExport::Options options;
    options.format = *format;
    options.csvBom = bom;
    QString warning;
    Status status = Status::success();
    const bool toStdout = output.isEmpty() || output == QLatin1String("-");
    if (toStdout) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            m_ctx.err << tr("Cannot write to standard output.") << '\n';
            return ExitFailed;
        }
        status = ViewExport::write(source, options, &out, QString(), &warning);
        out.flush();
    } else {
        // Written beside the destination and renamed at the end: a failed export leaves no half file behind.
        status = ViewExport::writeFile(source, options, output, &warning);
    }
    if (!warning.isEmpty())
        m_ctx.err << warning << '\n';
    if (!status) {
        m_ctx.err << status.error().message << '\n';
        return ExitFailed;
    }
    if (!m_ctx.quiet && !toStdout) {
        qsizetype files = 0;
        for (const LibrarySnapshot &s : std::as_const(source.snapshots))
            files += s.files.size();
        m_ctx.err << tr("Wrote %1 of %2 to %3.")
                         .arg(tr("%Ln files", nullptr, int(files)),
                              tr("%Ln instances", nullptr, int(source.snapshots.size())), output)
                  << '\n';
    }
    return ExitOk;
}

} // namespace arrscore
