#include "arr/replybody.h"

#include "arr/apiparser.h"

namespace arrscore {

ReplyBody::State ReplyBody::start(const QByteArray &contentEncoding, qint64 contentLength)
{
    if (contentEncoding.trimmed().compare("gzip", Qt::CaseInsensitive) == 0 && !m_gzip)
        m_gzip = std::make_unique<GzipDecoder>(m_maxBytes);
    if (contentLength < 0)
        return State::Reading;
    m_announcedBytes = contentLength;
    if (m_announcedBytes > m_maxBytes)
        return State::TooLarge;
    // The padding past the end lets ApiParser read the body in place instead of copying it (simdjson's rule).
    if (!m_gzip)
        m_received.reserve(m_announcedBytes + ApiParser::bodyPadding);
    return State::Reading;
}

ReplyBody::State ReplyBody::append(const QByteArray &chunk)
{
    m_rawBytes += chunk.size();
    if (m_gzip) {
        if (m_gzip->feed(chunk, &m_received) == GzipDecoder::State::Corrupt)
            return State::Corrupt;
    } else {
        m_received += chunk;
    }
    return m_received.size() > m_maxBytes || m_rawBytes > m_maxBytes ? State::TooLarge : State::Reading;
}

bool ReplyBody::isCut() const
{
    return (m_announcedBytes > 0 && m_rawBytes < m_announcedBytes)
           || (m_gzip && m_rawBytes > 0 && m_gzip->state() != GzipDecoder::State::Finished);
}

} // namespace arrscore
