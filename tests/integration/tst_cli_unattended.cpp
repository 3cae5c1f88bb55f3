// The CLI run by cron or a timer, against the real simulator: two syncs of one database at once, retention
// after a sync, JSON logs and a rotated log file with no key in them, and `schedule` where there is no systemd.

#include "clitestfixture.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "storagebackends.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace arrscore;
using namespace arrscore::test;

namespace {

// The exit codes README.md documents.
constexpr int ExitOk = 0;
constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;
constexpr int ExitPartial = 3;

// Every line of text as a JSON object; a failure names the first line that is not one.
QList<QJsonObject> jsonLines(const QString &text, QString *bad)
{
    QList<QJsonObject> objects;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            *bad = line;
            return {};
        }
        objects << doc.object();
    }
    return objects;
}

QStringList fieldsMissing(const QJsonObject &o)
{
    QStringList missing;
    for (const char *key : {"time", "level", "category", "message", "instance"}) {
        if (!o.contains(QLatin1String(key)))
            missing << QLatin1String(key);
    }
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    if (!iso.match(o.value(QStringLiteral("time")).toString()).hasMatch())
        missing << QStringLiteral("time as ISO 8601 UTC with milliseconds");
    return missing;
}

} // namespace

class tst_CliUnattended : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void twoSyncsOfOneDatabase_data() { StorageBackends::addRows(); }
    void twoSyncsOfOneDatabase();
    void retentionAfterSync();
    void jsonLogsParseAndHoldNoKey();
    void logFileRotates();
    void scheduleWithoutSystemdPrintsCrontab();
};

void tst_CliUnattended::twoSyncsOfOneDatabase()
{
    QFETCH(QString, backend);
    StorageBackends storage(QStringLiteral("tst_unattended"));
    if (!storage.select(backend))
        QSKIP(StorageBackends::kPgHint);
    QTemporaryDir dir;
    const QString database = storage.freshLocation(dir, QStringLiteral("two-%1.db"));
    const auto dropSchemas = qScopeGuard([&storage] { storage.dropSchemas(); });
    SimServerConfig slow;
    slow.latencyMs = 600; // a sync of about three seconds: long enough for the second to start inside it
    const auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0"), 120), slow);
    m_cli->home.writeConfig(QStringLiteral("database: \"%1\"\ninstances:\n").arg(database)
                            + instanceYaml(QStringLiteral("radarr"), *sim));
    const QString lock = database + QStringLiteral(".sync-radarr.lock");

    QProcess first;
    first.setProcessEnvironment(m_cli->home.environment());
    first.start(cliPath(), {QStringLiteral("sync")});
    QVERIFY(first.waitForStarted(10000));
    const qint64 firstPid = first.processId();
    // The lock is taken before the first request.
    QVERIFY2(QTest::qWaitFor([&] { return sim->requestsReceived() > 0; }, 15000), "the first sync did not start");
    QVERIFY(storage.isPg() || QFileInfo::exists(lock));
    const CliResult second = m_cli->run({QStringLiteral("sync")});
    QVERIFY(QTest::qWaitFor([&] { return first.state() == QProcess::NotRunning; }, 60000));
    const QString firstErr = QString::fromUtf8(first.readAllStandardError());
    m_cli->remember({QStringLiteral("sync")}, CliResult{first.exitCode(), false, false, QString(), firstErr});

    QCOMPARE(first.exitCode(), ExitOk);
    QCOMPARE(second.exitCode, ExitFailed);
    static const QRegularExpression busy(
        QStringLiteral("radarr: failed \\(storage\\): A sync of radarr is running since \\d\\d?:\\d\\d.* \\(pid %1 on "
                       "host .+\\); try again later\\."));
    QVERIFY2(QRegularExpression(busy.pattern().arg(firstPid)).match(second.err).hasMatch(), qPrintable(second.err));
    QVERIFY2(!second.err.contains(QStringLiteral("requests")) || second.err.contains(QStringLiteral("0 requests")),
             qPrintable(second.err)); // it stopped before asking the server anything
    QVERIFY(!QFileInfo::exists(lock));

    // Once the first is done the lock is free again.
    const CliResult third = m_cli->run({QStringLiteral("sync")});
    QCOMPARE(third.exitCode, ExitOk);

    // Every stored snapshot is complete and holds the whole library.
    Result<std::unique_ptr<Database>> db = Database::open(database);
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, complete FROM snapshots ORDER BY id")));
    // (the schema of this test's own PostgreSQL database, or the SQLite file)
    QList<qint64> ids;
    while (q.next()) {
        QCOMPARE(q.value(1).toInt(), 1);
        ids << q.value(0).toLongLong();
    }
    q.finish();
    QCOMPARE(ids.size(), 2);
    SnapshotStore store(*db.value());
    Result<LibrarySnapshot> a = store.load(ids[0]);
    Result<LibrarySnapshot> b = store.load(ids[1]);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(!a->files.isEmpty());
    QCOMPARE(a->files.size(), b->files.size());
}

