#include "audit/finding.h"
#include "report/htmlreport.h"
#include "report/reportdata.h"
#include "report/reportjson.h"
#include "views/filecolumns.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace arrscore;

namespace {

const QStringList &hostileTitles()
{
    static const QStringList titles = {
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("</script><script>alert(2)</script>"),
        QStringLiteral("line\u2028separator\u2029paragraph"),
        QStringLiteral("\"quotes\" and 'apostrophes' & <!-- comment"),
        QStringLiteral("Emoji 🎬🍿 and 進撃の巨人"),
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")re"),
        QStringLiteral("back\\slash\nnew line\ttab\x01"),
        QStringLiteral("<svg onload=alert(3)>"),
    };
    return titles;
}

LibrarySnapshot snapshot()
{
    LibrarySnapshot s;
    s.id = 5;
    s.instance = {QStringLiteral("radarr-<b>4k</b>"), InstanceType::Radarr, QStringLiteral("http://nas.lan:7878"),
                  QStringLiteral("Radarr"), QStringLiteral("5.14.0.9383")};
    s.startedAt = QDateTime(QDate(2026, 11, 24), QTime(11, 0), Qt::UTC);
    s.finishedAt = QDateTime(QDate(2026, 11, 24), QTime(11, 1, 30), Qt::UTC);
    s.strategy = QStringLiteral("batched moviefile");
    s.warnings = {QStringLiteral("movie 3: <img src=x onerror=alert(9)>")};
    QualityProfile p;
    p.id = 1;
    p.name = QStringLiteral("UHD </script>");
    p.upgradeAllowed = true;
    p.cutoffFormatScore = 1000;
    s.profiles = {p};
    int id = 0;
    for (const QString &title : hostileTitles()) {
        MediaFile f;
        f.fileId = ++id;
        f.itemId = 100 + id;
        f.title = title;
        f.year = 2000 + id;
        f.quality = QStringLiteral("Bluray-2160p");
        f.resolution = 2160;
        f.qualityProfileId = 1;
        f.customFormats = {{1, QStringLiteral("<i>DV</i>")}, {2, QStringLiteral("HDR10+")}};
        f.customFormatScore = id % 3 == 0 ? std::optional<int>() : std::optional<int>(id * 100 - 500);
        f.sizeBytes = qint64(id) * 1'000'000'000;
        f.relativePath = title + QStringLiteral("/file.mkv");
        f.releaseGroup = QStringLiteral("-GRP");
        f.dateAdded = QDateTime(QDate(2025, 1, id), QTime(3, 4, 5), Qt::UTC);
        s.files << f;
    }
    return s;
}

// A fixed "candidates" view, so the report's table is tested without the analysis.
class TwoRows final : public RowSource
{
public:
    QStringList columns() const override
    {
        return {QStringLiteral("instance"), QStringLiteral("file_id"), QStringLiteral("reasons")};
    }
    bool next() override { return ++m_row < 2; }
    QVariant cell(int column) const override
    {
        if (column == 0)
            return QStringLiteral("radarr-<b>4k</b>");
        if (column == 1)
            return m_row + 1;
        return QStringList{QStringLiteral("</script> below cutoff")};
    }

private:
    int m_row = -1;
};

// Findings of every kind whose text a hostile server chose: titles, releases, reasons.
QList<Finding> hostileFindings()
{
    QList<Finding> findings;
    int id = 0;
    for (const FindingKind kind : Finding::allKinds()) {
        Finding f;
        f.kind = kind;
        f.instance = QStringLiteral("radarr-<b>4k</b>");
        f.itemId = ++id;
        f.fileId = 100 + id;
        f.title = hostileTitles().at(id % hostileTitles().size());
        f.explanation = QStringLiteral("Grabbed </script><script>alert(%1)</script> twice").arg(id);
        ServerEvent grab;
        grab.serverId = qint64(id) * 10;
        grab.type = ServerEventType::Grabbed;
        grab.date = QDateTime(QDate(2026, 10, id), QTime(8, 0), Qt::UTC);
        grab.itemId = id;
        grab.sourceTitle = QStringLiteral("<img src=x onerror=alert(1)>.1080p");
        grab.score = 150;
        ServerEvent deleted = grab;
        deleted.serverId = qint64(id) * 10 + 1;
        deleted.type = ServerEventType::FileDeleted;
        deleted.reason = QStringLiteral("<svg onload=alert(3)>");
        deleted.score.reset();
        f.events = {grab, deleted};
        f.lastEventAt = deleted.date;
        findings << f;
    }
    return findings;
}

