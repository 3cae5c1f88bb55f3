#include "arr/ondemandlist.h"

namespace arrscore {

OnDemandList::OnDemandList(const QByteArray &body)
{
    // Copying a 30 MB /movie only to pad it would cost as much memory again. (data_ptr() is non-const in Qt 6.4
    // but only hands out the array's pointer: nothing is detached or written.)
    if (const_cast<QByteArray &>(body).data_ptr().freeSpaceAtEnd() >= padding) {
        m_data = body.constData();
        m_inPlace = true;
        m_error = m_parser.iterate(m_data, size_t(body.size()), size_t(body.size() + padding)).get(m_document);
    } else {
        m_copy = simdjson::padded_string(body.constData(), size_t(body.size()));
        m_data = m_copy.data();
        m_error = m_parser.iterate(m_copy).get(m_document);
    }
    m_started = !m_error;
}

bool OnDemandList::start(simdjson::ondemand::array *array)
{
    if (m_error)
        return fail(m_error);
    if (const simdjson::error_code error = m_document.get_array().get(*array))
        return fail(error);
    return true;
}

bool OnDemandList::fail(simdjson::error_code error)
{
    m_error = error;
    const char *location = nullptr;
    if (m_started && m_document.current_location().get(location) == simdjson::SUCCESS && location)
        m_errorOffset = location - m_data;
    return false;
}

} // namespace arrscore
