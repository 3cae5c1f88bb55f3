#pragma once

#include "export/bufferedwriter.h"
#include "views/rowsource.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace arrscore {

// JSON that is safe inside an HTML <script type="application/json"> element: "<", ">" and "&" are
// written as \u escapes (no string can close the element or open a comment), and so are U+2028 and
// U+2029. Output goes through a buffer that is written to the device in large blocks.
class ReportJson
{
public:
    explicit ReportJson(QIODevice *device);
    ReportJson(const ReportJson &) = delete;
    ReportJson &operator=(const ReportJson &) = delete;

    QByteArray &buffer() { return m_out.buffer(); }
    void raw(const char *text) { m_out.buffer().append(text); }
    void string(QStringView text) { appendString(m_out.buffer(), text); }
    void value(const QVariant &cell) { appendValue(m_out.buffer(), cell); }
    // {"columns": [...], "rows": [[cell, ...], ...]} of every row of the source.
    bool table(RowSource &rows);
    // Writes the buffer out when it is large; false once a write failed.
    bool maybeFlush() { return m_out.maybeFlush(); }
    bool flush() { return m_out.flush(); }
    QString errorString() const;

    static void appendString(QByteArray &out, QStringView text);
    // A RowSource cell: invalid → null, numbers and booleans as such, QDateTime as ISO 8601 UTC,
    // QStringList and QVariantList as arrays, anything else as a string.
    static void appendValue(QByteArray &out, const QVariant &cell);
    // Makes JSON written elsewhere (QJsonDocument) script-safe. These characters can only occur inside
    // strings in JSON, so replacing them byte by byte keeps the document's meaning.
    static QByteArray scriptSafe(const QByteArray &json);

private:
    BufferedWriter m_out;
};

} // namespace arrscore