QByteArray render(const ReportData &data)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status status = HtmlReport::write(data, &buffer);
    if (!status)
        qWarning("%s", qPrintable(status.error().message));
    return buffer.data();
}

ReportData reportOf(const LibrarySnapshot &s)
{
    ReportData data = ReportData::build({s});
    data.generatedAt = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    return data;
}

// The text of the element `<script type="application/json" id="data">`.
QByteArray dataScript(const QByteArray &html)
{
    const QByteArray open = R"(<script type="application/json" id="data">)";
    const qsizetype start = html.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = html.indexOf("</script>", start);
    return html.mid(start + open.size(), end - start - open.size());
}

QByteArray pageScript(const QByteArray &html)
{
    const qsizetype start = html.lastIndexOf("<script>");
    const qsizetype end = html.lastIndexOf("</script>");
    return start < 0 || end < start ? QByteArray() : html.mid(start + 8, end - start - 8);
}

QJsonValue expected(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return QJsonValue::Null;
    if (cell.typeId() == QMetaType::QDateTime)
        return cell.toDateTime().toUTC().toString(Qt::ISODate);
    return QJsonValue::fromVariant(cell);
}

} // namespace

class tst_HtmlReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptSafeJsonEscapesWhatCouldEndTheElement();
    void embeddedDataParsesBackToEveryValue();
    void noStringCanLeaveTheDataElement();
    void contentSecurityPolicyForbidsRemoteLoads();
    void noHandlersOrRemoteUrlsInThePage();
    void headerAndSummary();
    void missingAnalysisIsNullNotMadeUp();
    void candidatesAndAnalysisWhenProvided();
    void auditSectionHoldsFindingsAsData();
    void writeErrorIsReported();
};

void tst_HtmlReport::scriptSafeJsonEscapesWhatCouldEndTheElement()
{
    QByteArray out;
    ReportJson::appendString(out, QStringLiteral("</script>&\u2028\u2029\"\\"));
    QCOMPARE(out, QByteArray(R"re("\u003c/script\u003e\u0026\u2028\u2029\"\\")re"));
    const QJsonDocument doc = QJsonDocument::fromJson("[" + out + "]");
    QCOMPARE(doc.array().at(0).toString(), QStringLiteral("</script>&\u2028\u2029\"\\"));

    const QByteArray made =
        QJsonDocument(QJsonObject{{QStringLiteral("t"), QStringLiteral("<a>&\u2028")}}).toJson(QJsonDocument::Compact);
    const QByteArray safe = ReportJson::scriptSafe(made);
    QVERIFY(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
    QVERIFY(!safe.contains("\xE2\x80\xA8"));
    QCOMPARE(QJsonDocument::fromJson(safe).object().value(QStringLiteral("t")).toString(),
             QStringLiteral("<a>&\u2028"));
}

void tst_HtmlReport::embeddedDataParsesBackToEveryValue()
{
    const LibrarySnapshot s = snapshot();
    const QByteArray html = render(reportOf(s));
    QJsonParseError error;
    const QJsonObject data = QJsonDocument::fromJson(dataScript(html), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    const QJsonObject files = data.value(QStringLiteral("files")).toObject();
    QCOMPARE(files.value(QStringLiteral("columns")).toVariant().toStringList(), FileColumns::names());
    const QJsonArray rows = files.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), s.files.size());
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonArray row = rows.at(r).toArray();
        const FileRow fileRow = FileRow::of(s, s.files.at(r));
        QCOMPARE(row.size(), FileColumns::count());
        for (int c = 0; c < FileColumns::count(); ++c) {
            const QJsonValue want = expected(FileColumns::value(c, fileRow));
            if (row.at(c) != want)
                QFAIL(qPrintable(QStringLiteral("row %1, column %2: %3 instead of %4")
                                     .arg(r)
                                     .arg(FileColumns::name(c),
                                          QString::fromUtf8(QJsonDocument(QJsonArray{row.at(c)}).toJson()),
                                          QString::fromUtf8(QJsonDocument(QJsonArray{want}).toJson()))));
        }
        QCOMPARE(row.at(FileColumns::Title).toString(), hostileTitles().at(r));
    }
    QCOMPARE(data.value(QStringLiteral("generated_at")).toString(), QStringLiteral("2026-11-24T12:00:00Z"));
}

