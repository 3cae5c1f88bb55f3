// The real arrscore binary over what a hostile or broken server could have made a sync store: scores at the
// ends of Int32 (analyze crashed below about −2,000,000,000 and kept crashing until the snapshot was
// pruned) and text with terminal escape sequences, control characters and bidirectional controls, which the
// human-readable output must show as text while --json keeps them exactly.
#include "analysisfixture.h"
#include "clitestfixture.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"

#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

// Retitles the terminal (OSC 0 … BEL), clears it (CSI 2J), and a C1 CSI (U+009B) and a CR for good measure.
const QString kHostile = QStringLiteral("Evil\x1b]0;pwned\x07\x1b[2J\u009b31m\rTitle");

// Shown in a bidirectional terminal, the override (RLO … PDF) turns "1500" into "0051" and the isolate
// (RLI … PDI) and mark (RLM) put the columns after the title in another order: what is read is not what is
// stored (Trojan Source).
const QString kBidi = QStringLiteral("Bidi \u202e1500\u202c \u2067x\u2069 \u200f\u061c\u200e\u202a\u202b\u202d"
                                     "\u2066\u2068 \u05e9\u05dc\u05d5\u05dd");

bool isBidiControl(char16_t u)
{
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

bool hasRawControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F) || isBidiControl(u);
    });
}

} // namespace

class tst_CliHostile : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void extremeScores();
    void escapeSequencesInText();
    void bidiControlsInText();

private:
    void store(const LibrarySnapshot &snapshot);
};

// Stores a snapshot as a sync would have, for an instance of the configuration (never contacted).
void tst_CliHostile::store(const LibrarySnapshot &snapshot)
{
    m_cli->writeConfig(instanceYaml(snapshot.instance.name, QStringLiteral("radarr"),
                                    QStringLiteral("http://127.0.0.1:%1").arg(unusedPort())));
    Result<std::unique_ptr<Database>> db = Database::open(m_cli->home.databasePath());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    const Result<qint64> id = SnapshotStore(**db).save(snapshot);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
}

