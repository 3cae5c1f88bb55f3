#include "arr/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <climits>
#include <cmath>

namespace arrscore {

namespace {

const char *typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "a list";
    case QJsonValue::Object:
        return "an object";
    default:
        return "nothing";
    }
}

} // namespace

JsonFields::JsonFields(QJsonObject object)
    : JsonFields(std::move(object), std::make_shared<QString>(), std::make_shared<QStringList>(), {})
{
}

JsonFields::JsonFields(QJsonObject object, std::shared_ptr<QString> error, std::shared_ptr<QStringList> warnings,
                       QString path)
    : m_object(std::move(object)), m_error(std::move(error)), m_warnings(std::move(warnings)), m_path(std::move(path))
{
}

QJsonValue JsonFields::value(const char *key) const
{
    return m_object.value(QLatin1String(key));
}

bool JsonFields::has(const char *key) const
{
    const QJsonValue v = value(key);
    return !v.isUndefined() && !v.isNull();
}

void JsonFields::fail(const char *key, const char *expected, const QJsonValue &got)
{
    if (!m_error->isEmpty())
        return;
    *m_error = QCoreApplication::translate("arrscore::JsonFields", "field \"%1\" should be %2, not %3.")
                   .arg(m_path + QLatin1String(key), QLatin1String(expected), QLatin1String(typeName(got)));
}

std::optional<QJsonValue> JsonFields::typed(const char *key, bool (QJsonValue::*is)() const, const char *expected)
{
    QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!(v.*is)()) {
        fail(key, expected, v);
        return std::nullopt;
    }
    return v;
}

qint64 JsonFields::integer(const char *key)
{
    const std::optional<QJsonValue> v = typed(key, &QJsonValue::isDouble, "a whole number");
    if (!v)
        return 0;
    const double d = v->toDouble();
    if (d != std::floor(d) || std::abs(d) > 9.0e15) {
        fail(key, "a whole number", *v);
        return 0;
    }
    return qint64(d);
}

int JsonFields::int32(const char *key)
{
    const qint64 n = integer(key);
    if (n < INT_MIN || n > INT_MAX) {
        if (m_error->isEmpty())
            *m_error = QCoreApplication::translate("arrscore::JsonFields", R"(field "%1" is %2, beyond %3…%4.)")
                           .arg(m_path + QLatin1String(key))
                           .arg(n)
                           .arg(INT_MIN)
                           .arg(INT_MAX);
        return 0;
    }
    return int(n);
}

int JsonFields::score(const char *key)
{
    const std::optional<QJsonValue> v = typed(key, &QJsonValue::isDouble, "a number");
    if (!v)
        return 0;
    const double d = v->toDouble();
    if (d != std::floor(d)) {
        fail(key, "a whole number", *v);
        return 0;
    }
    if (d >= INT_MIN && d <= INT_MAX)
        return int(d);
    const int clamped = d < 0 ? INT_MIN : INT_MAX;
    *m_warnings << QCoreApplication::translate("arrscore::JsonFields",
                                               R"(field "%1" is %2, beyond what a score can be; read as %3.)")
                       .arg(m_path + QLatin1String(key), QString::number(d, 'g', 15))
                       .arg(clamped);
    return clamped;
}

double JsonFields::number(const char *key)
{
    const std::optional<QJsonValue> v = typed(key, &QJsonValue::isDouble, "a number");
    return v ? v->toDouble() : 0;
}

QString JsonFields::string(const char *key)
{
    const std::optional<QJsonValue> v = typed(key, &QJsonValue::isString, "a string");
    return v ? v->toString() : QString();
}

bool JsonFields::boolean(const char *key)
{
    const std::optional<QJsonValue> v = typed(key, &QJsonValue::isBool, "true or false");
    return v && v->toBool();
}

QDateTime JsonFields::dateTime(const char *key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        fail(key, "a date", value(key));
        if (m_error->endsWith(QLatin1String("a string.")))
            *m_error = QCoreApplication::translate("arrscore::JsonFields", R"(field "%1" is not a date: "%2".)")
                           .arg(m_path + QLatin1String(key), text.left(40));
        return {};
    }
    return dt.toUTC();
}

QStringList JsonFields::strings(const char *key)
{
    const std::optional<QJsonValue> v = typed(key, &QJsonValue::isArray, "a list");
    if (!v)
        return {};
    QStringList result;
    for (const auto &item : v->toArray()) {
        if (!item.isString()) {
            fail(key, "a list of strings", item);
            return {};
        }
        result << item.toString();
    }
    return result;
}

JsonFields JsonFields::object(const char *key)
{
    const QJsonValue v = value(key);
    const QString path = m_path + QLatin1String(key) + QLatin1Char('.');
    if (!v.isUndefined() && !v.isNull() && !v.isObject())
        fail(key, "an object", v);
    return JsonFields(v.toObject(), m_error, m_warnings, path);
}

QList<JsonFields> JsonFields::objects(const char *key)
{
    const std::optional<QJsonValue> v = typed(key, &QJsonValue::isArray, "a list");
    if (!v)
        return {};
    QList<JsonFields> result;
    const QJsonArray array = v->toArray();
    result.reserve(array.size());
    const QString path = m_path + QLatin1String(key) + QLatin1String("[].");
    for (const auto &item : array) {
        if (!item.isObject()) {
            fail(key, "a list of objects", item);
            return {};
        }
        result.append(JsonFields(item.toObject(), m_error, m_warnings, path));
    }
    return result;
}

QString JsonFields::idText() const
{
    const QJsonValue id = value("id");
    if (id.isDouble())
        return QString::number(qint64(id.toDouble()));
    if (id.isString())
        return id.toString().left(40);
    return QCoreApplication::translate("arrscore::JsonFields", "(without id)");
}

} // namespace arrscore
