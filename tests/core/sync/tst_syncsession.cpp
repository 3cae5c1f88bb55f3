// SyncSession storing files as they arrive, on SQLite and PostgreSQL: a sync that fails or is cancelled
// while its batches are being staged leaves the previous snapshot current and no row of its own; a file
// removed from the server, or changed, is closed by the next snapshot.

#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "storagebackends.h"
#include "syncfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace arrscore;
using namespace arrscore::test;

namespace {

constexpr int kSeries = 40;
constexpr int kFilesPerSeries = 12;

// The latest complete snapshot of "sonarr": its id and what it holds, file by file.
struct Stored
{
    qint64 id = 0;
    QList<MediaFile> files;
};

} // namespace

class tst_SyncSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StorageBackends::addRows(); }
    void init();
    void cleanup() { m_storage.dropSchemas(); }

    void failureMidwayKeepsPreviousSnapshot();
    void cancelMidwayKeepsPreviousSnapshot();
    void removedAndChangedFilesAreClosed();

private:
    // A sync of the simulator that must succeed; the new snapshot's id.
    qint64 syncOk(const Sim &sim);
    Stored latest();
    qint64 scalar(const QString &sql);
    // A sync started after the library changed, stopped by `stop` once half the series were fetched:
    // `stop` cancels or makes the simulator fail. Checks that nothing of it was stored and that the error is
    // `expected` (None: any but Cancelled).
    void interruptMidway(const std::function<void(SyncSession &, Sim &)> &stop, ErrorKind expected);

    StorageBackends m_storage{QStringLiteral("tst_syncsession")};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

void tst_SyncSession::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (!m_storage.select(backend))
        QSKIP(StorageBackends::kPgHint);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = m_storage.freshLocation(*m_dir, QStringLiteral("session-%1.db"));
}

qint64 tst_SyncSession::syncOk(const Sim &sim)
{
    const QList<SyncSession::Outcome> outcomes =
        syncAll(m_location, {syncTarget(sim, QStringLiteral("sonarr"), InstanceType::Sonarr, 0)});
    if (outcomes.size() != 1 || outcomes.first().error.isError())
        qFatal("sync failed: %s", qPrintable(outcomes.value(0).error.message));
    return outcomes.first().snapshotId;
}

Stored tst_SyncSession::latest()
{
    Stored s;
    Result<std::unique_ptr<Database>> db = Database::open(m_location);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    Result<std::optional<LibrarySnapshot>> snapshot = SnapshotStore(*db.value()).latest(QStringLiteral("sonarr"));
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().message));
    std::optional<LibrarySnapshot> found = std::move(snapshot).value();
    if (found.has_value()) {
        s.id = found->id;
        s.files = std::move(found->files);
    }
    return s;
}

qint64 tst_SyncSession::scalar(const QString &sql)
{
    Result<std::unique_ptr<Database>> db = Database::open(m_location);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    QSqlQuery q(db.value()->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s failed", qPrintable(sql));
    return q.value(0).toLongLong();
}

void tst_SyncSession::interruptMidway(const std::function<void(SyncSession &, Sim &)> &stop, ErrorKind expected)
{
    SimServerConfig config;
    config.latencyMs = 10;
    Sim sim(sonarr(QStringLiteral("4.0.9.2244"), kSeries, kFilesPerSeries), config);
    const qint64 first = syncOk(sim);
    const Stored before = latest();
    QCOMPARE(before.id, first);
    QCOMPARE(before.files.size(), qsizetype(kSeries * kFilesPerSeries));

    // Every file's score changes: had the interrupted sync written anything, it would be new rows and the
    // current ones closed.
    for (const SimProfile &profile : sim->library().profiles()) {
        for (int f = 1; f < profile.formatScores.size(); ++f) // indexed by format id, from 1
            QVERIFY(sim->library().setFormatScore(profile.id, f, 500 + f));
    }
    sim->library().removeEpisodeFile(sim->library().series().first().id,
                                     sim->library().series().first().files.first().id);

    SyncSession session(m_location);
    QSignalSpy done(&session, &SyncSession::finished);
    qint64 seriesDone = 0;
    bool stopped = false;
    connect(&session, &SyncSession::progress, this, [&](int, qint64 doneNow, qint64 total) {
        seriesDone = doneNow;
        if (!stopped && total == kSeries && doneNow >= kSeries / 2) {
            stopped = true;
            stop(session, sim);
        }
    });
    session.start({syncTarget(sim, QStringLiteral("sonarr"), InstanceType::Sonarr, 0)});
    QVERIFY(done.wait(60000));
    QVERIFY(stopped);
    QVERIFY2(seriesDone >= kSeries / 2, "the batches of half the series were handed over to be stored");
    QVERIFY2(seriesDone < kSeries, "the sync ended before its last series");
    const SyncSession::Outcome &outcome = session.outcomes().first();
    if (expected == ErrorKind::None) // any failure of the fetch
        QVERIFY2(outcome.error.isError() && outcome.error.kind != ErrorKind::Cancelled,
                 qPrintable(outcome.error.message));
    else
        QCOMPARE(outcome.error.kind, expected);
    QCOMPARE(outcome.snapshotId, 0);

    const Stored after = latest();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.files.size(), before.files.size());
    for (qsizetype i = 0; i < before.files.size(); ++i) {
        QCOMPARE(after.files[i].fileId, before.files[i].fileId);
        QCOMPARE(after.files[i].customFormatScore, before.files[i].customFormatScore);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM snapshots")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM file_versions WHERE valid_from > %1").arg(first)), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM file_versions WHERE valid_to IS NOT NULL")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM file_versions")), kSeries * kFilesPerSeries);

    // The next sync stores it all, against the snapshot left current.
    sim->setFaults({});
    const qint64 next = syncOk(sim);
    QVERIFY(next > first);
    QCOMPARE(latest().files.size(), qsizetype(kSeries * kFilesPerSeries - 1));
}

