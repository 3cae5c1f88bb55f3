#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace arrscore {

// Output gathered in a buffer and written to a device in blocks of about blockSize bytes, for the
// streaming writers (CSV, the JSON export, the HTML report). The first failed write is kept: every
// later flush() is refused, so a writer can test once at the end.
class BufferedWriter
{
public:
    // The block of the exports' writers (CSV and the JSON export).
    static constexpr qsizetype kExportBlockSize = qsizetype(256) * 1024;

    BufferedWriter(QIODevice *device, qsizetype blockSize);
    BufferedWriter(const BufferedWriter &) = delete;
    BufferedWriter &operator=(const BufferedWriter &) = delete;

    QByteArray &buffer() { return m_buffer; }
    // Writes the buffer out once it holds a block; false once a write failed.
    bool maybeFlush() { return m_buffer.size() < m_blockSize || flush(); }
    bool flush();
    bool failed() const { return m_failed; }
    // The device's reason for the failed write; may be empty (then the writer says it in its own words).
    QString errorString() const { return m_error; }

private:
    QIODevice *m_device;
    qsizetype m_blockSize;
    QByteArray m_buffer;
    QString m_error;
    bool m_failed = false;
};

} // namespace arrscore
