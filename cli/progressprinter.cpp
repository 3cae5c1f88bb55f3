#include "progressprinter.h"

#include "terminaloutput.h"

#include <QLocale>

#include <algorithm>

namespace arrscore {

ProgressPrinter::ProgressPrinter(QTextStream &stream, bool enabled) : m_stream(stream), m_enabled(enabled) {}

int ProgressPrinter::addRow(const QString &name, const QString &unit)
{
    Row row;
    row.name = name;
    row.unit = unit;
    row.started.start();
    m_rows.append(row);
    redraw(true);
    return int(m_rows.size() - 1);
}

void ProgressPrinter::update(int row, qint64 done, qint64 total)
{
    m_rows[row].done = done;
    m_rows[row].total = total;
    redraw(false);
}

void ProgressPrinter::setStatus(int row, const QString &status)
{
    m_rows[row].status = status;
    redraw(true);
}

void ProgressPrinter::finish()
{
    redraw(true);
}

QString ProgressPrinter::render(const Row &row) const
{
    const QLocale locale;
    int nameWidth = 0;
    for (const Row &r : m_rows)
        nameWidth = std::max(nameWidth, int(r.name.size()));
    QString line = row.name.leftJustified(nameWidth + 2);
    if (!row.status.isEmpty())
        return line + row.status;
    constexpr int width = 28;
    const double fraction = row.total > 0 ? std::clamp(double(row.done) / double(row.total), 0.0, 1.0) : 0.0;
    const int filled = int(fraction * width);
    line += QLatin1Char('[') + QString(filled, QChar(0x2588)) + QString(width - filled, QChar(0x2591))
            + QStringLiteral("] ");
    line +=
        QStringLiteral("%1/%2 %3")
            .arg(locale.toString(row.done), row.total > 0 ? locale.toString(row.total) : QStringLiteral("?"), row.unit);
    const double seconds = row.started.elapsed() / 1000.0;
    if (seconds > 0.5 && row.done > 0) {
        const double rate = row.done / seconds;
        line += QStringLiteral("  %1/s").arg(locale.toString(rate, 'f', 0));
        if (row.total > row.done)
            line += QStringLiteral("  ETA %1 s").arg(locale.toString((row.total - row.done) / rate, 'f', 0));
    }
    return line;
}

void ProgressPrinter::redraw(bool force)
{
    if (!m_enabled)
        return;
    if (!force && m_lastDraw.isValid() && m_lastDraw.elapsed() < 100)
        return;
    m_lastDraw.start();
    // The bars' own sequences go past the filter that shows a server's escape sequences in a status as text.
    if (m_drawnRows > 0)
        TerminalOutput::writeControl(m_stream, QStringLiteral("\x1b[%1F").arg(m_drawnRows)); // back to the first bar
    for (const Row &row : std::as_const(m_rows)) {
        TerminalOutput::writeControl(m_stream, QStringLiteral("\x1b[2K"));
        m_stream << render(row) << '\n';
    }
    m_drawnRows = int(m_rows.size());
    m_stream.flush();
}

} // namespace arrscore
