// The HTML report in a real browser: Debian's chromium, headless, renders the page; the DOM it dumps
// after the scripts ran must hold the table rows and SVG charts, hostile titles only as text, and its
// log no console message (no exception, no CSP violation).

#include "audit/finding.h"
#include "clitestfixture.h"
#include "contrast.h"
#include "report/htmlreport.h"
#include "report/reportdata.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

const QStringList &hostileTitles()
{
    static const QStringList titles = {
        QStringLiteral("<script>alert(1)</script>"),          QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("</script><script>alert(2)</script>"), QStringLiteral("line\u2028separator"),
        QStringLiteral("\"quoted\" & 'apostrophes'"),         QStringLiteral("Emoji 🎬🍿"),
    };
    return titles;
}

// Two instances, `files` files in all; the hostile titles have the lowest scores, so the files table
// (score ascending by default) shows them on its first page.
QList<LibrarySnapshot> library(int files)
{
    QList<LibrarySnapshot> list;
    for (const InstanceType type : {InstanceType::Radarr, InstanceType::Sonarr}) {
        LibrarySnapshot s;
        s.id = list.size() + 1;
        const bool radarr = type == InstanceType::Radarr;
        s.instance = {radarr ? QStringLiteral("radarr") : QStringLiteral("sonarr"), type, QString(),
                      radarr ? QStringLiteral("Radarr") : QStringLiteral("Sonarr"),
                      radarr ? QStringLiteral("5.14.0.9383") : QStringLiteral("4.0.9.2244")};
        s.finishedAt = QDateTime(QDate(2026, 11, 24), QTime(11, 0), Qt::UTC);
        for (int p = 1; p <= 3; ++p) {
            QualityProfile profile;
            profile.id = p;
            // In the profile select, the histogram's label and both tables.
            profile.name = p == 1 ? QStringLiteral("<em>Profile</em> 1") : QStringLiteral("Profile %1").arg(p);
            profile.upgradeAllowed = true;
            profile.cutoffFormatScore = 1000 * p;
            s.profiles << profile;
        }
        const int count = radarr ? files * 2 / 3 : files - files * 2 / 3;
        for (int i = 0; i < count; ++i) {
            MediaFile f;
            f.kind = radarr ? MediaKind::Movie : MediaKind::Episode;
            f.fileId = i + 1;
            f.itemId = radarr ? i + 1 : i / 20 + 1;
            const bool hostile = radarr && i < hostileTitles().size();
            f.title = hostile ? hostileTitles().at(i)
                              : QStringLiteral("%1 %2")
                                    .arg(radarr ? QStringLiteral("Movie") : QStringLiteral("Series"))
                                    .arg(f.itemId);
            f.year = radarr ? 1980 + i % 45 : 0;
            if (!radarr) {
                f.seriesTitle = f.title;
                f.season = i % 20 / 10 + 1;
                f.episodes = {i % 10 + 1};
                f.episodeTitle = QStringLiteral("Episode <b>%1</b>").arg(i % 10 + 1);
            }
            static const char *qualities[] = {"Bluray-2160p", "WEBDL-1080p", "Bluray-1080p", "HDTV-720p"};
            static const int resolutions[] = {2160, 1080, 1080, 720};
            f.quality =
                hostile && i == 0 ? QStringLiteral("<s>Bluray-2160p</s>") : QString::fromLatin1(qualities[i % 4]);
            f.resolution = resolutions[i % 4];
            f.qualityProfileId = i % 3 + 1;
            f.customFormats = {{1, QStringLiteral("DV")}, {2, QStringLiteral("<u>HDR10+</u>")}};
            f.customFormatScore = hostile ? -10000 - i : (i * 37) % 3500 - 500;
            f.sizeBytes = qint64(1 + i % 40) * 1'000'000'000;
            f.relativePath = f.title + QStringLiteral(".mkv");
            f.releaseGroup = hostile ? QStringLiteral("<marquee>GRP</marquee>") : QStringLiteral("GRP%1").arg(i % 7);
            f.dateAdded = QDateTime(QDate(2025, 1, 1).addDays(i % 300), QTime(3, 0), Qt::UTC);
            s.files << f;
        }
        list << s;
    }
    return list;
}

