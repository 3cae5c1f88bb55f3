#include "report/htmlreport.h"

#include "base/handoff.h"
#include "report/reportjson.h"
#include "views/filerows.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileDevice>
#include <QJsonDocument>
#include <QLocale>
#include <QVariant>

#include <memory>

namespace arrscore {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/report/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("report resource %s is missing", qPrintable(name)); // a build error, not a user's
    return file.readAll();
}

void writeKey(ReportJson &json, const char *key)
{
    json.raw(",\"");
    json.raw(key);
    json.raw("\":");
}

void writeInstances(ReportJson &json, const QList<LibrarySnapshot> &snapshots)
{
    // No URL: a report is made to be shared, and an address on the home network is nobody else's business.
    json.raw("[");
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        const LibrarySnapshot &s = snapshots.at(i);
        json.raw(i ? ",{\"name\":" : "{\"name\":");
        json.string(s.instance.name);
        writeKey(json, "type");
        json.string(instanceTypeName(s.instance.type));
        writeKey(json, "app");
        json.string(s.instance.appName);
        writeKey(json, "version");
        json.string(s.instance.version);
        writeKey(json, "snapshot_id");
        json.value(s.id);
        writeKey(json, "started_at");
        json.value(s.startedAt);
        writeKey(json, "synced_at");
        json.value(s.finishedAt);
        writeKey(json, "strategy");
        json.string(s.strategy);
        writeKey(json, "scores_available");
        json.value(s.scoresAvailable);
        writeKey(json, "files");
        json.value(qint64(s.files.size()));
        writeKey(json, "profiles");
        json.value(qint64(s.profiles.size()));
        writeKey(json, "warnings");
        json.value(s.warnings);
        json.raw("}");
    }
    json.raw("]");
}

void writeSummary(ReportJson &json, const QList<LibrarySnapshot> &snapshots)
{
    qint64 files = 0, bytes = 0, scored = 0;
    double sum = 0;
    for (const LibrarySnapshot &s : snapshots) {
        files += s.files.size();
        for (const MediaFile &f : s.files) {
            bytes += f.sizeBytes;
            if (f.customFormatScore) {
                ++scored;
                sum += *f.customFormatScore;
            }
        }
    }
    json.raw("{\"files\":");
    json.value(files);
    writeKey(json, "size_bytes");
    json.value(bytes);
    writeKey(json, "scored_files");
    json.value(scored);
    writeKey(json, "mean_score");
    json.value(scored ? QVariant(std::round(sum / double(scored) * 10) / 10) : QVariant());
    json.raw("}");
}

void writeObject(ReportJson &json, const QJsonObject &object)
{
    if (object.isEmpty())
        json.raw("null");
    else
        json.buffer().append(ReportJson::scriptSafe(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace

QByteArray HtmlReport::script()
{
    static const QByteArray js = resource(QStringLiteral("table.js")) + '\n' + resource(QStringLiteral("report.js"));
    return js;
}

QByteArray HtmlReport::contentSecurityPolicy(const QByteArray &script)
{
    const QByteArray hash = QCryptographicHash::hash(script, QCryptographicHash::Sha256).toBase64();
    return "default-src 'none'; script-src 'sha256-" + hash
           + "'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
}

Status HtmlReport::write(const ReportData &data, QIODevice *out, const QString &destination)
{
    const QString name = !destination.isEmpty()             ? destination
                         : qobject_cast<QFileDevice *>(out) ? qobject_cast<QFileDevice *>(out)->fileName()
                                                            : tr("the report");
    static const QByteArray css = resource(QStringLiteral("report.css"));
    static const QByteArray page = resource(QStringLiteral("report.html"));
    const QByteArray js = script();

    // The template's markers, in the order they appear.
    // report.html is "...@CSP@...@CSS@...@DATA@...@JS@..." and contains no other '@'.
    const QList<QByteArray> parts = page.split('@');
    if (parts.size() != 9)
        qFatal("report.html has %d markers instead of 4", int(parts.size() / 2)); // a build error

    ReportJson json(out);
    QByteArray &buf = json.buffer();
    buf.append(parts.at(0)).append(contentSecurityPolicy(js)).append(parts.at(2)).append(css).append(parts.at(4));

    const QDateTime generated = data.generatedAt.isValid() ? data.generatedAt : QDateTime::currentDateTimeUtc();
    json.raw(R"({"generator":"Arr Score Exporter","generated_at":)");
    json.value(generated);
    // A BCP 47 tag for the page's Intl formatters; none for C, whose formats are no one's: the browser's then.
    writeKey(json, "locale");
    json.value(data.locale.language() == QLocale::C ? QVariant() : QVariant(data.locale.bcp47Name()));
    writeKey(json, "instances");
    writeInstances(json, data.snapshots);
    writeKey(json, "summary");
    writeSummary(json, data.snapshots);
    // The upgrade candidates are found on a second thread while the files are written, then written
    // straight out after them: serialised on that thread into a buffer, they were a second copy of the
    // largest part of the page in memory (about 360 MiB at 300,000 files).
    HandOff<std::unique_ptr<RowSource>> candidates = runInBackground([&data]() -> std::unique_ptr<RowSource> {
        return data.candidateRows ? data.candidateRows(data.snapshotPointers()) : nullptr;
    });
    writeKey(json, "files");
    FileRows files(data.snapshotPointers());
    bool ok = json.table(files);
    writeKey(json, "analysis");
    writeObject(json, data.analysis);
    writeKey(json, "candidates");
    if (const std::unique_ptr<RowSource> rows = candidates.takeResult())
        ok = json.table(*rows) && ok;
    else
        json.raw("null");
    writeKey(json, "trend");
    writeObject(json, data.trend);
    writeKey(json, "audit");
    writeObject(json, data.audit);
    json.raw("}");

    buf.append(parts.at(6)).append(js).append(parts.at(8));
    if (!ok || !json.flush())
        return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(name, json.errorString())};
    return Status::success();
}

} // namespace arrscore
