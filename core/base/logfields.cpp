#include "base/logfields.h"

#include <QList>

namespace arrscore {

namespace {

// The scopes alive on this thread, innermost last. Pointers only: a scope lives on its creator's stack.
thread_local QList<const QVariantMap *> t_scopes;

} // namespace

LogFields::LogFields(QVariantMap fields) : m_fields(std::move(fields))
{
    t_scopes.append(&m_fields);
}

LogFields::~LogFields()
{
    t_scopes.removeOne(&m_fields);
}

QVariantMap LogFields::current()
{
    QVariantMap merged;
    for (const QVariantMap *scope : std::as_const(t_scopes))
        merged.insert(*scope);
    return merged;
}

} // namespace arrscore