// The report of `files` files with an audit of every kind, its text chosen by a hostile server.
ReportData withAudit(int files)
{
    ReportData data = ReportData::build(library(files));
    QList<Finding> findings;
    int id = 0;
    for (const FindingKind kind : Finding::allKinds()) {
        for (int n = 0; n < 2; ++n) {
            Finding f;
            f.kind = kind;
            f.instance = QStringLiteral("radarr");
            f.itemId = ++id;
            f.fileId = 500 + id;
            f.title = id == 1 ? QStringLiteral("<u>Looped</u> movie") : QStringLiteral("Movie %1").arg(id);
            f.explanation = QStringLiteral("The release <em>Heat.1995</em> was grabbed on 2 October and again on 9 "
                                           "October; its import scored 100 against 150 at the grab.");
            ServerEvent grab;
            grab.serverId = qint64(id) * 10;
            grab.type = ServerEventType::Grabbed;
            grab.date = QDateTime(QDate(2026, 10, 2), QTime(8, 0), Qt::UTC);
            grab.itemId = id;
            grab.sourceTitle = QStringLiteral("<marquee>Heat.1995.1080p</marquee>");
            grab.quality = QStringLiteral("Bluray-1080p");
            grab.indexer = QStringLiteral("Indexer");
            grab.score = 150;
            ServerEvent imported = grab;
            imported.serverId = qint64(id) * 10 + 1;
            imported.type = ServerEventType::DownloadFolderImported;
            imported.score = 100;
            ServerEvent deleted = grab;
            deleted.serverId = qint64(id) * 10 + 2;
            deleted.type = ServerEventType::FileDeleted;
            deleted.reason = QStringLiteral("Upgrade");
            deleted.score.reset();
            f.events = {grab, imported, deleted};
            findings << f;
        }
    }
    data.audit =
        ReportData::auditObject(findings, {QStringLiteral("movies: Radarr before 4.3.1 keeps no grab scores.")});
    return data;
}

struct Rendered
{
    QString dom;
    QStringList console; // the browser's console messages
    QString log;
};

} // namespace

class tst_ReportBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void consoleErrorsAreCaught();
    void reportRendersRowsChartsAndHostileTitlesAsText();
    void darkThemeFromTheToggleParameter();
    void numbersAndDatesInTheReportsLocale();
    void cliExportOfASyncedLibrary();
    void cssColoursMeetWcagAA();
    void axeFindsNoViolation_data();
    void axeFindsNoViolation();

private:
    Rendered render(const QString &path, const QString &query = {});
    void checkRendered(const Rendered &r, int minimumRows);
    QString axeScript();

    QString m_chromium;
    QTemporaryDir m_dir;
};

void tst_ReportBrowser::initTestCase()
{
    m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (m_chromium.isEmpty())
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
    if (m_chromium.isEmpty())
        QSKIP("chromium is not installed: scripts/install-deps.sh --tests installs it (apt-get install chromium)");
    QVERIFY(m_dir.isValid());
}

Rendered tst_ReportBrowser::render(const QString &path, const QString &query)
{
    QTemporaryDir profile;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), profile.path());
    const QStringList args = {QStringLiteral("--headless"),
                              QStringLiteral("--no-sandbox"),
                              QStringLiteral("--disable-gpu"),
                              QStringLiteral("--disable-background-networking"),
                              QStringLiteral("--disable-component-update"),
                              QStringLiteral("--disable-sync"),
                              QStringLiteral("--no-first-run"),
                              QStringLiteral("--user-data-dir=") + profile.path(),
                              QStringLiteral("--enable-logging=stderr"),
                              QStringLiteral("--v=0"),
                              QStringLiteral("--virtual-time-budget=5000"),
                              QStringLiteral("--dump-dom"),
                              QUrl::fromLocalFile(path).toString() + query};
    const CliResult result = runProgram(m_chromium, args, env, 120000);
    Rendered r;
    r.dom = result.out;
    r.log = result.err;
    for (const QString &line : result.err.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("CONSOLE")))
            r.console << line;
    }
    if (result.exitCode != 0 || result.timedOut)
        qWarning("chromium exited with %d%s: %s", result.exitCode, result.timedOut ? " (timed out)" : "",
                 qPrintable(result.err.right(2000)));
    return r;
}

