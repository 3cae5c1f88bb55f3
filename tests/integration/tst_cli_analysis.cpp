// The real arrscore binary's analysis commands against simulators in this process: `candidates` (table,
// --json, --limit, --instance) and `analyze`, and the export views candidates, formats and profiles, all
// checked against the files view of the same database and the simulator's own scores.
#include "clitestfixture.h"
#include "views/analysisviews.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace arrscore;
using namespace arrscore::test;

namespace {

QString keyOf(const QJsonObject &row)
{
    return row.value(QLatin1String("instance")).toString() + QLatin1Char('/')
           + QString::number(row.value(QLatin1String("file_id")).toInteger());
}

} // namespace

class tst_CliAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void candidatesJson();
    void candidatesTable();
    void analyze();
    void humanOutputInTheLocalesFormat();
    void exportViews();
    void errors();

private:
    std::unique_ptr<CliHarness> m_cli;
    std::unique_ptr<SimServer> m_radarr;
    std::unique_ptr<SimServer> m_sonarr;
    QHash<QString, QJsonObject> m_files; // instance/file_id → row of the files view
};

void tst_CliAnalysis::initTestCase()
{
    m_cli = std::make_unique<CliHarness>();
    m_radarr = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 80));
    m_sonarr = startSim(sonarrLibrary(QStringLiteral("4.0.9.2244"), 6, 8));
    m_cli->writeConfig(instanceYaml(QStringLiteral("movies"), *m_radarr)
                       + instanceYaml(QStringLiteral("shows"), *m_sonarr));
    CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    r = m_cli->run({QStringLiteral("export")});
    CHECK_EXIT(r, 0);
    for (const QJsonValue &v : jsonOf(r).value(QLatin1String("files")).toArray())
        m_files.insert(keyOf(v.toObject()), v.toObject());
    QVERIFY(m_files.size() > 100);
}

void tst_CliAnalysis::cleanupTestCase()
{
    QVERIFY2(m_cli->leaks().isEmpty(), qPrintable(m_cli->leaks().join(QStringLiteral("; "))));
}

void tst_CliAnalysis::candidatesJson()
{
    const CliResult r = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    const QJsonObject json = jsonOf(r);
    const QJsonArray list = json.value(QLatin1String("candidates")).toArray();
    QCOMPARE(list.size(), json.value(QLatin1String("counts")).toObject().value(QLatin1String("candidates")).toInt());
    QVERIFY2(!list.isEmpty(), "the simulated libraries should have candidates");

    // Every file of the files view whose profile allows upgrades and whose score is below its cutoff is a
    // candidate; no file of a profile without upgrades is.
    QSet<QString> expectedByScore;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const QJsonObject &f = it.value();
        const QJsonValue score = f.value(QLatin1String("custom_format_score"));
        if (f.value(QLatin1String("upgrade_allowed")).toBool() && !score.isNull()
            && score.toInt() < f.value(QLatin1String("cutoff_format_score")).toInt())
            expectedByScore.insert(it.key());
    }
    QSet<QString> seen;
    double previous = 1e9;
    const QStringList keys = {QStringLiteral("instance"),
                              QStringLiteral("kind"),
                              QStringLiteral("item_id"),
                              QStringLiteral("file_id"),
                              QStringLiteral("title"),
                              QStringLiteral("custom_format_score"),
                              QStringLiteral("cutoff_format_score"),
                              QStringLiteral("score_gap"),
                              QStringLiteral("quality"),
                              QStringLiteral("quality_cutoff_not_met"),
                              QStringLiteral("priority"),
                              QStringLiteral("reasons")};
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        for (const QString &key : keys)
            QVERIFY2(c.contains(key), qPrintable(key));
        const QString key = keyOf(c);
        const QJsonObject file = m_files.value(key);
        QVERIFY2(!file.isEmpty(), qPrintable(key));
        QVERIFY(file.value(QLatin1String("upgrade_allowed")).toBool());
        // The score is the server's, and the gap is the distance to the profile's cutoff.
        const std::optional<int> sim = simScore(
            c.value(QLatin1String("instance")) == QLatin1String("movies") ? m_radarr->library() : m_sonarr->library(),
            c.value(QLatin1String("item_id")).toInteger(), c.value(QLatin1String("file_id")).toInteger());
        QCOMPARE(c.value(QLatin1String("custom_format_score")).toInt(), *sim);
        const int gap = c.value(QLatin1String("cutoff_format_score")).toInt() - *sim;
        QCOMPARE(c.value(QLatin1String("score_gap")).toInt(), qMax(0, gap));
        QVERIFY(gap > 0 || c.value(QLatin1String("quality_cutoff_not_met")).toBool());
        QVERIFY(!c.value(QLatin1String("reasons")).toArray().isEmpty());
        const QJsonObject reason = c.value(QLatin1String("reasons")).toArray().first().toObject();
        QVERIFY(!reason.value(QLatin1String("kind")).toString().isEmpty());
        QVERIFY(!reason.value(QLatin1String("text")).toString().isEmpty());
        if (c.value(QLatin1String("kind")) == QLatin1String("episode")) {
            QVERIFY(c.contains(QLatin1String("series_title")));
            QVERIFY(c.contains(QLatin1String("season")));
            QVERIFY(c.value(QLatin1String("episodes")).isArray());
        }
        const double priority = c.value(QLatin1String("priority")).toDouble();
        QVERIFY(priority <= previous);
        previous = priority;
        seen.insert(key);
    }
    for (const QString &key : std::as_const(expectedByScore))
        QVERIFY2(seen.contains(key), qPrintable(key + QStringLiteral(" is below its cutoff but no candidate")));

    // --limit and --instance.
    CliResult limited = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                    QStringLiteral("3"), QStringLiteral("--instance"), QStringLiteral("shows")});
    CHECK_EXIT(limited, 0);
    const QJsonArray three = jsonOf(limited).value(QLatin1String("candidates")).toArray();
    QCOMPARE(three.size(), qMin(3, int(std::count_if(list.cbegin(), list.cend(), [](const QJsonValue &v) {
                                    return v.toObject().value(QLatin1String("instance")) == QLatin1String("shows");
                                }))));
    for (const QJsonValue &v : three)
        QCOMPARE(v.toObject().value(QLatin1String("instance")).toString(), QStringLiteral("shows"));
}

