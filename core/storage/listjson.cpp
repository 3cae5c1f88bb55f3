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

// "[e0,e1,…]", each element written by append(out, element): the one loop every list column uses.
template <typename List, typename Append> QString jsonArray(const List &values, Append append)
{
    if (values.isEmpty())
        return QStringLiteral("[]"); // static data: most files have no episodes or languages to list
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        append(out, values[i]);
    }
    return out + QLatin1Char(']');
}

void appendNumber(QString &out, qint64 value)
{
    out += QString::number(value);
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
    return jsonArray(values, appendJson);
}

QString jsonInts(const QList<int> &values)
{
    return jsonArray(values, appendNumber);
}

QString jsonInts(const QList<qint64> &values)
{
    return jsonArray(values, appendNumber);
}

QString jsonFormatRefs(const QList<FormatRef> &formats)
{
    return jsonArray(formats, [](QString &out, const FormatRef &f) {
        out += QLatin1Char('[') + QString::number(f.id) + QLatin1Char(',');
        appendJson(out, f.name);
        out += QLatin1Char(']');
    });
}

QString jsonFormatItems(const QList<FormatItem> &items)
{
    return jsonArray(items, [](QString &out, const FormatItem &item) {
        out += QLatin1Char('[') + QString::number(item.formatId) + QLatin1Char(',');
        appendJson(out, item.name);
        out += QLatin1Char(',') + QString::number(item.score) + QLatin1Char(']');
    });
}

QString jsonQualities(const QList<ProfileQuality> &qualities)
{
    return jsonArray(qualities, [](QString &out, const ProfileQuality &q) {
        out += QLatin1Char('[') + QString::number(q.id) + QLatin1Char(',');
        appendJson(out, q.name);
        out += QLatin1Char(',') + QString::number(q.resolution) + QLatin1Char(',') + QString::number(int(q.allowed))
               + QLatin1Char(',') + QString::number(q.groupId) + QLatin1Char(',');
        appendJson(out, q.groupName);
        out += QLatin1Char(']');
    });
}

QString jsonElementText(const QJsonValue &v)
{
    return v.isNull() ? QString() : readText(v.toString());
}

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
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
