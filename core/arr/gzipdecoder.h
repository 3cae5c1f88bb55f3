#pragma once

#include <QByteArray>

#include <memory>

namespace arrscore {

// Inflates a gzip response body as it arrives, so that the client knows what Qt's own decoding hides:
// whether the compressed stream really ended (a cut body is retried, not parsed) and how large the body
// grows (a limit stops it before it takes the memory, however well it compresses).
class GzipDecoder
{
public:
    explicit GzipDecoder(qint64 maxOutputBytes);
    ~GzipDecoder();
    GzipDecoder(const GzipDecoder &) = delete;
    GzipDecoder &operator=(const GzipDecoder &) = delete;

    enum class State { Running, Finished, TooLarge, Corrupt };

    // Feeds compressed bytes, appending what they inflate to into *out.
    State feed(const QByteArray &compressed, QByteArray *out);
    State state() const { return m_state; }

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    qint64 m_maxOutputBytes;
    State m_state = State::Running;
};

} // namespace arrscore
