// bench_storage: how long storing and loading a 100,000-file snapshot takes, and how much an
// unchanged or a slightly changed re-sync grows the database. SQLite in a temporary folder always;
// PostgreSQL too when ARRSCORE_BENCH_PG holds a postgresql:// URL (tests/support/pg-server.sh).
//
//   bench_storage [FILES]      (default 100000)

#include "benchsetup.h"
#include "resulttable.h"
#include "stopwatch.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "syntheticlibrary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace arrscore;
using namespace arrscore::bench;

namespace {

constexpr int kUnchangedResyncs = 20;
constexpr int kChangedPercent = 5;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// What the database takes once everything is in its main file(s), and (SQLite only, from dbstat) how
// many of those bytes hold data: the file grows by whole pages, so an unchanged re-sync that adds one
// small row shows up only in the second figure.
struct Footprint
{
    qint64 fileBytes = -1;
    qint64 usedBytes = -1;
};

Footprint footprint(Database &db, const QString &sqlitePath)
{
    Footprint result;
    QSqlQuery query(db.connection());
    if (!db.isPostgres()) {
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        result.fileBytes = QFileInfo(sqlitePath).size() + QFileInfo(sqlitePath + QStringLiteral("-wal")).size();
        if (query.exec(QStringLiteral("SELECT sum(pgsize - unused) FROM dbstat")) && query.next())
            result.usedBytes = query.value(0).toLongLong();
        return result;
    }
    if (query.exec(QStringLiteral("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                                  "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "WHERE n.nspname = current_schema() AND c.relkind = 'r'"))
        && query.next())
        result.fileBytes = query.value(0).toLongLong();
    return result;
}

bool run(const QString &label, const QString &location, const QString &sqlitePath, int fileCount)
{
    out() << "\n== " << label << ": " << ResultTable::number(fileCount) << " files ==\n";
    Result<std::unique_ptr<Database>> opened = Database::open(location);
    if (!opened) {
        out() << "cannot open the database: " << opened.error().message << '\n';
        return false;
    }
    Database &db = *opened.value();
    SnapshotStore store(db);
    // A fresh instance name per run, so a reused PostgreSQL database still measures a first save.
    const QString instance = QStringLiteral("bench-%1").arg(QDateTime::currentMSecsSinceEpoch());

    Stopwatch build;
    LibrarySnapshot snapshot = SyntheticLibrary::make(instance, fileCount);
    out() << "synthetic library built in " << ResultTable::ms(build.wallMs()) << '\n';

    ResultTable table({QStringLiteral("step"), QStringLiteral("wall"), QStringLiteral("cpu"),
                       QStringLiteral("file growth"), QStringLiteral("data growth (dbstat)"),
                       QStringLiteral("database size")});
    Footprint size = footprint(db, sqlitePath);
    bool ok = true;
    const auto step = [&](const QString &name, const std::function<bool()> &work, int repeat = 1) {
        Stopwatch watch;
        for (int i = 0; i < repeat && ok; ++i)
            ok = work();
        const double wall = watch.wallMs() / repeat;
        const double cpu = watch.cpuMs() / repeat;
        const Footprint now = footprint(db, sqlitePath);
        const QString each = repeat > 1 ? QStringLiteral(" per save") : QString();
        const qint64 fileGrowth = (now.fileBytes - size.fileBytes) / repeat;
        const QString dataGrowth = now.usedBytes < 0 || size.usedBytes < 0
                                       ? QStringLiteral("n/a")
                                       : ResultTable::bytes((now.usedBytes - size.usedBytes) / repeat) + each;
        size = now;
        table.addRow({name, ResultTable::ms(wall), ResultTable::ms(cpu), ResultTable::bytes(fileGrowth) + each,
                      dataGrowth, ResultTable::bytes(now.fileBytes)});
    };
    const auto save = [&] {
        snapshot.id = 0;
        snapshot.startedAt = snapshot.startedAt.addSecs(3600);
        snapshot.finishedAt = snapshot.finishedAt.addSecs(3600);
        Result<qint64> saved = store.save(snapshot);
        if (!saved)
            out() << "save failed: " << saved.error().message << '\n';
        return bool(saved);
    };

    step(QStringLiteral("first save"), save);
    step(QStringLiteral("re-save unchanged (1st)"), save);
    step(QStringLiteral("re-save unchanged (mean of %1)").arg(kUnchangedResyncs), save, kUnchangedResyncs);
    const int changed = SyntheticLibrary::change(snapshot, kChangedPercent);
    step(QStringLiteral("re-save, %1 % changed (%2 files)").arg(kChangedPercent).arg(ResultTable::number(changed)),
         save);
    int loaded = 0;
    step(QStringLiteral("load latest"), [&] {
        Result<std::optional<LibrarySnapshot>> latest = store.latest(instance);
        if (!latest || !latest.value()) {
            out() << "load failed: " << (latest ? QStringLiteral("no snapshot") : latest.error().message) << '\n';
            return false;
        }
        loaded = int(latest.value()->files.size());
        return true;
    });
    table.print(out());
    out() << "loaded " << ResultTable::number(loaded) << " files; peak RSS of this process "
          << ResultTable::number(Stopwatch::peakRssKib() / 1024) << " MiB\n";
    if (ok && loaded != fileCount) {
        out() << "MISMATCH: stored " << fileCount << " files, loaded " << loaded << '\n';
        ok = false;
    }
    out().flush();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchSetup setup(argc, argv, "bench_storage", BenchSetup::WithFolder);
    if (!setup.ok())
        return setup.exitCode();
    const int fileCount = setup.fileCount();
    const QTemporaryDir &dir = setup.folder();
    const QString sqlitePath = dir.filePath(QStringLiteral("history.db"));
    bool ok = run(QStringLiteral("SQLite (%1)").arg(sqlitePath), sqlitePath, sqlitePath, fileCount);

    const QString pg = qEnvironmentVariable("ARRSCORE_BENCH_PG");
    if (!pg.isEmpty())
        ok = run(QStringLiteral("PostgreSQL"), pg, QString(), fileCount) && ok;
    else
        out() << "\n(PostgreSQL skipped: set ARRSCORE_BENCH_PG to a postgresql:// URL)\n";
    return ok ? 0 : 1;
}
