#include "report/reportjson.h"

#include "export/jsontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace arrscore {

namespace {

constexpr qsizetype kFlushThreshold = 1024 * 1024;

} // namespace

ReportJson::ReportJson(QIODevice *device) : m_device(device)
{
    m_buffer.reserve(kFlushThreshold + 64 * 1024);
}

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
    const QStringList columns = rows.columns();
    m_buffer.append("{\"columns\":");
    appendValue(m_buffer, columns);
    m_buffer.append(",\"rows\":[");
    bool first = true;
    while (rows.next()) {
        m_buffer.append(first ? "[" : ",[");
        first = false;
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                m_buffer.append(',');
            appendValue(m_buffer, rows.cell(c));
        }
        m_buffer.append(']');
        if (!maybeFlush())
            return false;
    }
    m_buffer.append("]}");
    return true;
}

bool ReportJson::maybeFlush()
{
    return m_buffer.size() < kFlushThreshold || flush();
}

bool ReportJson::flush()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("arrscore::ReportJson", "the data could not be written");
        return false;
    }
    m_buffer.resize(0);
    return true;
}

} // namespace arrscore