void tst_CliUnattended::retentionAfterSync()
{
    const auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0"), 30));
    const QString instances = QStringLiteral("instances:\n") + instanceYaml(QStringLiteral("radarr"), *sim);
    m_cli->home.writeConfig(instances);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_cli->run({QStringLiteral("sync")}).exitCode, ExitOk);
    {
        // The first two synced 40 and 20 days ago.
        Result<std::unique_ptr<Database>> db = Database::open(m_cli->home.databasePath());
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(q.exec(QStringLiteral("UPDATE snapshots SET started_at = %1, finished_at = %1 WHERE id = 1")
                           .arg(now - 40LL * 86400000)));
        QVERIFY(q.exec(QStringLiteral("UPDATE snapshots SET started_at = %1, finished_at = %1 WHERE id = 2")
                           .arg(now - 20LL * 86400000)));
    }
    m_cli->home.writeConfig(QStringLiteral("retention:\n  keep_all_days: 7\n  keep_weekly_weeks: 4\n") + instances);
    const CliResult synced = m_cli->run({QStringLiteral("sync")});
    QCOMPARE(synced.exitCode, ExitOk);
    // The English plural form comes with the translations (lupdate), so both forms are accepted here.
    static const QRegularExpression summary(
        QStringLiteral("Synced 1 of 1 instance: .* Retention \\(every sync of the last 7 days?, one a week for 4 "
                       "weeks?, always the latest\\) pruned 1 old snapshots?\\."));
    QVERIFY2(summary.match(synced.err).hasMatch(), qPrintable(synced.err));
    const CliResult list = m_cli->run({QStringLiteral("snapshots"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, ExitOk);
    QStringList ids;
    const QJsonArray snapshots =
        QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("snapshots")).toArray();
    for (const QJsonValue s : snapshots)
        ids << QString::number(s.toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(ids.size(), 3);
    QVERIFY2(!ids.contains(QStringLiteral("1")) && ids.contains(QStringLiteral("2")), qPrintable(ids.join(u',')));
}

void tst_CliUnattended::jsonLogsParseAndHoldNoKey()
{
    const auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0"), 40));
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), *sim)
                       + instanceYaml(QStringLiteral("gone"), QStringLiteral("radarr"),
                                      QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()),
                                      {QStringLiteral("timeout: 2")}));
    for (const bool fromEnvironment : {false, true}) {
        QProcessEnvironment env = m_cli->home.environment();
        QStringList arguments{QStringLiteral("-vv"), QStringLiteral("sync")};
        if (fromEnvironment)
            env.insert(QStringLiteral("ARRSCORE_LOG_FORMAT"), QStringLiteral("json"));
        else
            arguments.prepend(QStringLiteral("--log-format=json"));
        const CliResult result = m_cli->run(arguments, env);
        QCOMPARE(result.exitCode, ExitPartial); // exit codes as documented
        QString bad;
        const QList<QJsonObject> lines = jsonLines(result.err, &bad);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("not JSON: ") + bad));
        int requests = 0;
        bool summary = false;
        bool failure = false;
        for (const QJsonObject &o : lines) {
            const QStringList missing = fieldsMissing(o);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u',') + QStringLiteral(" in ")
                                                   + QString::fromUtf8(QJsonDocument(o).toJson())));
            if (o.value(QStringLiteral("status")).toInt() == 200) {
                ++requests;
                QCOMPARE(o.value(QStringLiteral("instance")).toString(), QStringLiteral("radarr"));
                QVERIFY(o.value(QStringLiteral("path")).toString().startsWith(QStringLiteral("api/v3/")));
                QVERIFY(o.contains(QStringLiteral("duration_ms")));
            }
            if (o.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Synced 1 of 2 instances"))) {
                summary = true;
                QCOMPARE(o.value(QStringLiteral("failed")).toInt(), 1);
                QCOMPARE(o.value(QStringLiteral("files")).toInt(), int(sim->library().movieFileCount()));
            }
            if (o.value(QStringLiteral("instance")).toString() == QLatin1String("gone")
                && o.value(QStringLiteral("error")).toString() == QLatin1String("network"))
                failure = true;
        }
        QVERIFY2(requests >= 4, qPrintable(result.err.left(2000)));
        QVERIFY2(summary, "no run summary line");
        QVERIFY2(failure, "the failed instance has no line of its own");
        QVERIFY(result.out.isEmpty());
    }
    // -q: errors only, still JSON.
    const CliResult quiet = m_cli->run({QStringLiteral("--log-format"), QStringLiteral("json"), QStringLiteral("-q"),
                                        QStringLiteral("sync"), QStringLiteral("radarr")});
    QCOMPARE(quiet.exitCode, ExitOk);
    QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));
    const CliResult wrong = m_cli->run({QStringLiteral("--log-format"), QStringLiteral("xml"), QStringLiteral("sync")});
    QCOMPARE(wrong.exitCode, ExitUsage);
    QVERIFY(wrong.err.contains(QStringLiteral("--log-format must be text or json")));
}

