// Fuzz target: the escaping of server text on its way out, as a round trip. The input is a text a server
// sent (a title, a release group, a custom format's name). Properties:
// - CSV: a row of it reads back, by RFC 4180, as the same text, with a leading apostrophe exactly when the
//   text starts like a formula, so no cell a spreadsheet opens starts with = + - @ tab or CR;
// - the HTML report's embedded data (ReportJson): no < > & U+2028 U+2029 in the bytes, so the text cannot
//   leave its <script type="application/json"> element, and JSON.parse gives the same text back;
// - the exporter's JSON: parses back to the same text.
#include "export/csvwriter.h"
#include "export/jsontext.h"
#include "fuzzcheck.h"
#include "report/reportjson.h"

#include <QBuffer>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <optional>

using namespace arrscore;

namespace {

bool startsLikeFormula(const QString &text)
{
    return !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front());
}

// One RFC 4180 field from `pos` to the next comma or the end of the record; nullopt when malformed.
std::optional<QByteArray> readField(const QByteArray &record, qsizetype &pos)
{
    QByteArray field;
    if (pos < record.size() && record.at(pos) == '"') {
        for (++pos;; ++pos) {
            if (pos >= record.size())
                return std::nullopt; // unterminated quote
            if (record.at(pos) == '"') {
                if (pos + 1 < record.size() && record.at(pos + 1) == '"') {
                    field.append('"');
                    ++pos;
                    continue;
                }
                ++pos;
                break;
            }
            field.append(record.at(pos));
        }
    } else {
        while (pos < record.size() && record.at(pos) != ',') {
            const char c = record.at(pos++);
            if (c == '"' || c == '\r' || c == '\n')
                return std::nullopt; // these need quotes
            field.append(c);
        }
    }
    if (pos < record.size() && record.at(pos) != ',')
        return std::nullopt; // text after the closing quote
    return field;
}

void checkCsv(const QString &text)
{
    const QString expected = startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
    const QByteArray field = CsvWriter::textField(text);
    qsizetype pos = 0;
    const std::optional<QByteArray> single = readField(field, pos);
    FUZZ_CHECK(single && pos == field.size(), QStringLiteral("not one RFC 4180 field: ") + QString::fromUtf8(field));
    FUZZ_CHECK(QString::fromUtf8(*single) == expected, QStringLiteral("reads back as ") + QString::fromUtf8(*single));
    FUZZ_CHECK(!startsLikeFormula(QString::fromUtf8(*single)),
               QStringLiteral("a formula: ") + QString::fromUtf8(*single));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        FUZZ_CHECK(writer.writeRow(QStringList{text, text}) && writer.flush(), writer.errorString());
    }
    QByteArray row = buffer.data();
    FUZZ_CHECK(row.endsWith("\r\n"), QStringLiteral("a row that does not end in CRLF"));
    row.chop(2);
    pos = 0;
    for (int column = 0; column < 2; ++column) {
        const std::optional<QByteArray> cell = readField(row, pos);
        FUZZ_CHECK(cell && QString::fromUtf8(*cell) == expected,
                   QStringLiteral("column %1 of the row reads back wrong: ").arg(column) + QString::fromUtf8(row));
        if (column == 0) {
            FUZZ_CHECK(pos < row.size() && row.at(pos) == ',', QStringLiteral("one cell became more"));
            ++pos;
        }
    }
    FUZZ_CHECK(pos == row.size(), QStringLiteral("one cell became more: ") + QString::fromUtf8(row));
}

QString parsedString(const QByteArray &jsonString, const QString &what)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + jsonString + ']', &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError, what + QStringLiteral(" is not JSON: ") + error.errorString()
                                                            + QStringLiteral(": ") + QString::fromUtf8(jsonString));
    return doc.array().at(0).toString();
}

void checkScriptSafe(const QByteArray &bytes, const QString &what)
{
    for (const char c : bytes)
        FUZZ_CHECK(c != '<' && c != '>' && c != '&', what + QStringLiteral(" has markup: ") + QString::fromUtf8(bytes));
    FUZZ_CHECK(!bytes.contains("\xe2\x80\xa8") && !bytes.contains("\xe2\x80\xa9"),
               what + QStringLiteral(" has a line or paragraph separator"));
}

void checkJson(const QString &text)
{
    QByteArray report;
    ReportJson::appendString(report, text);
    checkScriptSafe(report, QStringLiteral("the report's string"));
    FUZZ_CHECK(parsedString(report, QStringLiteral("the report's string")) == text,
               QStringLiteral("the report's string reads back differently"));

    // JSON from QJsonDocument made script-safe afterwards, as the report does with analyses' JSON.
    const QByteArray document = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    const QByteArray safe = ReportJson::scriptSafe(document);
    checkScriptSafe(safe, QStringLiteral("scriptSafe()"));
    QJsonParseError error{};
    const QJsonDocument again = QJsonDocument::fromJson(safe, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && again.array().at(0).toString() == text,
               QStringLiteral("scriptSafe() changed the document: ") + QString::fromUtf8(safe));

    QByteArray exported;
    jsontext::appendString(exported, text, jsontext::Escape::Json);
    FUZZ_CHECK(parsedString(exported, QStringLiteral("the export's string")) == text,
               QStringLiteral("the export's string reads back differently"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // What a server sends arrives as JSON strings: valid Unicode, which QString::fromUtf8 makes of any bytes.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkCsv(text);
    checkJson(text);
    return 0;
}
