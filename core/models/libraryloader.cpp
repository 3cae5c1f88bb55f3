#include "models/libraryloader.h"

#include "audit/auditor.h"
#include "history/historystore.h"
#include "history/snapshotdiffer.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "upgrades/lookupstore.h"
#include "upgrades/searchstore.h"

#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace arrscore {

Result<LibraryLoader::Opened> LibraryLoader::open(const QString &location, const QStringList &instances)
{
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return db.error();
    SnapshotStore store(*db.value());
    Result<QStringList> names = store.syncedNames(instances);
    if (!names)
        return names.error();
    // Each instance after the first is read on a thread of its own with its own connection (SQLite's
    // readers do not wait for each other): a load is CPU-bound, and two 150,000-file instances then take
    // the time of one. A pool of our own, so that no other background work can hold up the wait below.
    using Latest = Result<std::optional<LibrarySnapshot>>;
    QThreadPool pool;
    pool.setMaxThreadCount(
        int(std::max<qsizetype>(1, std::min<qsizetype>(names->size() - 1, QThread::idealThreadCount()))));
    QList<HandOff<Latest>> others;
    for (qsizetype i = 1; i < names->size(); ++i) {
        others << runInBackground(&pool, [location, name = names->at(i)]() -> Latest {
            Result<std::unique_ptr<Database>> own = Database::open(location);
            if (!own)
                return own.error();
            // One pass over the rows needs no page cache: a full one (32 MiB) freed on this thread among the
            // files it keeps would stay mapped beside them for the rest of the process.
            if (!own.value()->isPostgres())
                QSqlQuery(own.value()->connection()).exec(QStringLiteral("PRAGMA cache_size = -2048"));
            return SnapshotStore(*own.value()).latest(name);
        });
    }
    QList<Latest> read;
    if (!names->isEmpty())
        read << store.latest(names->first());
    for (HandOff<Latest> &other : others)
        read << other.takeResult();
    QList<LibrarySnapshot> snapshots;
    for (Latest &latest : read) {
        if (!latest)
            return latest.error();
        if (std::optional<LibrarySnapshot> found = std::move(latest).value())
            snapshots.append(std::move(*found));
    }
    return Opened{std::move(db).value(), std::move(snapshots)};
}

LibraryLoader::Upgrades LibraryLoader::loadUpgrades(Database &db, const QList<LibrarySnapshot> &latest,
                                                    const QHash<QString, int> &cooldownDays)
{
    Upgrades upgrades;
    Result<QList<ItemCheck>> checks = LookupStore(db).latestChecks();
    if (!checks) {
        upgrades.error = checks.error();
        return upgrades;
    }
    upgrades.checks = std::move(checks).value();
    SearchStore searches(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<const LibrarySnapshot *> snapshots = snapshotPointers(latest);
    for (const LibrarySnapshot &s : latest) {
        Result<QHash<qint64, QDateTime>> last = searches.lastSearched(s.instance.name);
        if (!last) {
            upgrades.error = last.error();
            return upgrades;
        }
        upgrades.lastSearched.insert(s.instance.name, std::move(last).value());
    }
    Result<QList<SearchRecord>> log = searches.searches({}, kSearchLog);
    if (!log) {
        upgrades.error = log.error();
        return upgrades;
    }
    upgrades.searches = std::move(log).value();
    for (const SearchRecord &search : std::as_const(upgrades.searches))
        upgrades.outcomes += SearchOutcomes::classify(search, snapshots, cooldownDays.value(search.instance, 7), now);
    return upgrades;
}

HandOff<LibraryLoader::Upgrades> LibraryLoader::loadUpgradesInBackground(const QString &location,
                                                                         const QList<LibrarySnapshot> &latest,
                                                                         const QHash<QString, int> &cooldownDays)
{
    // A copy of the list shares the snapshots.
    return runInBackground([location, latest, cooldownDays] {
        Result<std::unique_ptr<Database>> db = Database::open(location);
        if (!db) {
            Upgrades failed;
            failed.error = db.error();
            return failed;
        }
        return loadUpgrades(*db.value(), latest, cooldownDays);
    });
}

LibraryLoader::Library LibraryLoader::load(const QString &location, const QHash<QString, int> &cooldownDays)
{
    Library loaded;
    Result<Opened> opened = open(location);
    if (!opened) {
        loaded.error = opened.error();
        return loaded;
    }
    Database &db = *opened->database;
    loaded.snapshots = std::move(opened.value().snapshots);
    // The changes are a bonus: an unreadable history leaves the library shown.
    HistoryStore history(db);
    SnapshotDiffer differ(db);
    for (const LibrarySnapshot &s : std::as_const(loaded.snapshots)) {
        Result<QList<qint64>> ids = history.snapshotIds(s.instance.name);
        if (!ids || ids->size() < 2)
            continue;
        if (Result<SnapshotDiff> diff = differ.diff(ids->at(ids->size() - 2), ids->last()))
            loaded.diffs.append(std::move(diff).value());
    }
    // Likewise the checks and searches: a database they cannot be read from still shows its library.
    loaded.upgrades = loadUpgrades(db, loaded.snapshots, cooldownDays);
    return loaded;
}

HandOff<LibraryLoader::Library> LibraryLoader::loadInBackground(const QString &location,
                                                                const QHash<QString, int> &cooldownDays)
{
    return runInBackground([location, cooldownDays] { return load(location, cooldownDays); });
}

LibraryLoader::Audit LibraryLoader::loadAudit(const QString &location, const QList<LibrarySnapshot> &latest,
                                              const QHash<QString, int> &loopWindowDays)
{
    Audit audit;
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db) {
        audit.error = db.error();
        return audit;
    }
    Auditor::Options options;
    options.loopWindowDays = loopWindowDays;
    options.latest = latest;
    Result<Auditor::Outcome> outcome = Auditor(*db.value()).run(options);
    if (!outcome) {
        audit.error = outcome.error();
        return audit;
    }
    audit.findings = std::move(outcome.value().findings);
    audit.notes = std::move(outcome.value().notes);
    return audit;
}

HandOff<LibraryLoader::Audit> LibraryLoader::loadAuditInBackground(const QString &location,
                                                                   const QList<LibrarySnapshot> &latest,
                                                                   const QHash<QString, int> &loopWindowDays)
{
    // A copy of the list shares the snapshots: the latest ones are not read again.
    return runInBackground([location, latest, loopWindowDays] { return loadAudit(location, latest, loopWindowDays); });
}

Result<TrendReport> LibraryLoader::loadTrend(const QString &location, const QList<LibrarySnapshot> &latest,
                                             int maxSnapshots)
{
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return db.error();
    SnapshotStore store(*db.value());
    return Trends::load(store, {}, maxSnapshots, latest);
}

HandOff<Result<TrendReport>>
LibraryLoader::loadTrendInBackground(const QString &location, const QList<LibrarySnapshot> &latest, int maxSnapshots)
{
    // A copy of the list shares the snapshots: the latest ones are not read again.
    return runInBackground([location, latest, maxSnapshots] { return loadTrend(location, latest, maxSnapshots); });
}

void LibraryLoader::releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace arrscore
