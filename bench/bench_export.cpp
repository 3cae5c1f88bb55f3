// bench_export: writing a 100,000-file snapshot as JSON and as CSV (the "files" view) to a file in a
// temporary folder, as `arrscore export --output FILE` does.
//
//   bench_export [FILES]      (default 100000)

#include "benchsetup.h"
#include "export/exporter.h"
#include "resulttable.h"
#include "stopwatch.h"
#include "syntheticlibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace arrscore;
using namespace arrscore::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const BenchSetup setup(argc, argv, "bench_export", BenchSetup::WithFolder);
    if (!setup.ok())
        return setup.exitCode();
    const int fileCount = setup.fileCount();
    const QTemporaryDir &dir = setup.folder();

    Stopwatch build;
    LibrarySnapshot snapshot = SyntheticLibrary::make(QStringLiteral("bench"), fileCount);
    snapshot.id = 1;
    const QList<LibrarySnapshot> snapshots{snapshot};
    const long rssBefore = Stopwatch::peakRssKib();
    out << "== export of " << ResultTable::number(fileCount) << " files (view \"files\") to " << dir.path()
        << " ==\nsynthetic library built in " << ResultTable::ms(build.wallMs()) << "; peak RSS so far "
        << ResultTable::number(rssBefore / 1024) << " MiB\n";

    ResultTable table({QStringLiteral("format"), QStringLiteral("wall"), QStringLiteral("cpu"), QStringLiteral("size"),
                       QStringLiteral("bytes/file")});
    bool ok = true;
    for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Csv}) {
        const QString name = Exporter::formatName(format);
        const QString path = dir.filePath(QStringLiteral("export.") + name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            out << "cannot write " << path << '\n';
            return 1;
        }
        ExportOptions options;
        options.format = format;
        options.destination = path;
        Stopwatch watch;
        const Status status = Exporter::write(snapshots, options, &file);
        file.close();
        const double wall = watch.wallMs();
        const double cpu = watch.cpuMs();
        if (!status) {
            out << name << ": " << status.error().message << '\n';
            ok = false;
            continue;
        }
        const qint64 size = QFileInfo(path).size();
        table.addRow({name, ResultTable::ms(wall), ResultTable::ms(cpu), ResultTable::bytes(size),
                      ResultTable::number(size / fileCount)});
    }
    table.print(out);
    out << "peak RSS of this process " << ResultTable::number(Stopwatch::peakRssKib() / 1024)
        << " MiB (growth during the exports: " << ResultTable::number((Stopwatch::peakRssKib() - rssBefore) / 1024)
        << " MiB)\n";
    return ok ? 0 : 1;
}
