#pragma once

#include <QByteArray>
#include <QStringView>
#include <QVariant>

namespace arrscore::jsontext {

// Hand-written JSON for the streaming writers (the exporter, the HTML report's embedded data).
// ScriptSafe also escapes <, >, & and U+2028/U+2029, so the text can sit inside a <script> element.
enum class Escape { Json, ScriptSafe };

// UTF-8 bytes; inside a string also quotes, backslashes and control characters are escaped.
void appendUtf8(QByteArray &out, const QByteArray &utf8, bool inString, Escape escape);
void appendString(QByteArray &out, QStringView text, Escape escape);
// A RowSource cell: invalid or invalid date → null, numbers and booleans as such, QDateTime as
// ISO 8601 UTC, QStringList and QVariantList as arrays, anything else as a string.
void appendValue(QByteArray &out, const QVariant &value, Escape escape);

} // namespace arrscore::jsontext
