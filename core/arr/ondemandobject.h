#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace arrscore {

// One JSON object of a list body read with simdjson's on-demand API: its fields in the order the server wrote
// them, each read only if the caller wants it (the rest is skipped by its brackets, never parsed). The same rules
// as JsonFields: an omitted or null field gives the default, a wrong type is the item's error (the first found
// wins), a clamped score is a warning; nested objects share their item's state. A value that is not JSON at all
// (a broken number, string or literal) is a document error instead: the whole body fails.
class OnDemandObject
{
public:
    // What one item found, for itself and every object nested in it.
    struct Item
    {
        QString error;
        QStringList warnings;
        std::string_view idToken; // the item's "id" as the server wrote it
        simdjson::error_code documentError = simdjson::SUCCESS;

        // The item's "id" as text, for messages (only ever needed for one).
        QString idText() const;

        bool hasError() const { return !error.isEmpty(); }
        bool failed() const { return documentError != simdjson::SUCCESS; }
    };

    // One field: its key and a reader for its value, which can be read once.
    class Field
    {
    public:
        bool is(std::string_view key) const { return m_key == key; }
        // Whether the value is of `type`, without reading it or making another type an error.
        bool has(simdjson::ondemand::json_type type);
        // The value as a list to iterate; false (a document error) when it is not one.
        bool array(simdjson::ondemand::array *out);

        qint64 integer();
        // A whole number that must fit an int (an id, a count, a season): outside Int32 it is an error.
        int int32();
        // A custom format score: beyond Int32 it is clamped with a warning; nothing when null.
        std::optional<int> score();
        double number();
        QString string();
        bool boolean();
        QDateTime dateTime(); // UTC
        QStringList strings();
        // The fields of an object value, each given to onField(Field &).
        template <typename OnField> void object(OnField onField);
        // Each object of a list value, given to onObject(OnDemandObject &).
        template <typename OnObject> void objects(OnObject onObject);

    private:
        friend class OnDemandObject;
        Field(OnDemandObject &parent, std::string_view key, simdjson::ondemand::value &value)
            : m_parent(parent), m_key(key), m_value(value)
        {
        }
        // The value's type when it is `expected`; nothing when it is null, another type (the item's error then)
        // or broken (a document error).
        bool expect(simdjson::ondemand::json_type expected, const char *name);
        bool isNull();
        void fail(const char *expected, simdjson::ondemand::json_type got);
        void failDocument(simdjson::error_code error);
        QString path() const;

        OnDemandObject &m_parent;
        std::string_view m_key;
        simdjson::ondemand::value &m_value;
    };

    // The top-level object of an item.
    OnDemandObject(Item &item, simdjson::ondemand::object object) : m_item(item), m_object(object) {}

    // Each field of the object, given to onField(Field &); the item's "id" is noted for messages on the way.
    template <typename OnField> void fields(OnField onField);

private:
    // A nested object: its fields' paths in messages start with `key.` (or `key[].` in a list).
    OnDemandObject(OnDemandObject &parent, std::string_view key, bool inList, simdjson::ondemand::object object)
        : m_item(parent.m_item), m_object(object), m_parent(&parent), m_key(key), m_inList(inList)
    {
    }
    bool nextKey(simdjson::ondemand::field &field, std::string_view *key);
    QString path() const;

    Item &m_item;
    simdjson::ondemand::object m_object;
    OnDemandObject *m_parent = nullptr;
    std::string_view m_key;
    bool m_inList = false;
};

template <typename OnField> void OnDemandObject::fields(OnField onField)
{
    for (auto result : m_object) {
        simdjson::ondemand::field field;
        std::string_view key;
        if (const simdjson::error_code error = std::move(result).get(field)) {
            m_item.documentError = error;
            return;
        }
        if (!nextKey(field, &key))
            return;
        if (!m_parent && key == "id")
            m_item.idToken = field.value().raw_json_token(); // a peek: the value is still unread
        // After an error the item is skipped: only its id (above) and the document's soundness still matter.
        if (!m_item.hasError()) {
            Field f(*this, key, field.value());
            onField(f);
        }
        if (m_item.failed())
            return;
    }
}

template <typename OnField> void OnDemandObject::Field::object(OnField onField)
{
    if (!expect(simdjson::ondemand::json_type::object, "an object"))
        return;
    simdjson::ondemand::object object;
    if (const simdjson::error_code error = m_value.get_object().get(object)) {
        failDocument(error);
        return;
    }
    OnDemandObject(m_parent, m_key, false, object).fields(onField);
}

template <typename OnObject> void OnDemandObject::Field::objects(OnObject onObject)
{
    if (!expect(simdjson::ondemand::json_type::array, "a list"))
        return;
    simdjson::ondemand::array array;
    if (const simdjson::error_code error = m_value.get_array().get(array)) {
        failDocument(error);
        return;
    }
    for (auto result : array) {
        simdjson::ondemand::value element;
        simdjson::ondemand::json_type type{};
        simdjson::error_code error = std::move(result).get(element);
        if (!error)
            error = element.type().get(type);
        if (error) {
            failDocument(error);
            return;
        }
        if (m_parent.m_item.hasError())
            continue; // the rest is skipped by its brackets
        if (type != simdjson::ondemand::json_type::object) {
            fail("a list of objects", type);
            continue;
        }
        simdjson::ondemand::object object;
        error = element.get_object().get(object);
        if (error) {
            failDocument(error);
            return;
        }
        OnDemandObject nested(m_parent, m_key, true, object);
        onObject(nested);
        if (m_parent.m_item.failed())
            return;
    }
}

} // namespace arrscore
