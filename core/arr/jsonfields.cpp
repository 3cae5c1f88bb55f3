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
    *m_error = mistypedText(m_path + QLatin1String(key), expected, typeName(got));
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
    const std::optional<qint64> n = wholeNumber(v->toDouble());
    if (!n)
        fail(key, "a whole number", *v);
    return n.value_or(0);
}

int JsonFields::int32(const char *key)
{
    const qint64 n = integer(key);
    if (n < INT_MIN || n > INT_MAX) {
        if (m_error->isEmpty())
            *m_error = beyondInt32Text(m_path + QLatin1String(key), n);
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
    const int score = clampedScore(d);
    if (score != d)
        *m_warnings << scoreClampedText(m_path + QLatin1String(key), d, score);
    return score;
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
    QDateTime dt = utcDateTime(text);
    if (!dt.isValid() && m_error->isEmpty())
        *m_error = notADateText(m_path + QLatin1String(key), text);
    return dt;
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
        return idText(id.toDouble());
    if (id.isString())
        return id.toString().left(40);
    return withoutIdText();
}

QString JsonFields::mistypedText(const QString &field, const char *expected, const char *got)
{
    return QCoreApplication::translate("arrscore::JsonFields", "field \"%1\" should be %2, not %3.")
        .arg(field, QLatin1String(expected), QLatin1String(got));
}

QString JsonFields::beyondInt32Text(const QString &field, qint64 value)
{
    return QCoreApplication::translate("arrscore::JsonFields", R"(field "%1" is %2, beyond %3…%4.)")
        .arg(field)
        .arg(value)
        .arg(INT_MIN)
        .arg(INT_MAX);
}

QString JsonFields::scoreClampedText(const QString &field, double value, int clamped)
{
    return QCoreApplication::translate("arrscore::JsonFields",
                                       R"(field "%1" is %2, beyond what a score can be; read as %3.)")
        .arg(field, QString::number(value, 'g', 15))
        .arg(clamped);
}

QString JsonFields::notADateText(const QString &field, const QString &text)
{
    return QCoreApplication::translate("arrscore::JsonFields", R"(field "%1" is not a date: "%2".)")
        .arg(field, text.left(40));
}

QString JsonFields::withoutIdText()
{
    return QCoreApplication::translate("arrscore::JsonFields", "(without id)");
}

std::optional<qint64> JsonFields::wholeNumber(double value)
{
    if (value != std::floor(value) || std::abs(value) > 9.0e15)
        return std::nullopt;
    return qint64(value);
}

int JsonFields::clampedScore(double value)
{
    if (value >= INT_MIN && value <= INT_MAX)
        return int(value);
    return value < 0 ? INT_MIN : INT_MAX;
}

QDateTime JsonFields::utcDateTime(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QString JsonFields::idText(double id)
{
    // An id beyond 64 bits is no id a server sends; it is shown as the number it is rather than wrapped.
    if (std::abs(id) < 9.0e18)
        return QString::number(qint64(id));
    return QString::number(id, 'g', 15);
}

} // namespace arrscore
