#include "export/jsontext.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace arrscore::jsontext {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendEscapedByte(QByteArray &out, unsigned char byte)
{
    out.append("\\u00").append(kHex[byte >> 4]).append(kHex[byte & 0xf]);
}

// A control character inside a JSON string: its short escape, or \u00XX.
void appendControl(QByteArray &out, char c)
{
    switch (c) {
    case '\n':
        out.append("\\n");
        break;
    case '\r':
        out.append("\\r");
        break;
    case '\t':
        out.append("\\t");
        break;
    default:
        appendEscapedByte(out, static_cast<unsigned char>(c));
        break;
    }
}

} // namespace

void appendUtf8(QByteArray &out, const QByteArray &utf8, bool inString, Escape escape)
{
    const bool scriptSafe = escape == Escape::ScriptSafe;
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = utf8.at(i);
        const auto byte = static_cast<unsigned char>(c);
        if (scriptSafe && (c == '<' || c == '>' || c == '&')) {
            appendEscapedByte(out, byte);
        } else if (scriptSafe && byte == 0xE2 && i + 2 < n && static_cast<unsigned char>(utf8.at(i + 1)) == 0x80
                   && (static_cast<unsigned char>(utf8.at(i + 2)) == 0xA8
                       || static_cast<unsigned char>(utf8.at(i + 2)) == 0xA9)) {
            out.append(static_cast<unsigned char>(utf8.at(i + 2)) == 0xA8 ? "\\u2028" : "\\u2029");
            i += 2;
        } else if (!inString || byte >= 0x20) {
            if (inString && (c == '"' || c == '\\'))
                out.append('\\');
            out.append(c);
        } else {
            appendControl(out, c);
        }
    }
}

void appendString(QByteArray &out, QStringView text, Escape escape)
{
    out.append('"');
    appendUtf8(out, text.toUtf8(), true, escape);
    out.append('"');
}

void appendValue(QByteArray &out, const QVariant &value, Escape escape)
{
    if (!value.isValid() || value.isNull()) {
        out.append("null");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        out.append(QByteArray::number(value.toLongLong()));
        return;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out.append(QByteArray::number(value.toULongLong()));
        return;
    case QMetaType::Double: {
        const double d = value.toDouble();
        out.append(std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : "null");
        return;
    }
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        if (dt.isValid())
            appendString(out, dt.toUTC().toString(Qt::ISODate), escape);
        else
            out.append("null");
        return;
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        const QVariantList items = value.toList();
        out.append('[');
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendValue(out, items.at(i), escape);
        }
        out.append(']');
        return;
    }
    default:
        appendString(out, value.toString(), escape);
    }
}

} // namespace arrscore::jsontext
