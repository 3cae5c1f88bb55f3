#include "storage/listjson.h"

#include "storage/columnvalues.h"

#include <QJsonDocument>

namespace arrscore::storage {

namespace {

void appendJson(QString &out, const QString &s)
{
    if (s.isNull()) {
        out += QLatin1String("null");
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

// A JSON array of values, each written by appendValue(out, value).
template <typename List, typename AppendValue>
QString jsonArray(const List &values, const AppendValue &appendValue)
{
    if (values.isEmpty())
        return QStringLiteral("[]");
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        appendValue(out, values[i]);
    }
    return out + QLatin1Char(']');
}

template <typename Int> QString jsonIntsImpl(const QList<Int> &values)
{
    return jsonArray(values, [](QString &out, Int value) { out += QString::number(value); });
}

QString jsonFormatRefsImpl(const QList<FormatRef> &formats)
{
    return jsonArray(formats, [](QString &out, const FormatRef &format) {
        out += QLatin1Char('[') + QString::number(format.id) + QLatin1Char(',');
        appendJson(out, format.name);
        out += QLatin1Char(']');
    });
}

char16_t codeUnit(QChar c)
{
    return c.unicode();
}

char16_t codeUnit(char c)
{
    return char16_t(uchar(c));
}

template <typename Int, typename Text> QList<Int> parseInts(const Text &text)
{
    QList<Int> values;
    qint64 current = 0;
    bool inNumber = false;
    bool negative = false;
    for (const auto c : text) {
        const char16_t u = codeUnit(c);
        if (u >= u'0' && u <= u'9') {
            current = current * 10 + (u - u'0');
            inNumber = true;
        } else if (u == u'-') {
            negative = true;
        } else if (inNumber) {
            values.append(Int(negative ? -current : current));
            current = 0;
            inNumber = negative = false;
        }
    }
    return values;
}

} // namespace

QString jsonStrings(const QStringList &values)
{
    return jsonArray(values, [](QString &out, const QString &value) { appendJson(out, value); });
}

QString jsonElementText(const QJsonValue &v)
{
    return v.isNull() ? QString() : readText(v.toString());
}

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QString jsonFormatItems(const QList<FormatItem> &items)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += (i ? QLatin1String(",[") : QLatin1String("[")) + QString::number(items[i].formatId) +
               QLatin1Char(',');
        appendJson(out, items[i].name);
        out += QLatin1Char(',') + QString::number(items[i].score) + QLatin1Char(']');
    }
    return out + QLatin1Char(']');
}

QString jsonQualities(const QList<ProfileQuality> &qualities)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < qualities.size(); ++i) {
        const ProfileQuality &q = qualities[i];
        out += (i ? QLatin1String(",[") : QLatin1String("[")) + QString::number(q.id) + QLatin1Char(',');
        appendJson(out, q.name);
        out += QLatin1Char(',') + QString::number(q.resolution) + QLatin1Char(',') +
               QString::number(int(q.allowed)) + QLatin1Char(',') + QString::number(q.groupId) +
               QLatin1Char(',');
        appendJson(out, q.groupName);
        out += QLatin1Char(']');
    }
    return out + QLatin1Char(']');
}

QString jsonInts(const QList<int> &values)
{
    return jsonIntsImpl(values);
}

QString jsonInts(const QList<qint64> &values)
{
    return jsonIntsImpl(values);
}

QString jsonFormatRefs(const QList<FormatRef> &formats)
{
    return jsonFormatRefsImpl(formats);
}

QList<int> parseIntList(const QString &text)
{
    return parseInts<int>(text);
}

QList<qint64> parseInt64List(const QString &text)
{
    return parseInts<qint64>(text);
}

QList<int> parseIntList(QByteArrayView utf8)
{
    return parseInts<int>(utf8);
}

QList<qint64> parseInt64List(QByteArrayView utf8)
{
    return parseInts<qint64>(utf8);
}

} // namespace arrscore::storage
