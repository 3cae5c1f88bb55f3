#pragma once

#include "base/model.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace arrscore::storage {

// The compact JSON of the list columns (episodes, formats, languages, a profile's items): written by
// hand because it is fast, read back by ListDecoder or, for anything else, by QJsonDocument.
QString jsonStrings(const QStringList &values);
QString jsonFormatItems(const QList<FormatItem> &items);
QString jsonQualities(const QList<ProfileQuality> &qualities);
QString jsonInts(const QList<int> &values);
QString jsonInts(const QList<qint64> &values);
QString jsonFormatRefs(const QList<FormatRef> &formats);

QString jsonElementText(const QJsonValue &v);
QJsonArray parseArray(const QString &text);
QList<int> parseIntList(const QString &text);
QList<qint64> parseInt64List(const QString &text);
QList<int> parseIntList(QByteArrayView utf8);
QList<qint64> parseInt64List(QByteArrayView utf8);

} // namespace arrscore::storage
