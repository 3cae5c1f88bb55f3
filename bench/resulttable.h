#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace arrscore::bench {

// A plain-text table of benchmark figures: the first column left-aligned, the others right-aligned.
class ResultTable
{
public:
    explicit ResultTable(QStringList header) : m_header(std::move(header)) {}

    void addRow(const QStringList &cells) { m_rows.append(cells); }
    void print(QTextStream &out) const;

    static QString ms(double value);     // "1,234.5 ms"
    static QString bytes(qint64 value);  // "12,345 B (12.1 KiB)" and the like
    static QString number(qint64 value); // "100,000"

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace arrscore::bench
