// bench_history: the history goals of issue 3 on a 100,000-file library. Store the first sync,
// re-sync with 5 % changed, diff the two snapshots, one item's history (and a title search).
// SQLite in a temporary folder always; PostgreSQL too when ARRSCORE_BENCH_PG holds a postgresql:// URL
// (a schema of its own is created and dropped).
//
//   bench_history [FILES]      (default 100000)

#include "benchsetup.h"
#include "history/historystore.h"
#include "history/snapshotdiffer.h"
#include "resulttable.h"
#include "stopwatch.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "syntheticlibrary.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <functional>

using namespace arrscore;
using namespace arrscore::bench;

namespace {

constexpr int kChangedPercent = 5;
constexpr double kGoalMs = 1000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Runs SQL on the PostgreSQL server of url outside any benchmark connection.
bool pgAdmin(const QString &url, const QString &sql)
{
    const QUrl u(url);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages = WARNING"));
            ok = q.exec(sql);
            if (!ok)
                out() << "admin: " << q.lastError().text() << '\n';
        } else {
            out() << "admin: " << db.lastError().text() << '\n';
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

bool run(const QString &title, const QString &location, int fileCount)
{
    out() << '\n' << title << '\n';
    Result<std::unique_ptr<Database>> opened = Database::open(location);
    if (!opened) {
        out() << "cannot open: " << opened.error().message << '\n';
        return false;
    }
    Database &db = *opened.value();
    SnapshotStore store(db);
    const QString instance = QStringLiteral("bench");
    LibrarySnapshot snapshot = SyntheticLibrary::make(instance, fileCount);
    ResultTable table(
        {QStringLiteral("step"), QStringLiteral("wall"), QStringLiteral("CPU"), QStringLiteral("result")});
    bool ok = true;
    const auto step = [&](const QString &name, const std::function<QString()> &body) {
        Stopwatch watch;
        const QString result = body();
        const double wall = watch.wallMs();
        ok = ok && !result.startsWith(QLatin1String("FAILED"));
        table.addRow({name, ResultTable::ms(wall), ResultTable::ms(watch.cpuMs()),
                      result + (wall < kGoalMs ? QString() : QStringLiteral("  (over 1 s)"))});
    };
    qint64 firstId = 0;
    qint64 secondId = 0;
    step(QStringLiteral("first save, %1 files").arg(ResultTable::number(fileCount)), [&]() -> QString {
        Result<qint64> id = store.save(snapshot);
        firstId = id ? *id : 0;
        return id ? QStringLiteral("snapshot %1").arg(*id) : QStringLiteral("FAILED ") + id.error().message;
    });
    const int changed = SyntheticLibrary::change(snapshot, kChangedPercent);
    step(QStringLiteral("re-sync, %1 % changed (%2 files)").arg(kChangedPercent).arg(ResultTable::number(changed)),
         [&]() -> QString {
             snapshot.id = 0;
             Result<qint64> id = store.save(snapshot);
             secondId = id ? *id : 0;
             return id ? QStringLiteral("snapshot %1").arg(*id) : QStringLiteral("FAILED ") + id.error().message;
         });
    qint64 episodeId = 0;
    step(QStringLiteral("diff the two snapshots"), [&]() -> QString {
        Result<SnapshotDiff> d = SnapshotDiffer(db).diff(firstId, secondId);
        if (!d)
            return QStringLiteral("FAILED ") + d.error().message;
        for (const DiffChange &c : d->changes) {
            if (c.kind == ChangeKind::Upgraded && !c.episodeIds.isEmpty()) {
                episodeId = c.episodeIds.first();
                break;
            }
        }
        return QStringLiteral("%1 changes: %2 upgraded, %3 downgraded, %4 re-scored")
            .arg(d->changes.size())
            .arg(d->count(ChangeKind::Upgraded))
            .arg(d->count(ChangeKind::Downgraded))
            .arg(d->count(ChangeKind::Rescored));
    });
    QString itemTitle;
    step(QStringLiteral("one item's history (episode %1)").arg(episodeId), [&]() -> QString {
        Result<QList<ItemHistory>> h = HistoryStore(db).itemHistory(episodeId, instance);
        if (!h || h->isEmpty())
            return QStringLiteral("FAILED ") + (h ? QStringLiteral("no history") : h.error().message);
        itemTitle = h->first().item.title;
        return QStringLiteral("%1 points").arg(h->first().entries.size());
    });
    step(QStringLiteral("title search"), [&]() -> QString {
        Result<QList<ItemRef>> found = HistoryStore(db).findItems(itemTitle, instance);
        return found ? QStringLiteral("%1 items").arg(found->size())
                     : QStringLiteral("FAILED ") + found.error().message;
    });
    table.print(out());
    out().flush();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchSetup setup(argc, argv, "bench_history", BenchSetup::WithFolder);
    if (!setup.ok())
        return setup.exitCode();
    const int fileCount = setup.fileCount();
    const QTemporaryDir &dir = setup.folder();
    bool ok = run(QStringLiteral("SQLite"), dir.filePath(QStringLiteral("history.db")), fileCount);
    const QString pg = qEnvironmentVariable("ARRSCORE_BENCH_PG");
    if (pg.isEmpty()) {
        out() << "\n(PostgreSQL skipped: set ARRSCORE_BENCH_PG to a postgresql:// URL)\n";
        return ok ? 0 : 1;
    }
    const QString schema = QStringLiteral("bench_history_%1").arg(QCoreApplication::applicationPid());
    if (!pgAdmin(pg, QStringLiteral("CREATE SCHEMA %1").arg(schema)))
        return 1;
    const QString location = pg + (pg.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                             + QStringLiteral("options=")
                             + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("-csearch_path=") + schema));
    ok = run(QStringLiteral("PostgreSQL"), location, fileCount) && ok;
    pgAdmin(pg, QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
    return ok ? 0 : 1;
}
