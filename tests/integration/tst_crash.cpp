// Crash safety: a real `arrscore sync` is killed with SIGKILL at random moments (while fetching and
// while saving) against a simulator in this process. After each kill the SQLite file must pass
// `PRAGMA integrity_check`, hold no partial snapshot, and its latest complete snapshot must be exactly
// what the last successful sync stored. The kill moments are fractions of a sync's pace measured first on
// this machine (so that most rounds kill, however fast the sync is), drawn from a fixed seed.
#include "clitestfixture.h"
#include "storage/contenthash.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

// What a stored snapshot holds, as one value: every file, profile and format by content hash.
struct Stored
{
    qint64 id = 0;
    QList<qint64> hashes;
    bool operator==(const Stored &) const = default;
};

Stored latestOf(Database &db)
{
    Stored s;
    Result<std::optional<LibrarySnapshot>> latest = SnapshotStore(db).latest(QStringLiteral("radarr"));
    if (!latest || !*latest)
        return s;
    const LibrarySnapshot &snapshot = **latest;
    s.id = snapshot.id;
    for (const MediaFile &f : snapshot.files)
        s.hashes << storage::fileHash(f);
    for (const QualityProfile &p : snapshot.profiles)
        s.hashes << storage::profileHash(p);
    for (const CustomFormat &f : snapshot.formats)
        s.hashes << storage::formatHash(f);
    return s;
}

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("(failed)");
}

// Changes many scores of the first profile, so that the next save has rows to write.
void changeScores(SimServer &sim, QRandomGenerator &random)
{
    const SimProfile &p = sim.library().profiles().first();
    for (int f = 0; f < p.formatScores.size(); ++f)
        sim.library().setFormatScore(p.id, f, int(random.bounded(-50, 200)));
}

// `arrscore -v -v sync` as the rounds start it, not yet waited for.
void startSync(QProcess &process, const CliHarness &cli)
{
    process.setProcessEnvironment(cli.home.environment());
    process.setProgram(cliPath());
    process.setArguments({QStringLiteral("--config"), cli.home.configPath(), QStringLiteral("-v"), QStringLiteral("-v"),
                          QStringLiteral("sync")});
    process.start();
}

// How long a sync like the rounds' takes here, in all and from the save's start ("hashed" in the debug log) to
// its end: the rounds kill at moments inside those, so that most of them do kill whatever this machine's pace.
struct Pace
{
    qint64 totalMs = 0;
    qint64 saveMs = 0;
    bool ok = false;
};

Pace timeOneSync(const CliHarness &cli)
{
    Pace pace;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    startSync(process, cli);
    if (!process.waitForStarted(10000))
        return pace;
    QByteArray log;
    qint64 hashedAt = -1;
    // The simulator answers from this thread's event loop while we wait.
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        QTest::qWait(1);
        log += process.readAllStandardError();
        if (hashedAt < 0 && log.contains("hashed"))
            hashedAt = timer.elapsed();
    }
    pace.totalMs = timer.elapsed();
    pace.saveMs = hashedAt >= 0 ? pace.totalMs - hashedAt : 0;
    pace.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && hashedAt >= 0;
    return pace;
}

} // namespace

class tst_Crash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSyncLeavesLatestSnapshotIntact();
};

void tst_Crash::killedSyncLeavesLatestSnapshotIntact()
{
    CliHarness cli;
    SimServerConfig config;
    config.latencyMs = 15;
    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 6000), config);
    cli.writeConfig(instanceYaml(QStringLiteral("radarr"), *sim));
    const QString path = cli.home.databasePath();

    CliResult first = cli.run({QStringLiteral("sync")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QRandomGenerator random(20241124);
    // A later sync's pace, with scores changed as most rounds change them (the first sync stores every row).
    changeScores(*sim, random);
    const Pace pace = timeOneSync(cli);
    QVERIFY2(pace.ok, "the timed sync failed");
    qInfo("a sync takes %lld ms here, %lld ms of it from the save's start", pace.totalMs, pace.saveMs);
    Stored expected;
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        expected = latestOf(**db);
    }
    QVERIFY(expected.id > 0);

    const int kills = 16;
    int killed = 0;
    int completed = 0;
    QElapsedTimer total;
    total.start();
    for (int round = 0; round < kills; ++round) {
        // Most rounds change many scores first, so that the save has rows to write when it is killed.
        if (round % 3 != 2)
            changeScores(*sim, random);
        // Even rounds: a random moment of the whole sync (its first tenth to nine tenths, most of it fetching).
        // Odd rounds: a random moment of the save, which the debug log ("hashed N files") announces, so that
        // writes and the commit are hit too.
        const bool duringSave = round % 2 == 1;
        const int delayMs =
            duringSave ? int(random.bounded(qint64(0), std::max<qint64>(1, pace.saveMs * 8 / 10)))
                       : int(random.bounded(pace.totalMs / 10, std::max(pace.totalMs / 10 + 1, pace.totalMs * 9 / 10)));
        QProcess process;
        startSync(process, cli);
        QVERIFY(process.waitForStarted(10000));
        // The simulator answers from this thread's event loop while we wait.
        QByteArray log;
        if (duringSave) {
            QElapsedTimer limit;
            limit.start();
            while (!log.contains("hashed") && process.state() != QProcess::NotRunning && limit.elapsed() < 20000) {
                QTest::qWait(1);
                log += process.readAllStandardError();
            }
        }
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < delayMs && process.state() != QProcess::NotRunning)
            QTest::qWait(1);
        const bool finishedFirst = process.state() == QProcess::NotRunning;
        if (!finishedFirst) {
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(10000));
            ++killed;
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // No row refers to a missing snapshot or instance (SQLite keeps the foreign keys of schema 1-2).
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")), QStringLiteral("0"));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE complete <> 1")),
                 QStringLiteral("0"));
        const Stored now = latestOf(**db);
        // No row of a snapshot that is not there.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM file_versions WHERE valid_from > %1").arg(now.id)),
                 QStringLiteral("0"));
        if (finishedFirst && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
            ++completed;
            QVERIFY(now.id > expected.id);
            expected = now;
        } else if (now.id != expected.id) {
            // Killed after its commit, before it exited: the new snapshot is there, whole.
            QVERIFY(now.id > expected.id);
            QCOMPARE(now.hashes.size() - expected.hashes.size(), qsizetype(0));
            ++completed;
            expected = now;
        } else {
            QVERIFY2(now == expected, qPrintable(QStringLiteral("round %1, killed after %2 ms: latest %3, expected %4")
                                                     .arg(round)
                                                     .arg(delayMs)
                                                     .arg(now.id)
                                                     .arg(expected.id)));
        }
        qInfo("round %d: %s %d ms after %s", round, finishedFirst ? "finished" : "killed", delayMs,
              duringSave ? "the save began" : "the start");
    }
    qInfo("%d kills, %d completed syncs in %lld ms", killed, completed, total.elapsed());
    QVERIFY(killed >= kills / 2);
    // A sync after all that still works and versions against the intact snapshot.
    CliResult last = cli.run({QStringLiteral("sync")});
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));
}

QTEST_GUILESS_MAIN(tst_Crash)
#include "tst_crash.moc"
