// Fuzz target: ListDecoder, which reads the list columns of every stored file (languages, genres, custom
// formats) through a hand-written fast path for the compact JSON that listjson.h writes. Properties: the fast
// path gives exactly what Qt's JSON parser gives for any text (it must give up rather than guess), the UTF-8
// overloads agree with the QString ones, and what listjson.h writes decodes back to the same list.
#include "fuzzcheck.h"
#include "storage/listdecoder.h"
#include "storage/listjson.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace arrscore;
using namespace arrscore::storage;

namespace {

// What the stored text means, read by QJsonDocument alone: the oracle for the fast path.
QStringList referenceStrings(const QString &text)
{
    QStringList list;
    for (const QJsonValue &v : parseArray(text))
        list << jsonElementText(v);
    return list;
}

QList<FormatRef> referenceFormats(const QString &text)
{
    QList<FormatRef> list;
    for (const QJsonValue &v : parseArray(text)) {
        const QJsonArray pair = v.toArray();
        list.append({pair.at(0).toInt(), jsonElementText(pair.at(1))});
    }
    return list;
}

QString show(const QStringList &list)
{
    return QLatin1Char('[') + list.join(QStringLiteral("|")) + QLatin1Char(']');
}

QString show(const QList<FormatRef> &list)
{
    QStringList parts;
    for (const FormatRef &f : list)
        parts << QString::number(f.id) + QLatin1Char(':') + f.name;
    return show(parts);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Stored text is valid UTF-8: the database holds what QString::toUtf8() wrote.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray utf8 = text.toUtf8();

    ListDecoder decoder;
    const QStringList strings = decoder.strings(text);
    const QStringList expectedStrings = referenceStrings(text);
    FUZZ_CHECK(strings == expectedStrings, show(strings) + QStringLiteral(" instead of ") + show(expectedStrings));
    ListDecoder fromBytes;
    FUZZ_CHECK(fromBytes.strings(QByteArrayView(utf8)) == strings, QStringLiteral("the UTF-8 overload differs"));
    // A second read comes from the cache: still the same list.
    FUZZ_CHECK(decoder.strings(QByteArrayView(utf8)) == strings, QStringLiteral("the cached list differs"));
    const QString written = jsonStrings(strings);
    FUZZ_CHECK(ListDecoder().strings(written) == strings, QStringLiteral("round trip through ") + written);

    const QList<FormatRef> formats = decoder.formats(text);
    const QList<FormatRef> expectedFormats = referenceFormats(text);
    FUZZ_CHECK(formats == expectedFormats, show(formats) + QStringLiteral(" instead of ") + show(expectedFormats));
    FUZZ_CHECK(fromBytes.formats(QByteArrayView(utf8)) == formats, QStringLiteral("the UTF-8 overload differs"));
    const QString writtenFormats = jsonFormatRefs(formats);
    FUZZ_CHECK(ListDecoder().formats(writtenFormats) == formats,
               QStringLiteral("round trip through ") + writtenFormats);
    return 0;
}
