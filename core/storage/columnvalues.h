#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace arrscore::storage {

// Null-aware conversions between the model and bound or read columns: a null QString is SQL NULL, an
// empty one is ''; an invalid time is NULL, a valid one milliseconds since the epoch (UTC).
QVariant textValue(const QString &s);
QString readText(const QVariant &v);
QVariant timeValue(const QDateTime &t);
QDateTime readTime(const QVariant &v);
QVariant blobValue(const QByteArray &b);

} // namespace arrscore::storage