void tst_HtmlReport::noStringCanLeaveTheDataElement()
{
    const QByteArray html = render(reportOf(snapshot()));
    const QByteArray json = dataScript(html);
    QVERIFY(!json.isEmpty());
    for (const char c : {'<', '>', '&'})
        QVERIFY2(!json.contains(c), qPrintable(QStringLiteral("raw %1 in the data").arg(QLatin1Char(c))));
    QVERIFY(!json.contains("\xE2\x80\xA8"));
    QVERIFY(!json.contains("\xE2\x80\xA9"));
    // Exactly the template's two script elements: the data and the page's script.
    QCOMPARE(html.count("<script"), 2);
    QCOMPARE(html.count("</script"), 2);
    // No hostile title appears as markup anywhere in the file.
    for (const QString &title : hostileTitles())
        QVERIFY2(!title.contains(QLatin1Char('<')) || !html.contains(title.toUtf8()), qPrintable(title));
    QVERIFY(!html.contains("<img"));
    QVERIFY(!html.contains("<svg onload"));
}

void tst_HtmlReport::contentSecurityPolicyForbidsRemoteLoads()
{
    const QByteArray html = render(reportOf(snapshot()));
    static const QRegularExpression meta(
        QStringLiteral(R"re(<meta http-equiv="Content-Security-Policy" content="([^"]*)">)re"));
    const QRegularExpressionMatch m = meta.match(QString::fromUtf8(html));
    QVERIFY(m.hasMatch());
    const QStringList directives = m.captured(1).split(QStringLiteral("; "));
    QVERIFY(directives.contains(QStringLiteral("default-src 'none'")));
    QVERIFY(directives.contains(QStringLiteral("img-src data:")));
    QVERIFY(directives.contains(QStringLiteral("base-uri 'none'")));
    QVERIFY(directives.contains(QStringLiteral("form-action 'none'")));
    // The page's one script is allowed by its hash, nothing else by 'unsafe-inline' or a host.
    const QByteArray script = pageScript(html);
    QVERIFY(!script.isEmpty());
    QCOMPARE(script, HtmlReport::script());
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(script, QCryptographicHash::Sha256).toBase64());
    QVERIFY(directives.contains(QStringLiteral("script-src 'sha256-%1'").arg(hash)));
    QVERIFY(!m.captured(1).contains(QLatin1String("http")));
    // The meta tag must come before anything it governs.
    QVERIFY(html.indexOf("Content-Security-Policy") < html.indexOf("<style>"));
}

void tst_HtmlReport::noHandlersOrRemoteUrlsInThePage()
{
    const QString html = QString::fromUtf8(render(reportOf(snapshot())));
    static const QRegularExpression handler(QStringLiteral(R"re(<[^>]*\son\w+\s*=)re"),
                                            QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!handler.match(html).hasMatch(), qPrintable(handler.match(html).captured(0)));
    static const QRegularExpression remote(QStringLiteral(R"re((src|href|action)\s*=\s*["']?\s*(https?:)?//)re"),
                                           QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!remote.match(html).hasMatch(), qPrintable(remote.match(html).captured(0)));
    QVERIFY(!html.contains(QLatin1String("@import")));
    // The script builds the page from data with text nodes only.
    const QString script = QString::fromUtf8(HtmlReport::script());
    for (const char *banned : {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                               "new Function", "fetch(", "XMLHttpRequest", "import(", "setAttribute('on"})
        QVERIFY2(!script.contains(QLatin1String(banned)), banned);
    // The instance's address is not in a report made to be shared.
    QVERIFY(!html.contains(QLatin1String("nas.lan")));
}

void tst_HtmlReport::headerAndSummary()
{
    const LibrarySnapshot s = snapshot();
    const QJsonObject data = QJsonDocument::fromJson(dataScript(render(reportOf(s)))).object();
    const QJsonArray instances = data.value(QStringLiteral("instances")).toArray();
    QCOMPARE(instances.size(), 1);
    const QJsonObject i = instances.at(0).toObject();
    QCOMPARE(i.value(QStringLiteral("name")).toString(), QStringLiteral("radarr-<b>4k</b>"));
    QCOMPARE(i.value(QStringLiteral("app")).toString(), QStringLiteral("Radarr"));
    QCOMPARE(i.value(QStringLiteral("version")).toString(), QStringLiteral("5.14.0.9383"));
    QCOMPARE(i.value(QStringLiteral("synced_at")).toString(), QStringLiteral("2026-11-24T11:01:30Z"));
    QCOMPARE(i.value(QStringLiteral("files")).toInt(), s.files.size());
    QCOMPARE(i.value(QStringLiteral("warnings")).toArray().at(0).toString(), s.warnings.first());
    QVERIFY(!i.contains(QStringLiteral("url")));

    const QJsonObject summary = data.value(QStringLiteral("summary")).toObject();
    qint64 bytes = 0, scored = 0, sum = 0;
    for (const MediaFile &f : s.files) {
        bytes += f.sizeBytes;
        if (f.customFormatScore) {
            ++scored;
            sum += *f.customFormatScore;
        }
    }
    QCOMPARE(summary.value(QStringLiteral("files")).toInteger(), s.files.size());
    QCOMPARE(summary.value(QStringLiteral("size_bytes")).toInteger(), bytes);
    QCOMPARE(summary.value(QStringLiteral("scored_files")).toInteger(), scored);
    QCOMPARE(summary.value(QStringLiteral("mean_score")).toDouble(),
             std::round(double(sum) / double(scored) * 10) / 10);
}

void tst_HtmlReport::missingAnalysisIsNullNotMadeUp()
{
    ReportData data = reportOf(snapshot());
    data.analysis = {};
    data.candidateRows = nullptr;
    data.trend = {};
    data.audit = {};
    const QJsonObject json = QJsonDocument::fromJson(dataScript(render(data))).object();
    QVERIFY(json.contains(QStringLiteral("audit")) && json.value(QStringLiteral("audit")).isNull());
    QVERIFY(json.contains(QStringLiteral("analysis")) && json.value(QStringLiteral("analysis")).isNull());
    QVERIFY(json.value(QStringLiteral("candidates")).isNull());
    QVERIFY(json.value(QStringLiteral("trend")).isNull());
    // The page says so in words rather than drawing an empty chart.
    QVERIFY(HtmlReport::script().contains("Not available in this build"));
}

void tst_HtmlReport::candidatesAndAnalysisWhenProvided()
{
    ReportData data = reportOf(snapshot());
    data.candidateRows = [](const QList<const LibrarySnapshot *> &snapshots) -> std::unique_ptr<RowSource> {
        if (snapshots.size() != 1 || snapshots.first()->files.size() != hostileTitles().size())
            return nullptr;
        return std::make_unique<TwoRows>();
    };
    data.analysis = QJsonObject{
        {QStringLiteral("health"), QJsonObject{{QStringLiteral("health"), 73}}},
        {QStringLiteral("formats"), QJsonArray{QJsonObject{{QStringLiteral("format"), QStringLiteral("</script>")}}}}};
    data.trend = QJsonObject{{QStringLiteral("points"), QJsonArray{}}};
    const QByteArray html = render(data);
    const QJsonObject json = QJsonDocument::fromJson(dataScript(html)).object();
    const QJsonObject candidates = json.value(QStringLiteral("candidates")).toObject();
    QCOMPARE(candidates.value(QStringLiteral("columns")).toArray().size(), 3);
    const QJsonArray rows = candidates.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).toArray().at(1).toInt(), 2);
    QCOMPARE(rows.at(0).toArray().at(2).toArray().at(0).toString(), QStringLiteral("</script> below cutoff"));
    const QJsonObject analysis = json.value(QStringLiteral("analysis")).toObject();
    QCOMPARE(analysis.value(QStringLiteral("health")).toObject().value(QStringLiteral("health")).toInt(), 73);
    QCOMPARE(
        analysis.value(QStringLiteral("formats")).toArray().at(0).toObject().value(QStringLiteral("format")).toString(),
        QStringLiteral("</script>"));
    QVERIFY(json.value(QStringLiteral("trend")).isObject());
    QCOMPARE(html.count("</script"), 2);
}

void tst_HtmlReport::auditSectionHoldsFindingsAsData()
{
    ReportData data = reportOf(snapshot());
    const QList<Finding> findings = hostileFindings();
    data.audit = ReportData::auditObject(findings, {QStringLiteral("Sonarr v3 keeps <no> scores")});
    const QByteArray html = render(data);
    const QByteArray script = dataScript(html);
    for (const char c : {'<', '>', '&'})
        QVERIFY2(!script.contains(c), qPrintable(QStringLiteral("raw %1 in the data").arg(QLatin1Char(c))));
    QCOMPARE(html.count("<script"), 2);
    QVERIFY(html.contains("id=\"audit\""));

    const QJsonObject audit = QJsonDocument::fromJson(script).object().value(QStringLiteral("audit")).toObject();
    const QJsonArray list = audit.value(QStringLiteral("findings")).toArray();
    QCOMPARE(list.size(), findings.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject f = list.at(i).toObject();
        QCOMPARE(f.value(QStringLiteral("kind")).toString(), Finding::kindName(findings.at(i).kind));
        QCOMPARE(f.value(QStringLiteral("title")).toString(), findings.at(i).title);
        QCOMPARE(f.value(QStringLiteral("explanation")).toString(), findings.at(i).explanation);
        QCOMPARE(f.value(QStringLiteral("item_id")).toInteger(), findings.at(i).itemId);
        const QJsonArray events = f.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("grabbed"));
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("score")).toInt(), 150);
        QVERIFY(events.at(1).toObject().value(QStringLiteral("score")).isNull());
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("<svg onload=alert(3)>"));
    }
    QCOMPARE(audit.value(QStringLiteral("notes")).toArray().at(0).toString(),
             QStringLiteral("Sonarr v3 keeps <no> scores"));
    // The page groups by the kinds in the app's order, with their titles and descriptions.
    const QJsonArray kinds = audit.value(QStringLiteral("kinds")).toArray();
    QCOMPARE(kinds.size(), Finding::allKinds().size());
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QJsonObject k = kinds.at(i).toObject();
        QCOMPARE(k.value(QStringLiteral("name")).toString(), Finding::kindName(Finding::allKinds().at(i)));
        QVERIFY(!k.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!k.value(QStringLiteral("description")).toString().isEmpty());
    }
    // No findings is an audit that found nothing, not a missing one.
    data.audit = ReportData::auditObject({}, {});
    const QJsonObject empty = QJsonDocument::fromJson(dataScript(render(data))).object();
    QVERIFY(empty.value(QStringLiteral("audit")).isObject());
    QVERIFY(empty.value(QStringLiteral("audit")).toObject().value(QStringLiteral("findings")).toArray().isEmpty());
}

void tst_HtmlReport::writeErrorIsReported()
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    const Status status = HtmlReport::write(reportOf(snapshot()), &readOnly, QStringLiteral("report.html"));
    QVERIFY(!status);
    QCOMPARE(status.error().kind, ErrorKind::Storage);
    QVERIFY(status.error().message.contains(QLatin1String("report.html")));
}

QTEST_GUILESS_MAIN(tst_HtmlReport)
#include "tst_htmlreport.moc"
