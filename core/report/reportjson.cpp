#include "report/reportjson.h"

#include "export/jsontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace arrscore {

namespace {

constexpr qsizetype kJsonFlushThreshold = qsizetype(1024) * 1024;

} // namespace

ReportJson::ReportJson(QIODevice *device) : m_out(device, kJsonFlushThreshold) {}

void ReportJson::appendString(QByteArray &out, QStringView text)
{
    jsontext::appendString(out, text, jsontext::Escape::ScriptSafe);
}

void ReportJson::appendValue(QByteArray &out, const QVariant &cell)
{
    jsontext::appendValue(out, cell, jsontext::Escape::ScriptSafe);
}

QByteArray ReportJson::scriptSafe(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 16);
    jsontext::appendUtf8(out, json, false, jsontext::Escape::ScriptSafe);
    return out;
}

bool ReportJson::table(RowSource &rows)
{
    QByteArray &out = m_out.buffer();
    const QStringList columns = rows.columns();
    out.append("{\"columns\":");
    appendValue(out, columns);
    out.append(",\"rows\":[");
    bool first = true;
    while (rows.next()) {
        out.append(first ? "[" : ",[");
        first = false;
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                out.append(',');
            appendValue(out, rows.cell(c));
        }
        out.append(']');
        if (!maybeFlush())
            return false;
    }
    out.append("]}");
    return true;
}

QString ReportJson::errorString() const
{
    if (m_out.failed() && m_out.errorString().isEmpty())
        return QCoreApplication::translate("arrscore::ReportJson", "the data could not be written");
    return m_out.errorString();
}

} // namespace arrscore
