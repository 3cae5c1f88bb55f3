// A real `arrscore sync` SIGKILLed while its requests are in flight and its files are being staged (batches
// of a Sonarr library written to temporary tables as they arrive), on SQLite and PostgreSQL: the previous
// snapshot stays current and whole, no row of the killed sync is left in the stored tables, and on
// PostgreSQL its temporary tables go with its connection. The next sync stores everything.
#include "clitestfixture.h"
#include "storage/contenthash.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "storagebackends.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

constexpr int kSeries = 80;
constexpr int kFilesPerSeries = 15;

struct Stored
{
    qint64 id = 0;
    QList<qint64> hashes; // every file's, in load order
    bool operator==(const Stored &) const = default;
};

} // namespace

class tst_CrashStaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StorageBackends::addRows(); }
    void init();
    void cleanup() { m_storage.dropSchemas(); }

    void killedWhileStagingKeepsPreviousSnapshot();

private:
    std::unique_ptr<Database> open() const;
    Stored latest() const;
    qint64 scalar(const QString &sql) const;

    StorageBackends m_storage{QStringLiteral("tst_crashstaging")};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

void tst_CrashStaging::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (!m_storage.select(backend))
        QSKIP(StorageBackends::kPgHint);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = m_storage.freshLocation(*m_dir, QStringLiteral("crash-%1.db"));
}

std::unique_ptr<Database> tst_CrashStaging::open() const
{
    Result<std::unique_ptr<Database>> db = Database::open(m_location);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    return std::move(db).value();
}

Stored tst_CrashStaging::latest() const
{
    Stored s;
    const std::unique_ptr<Database> db = open();
    Result<std::optional<LibrarySnapshot>> snapshot = SnapshotStore(*db).latest(QStringLiteral("sonarr"));
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().message));
    const std::optional<LibrarySnapshot> found = std::move(snapshot).value();
    if (!found.has_value())
        return s;
    s.id = found->id;
    for (const MediaFile &f : found->files)
        s.hashes << storage::fileHash(f);
    return s;
}

qint64 tst_CrashStaging::scalar(const QString &sql) const
{
    const std::unique_ptr<Database> db = open();
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s failed", qPrintable(sql));
    return q.value(0).toLongLong();
}

void tst_CrashStaging::killedWhileStagingKeepsPreviousSnapshot()
{
    CliHarness cli;
    SimServerConfig config;
    config.latencyMs = 40; // the fetch takes over a second: the kill lands while requests are in flight
    auto sim = startSim(sonarrLibrary(QStringLiteral("4.0.9.2244"), kSeries, kFilesPerSeries), config);
    cli.home.writeConfig(QStringLiteral("database: \"%1\"\ninstances:\n").arg(m_location)
                         + instanceYaml(QStringLiteral("sonarr"), *sim));

    const CliResult first = cli.run({QStringLiteral("sync")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const Stored before = latest();
    QVERIFY(before.id > 0);
    QCOMPARE(before.hashes.size(), qsizetype(kSeries * kFilesPerSeries));

    // Every file changes: a row of the killed sync would be a new version, and the current ones closed.
    for (const SimProfile &profile : sim->library().profiles()) {
        for (int f = 1; f < profile.formatScores.size(); ++f) // indexed by format id, from 1
            QVERIFY(sim->library().setFormatScore(profile.id, f, 300 + f));
    }

    int episodeFiles = 0;
    connect(sim.get(), &SimServer::requestFinished, this, [&episodeFiles](const QString &path, int) {
        episodeFiles += path.contains(QLatin1String("episodefile")) ? 1 : 0;
    });
    QProcess process;
    process.setProcessEnvironment(cli.home.environment());
    process.start(cliPath(), {QStringLiteral("--config"), cli.home.configPath(), QStringLiteral("sync")});
    QVERIFY(process.waitForStarted(10000));
    // The simulator answers from this thread's event loop while we wait.
    QVERIFY2(
        QTest::qWaitFor([&] { return episodeFiles >= kSeries / 2 || process.state() == QProcess::NotRunning; }, 60000),
        "half the series' files were not served within a minute");
    QVERIFY2(process.state() == QProcess::Running, "the sync ended before it could be killed");
    if (m_storage.isPg()) {
        // The staging's temporary table exists in the server, in the sync's own session.
        QTRY_VERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relname = 'arrscore_staged_files' "
                                          "AND relpersistence = 't'"))
                    == 1);
    }
    QVERIFY(episodeFiles < kSeries);
    process.kill(); // SIGKILL
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QCOMPARE(latest(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM snapshots")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM file_versions WHERE valid_from > %1").arg(before.id)), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM file_versions WHERE valid_to IS NOT NULL")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM file_versions")), kSeries * kFilesPerSeries);
    if (m_storage.isPg()) {
        // The server drops a session's temporary tables once it notices the client is gone.
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relname = 'arrscore_staged_files'")) == 0,
            20000);
    } else {
        const std::unique_ptr<Database> db = open();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    const CliResult next = cli.run({QStringLiteral("sync")});
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    const Stored after = latest();
    QVERIFY(after.id > before.id);
    QCOMPARE(after.hashes.size(), before.hashes.size());
    QVERIFY(after.hashes != before.hashes);
}

QTEST_GUILESS_MAIN(tst_CrashStaging)
#include "tst_crash_staging.moc"
