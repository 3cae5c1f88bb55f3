#include "export/exporter.h"

#include "export/bufferedwriter.h"
#include "export/jsontext.h"

#include "base/logging.h"
#include "export/csvwriter.h"
#include "views/analysisviews.h"
#include "views/auditviews.h"
#include "views/filerows.h"
#include "views/historyrows.h"

#include <QElapsedTimer>
#include <QFileDevice>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace arrscore {

namespace {

struct ViewDef
{
    const char *name;
    std::function<std::unique_ptr<RowSource>(const QList<const LibrarySnapshot *> &)> make;
};

const QList<ViewDef> &views()
{
    static const QList<ViewDef> list = {
        {"files", [](const auto &snapshots) { return std::make_unique<FileRows>(snapshots); }},
        {"candidates", [](const auto &snapshots) { return AnalysisViews::candidates(snapshots); }},
        {"formats", [](const auto &snapshots) { return AnalysisViews::formats(snapshots); }},
        {"profiles", [](const auto &snapshots) { return AnalysisViews::profiles(snapshots); }},
    };
    return list;
}

void appendJsonString(QByteArray &out, const QString &text)
{
    jsontext::appendString(out, text, jsontext::Escape::Json);
}

QString isoUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

void appendJsonValue(QByteArray &out, const QVariant &value)
{
    jsontext::appendValue(out, value, jsontext::Escape::Json);
}

bool writeJson(BufferedWriter &sink, const QString &view, const QList<const LibrarySnapshot *> &snapshots,
               const QDateTime &generatedAt, RowSource &rows)
{
    QByteArray &out = sink.buffer();
    out.append("{\"generated_at\":");
    appendJsonString(out, isoUtc(generatedAt));
    out.append(",\"view\":");
    appendJsonString(out, view);
    out.append(",\"instances\":[");
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        const LibrarySnapshot &s = *snapshots.at(i);
        out.append(i > 0 ? ",\n{\"name\":" : "\n{\"name\":");
        appendJsonString(out, s.instance.name);
        out.append(",\"type\":");
        appendJsonString(out, instanceTypeName(s.instance.type));
        out.append(",\"version\":");
        appendJsonValue(out, s.instance.version.isEmpty() ? QVariant() : QVariant(s.instance.version));
        out.append(",\"snapshot_id\":");
        appendJsonValue(out, s.id > 0 ? QVariant(s.id) : QVariant());
        out.append(",\"synced_at\":");
        appendJsonValue(out, s.finishedAt.isValid() ? QVariant(s.finishedAt) : QVariant());
        out.append(",\"scores_available\":");
        appendJsonValue(out, s.scoresAvailable);
        out.append('}');
    }
    out.append("],\n");
    appendJsonString(out, view);
    out.append(":[");

    // Keys are the same for every row: escape them once.
    QList<QByteArray> keys;
    const QStringList columns = rows.columns();
    for (const QString &column : columns) {
        QByteArray key;
        appendJsonString(key, column);
        keys.append(key + ':');
    }
    bool first = true;
    while (rows.next()) {
        out.append(first ? "\n{" : ",\n{");
        first = false;
        for (qsizetype c = 0; c < keys.size(); ++c) {
            if (c > 0)
                out.append(',');
            out.append(keys.at(c));
            appendJsonValue(out, rows.cell(static_cast<int>(c)));
        }
        out.append('}');
        if (!sink.maybeFlush())
            return false;
    }
    out.append("\n]}\n");
    return sink.flush();
}

bool writeCsv(QIODevice *device, bool bom, RowSource &rows, QString *error)
{
    CsvWriter writer(device, bom);
    const QStringList columns = rows.columns();
    bool ok = writer.writeRow(columns);
    QVariantList cells;
    cells.reserve(columns.size());
    while (ok && rows.next()) {
        cells.clear();
        for (int c = 0; c < columns.size(); ++c)
            cells.append(rows.cell(c));
        ok = writer.writeRow(cells);
    }
    ok = ok && writer.flush();
    if (!ok)
        *error = writer.errorString();
    return ok;
}

} // namespace