void tst_CliUnattended::logFileRotates()
{
    const auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0"), 60));
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), *sim));
    const QString log = m_cli->home.file(QStringLiteral("logs/arrscore.log"));
    for (int i = 0; i < 4; ++i) {
        const CliResult result =
            m_cli->run({QStringLiteral("-vv"), QStringLiteral("--log-format"), QStringLiteral("json"),
                        QStringLiteral("--log-file"), log, QStringLiteral("--log-file-size"), QStringLiteral("4k"),
                        QStringLiteral("sync")});
        QCOMPARE(result.exitCode, ExitOk);
    }
    QVERIFY(QFileInfo::exists(log + QStringLiteral(".3")));
    QVERIFY(!QFileInfo::exists(log + QStringLiteral(".4")));
    for (const QString &suffix : {QString(), QStringLiteral(".1"), QStringLiteral(".2"), QStringLiteral(".3")}) {
        QVERIFY(QFileInfo(log + suffix).size() <= 4096);
        QString bad;
        const QList<QJsonObject> lines = jsonLines(QString::fromUtf8(fileBytes(log + suffix)), &bad);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QVERIFY(!lines.isEmpty());
    }
    // A text log file keeps the command's own lines too, for cron.
    const QString textLog = m_cli->home.file(QStringLiteral("text.log"));
    QCOMPARE(m_cli->run({QStringLiteral("--log-file"), textLog, QStringLiteral("sync")}).exitCode, ExitOk);
    QVERIFY2(
        QString::fromUtf8(fileBytes(textLog)).contains(QStringLiteral("info arrscore.cli: Synced 1 of 1 instance")),
        fileBytes(textLog).constData());
    const CliResult small = m_cli->run({QStringLiteral("--log-file"), log, QStringLiteral("--log-file-size"),
                                        QStringLiteral("100"), QStringLiteral("sync")});
    QCOMPARE(small.exitCode, ExitUsage);
}

void tst_CliUnattended::scheduleWithoutSystemdPrintsCrontab()
{
    m_cli->writeConfig(
        instanceYaml(QStringLiteral("radarr"), QStringLiteral("radarr"), QStringLiteral("http://127.0.0.1:1")));
    QProcessEnvironment env = m_cli->home.environment();
    env.insert(QStringLiteral("PATH"), m_cli->home.file(QStringLiteral("no-systemctl-here")));
    const CliResult installed =
        m_cli->run({QStringLiteral("schedule"), QStringLiteral("install"), QStringLiteral("--every"),
                    QStringLiteral("6h"), QStringLiteral("--report"), QStringLiteral("r.html")},
                   env, m_cli->home.path());
    QCOMPARE(installed.exitCode, ExitOk);
    QVERIFY2(installed.out.contains(QStringLiteral("systemctl was not found")), qPrintable(installed.out));
    static const QRegularExpression line(
        QStringLiteral("^\\d{1,2} \\*/6 \\* \\* \\* (\\S+) --config (\\S+) sync --report (\\S+)$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(installed.out);
    QVERIFY2(m.hasMatch(), qPrintable(installed.out));
    QCOMPARE(m.captured(1), cliPath());
    QCOMPARE(m.captured(2), m_cli->home.configPath());
    QCOMPARE(m.captured(3), m_cli->home.file(QStringLiteral("r.html")));
    QVERIFY(!QFileInfo::exists(m_cli->home.file(QStringLiteral("config/systemd/user/arrscore-sync.timer"))));

    const CliResult status = m_cli->run({QStringLiteral("schedule"), QStringLiteral("status")}, env);
    QCOMPARE(status.exitCode, ExitOk);
    QVERIFY2(status.out.contains(QStringLiteral("No schedule is installed")), qPrintable(status.out));
    const CliResult removed = m_cli->run({QStringLiteral("schedule"), QStringLiteral("remove")}, env);
    QCOMPARE(removed.exitCode, ExitOk);
    QVERIFY2(removed.out.contains(QStringLiteral("nothing was removed")), qPrintable(removed.out));

    const CliResult often = m_cli->run(
        {QStringLiteral("schedule"), QStringLiteral("install"), QStringLiteral("--every"), QStringLiteral("5m")}, env);
    QCOMPARE(often.exitCode, ExitUsage);
    QVERIFY2(often.err.contains(QStringLiteral("at least every 15 minutes")), qPrintable(often.err));
}

QTEST_GUILESS_MAIN(tst_CliUnattended)
#include "tst_cli_unattended.moc"
