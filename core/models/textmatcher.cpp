#include "models/textmatcher.h"

#include <QChar>

namespace arrscore {

void TextMatcher::setPattern(const QString &pattern)
{
    m_pattern = pattern.toCaseFolded();
    m_first = m_pattern.isEmpty() ? 0 : m_pattern.front().unicode();
    m_firstUpper = m_first >= u'a' && m_first <= u'z' ? char16_t(m_first - u'a' + u'A') : m_first;
}

bool TextMatcher::foundIn(QStringView text) const
{
    const qsizetype n = m_pattern.size();
    if (n == 0)
        return true;
    if (text.size() < n)
        return false;
    const QStringView pattern(m_pattern);
    const char16_t *const begin = text.utf16();
    const char16_t *const last = begin + (text.size() - n);
    for (const char16_t *p = begin; p <= last; ++p) {
        const char16_t c = *p;
        // Below 0x80 only the two ASCII cases fold to an ASCII letter; above, fold as the comparison does
        // (the Kelvin sign folds to 'k').
        const bool firstMatches =
            c < 0x80 ? (c == m_first || c == m_firstUpper) : QChar::toCaseFolded(char32_t(c)) == m_first;
        if (firstMatches && QStringView(p, n).compare(pattern, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace arrscore
