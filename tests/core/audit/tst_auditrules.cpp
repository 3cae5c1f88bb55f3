// AuditRules on events written out by hand: each rule's worked example (docs/ANALYSIS.md), and the cases just
// short of a finding, so that a rule that finds too much fails as surely as one that finds too little.
#include "audit/auditjson.h"
#include "audit/auditrules.h"

#include <QJsonArray>
#include <QtTest>

using namespace arrscore;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);

ServerEvent row(qint64 id, ServerEventType type, int daysAgo, const QString &title, std::optional<int> score,
                const QString &downloadId = {}, qint64 fileId = 0)
{
    ServerEvent e;
    e.serverId = id;
    e.type = type;
    e.date = kNow.addDays(-daysAgo);
    e.itemId = 7;
    e.sourceTitle = title;
    e.score = score;
    e.downloadId = downloadId;
    e.fileId = fileId;
    return e;
}

// Heat (1995), file 70 today: formats HDR (+100) and x265 (+20) in profile "HD" (score 120).
LibrarySnapshot library(int reported = 120)
{
    LibrarySnapshot s;
    s.instance.name = QStringLiteral("main");
    s.instance.type = InstanceType::Radarr;
    s.instance.version = QStringLiteral("5.14.0.9383");
    s.finishedAt = kNow;
    QualityProfile p;
    p.id = 1;
    p.name = QStringLiteral("HD");
    p.formatItems = {
        {1, QStringLiteral("HDR"), 100}, {2, QStringLiteral("x265"), 20}, {3, QStringLiteral("Remux"), 50}};
    s.profiles = {p};
    MediaFile f;
    f.fileId = 70;
    f.itemId = 7;
    f.title = QStringLiteral("Heat");
    f.year = 1995;
    f.qualityProfileId = 1;
    f.customFormats = {{1, QStringLiteral("HDR")}, {2, QStringLiteral("x265")}};
    f.customFormatScore = reported;
    s.files = {f};
    return s;
}

AuditInput inputOf(const LibrarySnapshot &s, QList<ServerEvent> events)
{
    AuditInput in;
    in.snapshot = &s;
    in.events = std::move(events);
    in.now = kNow;
    in.firstSnapshotAt = kNow.addDays(-60);
    return in;
}

const QString kRelease = QStringLiteral("Heat.1995.2160p.UHD.BluRay.Remux.HDR.x265-GRP");

} // namespace

class tst_AuditRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameReleaseGrabbedTwiceIsALoop();
    void releaseKeyPrefersHashes();
    void threeGrabsWithoutGainIsALoop();
    void threeGrabsWithAGainIsNot();
    void grabImportMismatch();
    void importCurrentMismatch();
    void importCurrentExplainedByAnEdit();
    void scoreMismatch();
    void repeatedFailure();
    void noScoresNoScoreRules();
    void json();
};

void tst_AuditRules::sameReleaseGrabbedTwiceIsALoop()
{
    // Grabbed at 170 (Remux matched the name), imported at 120, grabbed again at 170, imported at 120.
    const LibrarySnapshot s = library();
    const auto findings = AuditRules::upgradeLoops(
        inputOf(s, {row(1, ServerEventType::Grabbed, 20, kRelease, 170, QStringLiteral("A")),
                    row(2, ServerEventType::DownloadFolderImported, 20, kRelease, 120, QStringLiteral("A"), 69),
                    row(3, ServerEventType::Grabbed, 8, kRelease.toLower().replace(QLatin1Char('.'), QLatin1Char(' ')),
                        170, QStringLiteral("B")),
                    row(4, ServerEventType::FileDeleted, 8, QStringLiteral("Heat (1995).mkv"), std::nullopt),
                    row(5, ServerEventType::DownloadFolderImported, 8, kRelease, 120, QStringLiteral("B"), 70)}));
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(f.kind, FindingKind::UpgradeLoop);
    QCOMPARE(f.itemId, qint64(7));
    QCOMPARE(f.fileId, qint64(70));
    QCOMPARE(f.title, QStringLiteral("Heat (1995)"));
    QCOMPARE(f.events.size(), 5);
    QVERIFY2(f.explanation.contains(kRelease), qPrintable(f.explanation));
    QVERIFY(f.explanation.contains(QLatin1String("grabbed 2 times")));
    QVERIFY(f.explanation.contains(QLatin1String("scored 170 when grabbed and 120, 120 once imported")));
    // One grab of it is no loop.
    QVERIFY(AuditRules::upgradeLoops(inputOf(s, {row(1, ServerEventType::Grabbed, 20, kRelease, 170)})).isEmpty());
}

