#include "terminaloutput.h"

namespace arrscore {

namespace {

bool isC0(unsigned char c)
{
    return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
}

// The bytes a UTF-8 sequence led by c takes: 1 for ASCII and for a stray continuation byte (passed as is).
qsizetype sequenceLength(unsigned char c)
{
    if (c >= 0xF0)
        return 4;
    if (c >= 0xE0)
        return 3;
    if (c >= 0xC0)
        return 2;
    return 1;
}

// C1 controls (U+0080–U+009F) and the characters of Unicode's Bidi_Control property: ALM, LRM, RLM, the
// embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069). These reorder the text a
// bidirectional terminal (VTE, Konsole, mlterm) shows without being seen themselves: an override in a title
// can show "0051" for 1500 or the cutoff's column where the score's is (Trojan Source, CVE-2021-42574), and
// even a mark (RLM) at the end of a title swaps the numbers after it. They have no glyph, so showing them
// escaped hides nothing a user could read; right-to-left letters are shown as they are.
bool isHidden(char32_t codePoint)
{
    return (codePoint >= 0x80 && codePoint <= 0x9F) || codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
           || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

// The code point of the two- or three-byte sequence at utf8[i] (whole and valid), or 0.
char32_t decodeShort(QByteArrayView utf8, qsizetype i, qsizetype length)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(utf8[i + k]); };
    if (length < 2 || length > 3 || i + length > utf8.size())
        return 0;
    char32_t codePoint = byte(0) & (length == 2 ? 0x1F : 0x0F);
    for (qsizetype k = 1; k < length; ++k) {
        if ((byte(k) & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (byte(k) & 0x3F);
    }
    return codePoint;
}

void appendEscape(QByteArray &out, char32_t codePoint)
{
    static const char hex[] = "0123456789abcdef";
    out += "\\u";
    for (const int shift : {12, 8, 4, 0})
        out += hex[(codePoint >> shift) & 0xF];
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
        const qsizetype length = sequenceLength(c);
        if (isC0(c)) {
            appendEscape(out, c);
        } else if (const char32_t codePoint = decodeShort(utf8, i, length); isHidden(codePoint)) {
            appendEscape(out, codePoint);
            i += length - 1;
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
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto c = static_cast<unsigned char>(bytes.at(bytes.size() - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: its lead is further back
        if (sequenceLength(c) > back) {
            m_pending = bytes.right(back);
            bytes.chop(back);
        }
        break;
    }
    return writeRaw(neutralise(bytes)) ? size : -1;
}

bool TerminalOutput::writeRaw(const QByteArray &bytes)
{
    const bool written = m_file.write(bytes) == bytes.size();
    return m_file.flush() && written;
}

} // namespace arrscore
