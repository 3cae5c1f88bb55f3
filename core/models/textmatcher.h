#pragma once

#include <QString>
#include <QStringView>

namespace arrscore {

// Finds a text inside others ignoring case, as QStringMatcher with Qt::CaseInsensitive does, but scanning
// ASCII without folding each character: the library's filter runs it over four fields of 300,000 files
// on every keystroke, and folding every character was most of that keystroke's time.
class TextMatcher
{
public:
    void setPattern(const QString &pattern);
    bool isEmpty() const { return m_pattern.isEmpty(); }
    // True when the pattern occurs in text, ignoring case (an empty pattern occurs everywhere).
    bool foundIn(QStringView text) const;

private:
    QString m_pattern; // case-folded
    char16_t m_first = 0;
    char16_t m_firstUpper = 0; // the ASCII upper case of m_first, or m_first
};

} // namespace arrscore