void tst_AuditRules::releaseKeyPrefersHashes()
{
    ServerEvent a = row(1, ServerEventType::Grabbed, 3, QStringLiteral("Name.One-GRP"), 10);
    ServerEvent b = row(2, ServerEventType::Grabbed, 2, QStringLiteral("Another Name"), 10);
    QVERIFY(AuditRules::releaseKey(a) != AuditRules::releaseKey(b));
    // The same torrent under two names is one release (configarr#265).
    a.torrentInfoHash = b.torrentInfoHash = QStringLiteral("abcdef0123");
    QCOMPARE(AuditRules::releaseKey(a), AuditRules::releaseKey(b));
    QCOMPARE(AuditRules::normalisedTitle(QStringLiteral("Heat.1995.1080p.BluRay.x264-GRP.mkv")),
             QStringLiteral("heat 1995 1080p bluray x264 grp"));
    ServerEvent none;
    QCOMPARE(AuditRules::releaseKey(none), QString());
}

void tst_AuditRules::threeGrabsWithoutGainIsALoop()
{
    const LibrarySnapshot s = library();
    const auto findings = AuditRules::upgradeLoops(
        inputOf(s, {row(1, ServerEventType::Grabbed, 25, QStringLiteral("Heat.1995.2160p-AAA"), 120),
                    row(2, ServerEventType::Grabbed, 15, QStringLiteral("Heat.1995.2160p-BBB"), 120),
                    row(3, ServerEventType::Grabbed, 5, QStringLiteral("Heat.1995.2160p-CCC"), 120)}));
    QCOMPARE(findings.size(), 1);
    QVERIFY2(findings.first().explanation.contains(QLatin1String("3 releases were grabbed within 30 days")),
             qPrintable(findings.first().explanation));
    QVERIFY(findings.first().explanation.contains(QLatin1String("from 120 to 120")));
    // The same three spread over more than the window are not.
    AuditInput wide = inputOf(s, {row(1, ServerEventType::Grabbed, 65, QStringLiteral("A"), 120),
                                  row(2, ServerEventType::Grabbed, 35, QStringLiteral("B"), 120),
                                  row(3, ServerEventType::Grabbed, 5, QStringLiteral("C"), 120)});
    QVERIFY(AuditRules::upgradeLoops(wide).isEmpty());
    wide.loopWindowDays = 60;
    QCOMPARE(AuditRules::upgradeLoops(wide).size(), 1);
}

void tst_AuditRules::threeGrabsWithAGainIsNot()
{
    const LibrarySnapshot s = library();
    AuditInput in = inputOf(s, {row(1, ServerEventType::Grabbed, 25, QStringLiteral("A"), 20),
                                row(2, ServerEventType::Grabbed, 15, QStringLiteral("B"), 70),
                                row(3, ServerEventType::Grabbed, 5, QStringLiteral("C"), 120)});
    QVERIFY(AuditRules::upgradeLoops(in).isEmpty());
    // Without grab scores only a release grabbed again can tell a loop.
    in.events[2].score = 20;
    QCOMPARE(AuditRules::upgradeLoops(in).size(), 1);
    in.grabScores = false;
    QVERIFY(AuditRules::upgradeLoops(in).isEmpty());
}

