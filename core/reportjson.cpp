#include "reportjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace arrscore {

namespace {

constexpr qsizetype kFlushThreshold = 1024 * 1024;
constexpr char kHex[] = "0123456789abcdef";

void appendEscapedByte(QByteArray &out, unsigned char byte)
{
    out.append("\\u00").append(kHex[byte >> 4]).append(kHex[byte & 0xf]);
}

// Appends UTF-8 with the script-unsafe characters escaped; quote and backslash too when inString.
void appendSafeUtf8(QByteArray &out, const QByteArray &utf8, bool inString)
{
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = utf8.at(i);
        const auto byte = static_cast<unsigned char>(c);
        if (c == '<' || c == '>' || c == '&') {
            appendEscapedByte(out, byte);
        } else if (byte == 0xE2 && i + 2 < n && static_cast<unsigned char>(utf8.at(i + 1)) == 0x80
                   && (static_cast<unsigned char>(utf8.at(i + 2)) == 0xA8
                       || static_cast<unsigned char>(utf8.at(i + 2)) == 0xA9)) {
            out.append(static_cast<unsigned char>(utf8.at(i + 2)) == 0xA8 ? "\\u2028" : "\\u2029");
            i += 2;
        } else if (!inString || byte >= 0x20) {
            if (inString && (c == '"' || c == '\\'))
                out.append('\\');
            out.append(c);
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c == '\t') {
            out.append("\\t");
        } else {
            appendEscapedByte(out, byte);
        }
    }
}

} // namespace

ReportJson::ReportJson(QIODevice *device) : m_device(device)
{
    m_buffer.reserve(kFlushThreshold + 64 * 1024);
}

void ReportJson::appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    appendSafeUtf8(out, text.toUtf8(), true);
    out.append('"');
}

void ReportJson::appendValue(QByteArray &out, const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull()) {
        out.append("null");
        return;
    }
    switch (cell.typeId()) {
    case QMetaType::Bool:
        out.append(cell.toBool() ? "true" : "false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        out.append(QByteArray::number(cell.toLongLong()));
        return;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out.append(QByteArray::number(cell.toULongLong()));
        return;
    case QMetaType::Double: {
        const double d = cell.toDouble();
        out.append(qIsFinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null"));
        return;
    }
    case QMetaType::QDateTime: {
        const QDateTime dt = cell.toDateTime();
        if (dt.isValid())
            appendString(out, dt.toUTC().toString(Qt::ISODate));
        else
            out.append("null");
        return;
    }
    case QMetaType::QStringList: {
        out.append('[');
        const QStringList items = cell.toStringList();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendString(out, items.at(i));
        }
        out.append(']');
        return;
    }
    case QMetaType::QVariantList: {
        out.append('[');
        const QVariantList items = cell.toList();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendValue(out, items.at(i));
        }
        out.append(']');
        return;
    }
    default:
        appendString(out, cell.toString());
    }
}

QByteArray ReportJson::scriptSafe(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 16);
    appendSafeUtf8(out, json, false);
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
