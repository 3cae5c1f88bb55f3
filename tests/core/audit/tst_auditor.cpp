// The audit against the simulator: a real sync (SyncSession) reads the server's history into a real SQLite file,
// and Auditor finds exactly the cases the simulator planted (/__sim/planted), nothing more, on new and old
// servers; a second sync reads only what is new; a history the server will not give is a warning.
#include "arr/historyfetcher.h"
#include "audit/auditor.h"
#include "simserver.h"
#include "simtestutil.h"
#include "storage/database.h"
#include "storage/serverhistorystore.h"
#include "storage/snapshotstore.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <tuple>

using namespace arrscore;
using namespace arrscore::test;

namespace {

Reply post(const Sim &sim, const QString &route, const QByteArray &body)
{
    return fetch(sim.raw(QStringLiteral("/__sim/") + route), {}, &body);
}

// What the simulator planted and says a client can detect, keyed as the findings below are. /movie's
// never-computed 0 (Radarr 4.7.5 to 5.22.3) is one note, not a finding per file.
QStringList plantedKeys(const Sim &sim, bool radarr, int *movieZeroes)
{
    QStringList out;
    *movieZeroes = 0;
    for (const auto &v : QJsonDocument::fromJson(fetch(sim.raw(QStringLiteral("/__sim/planted"))).body).array()) {
        const QJsonObject p = v.toObject();
        const QString kind = p.value(QLatin1String("kind")).toString();
        if (!p.value(QLatin1String("detectable")).toBool())
            continue;
        const int item = p.value(QLatin1String(radarr ? "itemId" : "episodeId")).toInt();
        const int fileId = p.value(QLatin1String("fileId")).toInt();
        const QString endpoint = p.value(QLatin1String("endpoint")).toString();
        if (kind == QLatin1String("score-mismatch") && endpoint == QLatin1String("movie")) {
            ++*movieZeroes;
            continue;
        }
        if (kind == QLatin1String("grab-import-mismatch"))
            out << QStringLiteral("%1 %2 %3").arg(kind).arg(item).arg(p.value(QLatin1String("downloadId")).toString());
        else if (kind == QLatin1String("import-current-mismatch") || kind == QLatin1String("score-mismatch"))
            out << QStringLiteral("%1 file %2").arg(kind).arg(fileId);
        else
            out << QStringLiteral("%1 %2").arg(kind).arg(item);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList findingKeys(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        const QString kind = Finding::kindName(f.kind);
        if (f.kind == FindingKind::GrabImportMismatch)
            out << QStringLiteral("%1 %2 %3").arg(kind).arg(f.itemId).arg(f.downloadId);
        else if (f.kind == FindingKind::ImportCurrentMismatch || f.kind == FindingKind::ScoreMismatch)
            out << QStringLiteral("%1 file %2").arg(kind).arg(f.fileId);
        else
            out << QStringLiteral("%1 %2").arg(kind).arg(f.itemId);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

class tst_Auditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsExactlyWhatWasPlanted_data();
    void findsExactlyWhatWasPlanted();
    void secondSyncReadsOnlyWhatIsNew();
    void historyRefusedIsAWarning();
    void pagedWhenSinceIsMissing();
    void historyOff();
    void historyCostsOneRequest();
    void findingIndexMarksItems();
};

void tst_Auditor::findsExactlyWhatWasPlanted_data()
{
    QTest::addColumn<SimLibraryConfig>("library");
    QTest::addColumn<bool>("grabScores");
    QTest::addColumn<bool>("importScores");
    QTest::newRow("radarr 5.14") << radarr(QStringLiteral("5.14.0.9383"), 60) << true << true;
    QTest::newRow("radarr 6.0 seed 3") << radarr(QStringLiteral("6.0.3.10276"), 90, 3) << true << true;
    QTest::newRow("radarr 4.4.2") << radarr(QStringLiteral("4.4.2.6956"), 60) << true << true;
    QTest::newRow("radarr 4.3.1 (no import scores)") << radarr(QStringLiteral("4.3.1.6822"), 60) << true << false;
    QTest::newRow("radarr 4.3.0 (no scores in history)") << radarr(QStringLiteral("4.3.0.6671"), 60) << false << false;
    QTest::newRow("sonarr 4.0.9") << sonarr(QStringLiteral("4.0.9.2244"), 8, 14) << true << true;
    QTest::newRow("sonarr 3 (no formats)") << sonarr(QStringLiteral("3.0.10.1567"), 8, 14) << false << false;
}

void tst_Auditor::findsExactlyWhatWasPlanted()
{
    QFETCH(SimLibraryConfig, library);
    QFETCH(bool, grabScores);
    QFETCH(bool, importScores);
    const bool isRadarr = library.type == SimAppType::Radarr;
    Sim sim(library);
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("audit.db"));
    const auto outcomes = syncAll(
        location, {syncTarget(sim, QStringLiteral("main"), isRadarr ? InstanceType::Radarr : InstanceType::Sonarr)});
    QVERIFY2(!outcomes.first().error.isError(), qPrintable(outcomes.first().error.message));

    auto db = Database::open(location);
    QVERIFY(db);
    Auditor auditor(**db);
    Result<Auditor::Outcome> outcome = auditor.run({});
    QVERIFY2(outcome, qPrintable(outcome.error().message));
    int movieZeroes = 0;
    const QStringList expected = plantedKeys(sim, isRadarr, &movieZeroes);
    const QStringList found = findingKeys(outcome->findings);
    for (const QString &k : found) {
        if (!expected.contains(k))
            qWarning("invented: %s", qPrintable(k));
    }
    for (const QString &k : expected) {
        if (!found.contains(k))
            qWarning("missed: %s", qPrintable(k));
    }
    QCOMPARE(found, expected);
    QVERIFY(!expected.isEmpty());

    // The app passes the snapshots it has loaded (Options::latest): the same findings, titles included.
    Result<QList<LibrarySnapshot>> latest = SnapshotStore(**db).latestOf({});
    QVERIFY(latest);
    Auditor::Options given;
    given.latest = latest.value();
    Result<Auditor::Outcome> fromLoaded = auditor.run(given);
    QVERIFY2(fromLoaded, qPrintable(fromLoaded.error().message));
    QCOMPARE(fromLoaded->findings.size(), outcome->findings.size());
    for (qsizetype i = 0; i < outcome->findings.size(); ++i) {
        const Finding &a = outcome->findings[i];
        const Finding &b = fromLoaded->findings[i];
        QCOMPARE(std::tie(b.kind, b.itemId, b.fileId, b.title, b.explanation),
                 std::tie(a.kind, a.itemId, a.fileId, a.title, a.explanation));
        QVERIFY(!a.title.isEmpty());
    }
    QCOMPARE(fromLoaded->notes, outcome->notes);
    given.instances = {QStringLiteral("elsewhere")}; // only the instances asked for
    QVERIFY(auditor.run(given)->findings.isEmpty());

    // Every finding explains itself and carries the item's timeline (a score mismatch may have none).
    for (const Finding &f : outcome->findings) {
        QVERIFY(!f.explanation.isEmpty());
        QVERIFY(!f.title.isEmpty());
        QCOMPARE(f.instance, QStringLiteral("main"));
        if (f.kind != FindingKind::ScoreMismatch)
            QVERIFY(!f.events.isEmpty());
    }
    // What an old server cannot tell is said, in the snapshot's warnings and in the audit's notes.
    const QString notes = outcome->notes.join(QLatin1Char('\n'));
    const QString warnings = outcomes.first().warnings.join(QLatin1Char('\n'));
    QCOMPARE(notes.contains(QLatin1String("no scores in its history")), !grabScores && !importScores);
    QCOMPARE(warnings.contains(QLatin1String("keeps no custom format scores")), !grabScores && !importScores);
    QCOMPARE(notes.contains(QLatin1String("no import scores")), grabScores && !importScores);
    QCOMPARE(notes.contains(QLatin1String("Radarr#9568")), movieZeroes > 0);
    ServerHistoryStore store(**db);
    const auto reads = store.reads(QStringLiteral("main"));
    QVERIFY(reads);
    QCOMPARE(reads->size(), 1);
    QCOMPARE(reads->first().grabScores, grabScores);
    QCOMPARE(reads->first().importScores, importScores);
}

void tst_Auditor::secondSyncReadsOnlyWhatIsNew()
{
    SimServerConfig cfg;
    cfg.searchUpgrades = true; // a grab is downloaded and imported at once
    Sim sim(radarr(QStringLiteral("5.14.0.9383"), 40), cfg);
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("audit.db"));
    const InstanceTarget target = syncTarget(sim, QStringLiteral("main"), InstanceType::Radarr);
    QVERIFY(!syncAll(location, {target}).first().error.isError());
    // One request for the whole history: a first read goes by pages (HistoryFetcher::kPageSize rows), one here.
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history/since")), 0);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history")), 1);
    auto db = Database::open(location);
    QVERIFY(db);
    ServerHistoryStore store(**db);
    const qsizetype stored = store.events(QStringLiteral("main"))->size();
    QVERIFY(stored > 0);

    // A grab downloaded and imported over the item's file: three rows.
    QCOMPARE(post(sim, QStringLiteral("mutate"), R"({"op": "advanceClock", "seconds": 120})").status, 200);
    QVERIFY(grabFirstRelease(sim));

    QVERIFY(!syncAll(location, {target}).first().error.isError());
    // A later read: one history/since from where the last ended.
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history/since")), 1);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history")), 1);
    const auto reads = store.reads(QStringLiteral("main"));
    QCOMPARE(reads->size(), 2);
    // The second read starts where the first ended (less the overlap) and returns little; the three new rows
    // are stored, the rows read again are not stored twice.
    QCOMPARE(reads->at(1).from, reads->at(0).through.addSecs(-HistoryFetcher::kOverlapSeconds));
    QVERIFY(reads->at(1).eventCount >= 3);
    QVERIFY(reads->at(1).eventCount < reads->at(0).eventCount);
    const QList<ServerEvent> after = *store.events(QStringLiteral("main"));
    QCOMPARE(after.size(), stored + 3);
    QCOMPARE(after.last().type, ServerEventType::DownloadFolderImported);
    QCOMPARE(after.last().releaseSource, QString());
    QVERIFY(after.last().score.has_value());
}