void tst_CliAnalysis::candidatesTable()
{
    const CliResult r = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--limit"), QStringLiteral("5")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("Upgrade candidates: ")), qPrintable(r.out));
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("^\\s+# +TITLE.*PRIORITY  TOP REASON$")));
    QVERIFY2(header > 0, qPrintable(r.out));
    QVERIFY(lines.at(header + 1).trimmed().startsWith(QLatin1String("1 ")));
    QVERIFY(lines.at(header + 5).trimmed().startsWith(QLatin1String("5 ")));
    QVERIFY(lines.at(header + 6).startsWith(QStringLiteral("… and ")));
}

void tst_CliAnalysis::analyze()
{
    CliResult r = m_cli->run({QStringLiteral("analyze")});
    CHECK_EXIT(r, 0);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^Library health: \\d+/100 \\(\\d+ of \\d+ checks passed over \\d+ files\\)$"),
                 QRegularExpression::MultilineOption)
                 .match(r.out)
                 .hasMatch(),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("\nProfiles:\n")));
    QVERIFY(r.out.contains(QLatin1String("\nTop formats by contribution:\n")));
    QVERIFY(r.out.contains(QLatin1String("Seasons: ")));
    QVERIFY(r.out.contains(QLatin1String("Movies: ")));

    r = m_cli->run({QStringLiteral("analyze"), QStringLiteral("--json")});
    CHECK_EXIT(r, 0);
    const QJsonObject json = jsonOf(r);
    const QJsonObject health = json.value(QLatin1String("health")).toObject();
    const int figure = health.value(QLatin1String("health")).toInt(-1);
    QVERIFY(figure >= 0 && figure <= 100);
    QCOMPARE(figure, qRound(100.0 * health.value(QLatin1String("passed")).toInt()
                            / health.value(QLatin1String("checks")).toInt()));
    QVERIFY(health.value(QLatin1String("improvements")).toArray().size() <= 3);
    int files = 0;
    for (const QJsonValue &v : json.value(QLatin1String("profiles")).toArray())
        files += v.toObject().value(QLatin1String("files")).toInt();
    QCOMPARE(files, m_files.size());
    QCOMPARE(json.value(QLatin1String("trends")).toObject().value(QLatin1String("points")).toArray().size(), 2);
}

