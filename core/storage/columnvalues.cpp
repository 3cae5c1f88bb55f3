#include "storage/columnvalues.h"

namespace arrscore::storage {

QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString readText(const QVariant &v)
{
    if (v.isNull())
        return {};
    QString s = v.toString();
    if (s.isNull())
        s = QString(QLatin1String("")); // an empty string, not a null one
    return s;
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime readTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant blobValue(const QByteArray &b)
{
    return b.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(b);
}

} // namespace arrscore::storage
