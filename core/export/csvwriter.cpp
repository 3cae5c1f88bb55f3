#include "export/csvwriter.h"

#include <QCoreApplication>
#include <QDateTime>

namespace arrscore {

namespace {

bool needsQuotes(const QByteArray &utf8)
{
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

QByteArray quoted(const QByteArray &utf8)
{
    if (!needsQuotes(utf8))
        return utf8;
    QByteArray result;
    result.reserve(utf8.size() + 2);
    result.append('"');
    for (const char c : utf8) {
        if (c == '"')
            result.append('"');
        result.append(c);
    }
    result.append('"');
    return result;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QByteArray number(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.typeId() == QMetaType::ULongLong)
        return QByteArray::number(value.toULongLong());
    return QByteArray::number(value.toLongLong());
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_out(device, BufferedWriter::kExportBlockSize), m_bomPending(byteOrderMark)
{
}

CsvWriter::~CsvWriter()
{
    flush();
}

QByteArray CsvWriter::textField(const QString &text)
{
    // A spreadsheet runs a cell starting with one of these as a formula (CWE-1236).
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && triggers.contains(text.front()))
        return quoted(QByteArrayLiteral("'") + text.toUtf8());
    return quoted(text.toUtf8());
}

QByteArray CsvWriter::field(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return {};
    if (isNumber(cell))
        return number(cell);
    switch (cell.typeId()) {
    case QMetaType::Bool:
        return cell.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::QDateTime:
        return cell.toDateTime().toUTC().toString(Qt::ISODate).toUtf8();
    case QMetaType::QStringList:
        return textField(cell.toStringList().join(QLatin1String(kListSeparator)));
    case QMetaType::QVariantList: {
        const QVariantList items = cell.toList();
        QByteArray joined;
        bool allNumbers = true;
        for (const QVariant &item : items) {
            if (!joined.isEmpty())
                joined.append(kListSeparator);
            allNumbers = allNumbers && isNumber(item);
            joined.append(isNumber(item) ? number(item) : item.toString().toUtf8());
        }
        return allNumbers ? quoted(joined) : textField(QString::fromUtf8(joined));
    }
    default:
        return textField(cell.toString());
    }
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_out.buffer().append(',');
        m_out.buffer().append(textField(fields.at(i)));
    }
    return endRow();
}

bool CsvWriter::writeRow(const QVariantList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_out.buffer().append(',');
        m_out.buffer().append(field(cells.at(i)));
    }
    return endRow();
}

bool CsvWriter::endRow()
{
    m_out.buffer().append("\r\n");
    return m_out.maybeFlush();
}

bool CsvWriter::flush()
{
    if (m_out.failed())
        return false;
    if (m_bomPending) {
        m_out.buffer().prepend("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    return m_out.flush();
}

QString CsvWriter::errorString() const
{
    if (m_out.failed() && m_out.errorString().isEmpty())
        return QCoreApplication::translate("arrscore::CsvWriter", "the data could not be written");
    return m_out.errorString();
}

} // namespace arrscore
