#pragma once

#include "arr/ondemandobject.h"

#include <QByteArray>

#include <simdjson.h>

namespace arrscore {

// A list body (a JSON array of objects: /movie, /moviefile, /episode…) read with simdjson's on-demand API, one
// element after another, without building a document of it. Reads the body in place when it has simdjson's
// padding to spare (ReplyBody reserves it), or else from one padded copy.
class OnDemandList
{
public:
    // Bytes a body needs to have allocated after its end to be read in place (ApiParser::bodyPadding says the same
    // to those who do not include simdjson).
    static constexpr qsizetype padding = qsizetype(simdjson::SIMDJSON_PADDING);

    explicit OnDemandList(const QByteArray &body);

    // Gives each element to onElement(OnDemandObject::Item &, OnDemandObject *object, int index) — object is null
    // for an element that is not an object; index counts from 1. False when the body is not a JSON array or breaks
    // off (a document error, in an element's OnDemandObject::Item or found here): error() says what and where.
    template <typename OnElement> bool forEach(OnElement onElement);
    // A page body ({"page": 1, …, "records": [...]}): each element of its `records` list to onElement as forEach
    // gives them, each other top-level field to onField(OnDemandObject::Field &). False as forEach, and when the body
    // is not an object with a `records` list (error() is then INCORRECT_TYPE).
    template <typename OnElement, typename OnField> bool forEachRecord(OnElement onElement, OnField onField);

    simdjson::error_code error() const { return m_error; }
    // The byte the error was found at; -1 when simdjson could not tell.
    qsizetype errorOffset() const { return m_errorOffset; }
    bool readInPlace() const { return m_inPlace; }

private:
    bool start(simdjson::ondemand::array *array);
    template <typename OnElement> bool forEachIn(simdjson::ondemand::array &array, OnElement &onElement);
    bool fail(simdjson::error_code error);

    const char *m_data = nullptr;
    simdjson::padded_string m_copy;
    simdjson::ondemand::parser m_parser;
    simdjson::ondemand::document m_document;
    simdjson::error_code m_error = simdjson::SUCCESS;
    qsizetype m_errorOffset = -1;
    bool m_inPlace = false;
    bool m_started = false; // the document exists (the body was taken by simdjson's first stage)
};

template <typename OnElement> bool OnDemandList::forEach(OnElement onElement)
{
    simdjson::ondemand::array array;
    if (!start(&array))
        return false;
    return forEachIn(array, onElement);
}

template <typename OnElement, typename OnField> bool OnDemandList::forEachRecord(OnElement onElement, OnField onField)
{
    if (m_error)
        return fail(m_error);
    simdjson::ondemand::object object;
    if (const simdjson::error_code error = m_document.get_object().get(object))
        return fail(error);
    bool records = false;
    // The page's own fields share one item: a mistyped one is its error, which the caller reads.
    OnDemandObject::Item pageItem;
    OnDemandObject page(pageItem, object);
    bool whole = true;
    page.fields([&](OnDemandObject::Field &f) {
        if (!f.is("records")) {
            onField(f);
            return;
        }
        simdjson::ondemand::array array;
        if (!f.has(simdjson::ondemand::json_type::array) || !f.array(&array)) {
            if (!pageItem.failed())
                pageItem.documentError = simdjson::INCORRECT_TYPE;
            return;
        }
        records = true;
        whole = forEachIn(array, onElement);
        if (!whole)
            pageItem.documentError = m_error;
    });
    if (pageItem.failed())
        return whole ? fail(pageItem.documentError) : false;
    return records || fail(simdjson::INCORRECT_TYPE);
}

template <typename OnElement> bool OnDemandList::forEachIn(simdjson::ondemand::array &array, OnElement &onElement)
{
    int index = 0;
    for (auto result : array) {
        ++index;
        simdjson::ondemand::value value;
        simdjson::ondemand::json_type type{};
        simdjson::error_code error = std::move(result).get(value);
        if (!error)
            error = value.type().get(type);
        if (error)
            return fail(error);
        OnDemandObject::Item item;
        if (type != simdjson::ondemand::json_type::object) {
            onElement(item, nullptr, index); // skipped by its brackets
            continue;
        }
        simdjson::ondemand::object object;
        error = value.get_object().get(object);
        if (error)
            return fail(error);
        OnDemandObject reader(item, object);
        onElement(item, &reader, index);
        if (item.failed())
            return fail(item.documentError);
    }
    return true;
}

} // namespace arrscore