void tst_AuditRules::grabImportMismatch()
{
    const LibrarySnapshot s = library();
    const auto findings = AuditRules::grabImportMismatches(inputOf(
        s, {row(1, ServerEventType::Grabbed, 12, kRelease, 170, QStringLiteral("D1")),
            row(2, ServerEventType::DownloadFolderImported, 12, QStringLiteral("Heat (1995)"), 120,
                QStringLiteral("D1"), 70),
            // Another download whose scores agree.
            row(3, ServerEventType::Grabbed, 40, QStringLiteral("Old"), 50, QStringLiteral("D0")),
            row(4, ServerEventType::DownloadFolderImported, 40, QStringLiteral("Old"), 50, QStringLiteral("D0"), 60)}));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().downloadId, QStringLiteral("D1"));
    QCOMPARE(findings.first().fileId, qint64(70));
    QVERIFY2(findings.first().explanation.contains(QLatin1String("scored 170 when it was grabbed")),
             qPrintable(findings.first().explanation));
    QVERIFY(findings.first().explanation.contains(QLatin1String("scored 120 when imported")));
}

void tst_AuditRules::importCurrentMismatch()
{
    // Imported at 170 as the release's name; renamed since, today it scores 120.
    const LibrarySnapshot s = library();
    const AuditInput in =
        inputOf(s, {row(1, ServerEventType::Grabbed, 15, kRelease, 170, QStringLiteral("D")),
                    row(2, ServerEventType::DownloadFolderImported, 15, kRelease, 170, QStringLiteral("D"), 70),
                    row(3, ServerEventType::FileRenamed, 3, QStringLiteral("Heat (1995).mkv"), std::nullopt)});
    const auto findings = AuditRules::importCurrentMismatches(in);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().fileId, qint64(70));
    QVERIFY2(findings.first().explanation.contains(QLatin1String("scored 170 when it was imported")),
             qPrintable(findings.first().explanation));
    QVERIFY(findings.first().explanation.contains(QLatin1String("scores 120 today")));
    // An import of an earlier file says nothing about today's.
    AuditInput other = in;
    other.events[1].fileId = 69;
    QVERIFY(AuditRules::importCurrentMismatches(other).isEmpty());
}

void tst_AuditRules::importCurrentExplainedByAnEdit()
{
    const LibrarySnapshot s = library();
    AuditInput in =
        inputOf(s, {row(2, ServerEventType::DownloadFolderImported, 15, kRelease, 170, QStringLiteral("D"), 70)});
    in.profileEdits[1] = {kNow.addDays(-10)}; // the profile changed after the import
    QVERIFY(AuditRules::importCurrentMismatches(in).isEmpty());
    in.profileEdits[1] = {kNow.addDays(-20)}; // before it: no explanation
    QCOMPARE(AuditRules::importCurrentMismatches(in).size(), 1);
    in.formatEdits = {kNow.addDays(-1)}; // a format edited since
    QVERIFY(AuditRules::importCurrentMismatches(in).isEmpty());
}

void tst_AuditRules::scoreMismatch()
{
    // HDR 100 + x265 20 = 120, but the server says 150.
    const LibrarySnapshot s = library(150);
    AuditInput in = inputOf(s, {});
    auto findings = AuditRules::scoreMismatches(in);
    QCOMPARE(findings.size(), 1);
    QVERIFY2(findings.first().explanation.contains(QLatin1String("reports a score of 150")),
             qPrintable(findings.first().explanation));
    QVERIFY(findings.first().explanation.contains(QLatin1String("add up to 120")));
    QVERIFY(findings.first().explanation.contains(QLatin1String("HDR 100, x265 20")));
    const LibrarySnapshot right = library(120);
    in = inputOf(right, {});
    QVERIFY(AuditRules::scoreMismatches(in).isEmpty());
    // /movie disagreeing with /moviefile.
    in.itemListScores.insert(70, 90);
    findings = AuditRules::scoreMismatches(in);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().explanation.contains(QLatin1String("/movie gives it a score of 90 and /moviefile 120")));
    // A score computed here is that sum by construction.
    LibrarySnapshot computed = library(150);
    computed.files[0].scoreComputed = true;
    QVERIFY(AuditRules::scoreMismatches(inputOf(computed, {})).isEmpty());
}

