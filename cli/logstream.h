#pragma once

#include <QByteArray>
#include <QIODevice>

namespace arrscore {

// stderr of a command when logs are structured or kept in a file: every line the command writes becomes a
// log record of arrscore.cli (LogOutput). In JSON mode the line goes out only as a record, so that stderr holds
// nothing but JSON lines; in text mode it reaches the terminal as before and the file gets a copy.
class LogStream : public QIODevice
{
    Q_OBJECT

public:
    // terminal: where text mode writes the lines (TerminalOutput on stderr); not owned.
    LogStream(QIODevice *terminal, bool json, QObject *parent = nullptr);
    ~LogStream() override;

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void emitLine(const QByteArray &line);

    QIODevice *m_terminal;
    bool m_json;
    QByteArray m_partial; // the unfinished last line
};

} // namespace arrscore