void tst_SyncSession::failureMidwayKeepsPreviousSnapshot()
{
    interruptMidway(
        [](SyncSession &, Sim &sim) {
            SimFaultRule fault;
            fault.kind = SimFaultRule::Kind::Error;
            fault.status = 400; // not retried: the sync fails on it
            fault.path = QStringLiteral("episodefile");
            sim->addFault(fault);
        },
        ErrorKind::None);
}

void tst_SyncSession::cancelMidwayKeepsPreviousSnapshot()
{
    // As a user's click would: from the event loop, not inside the progress signal.
    interruptMidway([](SyncSession &session,
                       Sim &) { QMetaObject::invokeMethod(&session, &SyncSession::cancel, Qt::QueuedConnection); },
                    ErrorKind::Cancelled);
}

void tst_SyncSession::removedAndChangedFilesAreClosed()
{
    Sim sim(sonarr(QStringLiteral("4.0.9.2244"), 6, 5));
    const qint64 first = syncOk(sim);
    SimLibrary &lib = sim->library();
    const int seriesId = lib.series().first().id;
    const int removed = lib.series().first().files.first().id;
    QVERIFY(lib.removeEpisodeFile(seriesId, removed));
    const int replaced = lib.seriesById(seriesId)->files.first().id;
    const int replacement = lib.replaceEpisodeFile(seriesId, replaced);
    QVERIFY(replacement > 0);
    const int unchanged = lib.series().last().files.first().id;

    const qint64 second = syncOk(sim);
    QVERIFY(second > first);
    const Stored now = latest();
    QCOMPARE(now.id, second);
    QSet<qint64> ids;
    for (const MediaFile &f : std::as_const(now.files))
        ids.insert(f.fileId);
    QVERIFY(!ids.contains(removed));
    QVERIFY(!ids.contains(replaced));
    QVERIFY(ids.contains(replacement));
    QCOMPARE(ids.size(), now.files.size());
    QCOMPARE(now.files.size(), qsizetype(6 * 5 - 1));
    const auto rowsOf = [this](int fileId, const QString &where) {
        return scalar(
            QStringLiteral("SELECT COUNT(*) FROM file_versions WHERE file_id = %1 AND %2").arg(fileId).arg(where));
    };
    QCOMPARE(rowsOf(removed, QStringLiteral("valid_to = %1").arg(second)), 1);
    QCOMPARE(rowsOf(removed, QStringLiteral("valid_to IS NULL")), 0);
    QCOMPARE(rowsOf(replaced, QStringLiteral("valid_to = %1").arg(second)), 1);
    QCOMPARE(rowsOf(replacement, QStringLiteral("valid_from = %1 AND valid_to IS NULL").arg(second)), 1);
    QCOMPARE(rowsOf(unchanged, QStringLiteral("valid_from = %1 AND valid_to IS NULL").arg(first)), 1);
    // Only the two are closed; every other file's row of the first snapshot stays current.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM file_versions WHERE valid_to IS NOT NULL")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM file_versions WHERE valid_from = %1").arg(second)), 1);
}

QTEST_GUILESS_MAIN(tst_SyncSession)
#include "tst_syncsession.moc"