void tst_AuditRules::repeatedFailure()
{
    const LibrarySnapshot s = library();
    QList<ServerEvent> events{row(1, ServerEventType::DownloadFailed, 18, QStringLiteral("Heat-GRP1"), std::nullopt),
                              row(2, ServerEventType::DownloadFailed, 6, QStringLiteral("Heat-GRP2"), std::nullopt)};
    events[1].message = QStringLiteral("Download client reported a failure");
    const auto findings = AuditRules::repeatedFailures(inputOf(s, events));
    QCOMPARE(findings.size(), 1);
    QVERIFY2(findings.first().explanation.contains(QLatin1String("2 downloads failed within 30 days")),
             qPrintable(findings.first().explanation));
    QVERIFY(findings.first().explanation.contains(QLatin1String("Download client reported a failure")));
    events[0].date = kNow.addDays(-50);
    QVERIFY(AuditRules::repeatedFailures(inputOf(s, events)).isEmpty());
}

void tst_AuditRules::noScoresNoScoreRules()
{
    // Sonarr v3: no scores anywhere; nothing score-based is claimed.
    LibrarySnapshot s = library();
    s.files[0].customFormatScore.reset();
    AuditInput in = inputOf(
        s, {row(1, ServerEventType::Grabbed, 12, kRelease, std::nullopt, QStringLiteral("D")),
            row(2, ServerEventType::DownloadFolderImported, 12, kRelease, std::nullopt, QStringLiteral("D"), 70)});
    in.grabScores = in.importScores = false;
    QVERIFY(AuditRules::run(in).isEmpty());
    QVERIFY(AuditRules::limits(in, QStringLiteral("tv")).join(QString()).contains(QLatin1String("no scores")));
}

void tst_AuditRules::json()
{
    const LibrarySnapshot s = library();
    const auto findings = AuditRules::run(
        inputOf(s, {row(1, ServerEventType::Grabbed, 12, kRelease, 170, QStringLiteral("D1")),
                    row(2, ServerEventType::DownloadFolderImported, 12, kRelease, 120, QStringLiteral("D1"), 70)}));
    QCOMPARE(findings.size(), 1);
    const QJsonObject o = AuditJson::findings(findings, {QStringLiteral("a note")});
    const QJsonObject f = o.value(QLatin1String("findings")).toArray().first().toObject();
    QCOMPARE(f.value(QLatin1String("kind")).toString(), QStringLiteral("grab-import-mismatch"));
    QCOMPARE(f.value(QLatin1String("instance")).toString(), QStringLiteral("main"));
    QCOMPARE(f.value(QLatin1String("item_id")).toInteger(), 7);
    QCOMPARE(f.value(QLatin1String("file_id")).toInteger(), 70);
    QCOMPARE(f.value(QLatin1String("title")).toString(), QStringLiteral("Heat (1995)"));
    QVERIFY(!f.value(QLatin1String("explanation")).toString().isEmpty());
    const QJsonArray events = f.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("grabbed"));
    QCOMPARE(events.at(0).toObject().value(QLatin1String("score")).toInt(), 170);
    QCOMPARE(events.at(1).toObject().value(QLatin1String("date")).toString(), QStringLiteral("2026-06-18T12:00:00Z"));
    QCOMPARE(o.value(QLatin1String("notes")).toArray().first().toString(), QStringLiteral("a note"));
    // An unknown score is null, never 0.
    ServerEvent unscored = row(9, ServerEventType::Grabbed, 1, QStringLiteral("x"), std::nullopt);
    QVERIFY(AuditJson::event(unscored).value(QLatin1String("score")).isNull());
}

QTEST_GUILESS_MAIN(tst_AuditRules)
#include "tst_auditrules.moc"
