// bench_report: writing the HTML report of a 100,000-file library (one self-contained file: page,
// script and the files embedded as JSON) to a file in a temporary folder, as
// `arrscore export --format html --output FILE` does. The goal is under 2 s.
//
//   bench_report [FILES] [COPY_TO]   (default 100000; COPY_TO keeps the report, e.g. to open it)

#include "benchsetup.h"
#include "report/htmlreport.h"
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
    const BenchSetup setup(argc, argv, "bench_report", BenchSetup::WithFolder);
    if (!setup.ok())
        return setup.exitCode();
    const int fileCount = setup.fileCount();
    const QTemporaryDir &dir = setup.folder();

    LibrarySnapshot snapshot = SyntheticLibrary::make(QStringLiteral("bench"), fileCount);
    snapshot.id = 1;
    out << "== HTML report of " << ResultTable::number(fileCount) << " files to " << dir.path() << " ==\n";

    ResultTable table({QStringLiteral("step"), QStringLiteral("wall"), QStringLiteral("cpu"), QStringLiteral("size"),
                       QStringLiteral("bytes/file")});
    Stopwatch prepare;
    const ReportData data = ReportData::build({snapshot});
    const double prepareWall = prepare.wallMs();
    table.addRow({QStringLiteral("ReportData::build (analysis)"), ResultTable::ms(prepareWall),
                  ResultTable::ms(prepare.cpuMs()), QString(), QString()});

    const QString path = dir.filePath(QStringLiteral("report.html"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        out << "cannot write " << path << '\n';
        return 1;
    }
    Stopwatch watch;
    const Status status = HtmlReport::write(data, &file);
    file.close();
    const double wall = watch.wallMs();
    if (!status) {
        out << status.error().message << '\n';
        return 1;
    }
    const qint64 size = QFileInfo(path).size();
    table.addRow({QStringLiteral("HtmlReport::write"), ResultTable::ms(wall), ResultTable::ms(watch.cpuMs()),
                  ResultTable::bytes(size), ResultTable::number(size / fileCount)});
    table.addRow({QStringLiteral("total"), ResultTable::ms(prepareWall + wall), QString(), QString(), QString()});
    table.print(out);
    if (argc > 2 && !QFile::copy(path, QString::fromLocal8Bit(argv[2])))
        out << "cannot copy the report to " << argv[2] << '\n';
    out << "peak RSS " << ResultTable::number(Stopwatch::peakRssKib() / 1024) << " MiB\n";
    const bool fast = prepareWall + wall < 2000;
    out << (fast ? "OK: under 2 s\n" : "SLOW: 2 s or more\n");
    return fast ? 0 : 1;
}
