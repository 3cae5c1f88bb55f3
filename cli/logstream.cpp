#include "logstream.h"

#include "base/logoutput.h"

#include <QString>

namespace arrscore {

namespace {
constexpr char kCategory[] = "arrscore.cli";
}

LogStream::LogStream(QIODevice *terminal, bool json, QObject *parent)
    : QIODevice(parent), m_terminal(terminal), m_json(json)
{
    open(QIODevice::WriteOnly);
}

LogStream::~LogStream()
{
    if (!m_partial.isEmpty())
        emitLine(m_partial);
}

qint64 LogStream::readData(char * /*data*/, qint64 /*maxSize*/)
{
    return -1;
}

qint64 LogStream::writeData(const char *data, qint64 size)
{
    m_partial.append(data, size);
    qsizetype end = 0;
    while ((end = m_partial.indexOf('\n')) >= 0) {
        emitLine(m_partial.left(end));
        m_partial.remove(0, end + 1);
    }
    return size;
}

void LogStream::emitLine(const QByteArray &line)
{
    const QString text = QString::fromUtf8(line);
    if (m_json) {
        if (!text.trimmed().isEmpty())
            LogOutput::write(QtInfoMsg, kCategory, text);
        return;
    }
    m_terminal->write(line + '\n');
    if (!text.trimmed().isEmpty())
        LogOutput::writeToFile(QtInfoMsg, kCategory, text);
}

} // namespace arrscore