void tst_Auditor::historyRefusedIsAWarning()
{
    SimServerConfig cfg;
    const std::optional<SimFaultRule> refused = SimFaultRule::parse(QStringLiteral("error:status=500,path=history"));
    QVERIFY(refused.has_value());
    cfg.faults = {refused.value_or(SimFaultRule())};
    Sim sim(radarr(QStringLiteral("5.14.0.9383"), 40), cfg);
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("audit.db"));
    const auto outcomes = syncAll(location, {syncTarget(sim, QStringLiteral("main"), InstanceType::Radarr)});
    // The sync succeeded, with every file, and says what is missing.
    QVERIFY2(!outcomes.first().error.isError(), qPrintable(outcomes.first().error.message));
    QCOMPARE(outcomes.first().files, sim->library().movieFileCount());
    QVERIFY(outcomes.first().warnings.join(QLatin1Char(' ')).contains(QLatin1String("history could not be read")));
    auto db = Database::open(location);
    ServerHistoryStore store(**db);
    QVERIFY(store.events(QStringLiteral("main"))->isEmpty());
    QVERIFY(store.reads(QStringLiteral("main"))->isEmpty());
    QVERIFY(!store.readThrough(QStringLiteral("main"))->isValid()); // the next sync reads history_days again
    // The audit says the history was never read, and still looks at scores.
    Auditor auditor(**db);
    const auto outcome = auditor.run({});
    QVERIFY(outcome);
    QVERIFY(outcome->notes.join(QLatin1Char(' ')).contains(QLatin1String("never read")));
    for (const Finding &f : outcome->findings)
        QCOMPARE(f.kind, FindingKind::ScoreMismatch);
}

