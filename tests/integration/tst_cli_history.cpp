// `arrscore diff`, `history`, `snapshots`, `prune` and `export --view history`, the real binary against
// a simulator in this process whose library changes between syncs: a movie upgraded, a profile edited.
#include "clitestfixture.h"
#include "unprivileged.h"

#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

QJsonObject jsonObject(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class tst_CliHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffAndHistoryAfterUpgradeAndProfileEdit();
    void usageErrors();
    void readOnlyDatabase();
};

void tst_CliHistory::diffAndHistoryAfterUpgradeAndProfileEdit()
{
    CliHarness cli;
    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 40));
    cli.writeConfig(instanceYaml(QStringLiteral("radarr"), *sim));
    CliResult r = cli.run({QStringLiteral("diff")});
    CHECK_EXIT(r, 1); // nothing stored yet
    r = cli.run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);

    SimLibrary &library = sim->library();
    // The upgrade: a movie with a file gets a new file matching the profile's best positive format.
    const SimMovie *upgraded = nullptr;
    for (const SimMovie &m : library.movies()) {
        if (m.file) {
            upgraded = &m;
            break;
        }
    }
    QVERIFY(upgraded);
    const int upgradedId = upgraded->id;
    const SimProfile *profile = library.profile(upgraded->qualityProfileId);
    QVERIFY(profile);
    int best = -1;
    for (int f = 0; f < profile->formatScores.size(); ++f) {
        if (profile->formatScores[f] > 0 && (best < 0 || profile->formatScores[f] > profile->formatScores[best]))
            best = f;
    }
    QVERIFY2(best >= 0, "the profile scores no format positively");
    const int oldScore = library.reportedScore(*upgraded->file, upgraded->qualityProfileId);
    const int oldFileId = upgraded->file->id;
    const int newFileId = library.replaceMovieFile(upgradedId, QString(), QList<int>{best});
    QVERIFY(newFileId > 0);
    const SimMovie *after = library.movie(upgradedId);
    const int newScore = library.reportedScore(*after->file, after->qualityProfileId);
    QVERIFY2(newScore > oldScore, qPrintable(QStringLiteral("%1 -> %2").arg(oldScore).arg(newScore)));

    // The profile edit: another movie of some profile with a matched format; that format's score moves.
    const SimMovie *rescored = nullptr;
    int rescoredFormat = -1;
    for (const SimMovie &m : library.movies()) {
        if (m.id != upgradedId && m.file && !m.file->customFormatIds.isEmpty()) {
            rescored = &m;
            rescoredFormat = m.file->customFormatIds.first();
            break;
        }
    }
    QVERIFY(rescored);
    const int rescoredId = rescored->id;
    const int rescoredProfile = rescored->qualityProfileId;
    const int formatScore = library.profile(rescoredProfile)->formatScores.value(rescoredFormat);
    QVERIFY(library.setFormatScore(rescoredProfile, rescoredFormat, formatScore + 37));

    r = cli.run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);

    r = cli.run({QStringLiteral("snapshots")});
    CHECK_EXIT(r, 0);
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3); // a header and two syncs
    r = cli.run({QStringLiteral("snapshots"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    QCOMPARE(jsonObject(r).value(QStringLiteral("snapshots")).toArray().size(), 2);

    r = cli.run({QStringLiteral("diff"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    const QJsonArray diffs = jsonObject(r).value(QStringLiteral("diffs")).toArray();
    QCOMPARE(diffs.size(), 1);
    const QJsonObject diff = diffs.first().toObject();
    const QJsonObject counts = diff.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("upgraded")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("removed")).toInt(), 0);
    QVERIFY(counts.value(QStringLiteral("rescored")).toInt() >= 1);
    bool sawUpgrade = false;
    bool sawRescore = false;
    for (const QJsonValue &v : diff.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("change")).toString() == QLatin1String("upgraded")) {
            sawUpgrade = true;
            QCOMPARE(c.value(QStringLiteral("item_id")).toInteger(), upgradedId);
            QCOMPARE(c.value(QStringLiteral("before")).toObject().value(QStringLiteral("file_id")).toInteger(),
                     oldFileId);
            QCOMPARE(c.value(QStringLiteral("after")).toObject().value(QStringLiteral("file_id")).toInteger(),
                     newFileId);
            QCOMPARE(c.value(QStringLiteral("score_before")).toInt(), oldScore);
            QCOMPARE(c.value(QStringLiteral("score_after")).toInt(), newScore);
        }
        if (c.value(QStringLiteral("change")).toString() == QLatin1String("rescored")
            && c.value(QStringLiteral("item_id")).toInteger() == rescoredId) {
            sawRescore = true;
            const QJsonObject cause = c.value(QStringLiteral("cause")).toObject();
            QCOMPARE(cause.value(QStringLiteral("profile_id")).toInt(), rescoredProfile);
            const QJsonArray moves = cause.value(QStringLiteral("score_moves")).toArray();
            QCOMPARE(moves.size(), 1);
            QCOMPARE(moves.first().toObject().value(QStringLiteral("format_id")).toInt(), rescoredFormat);
            QCOMPARE(moves.first().toObject().value(QStringLiteral("before")).toInt(), formatScore);
            QCOMPARE(moves.first().toObject().value(QStringLiteral("after")).toInt(), formatScore + 37);
        }
    }
    QVERIFY(sawUpgrade);
    QVERIFY(sawRescore);
    QCOMPARE(diff.value(QStringLiteral("profiles_changed")).toArray().size(), 1);

    // The readable diff names the upgrade and the profile edit.
    r = cli.run({QStringLiteral("diff")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("upgraded:")) && r.out.contains(QStringLiteral("re-scored:")),
             qPrintable(r.out));

    // History of the upgraded movie: added, then upgraded, with both files.
    r = cli.run(
        {QStringLiteral("history"), QStringLiteral("--item"), QString::number(upgradedId), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    const QJsonArray histories = jsonObject(r).value(QStringLiteral("histories")).toArray();
    QCOMPARE(histories.size(), 1);
    const QJsonArray entries = histories.first().toObject().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].toObject().value(QStringLiteral("event")).toString(), QStringLiteral("added"));
    QCOMPARE(entries[1].toObject().value(QStringLiteral("event")).toString(), QStringLiteral("upgraded"));
    QCOMPARE(entries[1].toObject().value(QStringLiteral("custom_format_score")).toInt(), newScore);
    QVERIFY(!entries[1].toObject().value(QStringLiteral("quality_profile")).toString().isEmpty());
    r = cli.run({QStringLiteral("history"), QStringLiteral("--title"), after->title});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 2, qPrintable(diagnostics(r))); // 2 when other titles contain it
    if (r.exitCode == 0)
        QVERIFY2(r.out.contains(QStringLiteral("upgraded")), qPrintable(r.out));
    r = cli.run({QStringLiteral("history"), QStringLiteral("--item"), QString::number(upgradedId)});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("upgraded")) && r.out.contains(QString::number(newFileId)),
             qPrintable(r.out));

    // The history export: the upgraded movie's two rows among one per other movie.
    r = cli.run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("history"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK_EXIT(r, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("instance,kind,id,title")));
    QVERIFY(r.out.contains(QStringLiteral(",upgraded,")));
    r = cli.run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("history")});
    CHECK_EXIT(r, 0);
    QCOMPARE(jsonObject(r).value(QStringLiteral("view")).toString(), QStringLiteral("history"));

    // Retention: the latest stays, the first goes; the diff has nothing left to compare.
    r = cli.run({QStringLiteral("prune"), QStringLiteral("--keep"), QStringLiteral("1")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Deleted 1 snapshot (")), qPrintable(r.out));
    r = cli.run({QStringLiteral("snapshots"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    QCOMPARE(jsonObject(r).value(QStringLiteral("snapshots")).toArray().size(), 1);
    r = cli.run({QStringLiteral("diff")});
    CHECK_EXIT(r, 1);
    QVERIFY(cli.leaks().isEmpty());
}

void tst_CliHistory::usageErrors()
{
    CliHarness cli;
    cli.writeConfig(
        instanceYaml(QStringLiteral("radarr"), QStringLiteral("radarr"), QStringLiteral("http://127.0.0.1:9")));
    CHECK_EXIT(cli.run({QStringLiteral("history")}), 2);
    CHECK_EXIT(cli.run({QStringLiteral("history"), QStringLiteral("--item"), QStringLiteral("x")}), 2);
    CHECK_EXIT(cli.run({QStringLiteral("prune")}), 2);
    CHECK_EXIT(cli.run({QStringLiteral("prune"), QStringLiteral("--older-than"), QStringLiteral("soon")}), 2);
    CHECK_EXIT(cli.run({QStringLiteral("prune"), QStringLiteral("--keep"), QStringLiteral("0")}), 2);
    CHECK_EXIT(cli.run({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("-3")}), 2);
    CHECK_EXIT(cli.run({QStringLiteral("snapshots"), QStringLiteral("extra")}), 2);
    // Reading commands never create a database.
    CHECK_EXIT(cli.run({QStringLiteral("snapshots")}), 1);
    QVERIFY(!QFile::exists(cli.home.databasePath()));
}

// A database in a folder this user may not write, itself read-only: every reading command works, sync
// and prune say why they cannot write before doing anything, and nothing calls it damaged. Run as nobody
// through setpriv when the test runs as root (CI), since root may write anything.
void tst_CliHistory::readOnlyDatabase()
{
    CliHarness cli;
    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 20));
    cli.writeConfig(instanceYaml(QStringLiteral("radarr"), *sim));
    CHECK_EXIT(cli.run({QStringLiteral("sync")}), 0);
    CHECK_EXIT(cli.run({QStringLiteral("sync")}), 0);
    const QString db = cli.home.databasePath();
    const QByteArray bytes = fileBytes(db);
    QVERIFY(Unprivileged::makeReachable(cli.home.configPath()));
    QVERIFY(Unprivileged::makeReachable(db));
    QVERIFY(Unprivileged::setMode(db, 0444));
    QVERIFY(Unprivileged::setMode(cli.home.path(), 0555));
    const auto restore = qScopeGuard([&] {
        Unprivileged::setMode(cli.home.path(), 0700);
        Unprivileged::setMode(db, 0600);
    });
    const int requestsBefore = sim->stats().total;
    const auto run = [&](const QStringList &arguments) {
        const QStringList command = Unprivileged::command(cliPath(), arguments);
        const CliResult result = runProgram(command.first(), command.mid(1), cli.home.environment());
        cli.remember(arguments, result);
        return result;
    };
    for (const QStringList &reading :
         {QStringList{QStringLiteral("snapshots")}, QStringList{QStringLiteral("diff")},
          QStringList{QStringLiteral("analyze")}, QStringList{QStringLiteral("candidates")},
          QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--output"), QStringLiteral("-")}}) {
        const CliResult r = run(reading);
        CHECK_EXIT(r, 0);
        QVERIFY2(!r.out.isEmpty(), qPrintable(diagnostics(r)));
        QVERIFY2(!r.all().contains(QStringLiteral("damaged")), qPrintable(diagnostics(r)));
    }
    for (const QStringList &writing :
         {QStringList{QStringLiteral("sync")},
          QStringList{QStringLiteral("prune"), QStringLiteral("--keep"), QStringLiteral("1")}}) {
        const CliResult r = run(writing);
        CHECK_EXIT(r, 1);
        QVERIFY2(!r.all().contains(QStringLiteral("damaged")), qPrintable(diagnostics(r)));
        QVERIFY2(r.err.contains(QStringLiteral("can only be read: the file is not writable")),
                 qPrintable(diagnostics(r)));
        QVERIFY2(r.err.contains(QStringLiteral("syncing and pruning need to write")), qPrintable(diagnostics(r)));
    }
    QCOMPARE(sim->stats().total, requestsBefore); // sync refused before asking the server
    QCOMPARE(fileBytes(db), bytes);
}

QTEST_GUILESS_MAIN(tst_CliHistory)
#include "tst_cli_history.moc"
