#pragma once

#include "export/bufferedwriter.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace arrscore {

// Writes RFC 4180 CSV (UTF-8, CRLF, quoted only where needed) to a device, buffered, with text cells
// that a spreadsheet would run as a formula defused by a leading apostrophe.
//
// Cell formatting by QVariant type: invalid (null) → empty; bool → true/false; integers and doubles as
// numbers, never neutralised; QDateTime → ISO 8601 UTC; QString → text; a QStringList → its items
// joined with "; " as one text cell; a QVariantList of numbers → joined with "; ", not neutralised.
class CsvWriter
{
public:
    static constexpr char kListSeparator[] = "; ";

    explicit CsvWriter(QIODevice *device, bool byteOrderMark = false);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    bool writeRow(const QStringList &fields); // a header row: plain text, still quoted and neutralised
    bool writeRow(const QVariantList &cells);
    // Writes what is buffered; false when the device refused it (see errorString()).
    bool flush();
    QString errorString() const;

    // One formatted field, quoted when needed (for tests and single cells).
    static QByteArray field(const QVariant &cell);
    static QByteArray textField(const QString &text); // neutralised and quoted when needed

private:
    bool endRow();

    BufferedWriter m_out;
    bool m_bomPending;
};

} // namespace arrscore