void tst_ReportBrowser::checkRendered(const Rendered &r, int minimumRows)
{
    QVERIFY2(r.console.isEmpty(), qPrintable(r.console.join(QLatin1Char('\n'))));
    QVERIFY2(r.dom.contains(QLatin1String("data-rendered=\"true\"")),
             qPrintable(QStringLiteral("the page script did not finish:\n") + r.log.right(3000)));
    // Rows of the files table: its tbody holds a page of them.
    static const QRegularExpression filesBody(
        QStringLiteral(R"re(<table data-table="files">.*?<tbody>(.*?)</tbody>)re"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString body = filesBody.match(r.dom).captured(1);
    QVERIFY2(body.count(QLatin1String("<tr>")) >= minimumRows, qPrintable(body.left(500)));
    QVERIFY(!body.contains(QLatin1String("No rows")));
    // Charts: SVG bars in the distribution, quality and resolution charts.
    for (const char *chart : {"chart-scores", "chart-quality", "chart-resolution"}) {
        const qsizetype at = r.dom.indexOf(QLatin1String("id=\"%1\"").arg(QLatin1String(chart)));
        QVERIFY2(at >= 0, chart);
        const QString figure = r.dom.mid(at, r.dom.indexOf(QLatin1String("</figure>"), at) - at);
        QVERIFY2(figure.contains(QLatin1String("<svg")) && figure.contains(QLatin1String("<rect class=\"bar")), chart);
    }
    // Nothing from the data became an element: the template's two scripts, no image, no handler.
    QCOMPARE(r.dom.count(QLatin1String("<script")), 2);
    QVERIFY(!r.dom.contains(QLatin1String("<img")));
    for (const char *tag : {"<u>", "<em>", "<s>", "<marquee"})
        QVERIFY2(!r.dom.contains(QLatin1String(tag)), tag);
    static const QRegularExpression handler(QStringLiteral(R"re(<[a-z]+[^>]*\son[a-z]+=)re"));
    QVERIFY2(!handler.match(r.dom).hasMatch(), qPrintable(handler.match(r.dom).captured(0)));
}

void tst_ReportBrowser::consoleErrorsAreCaught()
{
    // The detector itself: a page that throws must be caught, or the checks below prove nothing.
    const QString path = m_dir.filePath(QStringLiteral("throws.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<!DOCTYPE html><html><body><p>x</p><script>throw new Error('boom');</script></body></html>");
    file.close();
    const Rendered r = render(path);
    QVERIFY2(r.console.join(QLatin1Char('\n')).contains(QLatin1String("boom")), qPrintable(r.log.right(2000)));
}

void tst_ReportBrowser::reportRendersRowsChartsAndHostileTitlesAsText()
{
    const QString path = m_dir.filePath(QStringLiteral("report.html"));
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const ReportData data = withAudit(3000);
    const Status status = HtmlReport::write(data, &file);
    QVERIFY2(status.ok(), qPrintable(status.error().message));
    QVERIFY(file.commit());

    const Rendered r = render(path);
    checkRendered(r, 50);
    if (QTest::currentTestFailed())
        return;
    // The hostile titles are on the first page (lowest scores), as text.
    QVERIFY2(r.dom.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")), qPrintable(r.dom.left(3000)));
    QVERIFY(r.dom.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt;")));
    QVERIFY(r.dom.contains(QLatin1String("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;")));
    QVERIFY(r.dom.contains(QStringLiteral("Emoji 🎬🍿")));
    QVERIFY(r.dom.contains(QLatin1String("\"quoted\" &amp; 'apostrophes'")));
    // A profile's, a quality's and a release group's markup too.
    QVERIFY(r.dom.contains(QLatin1String("&lt;em&gt;Profile&lt;/em&gt; 1")));
    QVERIFY(r.dom.contains(QLatin1String("&lt;s&gt;Bluray-2160p&lt;/s&gt;")));
    QVERIFY(r.dom.contains(QLatin1String("&lt;marquee&gt;GRP&lt;/marquee&gt;")));
    // The header names both instances and their versions.
    QVERIFY(r.dom.contains(QLatin1String("5.14.0.9383")));
    QVERIFY(r.dom.contains(QLatin1String("4.0.9.2244")));
    QVERIFY(r.dom.contains(QStringLiteral("Rows 1–50 of 3,000")));
    // Scores below the cutoff carry a sign and words, not only a colour.
    QVERIFY(r.dom.contains(QLatin1String("<span class=\"sr-only\"> (below the cutoff)</span>")));
    // The audit: a group per kind, a finding per item with its explanation and events, all as text.
    const qsizetype audit = r.dom.indexOf(QLatin1String("<section aria-labelledby=\"h-audit\""));
    QVERIFY(audit > 0);
    const QString section = r.dom.mid(audit, r.dom.indexOf(QLatin1String("</section>"), audit) - audit);
    QCOMPARE(section.count(QLatin1String("<h3>")), int(Finding::allKinds().size()));
    QCOMPARE(section.count(QLatin1String("<details class=\"finding\"")), 2 * int(Finding::allKinds().size()));
    QVERIFY(section.contains(QLatin1String("&lt;u&gt;Looped&lt;/u&gt; movie")));
    QVERIFY(section.contains(QLatin1String("&lt;em&gt;Heat.1995&lt;/em&gt;")));
    QVERIFY(section.contains(QLatin1String("&lt;marquee&gt;Heat.1995.1080p&lt;/marquee&gt;")));
    QVERIFY(section.contains(QLatin1String("Radarr before 4.3.1 keeps no grab scores.")));
    QVERIFY(section.contains(QLatin1String(">Imported<")) && section.contains(QLatin1String(">File deleted<")));
}

void tst_ReportBrowser::darkThemeFromTheToggleParameter()
{
    const QString path = m_dir.filePath(QStringLiteral("small.html"));
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(HtmlReport::write(ReportData::build(library(60)), &file).ok());
    QVERIFY(file.commit());
    const Rendered dark = render(path, QStringLiteral("?theme=dark"));
    checkRendered(dark, 40);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(dark.dom.contains(QLatin1String("<html lang=\"en\" data-theme=\"dark\">")));
    QVERIFY(dark.dom.contains(QLatin1String(">Light theme</button>")));
    // Only the two known themes are accepted from the address.
    const Rendered other = render(path, QStringLiteral("?theme=%3Cimg%3E"));
    QVERIFY(other.dom.contains(QLatin1String("<html lang=\"en\">")));
}

void tst_ReportBrowser::numbersAndDatesInTheReportsLocale()
{
    // Made under German, the page formats as German whatever the browser's language: the app's tables
    // and the report show the same numbers.
    const QString path = m_dir.filePath(QStringLiteral("german.html"));
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    ReportData data = ReportData::build(library(3000));
    data.locale = QLocale(QLocale::German, QLocale::Germany);
    QVERIFY(HtmlReport::write(data, &file).ok());
    QVERIFY(file.commit());
    const Rendered r = render(path);
    checkRendered(r, 50);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(r.dom.contains(QStringLiteral("Rows 1–50 of 3.000")), qPrintable(r.dom.right(3000)));
    // Sizes as QLocale::formattedDataSize(n, 1) in the app: 3,000 files of 20.5 GB on average; dates day first.
    QVERIFY2(r.dom.contains(QStringLiteral(">19,1 GiB per file<")), qPrintable(r.dom.left(5000)));
    QVERIFY(r.dom.contains(QStringLiteral("24.11.2026")));
    QVERIFY(!r.dom.contains(QStringLiteral("Rows 1–50 of 3,000")));
}

void tst_ReportBrowser::cliExportOfASyncedLibrary()
{
    // The whole path: the simulator (hostile titles included), `arrscore sync`, then
    // `arrscore export --format html`.
    auto radarr = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 120));
    auto sonarr = startSim(sonarrLibrary(QStringLiteral("4.0.9.2244"), 6, 5));
    CliHarness cli;
    cli.writeConfig(instanceYaml(QStringLiteral("movies"), *radarr) + instanceYaml(QStringLiteral("shows"), *sonarr));
    CliResult r = cli.run({QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QString path = cli.home.file(QStringLiteral("report.html"));
    r = cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                 QStringLiteral("--output"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY(QFile::exists(path));
    QVERIFY(cli.leaks().isEmpty());
    QVERIFY(cli.filesWithKey().isEmpty());

    const Rendered rendered = render(path);
    checkRendered(rendered, 50);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(rendered.dom.contains(QLatin1String("movies")));
    QVERIFY(rendered.dom.contains(QLatin1String("shows")));
}

void tst_ReportBrowser::cssColoursMeetWcagAA()
{
    // Every text colour of report.css on every background it is drawn on, in the light and the dark theme.
    const QString css = QString::fromUtf8(fileBytes(QStringLiteral(ARRSCORE_REPORT_CSS)));
    static const QRegularExpression block(QStringLiteral(R"re(\{([^{}]*--text:[^{}]*)\})re"));
    static const QRegularExpression variable(QStringLiteral(R"re(--([a-z-]+):\s*#([0-9a-f]{6}))re"));
    int themes = 0;
    for (const QRegularExpressionMatch &b : block.globalMatch(css)) {
        QHash<QString, quint32> colour;
        for (const QRegularExpressionMatch &v : variable.globalMatch(b.captured(1)))
            colour.insert(v.captured(1), v.captured(2).toUInt(nullptr, 16));
        if (!colour.contains(QStringLiteral("panel")))
            continue; // the print block: black on white
        ++themes;
        for (const char *fg : {"text", "muted", "accent", "good", "bad", "warn"}) {
            for (const char *bg : {"bg", "panel", "row-alt"}) {
                const double ratio = contrastRatio(colour.value(QLatin1String(fg)), colour.value(QLatin1String(bg)));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("theme %1: --%2 on --%3 is %4:1")
                                                      .arg(themes)
                                                      .arg(QLatin1String(fg), QLatin1String(bg))
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
    }
    QCOMPARE(themes, 3); // light, dark, and dark again for prefers-color-scheme
}

QString tst_ReportBrowser::axeScript()
{
    // axe-core as report-a11y/package-lock.json pins it, installed by scripts/install-deps.sh --tests: nothing is
    // downloaded while building or testing.
    return QString::fromUtf8(fileBytes(QStringLiteral(ARRSCORE_AXE_DIR "/node_modules/axe-core/axe.min.js")));
}

void tst_ReportBrowser::axeFindsNoViolation_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("light") << QStringLiteral("?theme=light");
    QTest::newRow("dark") << QStringLiteral("?theme=dark");
}

void tst_ReportBrowser::axeFindsNoViolation()
{
    QFETCH(QString, query);
    const QString axe = axeScript();
    QVERIFY2(!axe.isEmpty(), "axe-core is not installed in " ARRSCORE_AXE_DIR
                             "/node_modules: run scripts/install-deps.sh --tests (npm ci there)");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(HtmlReport::write(withAudit(300), &buffer).ok());
    QString page = QString::fromUtf8(buffer.data());

    // axe and a runner that writes its verdict into the page, both allowed by the page's own CSP by hash.
    const QString runner = QStringLiteral(
        "window.addEventListener('load', function () { setTimeout(function () {"
        // The audit's findings open, so that their explanations and event tables are checked as well.
        " document.querySelectorAll('details').forEach(function (d) { d.open = true; });"
        " axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })"
        " .then(function (r) { var pre = document.createElement('pre'); pre.id = 'axe-result';"
        " pre.textContent = JSON.stringify(r.violations.map(function (v) { return { id: v.id, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || ''); }) "
        "}; }));"
        " document.body.appendChild(pre); }); }, 500); });");
    const auto hash = [](const QString &script) {
        return QStringLiteral(" 'sha256-%1'")
            .arg(QString::fromLatin1(QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256).toBase64()));
    };
    const qsizetype csp = page.indexOf(QLatin1String("script-src"));
    QVERIFY(csp > 0);
    page.insert(csp + int(qstrlen("script-src")), hash(axe) + hash(runner));
    page.replace(QLatin1String("</body>"), QStringLiteral("<script>") + axe + QStringLiteral("</script><script>")
                                               + runner + QStringLiteral("</script></body>"));
    const QString path = m_dir.filePath(QStringLiteral("axe.html"));
    writeFileBytes(path, page.toUtf8());

    const Rendered r = render(path, query);
    static const QRegularExpression result(QStringLiteral(R"re(<pre id="axe-result">(.*?)</pre>)re"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = result.match(r.dom);
    QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("axe did not report:\n") + r.log.right(3000)));
    QString json = m.captured(1);
    json.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
    json.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&amp;"), QLatin1String("&"));
    const QJsonArray violations = QJsonDocument::fromJson(json.toUtf8()).array();
    QStringList lines;
    for (const auto &v : violations) {
        lines << v[QLatin1String("id")].toString() + QStringLiteral(": ") + v[QLatin1String("help")].toString();
        for (const auto &n : v[QLatin1String("nodes")].toArray())
            lines << QStringLiteral("    ") + n.toString().left(300);
    }
    QVERIFY2(violations.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_ReportBrowser)
#include "tst_report_browser.moc"
