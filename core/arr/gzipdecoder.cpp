#include "arr/gzipdecoder.h"

#include <zlib.h>

#include <array>

namespace arrscore {

struct GzipDecoder::Stream
{
    z_stream z{};
};

GzipDecoder::GzipDecoder(qint64 maxOutputBytes) : m_stream(std::make_unique<Stream>()), m_maxOutputBytes(maxOutputBytes)
{
    // 16 + MAX_WBITS: a gzip wrapper, whose CRC-32 and length zlib checks at the end.
    if (inflateInit2(&m_stream->z, 16 + MAX_WBITS) != Z_OK)
        m_state = State::Corrupt;
}

GzipDecoder::~GzipDecoder()
{
    inflateEnd(&m_stream->z);
}

GzipDecoder::State GzipDecoder::feed(const QByteArray &compressed, QByteArray *out)
{
    if (m_state == State::Finished && !compressed.isEmpty())
        m_state = State::Corrupt; // nothing may follow the stream
    if (m_state != State::Running)
        return m_state;
    z_stream &z = m_stream->z;
    // zlib's interface is not const-correct; it never writes through next_in.
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    z.avail_in = uInt(compressed.size());
    std::array<char, std::size_t(64) * 1024> chunk{};
    while (m_state == State::Running && (z.avail_in > 0 || z.avail_out == 0)) {
        z.next_out = reinterpret_cast<Bytef *>(chunk.data());
        z.avail_out = uInt(chunk.size());
        const int rc = inflate(&z, Z_NO_FLUSH);
        out->append(chunk.data(), qsizetype(chunk.size() - z.avail_out));
        if (out->size() > m_maxOutputBytes)
            m_state = State::TooLarge;
        else if (rc == Z_STREAM_END)
            m_state = z.avail_in > 0 ? State::Corrupt : State::Finished; // nothing may follow the stream
        else if (rc == Z_BUF_ERROR)
            break; // needs more input
        else if (rc != Z_OK)
            m_state = State::Corrupt;
    }
    return m_state;
}

} // namespace arrscore