std::optional<ExportFormat> Exporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString Exporter::formatName(ExportFormat format)
{
    return format == ExportFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

QStringList Exporter::viewNames()
{
    QStringList names;
    for (const ViewDef &view : views())
        names.append(QString::fromLatin1(view.name));
    return names;
}

QStringList Exporter::databaseViewNames()
{
    return {QStringLiteral("history"), QStringLiteral("audit"), QStringLiteral("compare")};
}

QStringList Exporter::allViewNames()
{
    return viewNames() + databaseViewNames();
}

Status Exporter::write(const QList<LibrarySnapshot> &snapshots, const ExportOptions &options, QIODevice *out)
{
    const ViewDef *view = nullptr;
    for (const ViewDef &candidate : views()) {
        if (options.view == QLatin1String(candidate.name))
            view = &candidate;
    }
    if (!view)
        return Error{ErrorKind::Config, tr("unknown export view \"%1\"; expected one of: %2")
                                            .arg(options.view, viewNames().join(QStringLiteral(", ")))};

    QList<const LibrarySnapshot *> selected;
    for (const LibrarySnapshot &snapshot : snapshots) {
        if (options.instances.isEmpty() || options.instances.contains(snapshot.instance.name))
            selected.append(&snapshot);
    }
    for (const QString &name : options.instances) {
        const bool known = std::any_of(selected.cbegin(), selected.cend(),
                                       [&name](const LibrarySnapshot *s) { return s->instance.name == name; });
        if (!known)
            return Error{ErrorKind::Config, tr("no synced data for the instance \"%1\"").arg(name)};
    }

    const std::unique_ptr<RowSource> rows = view->make(selected);
    return writeRows(*rows, selected, options, out);
}

namespace {

// Counts the rows as the writers take them and asks the progress callback whether to go on.
class ProgressRows final : public RowSource
{
public:
    ProgressRows(RowSource &rows, const std::function<bool(qint64)> &progress) : m_rows(rows), m_progress(progress) {}
    QStringList columns() const override { return m_rows.columns(); }
    bool next() override
    {
        if (m_cancelled || !m_rows.next())
            return false;
        ++m_count;
        if (m_count % 500 == 0 && !m_progress(m_count))
            m_cancelled = true;
        return !m_cancelled;
    }
    QVariant cell(int column) const override { return m_rows.cell(column); }
    bool cancelled() const { return m_cancelled; }
    qint64 count() const { return m_count; }

private:
    RowSource &m_rows;
    const std::function<bool(qint64)> &m_progress;
    qint64 m_count = 0;
    bool m_cancelled = false;
};

} // namespace

Status Exporter::writeRows(RowSource &source, const QList<const LibrarySnapshot *> &instances,
                           const ExportOptions &options, QIODevice *out)
{
    const std::function<bool(qint64)> noProgress = [](qint64) { return true; };
    ProgressRows rows(source, options.progress ? options.progress : noProgress);
    QString destination = options.destination;
    if (const auto *file = qobject_cast<QFileDevice *>(out); destination.isEmpty() && file)
        destination = file->fileName();
    if (destination.isEmpty())
        destination = tr("the output");
    const auto failed = [&destination](const QString &reason) {
        return Status(Error{ErrorKind::Storage, tr("cannot write the export to %1: %2").arg(destination, reason)});
    };
    if (!out || !out->isOpen() || !out->isWritable())
        return failed(tr("it is not open for writing"));

    QElapsedTimer timer;
    timer.start();
    QString error;
    bool ok = false;
    if (options.format == ExportFormat::Json) {
        BufferedWriter sink(out, BufferedWriter::kExportBlockSize);
        const QDateTime generatedAt =
            options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
        ok = writeJson(sink, options.view, instances, generatedAt, rows);
        error = sink.errorString();
    } else {
        ok = writeCsv(out, options.csvBom, rows, &error);
    }
    // A buffered file only finds out about a full disk when it flushes.
    if (auto *file = qobject_cast<QFileDevice *>(out); ok && file && !file->flush()) {
        ok = false;
        error = file->errorString();
    }
    if (rows.cancelled())
        return Error{ErrorKind::Cancelled, tr("the export was cancelled")};
    if (!ok)
        return failed(error.isEmpty() ? tr("the data could not be written") : error);
    if (options.progress)
        options.progress(rows.count());
    qCDebug(lcExport) << "exported" << options.view << "as" << formatName(options.format) << "in" << timer.elapsed()
                      << "ms";
    return Status::success();
}

Status Exporter::writeHistory(Database &db, const QList<LibrarySnapshot> &snapshots, const ExportOptions &options,
                              QIODevice *out)
{
    QStringList names;
    QList<const LibrarySnapshot *> instances;
    for (const LibrarySnapshot &s : snapshots) {
        names << s.instance.name;
        instances << &s;
    }
    HistoryRows rows(db, names);
    if (const Status opened = rows.open(); !opened)
        return opened;
    Status written = writeRows(rows, instances, options, out);
    if (rows.error().isError())
        return rows.error();
    return written;
}

Status Exporter::writeFromDatabase(Database &db, const QList<LibrarySnapshot> &snapshots, const ExportOptions &options,
                                   QIODevice *out)
{
    if (options.view == QLatin1String("history"))
        return writeHistory(db, snapshots, options, out);
    QStringList names;
    for (const LibrarySnapshot &s : snapshots)
        names << s.instance.name;
    if (options.view != QLatin1String("audit") && options.view != QLatin1String("compare"))
        return Error{ErrorKind::Config, tr("unknown export view \"%1\"; expected one of: %2")
                                            .arg(options.view, allViewNames().join(QStringLiteral(", ")))};
    Result<std::unique_ptr<RowSource>> rows = options.view == QLatin1String("audit")
                                                  ? AuditViews::audit(db, names, options.loopWindowDays)
                                                  : AuditViews::compare(db, names);
    if (!rows)
        return rows.error();
    return writeRows(*rows.value(), snapshotPointers(snapshots), options, out);
}

} // namespace arrscore
