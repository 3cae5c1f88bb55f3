#pragma once

#include "arr/gzipdecoder.h"

#include <QByteArray>

#include <memory>

namespace arrscore {

// One reply's body, taken as it arrives: inflated when gzip-compressed, refused as soon as it is larger
// than the limit (announced or arriving), and checked at the end for having arrived whole.
class ReplyBody
{
public:
    enum class State : quint8 { Reading, TooLarge, Corrupt };

    explicit ReplyBody(qint64 maxBytes) : m_maxBytes(maxBytes) {}

    // From the reply's headers; contentLength < 0 when none was sent.
    State start(const QByteArray &contentEncoding, qint64 contentLength);
    State append(const QByteArray &chunk);
    // How many more bytes to read from the reply: one past the limit is enough to refuse it.
    qint64 readLimit() const { return m_maxBytes + 1 - m_rawBytes; }

    // The connection closed before the Content-Length or the gzip stream's end (Qt 6.4 sometimes finishes
    // such a reply without an error).
    bool isCut() const;
    qint64 announcedBytes() const { return m_announcedBytes; }
    qint64 rawBytes() const { return m_rawBytes; }
    // The (inflated) body so far, while it arrives.
    QByteArrayView received() const { return m_received; }
    QByteArray take() { return std::exchange(m_received, {}); }

private:
    qint64 m_maxBytes;
    qint64 m_announcedBytes = -1;
    qint64 m_rawBytes = 0; // as sent, compressed or not
    QByteArray m_received; // inflated
    std::unique_ptr<GzipDecoder> m_gzip;
};

} // namespace arrscore
