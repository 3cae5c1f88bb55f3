#include "storage/listdecoder.h"

#include "storage/listjson.h"

#include <limits>
#include <optional>

namespace arrscore::storage {

namespace {

// A cursor over the compact JSON written by jsonStrings() and jsonFormatRefs(): no spaces, strings
// without escapes, plain integers. Any other input makes it give up (nullopt) rather than guess.
class CompactJson
{
public:
    explicit CompactJson(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    bool take(char c)
    {
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    bool atEnd() const { return m_p == m_end; }

    // A string or null; null is a null QString, "" an empty one (as jsonElementText() gives).
    std::optional<QString> text()
    {
        if (m_end - m_p >= 4 && QByteArrayView(m_p, 4) == QByteArrayView("null")) {
            m_p += 4;
            return QString();
        }
        if (!take('"'))
            return std::nullopt;
        const char *start = m_p;
        while (m_p != m_end && *m_p != '"') {
            if (*m_p == '\\' || uchar(*m_p) < 0x20)
                return std::nullopt;
            ++m_p;
        }
        if (m_p == m_end)
            return std::nullopt;
        const qsizetype n = m_p++ - start;
        return n == 0 ? QString(QLatin1String("")) : QString::fromUtf8(start, n);
    }

    std::optional<int> integer()
    {
        const bool negative = take('-');
        qint64 value = 0;
        const char *start = m_p;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9' && m_p - start < 10)
            value = value * 10 + (*m_p++ - '0');
        if (m_p == start || (m_p != m_end && *m_p >= '0' && *m_p <= '9') || (*start == '0' && m_p - start > 1))
            return std::nullopt; // no digits, too many, or a leading zero (not JSON)
        value = negative ? -value : value;
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
            return std::nullopt;
        return int(value);
    }

private:
    const char *m_p;
    const char *m_end;
};

std::optional<QStringList> compactStrings(QByteArrayView utf8)
{
    CompactJson in(utf8);
    QStringList list;
    if (!in.take('['))
        return std::nullopt;
    if (in.take(']'))
        return in.atEnd() ? std::optional(list) : std::nullopt;
    do {
        std::optional<QString> s = in.text();
        if (!s)
            return std::nullopt;
        list.append(*s);
    } while (in.take(','));
    return in.take(']') && in.atEnd() ? std::optional(list) : std::nullopt;
}

std::optional<QList<FormatRef>> compactFormats(QByteArrayView utf8)
{
    CompactJson in(utf8);
    QList<FormatRef> list;
    if (!in.take('['))
        return std::nullopt;
    if (in.take(']'))
        return in.atEnd() ? std::optional(list) : std::nullopt;
    do {
        if (!in.take('['))
            return std::nullopt;
        const std::optional<int> id = in.integer();
        if (!id || !in.take(','))
            return std::nullopt;
        std::optional<QString> name = in.text();
        if (!name || !in.take(']'))
            return std::nullopt;
        list.append({*id, *name});
    } while (in.take(','));
    return in.take(']') && in.atEnd() ? std::optional(list) : std::nullopt;
}

QStringList parsedStrings(const QString &text)
{
    QStringList list;
    for (const auto &v : parseArray(text))
        list << jsonElementText(v);
    return list;
}

QList<FormatRef> parsedFormats(const QString &text)
{
    QList<FormatRef> list;
    for (const auto &v : parseArray(text)) {
        const QJsonArray pair = v.toArray();
        list.append({pair.at(0).toInt(), jsonElementText(pair.at(1))});
    }
    return list;
}

} // namespace

QStringList ListDecoder::strings(const QString &text)
{
    auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        return *it;
    std::optional<QStringList> list = compactStrings(text.toUtf8());
    if (!list)
        list = parsedStrings(text);
    m_strings.insert(text, *list);
    return *list;
}

QList<FormatRef> ListDecoder::formats(const QString &text)
{
    auto it = m_formats.constFind(text);
    if (it != m_formats.constEnd())
        return *it;
    std::optional<QList<FormatRef>> list = compactFormats(text.toUtf8());
    if (!list)
        list = parsedFormats(text);
    m_formats.insert(text, *list);
    return *list;
}

QStringList ListDecoder::strings(QByteArrayView utf8)
{
    auto it = m_utf8Strings.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (it != m_utf8Strings.constEnd())
        return *it;
    std::optional<QStringList> list = compactStrings(utf8);
    if (!list)
        list = parsedStrings(QString::fromUtf8(utf8));
    m_utf8Strings.insert(utf8.toByteArray(), *list);
    return *list;
}

QList<FormatRef> ListDecoder::formats(QByteArrayView utf8)
{
    auto it = m_utf8Formats.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (it != m_utf8Formats.constEnd())
        return *it;
    std::optional<QList<FormatRef>> list = compactFormats(utf8);
    if (!list)
        list = parsedFormats(QString::fromUtf8(utf8));
    m_utf8Formats.insert(utf8.toByteArray(), *list);
    return *list;
}

QString ListDecoder::shared(const QString &text)
{
    if (text.isEmpty())
        return text; // null stays null, empty stays empty
    const auto it = m_texts.constFind(text);
    if (it != m_texts.cend())
        return it.value();
    m_texts.insert(text, text);
    return text;
}

QString ListDecoder::shared(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return QString(QLatin1String("")); // an empty string, not a null one (readText())
    const auto it = m_utf8Texts.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (it != m_utf8Texts.cend())
        return it.value();
    // Through the QString table too, so that the same text read either way is one copy.
    QString text = shared(QString::fromUtf8(utf8));
    m_utf8Texts.insert(utf8.toByteArray(), text);
    return text;
}

} // namespace arrscore::storage
