#include "simjsonwriter.h"

#include <QDateTime>

namespace arrscore {

SimJsonWriter::SimJsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void SimJsonWriter::prefix()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.isEmpty())
        return;
    Level &level = m_stack.last();
    if (!level.empty)
        m_out.append(',');
    level.empty = false;
    m_out.append('\n');
    m_out.append(QByteArray(2 * m_stack.size(), ' '));
}

void SimJsonWriter::open(char bracket, bool object)
{
    prefix();
    m_out.append(bracket);
    m_stack.append({object, true});
}

void SimJsonWriter::close(char bracket)
{
    const bool empty = m_stack.last().empty;
    m_stack.removeLast();
    if (!empty) {
        m_out.append('\n');
        m_out.append(QByteArray(2 * m_stack.size(), ' '));
    }
    m_out.append(bracket);
}

void SimJsonWriter::beginObject()
{
    open('{', true);
}
void SimJsonWriter::endObject()
{
    close('}');
}
void SimJsonWriter::beginArray()
{
    open('[', false);
}
void SimJsonWriter::endArray()
{
    close(']');
}

void SimJsonWriter::raw(const QByteArray &json)
{
    prefix();
    const QByteArray newline = QByteArray("\n") + QByteArray(2 * m_stack.size(), ' ');
    QByteArray indented = json;
    m_out.append(indented.replace("\n", newline));
}

SimJsonWriter &SimJsonWriter::key(const char *name)
{
    prefix();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\": ");
    m_afterKey = true;
    return *this;
}

void SimJsonWriter::value(const QString &v)
{
    prefix();
    const QByteArray utf8 = v.toUtf8();
    m_out.append('"');
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out.append("\\u00");
                m_out.append(hex[u >> 4]);
                m_out.append(hex[u & 0xF]);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
}

void SimJsonWriter::value(const char *v)
{
    value(QString::fromUtf8(v));
}

void SimJsonWriter::value(qint64 v)
{
    prefix();
    m_out.append(QByteArray::number(v));
}

void SimJsonWriter::value(bool v)
{
    prefix();
    m_out.append(v ? "true" : "false");
}

void SimJsonWriter::value(double v)
{
    prefix();
    m_out.append(QByteArray::number(v, 'g', 15));
}

QByteArray SimJsonWriter::formatDate(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
        .toLatin1();
}

void SimJsonWriter::date(const char *name, qint64 secondsSinceEpoch)
{
    key(name);
    prefix();
    m_out.append('"');
    m_out.append(formatDate(secondsSinceEpoch));
    m_out.append('"');
}

void SimJsonWriter::dateOnly(const char *name, qint64 secondsSinceEpoch)
{
    field(name, QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")));
}

QByteArray SimJsonWriter::take()
{
    return std::move(m_out);
}

} // namespace arrscore
