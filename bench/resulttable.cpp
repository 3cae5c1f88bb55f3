#include "resulttable.h"

#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace arrscore::bench {

namespace {

// Figures are printed the same way whatever the machine's locale, so runs compare line by line.
const QLocale &figures()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

} // namespace

void ResultTable::print(QTextStream &out) const
{
    QList<qsizetype> widths(m_header.size(), 0);
    const auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells[i].size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            if (i > 0)
                text += QStringLiteral("  ");
            text += i == 0 ? cell.leftJustified(widths[i]) : cell.rightJustified(widths[i]);
        }
        out << text << '\n';
    };
    line(m_header);
    qsizetype total = 0;
    for (const qsizetype w : widths)
        total += w + 2;
    out << QString(std::max<qsizetype>(total - 2, 0), QLatin1Char('-')) << '\n';
    for (const QStringList &row : m_rows)
        line(row);
    out.flush();
}

QString ResultTable::ms(double value)
{
    return figures().toString(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString ResultTable::bytes(qint64 value)
{
    const QString exact = figures().toString(value) + QStringLiteral(" B");
    const qint64 magnitude = value < 0 ? -value : value;
    if (magnitude < 1024)
        return exact;
    if (magnitude < 1024 * 1024)
        return exact + QStringLiteral(" (") + figures().toString(double(value) / 1024, 'f', 1)
               + QStringLiteral(" KiB)");
    return exact + QStringLiteral(" (") + figures().toString(double(value) / (1024 * 1024), 'f', 1)
           + QStringLiteral(" MiB)");
}

QString ResultTable::number(qint64 value)
{
    return figures().toString(value);
}

} // namespace arrscore::bench