void tst_Auditor::pagedWhenSinceIsMissing()
{
    // A proxy that does not pass history/since: the paged list, several eventType values per request on 5.3.1+.
    SimServerConfig cfg;
    const std::optional<SimFaultRule> missing =
        SimFaultRule::parse(QStringLiteral("error:status=404,path=history/since"));
    QVERIFY(missing.has_value());
    cfg.faults = {missing.value_or(SimFaultRule())};
    Sim sim(radarr(QStringLiteral("5.14.0.9383"), 40), cfg);
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("audit.db"));
    // A first sync reads pages anyway; the second asks history/since, is refused and reads pages.
    const InstanceTarget target = syncTarget(sim, QStringLiteral("main"), InstanceType::Radarr);
    QVERIFY(!syncAll(location, {target}).first().error.isError());
    const QList<SyncSession::Outcome> second = syncAll(location, {target});
    QVERIFY2(!second.first().error.isError(), qPrintable(second.first().error.message));
    QVERIFY2(second.first().warnings.isEmpty(), qPrintable(second.first().warnings.join(QLatin1Char('\n'))));
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history/since")), 1);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history")), 2);
    auto db = Database::open(location);
    QCOMPARE(ServerHistoryStore(**db).reads(QStringLiteral("main"))->size(), 2);
    Auditor auditor(**db);
    const auto outcome = auditor.run({});
    QVERIFY(outcome);
    int movieZeroes = 0;
    QCOMPARE(findingKeys(outcome->findings), plantedKeys(sim, true, &movieZeroes));
}

