#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QIODevice>
#include <QStringView>
#include <QTextStream>

#include <cstdio>

namespace arrscore {

// Standard output or error as every command's human-readable text reaches it. Text from a server (a title,
// a path, an error body) can hold control characters and escape sequences: ESC ]0;…BEL retitles the
// terminal, ESC [2J clears it, CR overwrites a line, U+202E shows the rest of a line backwards. This device
// writes them as visible \uXXXX escapes, so no command can print them raw; the app's own sequences (the
// progress bars) go past it through writeControl(). Exports to stdout do not come here: they are data.
class TerminalOutput : public QIODevice
{
    Q_OBJECT

public:
    explicit TerminalOutput(FILE *stream, QObject *parent = nullptr);
    ~TerminalOutput() override;

    // UTF-8 text with every C0 control but tab and newline, DEL, every C1 control (U+0080–U+009F) and every
    // bidirectional control (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) as \uXXXX. Inside JSON text
    // that is the same string, so --json output keeps its exact data.
    static QByteArray neutralise(QByteArrayView utf8);
    // A control sequence of the app's own, written after what `stream` holds: unfiltered when the stream
    // writes to a TerminalOutput, into the stream otherwise.
    static void writeControl(QTextStream &stream, QStringView sequence);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool writeRaw(const QByteArray &bytes);

    QFile m_file;
    QByteArray m_pending; // the start of a character cut at the end of a write, until the next one completes it
};

} // namespace arrscore