void tst_CliAnalysis::humanOutputInTheLocalesFormat()
{
    // The same analysis in American English and in German: every decimal and every count of four digits
    // or more of the English tables reads the German way in the German ones (CSV and JSON stay as they are).
    QProcessEnvironment env = m_cli->home.environment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    const CliResult en = m_cli->run({QStringLiteral("analyze")}, env);
    CHECK_EXIT(en, 0);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    const CliResult de = m_cli->run({QStringLiteral("analyze")}, env);
    CHECK_EXIT(de, 0);
    QVERIFY2(de.out.startsWith(QStringLiteral("Zustand der Bibliothek: ")), qPrintable(de.out.left(200)));
    QVERIFY2(de.out.contains(QStringLiteral(" Punkte)"))
                 && !de.out.contains(QRegularExpression(QStringLiteral(R"(\+\d+\.\d Punkte)"))),
             qPrintable(de.out.left(500)));
    static const QRegularExpression number(
        QStringLiteral(R"((?<![\w.,:-])(-?\d{1,3}(?:,\d{3})+(?:\.\d)?|-?\d+\.\d)(?![\w.,:-]))"));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    int decimals = 0, thousands = 0;
    const qsizetype tables = en.out.indexOf(QLatin1String("\nProfiles:\n"));
    const qsizetype tablesEnd = en.out.indexOf(QLatin1String("\nUpgrade candidates: "));
    QVERIFY(tables > 0 && tablesEnd > tables);
    for (const QRegularExpressionMatch &m : number.globalMatch(en.out.mid(tables, tablesEnd - tables))) {
        const QString text = m.captured(1);
        const bool isDecimal = text.contains(QLatin1Char('.'));
        bool ok = false;
        const double value = english.toDouble(text, &ok);
        QVERIFY2(ok, qPrintable(text));
        const QString expected = isDecimal ? german.toString(value, 'f', 1) : german.toString(qint64(value));
        QVERIFY2(de.out.contains(QLatin1Char(' ') + expected), qPrintable(expected + QLatin1Char('\n') + de.out));
        decimals += isDecimal ? 1 : 0;
        thousands += qAbs(value) >= 1000 ? 1 : 0;
    }
    QVERIFY2(decimals > 0 && thousands > 0, qPrintable(en.out)); // or this test proves nothing

    const CliResult candidates =
        m_cli->run({QStringLiteral("candidates"), QStringLiteral("--limit"), QStringLiteral("3")}, env);
    CHECK_EXIT(candidates, 0);
    static const QRegularExpression priority(QStringLiteral(R"(^\s+1 .* (\d+,\d) )"),
                                             QRegularExpression::MultilineOption);
    QVERIFY2(priority.match(candidates.out).hasMatch(), qPrintable(candidates.out));
}

void tst_CliAnalysis::exportViews()
{
    const CliResult json = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--json")});
    const int candidates = jsonOf(json).value(QLatin1String("candidates")).toArray().size();
    CliResult r = m_cli->run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("candidates"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK_EXIT(r, 0);
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.first(), AnalysisViews::candidateColumns());
    QCOMPARE(rows.size() - 1, candidates);

    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("candidates")});
    CHECK_EXIT(r, 0);
    QCOMPARE(jsonOf(r).value(QLatin1String("view")).toString(), QStringLiteral("candidates"));
    QCOMPARE(jsonOf(r).value(QLatin1String("candidates")).toArray().size(), candidates);

    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("formats")});
    CHECK_EXIT(r, 0);
    const QJsonArray formats = jsonOf(r).value(QLatin1String("formats")).toArray();
    QVERIFY(!formats.isEmpty());
    // A format's file count is the number of files of the files view that match it.
    const QJsonObject top = formats.first().toObject();
    int matching = 0;
    for (const QJsonObject &f : std::as_const(m_files)) {
        if (f.value(QLatin1String("instance")) == top.value(QLatin1String("instance"))
            && f.value(QLatin1String("custom_formats")).toArray().contains(top.value(QLatin1String("format"))))
            ++matching;
    }
    QCOMPARE(top.value(QLatin1String("files")).toInt(), matching);

    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("profiles"),
                    QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK_EXIT(r, 0);
    QCOMPARE(parseCsv(r.out).first(), AnalysisViews::profileColumns());
}

void tst_CliAnalysis::errors()
{
    CliResult r = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--instance"), QStringLiteral("nope")});
    CHECK_EXIT(r, 2);
    QVERIFY(r.err.contains(QLatin1String("No snapshot of an instance named \"nope\"")));
    r = m_cli->run({QStringLiteral("candidates"), QStringLiteral("--limit"), QStringLiteral("x")});
    CHECK_EXIT(r, 2);
    r = m_cli->run({QStringLiteral("analyze"), QStringLiteral("movies")});
    CHECK_EXIT(r, 2);
    QVERIFY(r.err.contains(QLatin1String("--instance movies")));
    // An empty database: nothing to analyse, and no crash.
    CliHarness empty;
    empty.writeConfig(instanceYaml(QStringLiteral("movies"), *m_radarr));
    r = empty.run({QStringLiteral("analyze")});
    CHECK_EXIT(r, 1);
    QVERIFY(r.err.contains(QLatin1String("Run \"arrscore sync\" first")));
}

QTEST_GUILESS_MAIN(tst_CliAnalysis)
#include "tst_cli_analysis.moc"