void tst_Auditor::historyOff()
{
    Sim sim(radarr(QStringLiteral("5.14.0.9383"), 20));
    QTemporaryDir dir;
    InstanceTarget target = syncTarget(sim, QStringLiteral("main"), InstanceType::Radarr);
    target.historyDays = 0;
    QVERIFY(!syncAll(dir.filePath(QStringLiteral("a.db")), {target}).first().error.isError());
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history/since")), 0);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history")), 0);
}

void tst_Auditor::historyCostsOneRequest()
{
    // The same library synced without and with its history: one request more, and the time it takes is printed
    // (docs/PERFORMANCE.md quotes it).
    Sim sim(radarr(QStringLiteral("5.14.0.9383"), 2000));
    QTemporaryDir dir;
    InstanceTarget off = syncTarget(sim, QStringLiteral("off"), InstanceType::Radarr);
    off.historyDays = 0;
    const InstanceTarget on = syncTarget(sim, QStringLiteral("on"), InstanceType::Radarr);
    qint64 ms[2] = {0, 0};
    int requests[2] = {0, 0};
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 2; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto outcome = syncAll(dir.filePath(QStringLiteral("r%1-%2.db").arg(round).arg(i)), {i ? on : off});
            const qint64 elapsed = timer.elapsed();
            QVERIFY(!outcome.first().error.isError());
            ms[i] = round == 0 ? elapsed : std::min(ms[i], elapsed);
            requests[i] = outcome.first().requests;
        }
    }
    qInfo("2000 movies: sync without history %lld ms, with history %lld ms (best of 3); %d and %d requests", ms[0],
          ms[1], requests[0], requests[1]);
    QCOMPARE(requests[1], requests[0] + 1);
}

void tst_Auditor::findingIndexMarksItems()
{
    Sim sim(radarr(QStringLiteral("5.14.0.9383"), 60));
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("audit.db"));
    QVERIFY(
        !syncAll(location, {syncTarget(sim, QStringLiteral("main"), InstanceType::Radarr)}).first().error.isError());
    auto db = Database::open(location);
    Auditor auditor(**db);
    const auto outcome = auditor.run({});
    const auto index = auditor.index({});
    QVERIFY(index);
    int loops = 0;
    for (const Finding &f : outcome->findings) {
        QVERIFY(index->kindsOf(QStringLiteral("main"), f.itemId).contains(f.kind));
        loops += f.kind == FindingKind::UpgradeLoop ? 1 : 0;
        if (f.kind == FindingKind::UpgradeLoop)
            QVERIFY(index->inUpgradeLoop(QStringLiteral("main"), f.itemId));
    }
    QVERIFY(loops > 0);
    QVERIFY(index->kindsOf(QStringLiteral("other"), outcome->findings.first().itemId).isEmpty());
    // Only the kinds asked for.
    Auditor::Options onlyLoops;
    onlyLoops.kinds = {FindingKind::UpgradeLoop};
    const auto loopsOnly = auditor.run(onlyLoops);
    QCOMPARE(loopsOnly->findings.size(), loops);
    // An instance never synced is named.
    Auditor::Options unknown;
    unknown.instances = {QStringLiteral("nope")};
    const auto refused = auditor.run(unknown);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(tst_Auditor)
#include "tst_auditor.moc"
