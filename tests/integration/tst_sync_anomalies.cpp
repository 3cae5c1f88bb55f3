// What a server gets wrong in its data rather than its transport, through the real binary: a file listed
// twice, files announced but not returned, and a sync that runs out of time. Nothing of it may corrupt
// the stored history or pass in silence.
#include "clitestfixture.h"

#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

// The counts of the one diff `diff --json` shows for an instance (its latest two snapshots).
QJsonObject diffCounts(CliHarness &cli, const QString &instance)
{
    const CliResult r =
        cli.run({QStringLiteral("diff"), QStringLiteral("--instance"), instance, QStringLiteral("--json")});
    if (r.exitCode != 0)
        return {{QStringLiteral("error"), diagnostics(r)}};
    const QJsonArray diffs = jsonOf(r).value(QLatin1String("diffs")).toArray();
    return diffs.size() == 1 ? diffs.first().toObject().value(QLatin1String("counts")).toObject()
                             : QJsonObject{{QStringLiteral("error"), r.out}};
}

// True when every count of a diff is 0; the counts otherwise, for the failure message.
bool unchanged(const QJsonObject &counts)
{
    if (counts.contains(QLatin1String("error")))
        return false;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value().toInt() != 0)
            return false;
    }
    return true;
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_SyncAnomalies : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void duplicateFileKeepsHistoryRight_data();
    void duplicateFileKeepsHistoryRight();
    void filesNotReturnedAreNotStoredAsDeleted();
    void syncTimeout();
};

void tst_SyncAnomalies::duplicateFileKeepsHistoryRight_data()
{
    QTest::addColumn<bool>("radarr");
    QTest::newRow("radarr") << true;
    QTest::newRow("sonarr") << false;
}

void tst_SyncAnomalies::duplicateFileKeepsHistoryRight()
{
    QFETCH(bool, radarr);
    auto sim = startSim(radarr ? radarrLibrary(QStringLiteral("5.14.0.9383"), 30)
                               : sonarrLibrary(QStringLiteral("4.0.9.2244"), 4, 6));
    const QString name = radarr ? QStringLiteral("radarr") : QStringLiteral("sonarr");
    m_cli->writeConfig(instanceYaml(name, *sim));
    const QString db = m_cli->home.databasePath();
    CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);

    SimLibrary &lib = sim->library();
    int fileId = 0;
    QString title;
    if (radarr) {
        for (const SimMovie &m : lib.movies()) {
            if (m.file) {
                fileId = m.file->id;
                title = m.title;
                break;
            }
        }
    } else {
        fileId = lib.series().first().files.first().id;
        title = lib.series().first().title;
    }
    QVERIFY(lib.listFileTwice(fileId));
    r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.err.contains(QStringLiteral("%1: warning: The server listed 1 file").arg(name))
                 && r.err.contains(QStringLiteral("\u201C%1\u201D (file %2)").arg(title).arg(fileId)),
             qPrintable(r.err));
    // One live version of the file, and the sync with the file listed twice changed nothing.
    const QString live = QStringLiteral("SELECT COUNT(*) FROM file_versions WHERE file_id = %1 AND valid_to IS NULL");
    QCOMPARE(sqlValue(db, live.arg(fileId)), 1);
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT COUNT(*) FROM file_versions")),
             radarr ? lib.movieFileCount() : lib.episodeFileCount());
    QJsonObject counts = diffCounts(*m_cli, name);
    QVERIFY2(unchanged(counts), text(counts).constData());
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--instance"), name});
    CHECK_EXIT(r, 0);
    QCOMPARE(jsonOf(r).value(QLatin1String("files")).toArray().size(),
             radarr ? lib.movieFileCount() : lib.episodeFileCount());

    // Listed once again: still nothing changed, and the file's history is its one appearance.
    QVERIFY(lib.listFileTwice(fileId, false));
    r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    counts = diffCounts(*m_cli, name);
    QVERIFY2(unchanged(counts), text(counts).constData());
    QCOMPARE(sqlValue(db, live.arg(fileId)), 1);
    QCOMPARE(snapshotCount(db, name), 3);
    if (radarr) {
        r = m_cli->run({QStringLiteral("history"), QStringLiteral("--item"),
                        QString::number(lib.movieByFileId(fileId)->id), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        const QJsonArray histories = jsonOf(r).value(QLatin1String("histories")).toArray();
        QCOMPARE(histories.size(), 1);
        const QJsonArray entries = histories.first().toObject().value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(QLatin1String("event")).toString(), QStringLiteral("added"));
    }
}

