#include "terminaloutput.h"

namespace arrscore {

namespace {

constexpr char kC1Lead = '\xC2'; // U+0080–U+00BF are 0xC2 followed by 0x80–0xBF

bool isC0(unsigned char c)
{
    return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
}

void appendEscape(QByteArray &out, unsigned int codePoint)
{
    static const char hex[] = "0123456789abcdef";
    out += "\\u00";
    out += hex[(codePoint >> 4) & 0xF];
    out += hex[codePoint & 0xF];
}

} // namespace

TerminalOutput::TerminalOutput(FILE *stream, QObject *parent) : QIODevice(parent)
{
    m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalOutput::~TerminalOutput()
{
    if (!m_pending.isEmpty())
        writeRaw(neutralise(m_pending));
}

QByteArray TerminalOutput::neutralise(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (isC0(c)) {
            appendEscape(out, c);
        } else if (utf8[i] == kC1Lead && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0x80
                   && static_cast<unsigned char>(utf8[i + 1]) <= 0x9F) {
            appendEscape(out, static_cast<unsigned char>(utf8[++i]));
        } else {
            out += utf8[i];
        }
    }
    return out;
}

void TerminalOutput::writeControl(QTextStream &stream, QStringView sequence)
{
    stream.flush();
    if (auto *terminal = qobject_cast<TerminalOutput *>(stream.device()))
        terminal->writeRaw(sequence.toUtf8());
    else
        stream << sequence;
}

qint64 TerminalOutput::readData(char *data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    QByteArray bytes = m_pending + QByteArray::fromRawData(data, size);
    m_pending.clear();
    // A character cut between two writes is judged whole with the next one.
    if (!bytes.isEmpty() && bytes.back() == kC1Lead) {
        m_pending = bytes.right(1);
        bytes.chop(1);
    }
    return writeRaw(neutralise(bytes)) ? size : -1;
}

bool TerminalOutput::writeRaw(const QByteArray &bytes)
{
    const bool written = m_file.write(bytes) == bytes.size();
    return m_file.flush() && written;
}

} // namespace arrscore
