#pragma once

#include "base/model.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace arrscore::storage {

// Lists repeat across a library (languages, genres, sets of formats): decode each text once and
// share the result, which also shares the memory of the loaded files. Reads the compact JSON that
// listjson.h writes directly; anything else goes through QJsonDocument, with the same result.
class ListDecoder
{
public:
    QStringList strings(const QString &text);
    QList<FormatRef> formats(const QString &text);
    // The same from the column's UTF-8 bytes: a cache hit builds no string at all.
    QStringList strings(QByteArrayView utf8);
    QList<FormatRef> formats(QByteArrayView utf8);
    // A text that repeats across files (a series' title, a quality, a codec): one shared copy for all.
    QString shared(const QString &text);
    // The same from a non-null column's UTF-8 bytes: a text seen before builds no string ('' gives an empty one).
    QString shared(QByteArrayView utf8);

private:
    QHash<QString, QString> m_texts;
    QHash<QByteArray, QString> m_utf8Texts;
    QHash<QString, QStringList> m_strings;
    QHash<QString, QList<FormatRef>> m_formats;
    QHash<QByteArray, QStringList> m_utf8Strings;
    QHash<QByteArray, QList<FormatRef>> m_utf8Formats;
};

} // namespace arrscore::storage
