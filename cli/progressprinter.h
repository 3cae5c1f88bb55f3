#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

namespace arrscore {

// Draws one progress bar per instance on a terminal (counts, rate, ETA), redrawn in place at most ten
// times a second. Without a terminal it draws nothing; the command prints a line per instance instead.
class ProgressPrinter
{
public:
    ProgressPrinter(QTextStream &stream, bool enabled);

    int addRow(const QString &name, const QString &unit);
    void update(int row, qint64 done, qint64 total);
    void setStatus(int row, const QString &status); // replaces the bar, e.g. "done" or "failed"
    void finish();                                  // final redraw, cursor below the bars

private:
    struct Row
    {
        QString name;
        QString unit;
        qint64 done = 0;
        qint64 total = 0;
        QString status;
        QElapsedTimer started;
    };

    void redraw(bool force);
    QString render(const Row &row) const;

    QTextStream &m_stream;
    bool m_enabled;
    QList<Row> m_rows;
    int m_drawnRows = 0;
    QElapsedTimer m_lastDraw;
};

} // namespace arrscore