void tst_SyncAnomalies::filesNotReturnedAreNotStoredAsDeleted()
{
    auto radarr = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 30));
    auto sonarr = startSim(sonarrLibrary(QStringLiteral("4.0.9.2244"), 4, 6));
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), *radarr)
                       + instanceYaml(QStringLiteral("sonarr"), *sonarr));
    const QString db = m_cli->home.databasePath();
    CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    const int movieFiles = radarr->library().movieFileCount();
    const int episodeFiles = sonarr->library().episodeFileCount();

    // Both servers announce their files and return none: both fail, loudly, and nothing is stored.
    radarr->library().setFilesHidden(true);
    sonarr->library().setFilesHidden(true);
    r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("/movie lists %1 movie").arg(movieFiles)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("The episodes of 4 series name %1 episode files").arg(episodeFiles)),
             qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1String("returned none of their files. Nothing was stored")), 2);
    QVERIFY2(r.err.contains(QLatin1String("Synced 0 of 2 instances")), qPrintable(r.err));
    QCOMPARE(snapshotCount(db, QStringLiteral("radarr")), 1);
    QCOMPARE(snapshotCount(db, QStringLiteral("sonarr")), 1);
    r = m_cli->run({QStringLiteral("export")});
    CHECK_EXIT(r, 0);
    QCOMPARE(jsonOf(r).value(QLatin1String("files")).toArray().size(), movieFiles + episodeFiles);

    // The servers recover: the next sync is complete and nothing changed in between.
    radarr->library().setFilesHidden(false);
    sonarr->library().setFilesHidden(false);
    r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    for (const QString &name : {QStringLiteral("radarr"), QStringLiteral("sonarr")}) {
        const QJsonObject counts = diffCounts(*m_cli, name);
        QVERIFY2(unchanged(counts), qPrintable(name + QLatin1Char(' ') + QString::fromUtf8(text(counts))));
    }

    // A real deletion (the movie has no file any more) is not an anomaly: stored, no warning.
    int movieId = 0;
    for (const SimMovie &m : radarr->library().movies()) {
        if (m.file && movieId == 0)
            movieId = m.id;
    }
    QVERIFY(radarr->library().removeMovieFile(movieId));
    r = m_cli->run({QStringLiteral("sync"), QStringLiteral("radarr")});
    CHECK_EXIT(r, 0);
    QVERIFY2(!r.err.contains(QLatin1String("warning:")), qPrintable(r.err));
    const QJsonObject counts = diffCounts(*m_cli, QStringLiteral("radarr"));
    QCOMPARE(counts.value(QLatin1String("removed")).toInt(), 1);
}

void tst_SyncAnomalies::syncTimeout()
{
    // Out of range: a clear configuration error naming the key.
    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 10));
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), *sim, {QStringLiteral("sync_timeout: 5")}));
    CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("sync_timeout")), qPrintable(r.err));

    // A server slower than the bound: the sync ends at the bound, says so and what to set, stores nothing.
    SimServerConfig slow;
    slow.latencyMs = 6000; // each request answers within `timeout` (30 s), the whole takes > 10 s
    auto slowSim = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 10), slow);
    m_cli->writeConfig(instanceYaml(QStringLiteral("slow"), *slowSim, {QStringLiteral("sync_timeout: 10")}));
    r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("slow did not finish syncing within 10 second")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("sync_timeout: 120")), qPrintable(r.err));
    QCOMPARE(snapshotCount(m_cli->home.databasePath(), QStringLiteral("slow")), 0);
}

QTEST_GUILESS_MAIN(tst_SyncAnomalies)
#include "tst_sync_anomalies.moc"
