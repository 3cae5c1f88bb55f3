#include "export/bufferedwriter.h"

#include <QIODevice>

namespace arrscore {

BufferedWriter::BufferedWriter(QIODevice *device, qsizetype blockSize) : m_device(device), m_blockSize(blockSize)
{
    m_buffer.reserve(blockSize + blockSize / 16);
}

bool BufferedWriter::flush()
{
    if (m_failed)
        return false;
    if (m_buffer.isEmpty())
        return true;
    if (!m_device || m_device->write(m_buffer) != m_buffer.size()) {
        m_failed = true;
        m_error = m_device ? m_device->errorString() : QString();
        return false;
    }
    m_buffer.resize(0); // keeps the capacity for the next rows
    return true;
}

} // namespace arrscore
