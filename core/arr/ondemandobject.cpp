#include "arr/ondemandobject.h"

#include "arr/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <climits>
#include <cmath>

namespace arrscore {

using simdjson::ondemand::json_type;

namespace {

const char *typeName(json_type type)
{
    switch (type) {
    case json_type::boolean:
        return "a boolean";
    case json_type::number:
        return "a number";
    case json_type::string:
        return "a string";
    case json_type::array:
        return "a list";
    case json_type::object:
        return "an object";
    case json_type::null:
        break;
    }
    return "nothing";
}

// One JSON value as Qt reads it, from its text: for the rare string simdjson refuses and Qt takes (an escaped lone
// surrogate, which .NET can write) and for an id shown in a message. Undefined when Qt refuses it too.
QJsonValue qtValue(std::string_view token)
{
    QByteArray text;
    text.reserve(qsizetype(token.size()) + 2);
    text.append('[').append(token.data(), qsizetype(token.size())).append(']');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().first();
}

} // namespace

QString OnDemandObject::Item::idText() const
{
    const QJsonValue id = qtValue(idToken);
    if (id.isDouble())
        return JsonFields::idText(id.toDouble());
    if (id.isString())
        return id.toString().left(40);
    return JsonFields::withoutIdText();
}

bool OnDemandObject::nextKey(simdjson::ondemand::field &field, std::string_view *key)
{
    // The key as written, without a copy; one with an escape (no server writes one) is unescaped.
    const char *raw = field.key().raw();
    const char *end = raw;
    while (*end != '"' && *end != '\\')
        ++end;
    if (*end == '"') {
        *key = std::string_view(raw, size_t(end - raw));
        return true;
    }
    if (const simdjson::error_code error = field.unescaped_key().get(*key)) {
        m_item.documentError = error;
        return false;
    }
    return true;
}

QString OnDemandObject::path() const
{
    if (!m_parent)
        return {};
    return m_parent->path() + QString::fromUtf8(m_key.data(), qsizetype(m_key.size()))
           + (m_inList ? QLatin1String("[].") : QLatin1String("."));
}

QString OnDemandObject::Field::path() const
{
    return m_parent.path() + QString::fromUtf8(m_key.data(), qsizetype(m_key.size()));
}

void OnDemandObject::Field::fail(const char *expected, json_type got)
{
    if (!m_parent.m_item.hasError())
        m_parent.m_item.error = JsonFields::mistypedText(path(), expected, typeName(got));
}

void OnDemandObject::Field::failDocument(simdjson::error_code error)
{
    m_parent.m_item.documentError = error;
}

bool OnDemandObject::Field::has(json_type type)
{
    json_type actual{};
    if (const simdjson::error_code error = m_value.type().get(actual)) {
        failDocument(error);
        return false;
    }
    return actual == type;
}

bool OnDemandObject::Field::array(simdjson::ondemand::array *out)
{
    if (const simdjson::error_code error = m_value.get_array().get(*out)) {
        failDocument(error);
        return false;
    }
    return true;
}

bool OnDemandObject::Field::isNull()
{
    bool null = false;
    if (const simdjson::error_code error = m_value.is_null().get(null))
        failDocument(error);
    else if (!null)
        failDocument(simdjson::N_ATOM_ERROR); // "nul" and the like
    return null;
}

bool OnDemandObject::Field::expect(json_type expected, const char *name)
{
    json_type type{};
    if (const simdjson::error_code error = m_value.type().get(type)) {
        failDocument(error);
        return false;
    }
    if (type == expected)
        return true;
    if (type == json_type::null) {
        isNull();
        return false;
    }
    // A mistyped scalar is read as what it is, so a broken one fails the body as it would have (Qt read every
    // value); lists and objects are only skipped.
    simdjson::error_code error = simdjson::SUCCESS;
    if (type == json_type::number) {
        double ignored = 0;
        error = m_value.get_double().get(ignored);
    } else if (type == json_type::boolean) {
        bool ignored = false;
        error = m_value.get_bool().get(ignored);
    }
    if (error)
        failDocument(error);
    else
        fail(name, type);
    return false;
}

qint64 OnDemandObject::Field::integer()
{
    if (!expect(json_type::number, "a whole number"))
        return 0;
    double value = 0;
    if (const simdjson::error_code error = m_value.get_double().get(value)) {
        failDocument(error);
        return 0;
    }
    const std::optional<qint64> n = JsonFields::wholeNumber(value);
    if (!n)
        fail("a whole number", json_type::number);
    return n.value_or(0);
}

int OnDemandObject::Field::int32()
{
    const qint64 n = integer();
    if (n < INT_MIN || n > INT_MAX) {
        if (!m_parent.m_item.hasError())
            m_parent.m_item.error = JsonFields::beyondInt32Text(path(), n);
        return 0;
    }
    return int(n);
}

std::optional<int> OnDemandObject::Field::score()
{
    if (!expect(json_type::number, "a number"))
        return std::nullopt;
    double value = 0;
    if (const simdjson::error_code error = m_value.get_double().get(value)) {
        failDocument(error);
        return std::nullopt;
    }
    if (value != std::floor(value)) {
        fail("a whole number", json_type::number);
        return 0;
    }
    const int score = JsonFields::clampedScore(value);
    if (score != value)
        m_parent.m_item.warnings << JsonFields::scoreClampedText(path(), value, score);
    return score;
}

double OnDemandObject::Field::number()
{
    if (!expect(json_type::number, "a number"))
        return 0;
    double value = 0;
    if (const simdjson::error_code error = m_value.get_double().get(value))
        failDocument(error);
    return value;
}

QString OnDemandObject::Field::string()
{
    if (!expect(json_type::string, "a string"))
        return {};
    const std::string_view token = m_value.raw_json_token();
    std::string_view text;
    const simdjson::error_code error = m_value.get_string().get(text);
    if (!error)
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (error == simdjson::STRING_ERROR) {
        const QJsonValue value = qtValue(token);
        if (value.isString())
            return value.toString();
    }
    failDocument(error);
    return {};
}

bool OnDemandObject::Field::boolean()
{
    if (!expect(json_type::boolean, "true or false"))
        return false;
    bool value = false;
    if (const simdjson::error_code error = m_value.get_bool().get(value))
        failDocument(error);
    return value;
}

QDateTime OnDemandObject::Field::dateTime()
{
    const QString text = string();
    if (text.isEmpty())
        return {};
    QDateTime dt = JsonFields::utcDateTime(text);
    if (!dt.isValid() && !m_parent.m_item.hasError())
        m_parent.m_item.error = JsonFields::notADateText(path(), text);
    return dt;
}

QStringList OnDemandObject::Field::strings()
{
    if (!expect(json_type::array, "a list"))
        return {};
    simdjson::ondemand::array array;
    if (const simdjson::error_code error = m_value.get_array().get(array)) {
        failDocument(error);
        return {};
    }
    QStringList result;
    for (auto element : array) {
        simdjson::ondemand::value value;
        if (const simdjson::error_code error = std::move(element).get(value)) {
            failDocument(error);
            return {};
        }
        if (m_parent.m_item.hasError())
            continue;
        Field item(m_parent, m_key, value);
        json_type type{};
        if (const simdjson::error_code error = value.type().get(type)) {
            failDocument(error);
            return {};
        }
        if (type != json_type::string) {
            fail("a list of strings", type);
            continue;
        }
        result << item.string();
        if (m_parent.m_item.failed())
            return {};
    }
    return result;
}

} // namespace arrscore