void tst_CliHostile::extremeScores()
{
    // Besides extremeLibrary()'s profile, one (without upgrades, so that health and candidates keep their
    // figures) whose lowest score alone puts a 32-bit bin start below INT_MIN: the crash as it was reported.
    LibrarySnapshot s = extremeLibrary();
    QualityProfile deep = s.profiles.first();
    deep.id = 2;
    deep.name = QStringLiteral("Deep");
    deep.upgradeAllowed = false;
    s.profiles.append(deep);
    for (const int score : {-2147000000, 0}) {
        MediaFile f = s.files.first();
        f.fileId = s.files.size() + 1;
        f.itemId = f.fileId + 1000;
        f.qualityProfileId = deep.id;
        f.customFormats.clear();
        f.customFormatScore = score;
        s.files.append(f);
    }
    store(s);
    if (QTest::currentTestFailed())
        return;

    CliResult r = m_cli->run({QStringLiteral("analyze")});
    QVERIFY2(!r.crashed, qPrintable(diagnostics(r)));
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Library health: 60/100")), qPrintable(r.out));

    r = m_cli->run({QStringLiteral("analyze"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    const QJsonObject json = jsonOf(r);
    const QJsonArray histograms =
        json.value(QLatin1String("distributions")).toObject().value(QLatin1String("score_histograms")).toArray();
    QCOMPARE(histograms.size(), 2);
    const QJsonObject h = histograms.at(0).toObject();
    QCOMPARE(h.value(QLatin1String("start")).toInteger(), -2500000000LL);
    QCOMPARE(h.value(QLatin1String("bin_width")).toInteger(), 500000000LL);
    // Deep: [−2,147,000,000, 0] in 12 bins of 2 × 10^8 from −2.2 × 10^9.
    const QJsonObject d = histograms.at(1).toObject();
    QCOMPARE(d.value(QLatin1String("start")).toInteger(), -2200000000LL);
    QCOMPARE(d.value(QLatin1String("counts")).toArray(), (QJsonArray{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));

    r = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    const QJsonArray candidates = jsonOf(r).value(QLatin1String("candidates")).toArray();
    QCOMPARE(candidates.size(), 4);
    QCOMPARE(candidates.first().toObject().value(QLatin1String("score_gap")).toInteger(), 4294967295LL);

    r = m_cli->run({QStringLiteral("candidates")});
    CHECK_EXIT(r, 0);
    // The gaps in the GAP column and in the reason, whole (through an int they read -1 and -2147483648,
    // and "%Ln" was left in the reason), in the locale's digit groups.
    QString ungrouped = r.out;
    ungrouped.remove(QLatin1Char(','));
    QVERIFY2(ungrouped.contains(QStringLiteral(" 4294967295  ")), qPrintable(r.out));
    QVERIFY2(ungrouped.contains(QStringLiteral("score 4294967295 points below the profile's cutoff")),
             qPrintable(r.out));
    QVERIFY2(ungrouped.contains(QStringLiteral(" 2147483648  ")), qPrintable(r.out)); // INT_MAX + 1
    QVERIFY2(!r.out.contains(QLatin1String("%L")), qPrintable(r.out));
}

void tst_CliHostile::escapeSequencesInText()
{
    LibrarySnapshot s = extremeLibrary();
    s.files[0].title = kHostile;
    s.profiles[0].name = kHostile;
    s.profiles[0].formatItems[0].name = kHostile;
    s.files[1].customFormats[0].name = kHostile;
    s.files[4].customFormats[0].name = kHostile;
    store(s);
    if (QTest::currentTestFailed())
        return;

    // Human-readable output: the sequences arrive as text, the rest of the title with them.
    for (const QString &command : {QStringLiteral("candidates"), QStringLiteral("analyze")}) {
        const CliResult r = m_cli->run({command});
        CHECK_EXIT(r, 0);
        QVERIFY2(!hasRawControl(r.out) && !hasRawControl(r.err), qPrintable(command + QLatin1Char('\n') + r.out));
        QVERIFY2(r.out.contains(QStringLiteral(R"(\u001b]0;pwned\u0007\u001b[2J)")), qPrintable(r.out));
    }
    const CliResult table = m_cli->run({QStringLiteral("candidates")});
    QVERIFY2(table.out.contains(QStringLiteral(R"(Evil\u001b]0;pwned\u0007\u001b[2J\u009b31m\u000dT)")),
             qPrintable(table.out));

    // --json: valid JSON holding the title exactly, control characters and all.
    const CliResult json = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--json")});
    CHECK_EXIT(json, 0);
    QVERIFY(!hasRawControl(json.out));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    bool found = false;
    for (const QJsonValue &c : doc.object().value(QLatin1String("candidates")).toArray())
        found = found || c.toObject().value(QLatin1String("title")).toString() == kHostile;
    QVERIFY2(found, qPrintable(json.out));
}

void tst_CliHostile::bidiControlsInText()
{
    LibrarySnapshot s = extremeLibrary();
    s.files[0].title = kBidi;
    s.profiles[0].name = kBidi;
    store(s);
    if (QTest::currentTestFailed())
        return;

    // Every bidirectional control as its escape; the Hebrew letters, which are seen, as they are.
    const CliResult table = m_cli->run({QStringLiteral("candidates")});
    CHECK_EXIT(table, 0);
    QVERIFY2(!hasRawControl(table.out) && !hasRawControl(table.err), qPrintable(table.out));
    QVERIFY2(table.out.contains(QStringLiteral(R"(Bidi \u202e1500\u202c \u2067x\u2069 \u200f\u061c\u200e\u202a\u202b)")
                                + QStringLiteral(R"(\u202d\u2066\u2068 )")
                                + QStringLiteral("\u05e9\u05dc\u05d5\u05dd")),
             qPrintable(table.out));
    const CliResult analyze = m_cli->run({QStringLiteral("analyze")});
    CHECK_EXIT(analyze, 0);
    QVERIFY2(!hasRawControl(analyze.out), qPrintable(analyze.out));
    QVERIFY2(analyze.out.contains(QStringLiteral(R"(Bidi \u202e1500\u202c)")), qPrintable(analyze.out));

    // --json: the escapes are JSON's own, so the title reads back exactly.
    const CliResult json = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--json")});
    CHECK_EXIT(json, 0);
    QVERIFY(!hasRawControl(json.out));
    bool found = false;
    for (const QJsonValue &c : jsonOf(json).value(QLatin1String("candidates")).toArray())
        found = found || c.toObject().value(QLatin1String("title")).toString() == kBidi;
    QVERIFY2(found, qPrintable(json.out));
}

QTEST_GUILESS_MAIN(tst_CliHostile)
#include "tst_cli_hostile.moc"
