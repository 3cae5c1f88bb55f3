#include "arr/idscanner.h"

#include <algorithm>
#include <limits>

namespace arrscore {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The first index from `at` on that is not JSON whitespace (or `size`).
qsizetype skipSpaces(const char *data, qsizetype at, qsizetype size)
{
    while (at < size && isSpace(data[at]))
        ++at;
    return at;
}

// What may follow a number in JSON: anything else (".5", "e3", a letter) is not an integer id.
bool endsNumber(char c)
{
    return isSpace(c) || c == ',' || c == '}' || c == ']';
}

} // namespace

IdScanner::IdScanner(const QByteArray &key) : m_needle('"' + key + '"') {}

// In valid JSON a match of "key" is the key itself unless its first quote is escaped (odd backslashes before
// it: the text of a string). An unescaped first quote cannot close a string, since a letter follows it; so it
// opens a string whose text is exactly the key, and a ':' after it makes that string a key.
QList<qint64> IdScanner::scan(QByteArrayView body)
{
    QList<qint64> ids;
    if (body.size() < m_seen)
        m_resume = 0; // a new attempt
    m_seen = body.size();
    const char *data = body.data();
    const qsizetype size = body.size();
    qsizetype from = m_resume;
    while (true) {
        const qsizetype at = body.indexOf(QByteArrayView(m_needle), from);
        if (at < 0) {
            // Keep the tail a cut key could start in.
            m_resume = std::max(from, size - m_needle.size() + 1);
            return ids;
        }
        qsizetype backslashes = 0;
        while (at - backslashes > 0 && data[at - backslashes - 1] == '\\')
            ++backslashes;
        qsizetype j = skipSpaces(data, at + m_needle.size(), size);
        if (j == size) {
            m_resume = at; // the ':' and the value may come in the next chunk
            return ids;
        }
        if (backslashes % 2 != 0 || data[j] != ':') {
            from = at + 1;
            continue;
        }
        j = skipSpaces(data, j + 1, size);
        qint64 value = 0;
        bool digits = false;
        bool overflow = false;
        while (j < size && data[j] >= '0' && data[j] <= '9') {
            const int digit = data[j] - '0';
            overflow = overflow || value > (std::numeric_limits<qint64>::max() - digit) / 10;
            if (!overflow)
                value = value * 10 + digit;
            digits = true;
            ++j;
        }
        if (j == size) {
            m_resume = at;
            return ids;
        }
        if (digits && !overflow && value > 0 && endsNumber(data[j]))
            ids.append(value);
        from = j;
    }
}

} // namespace arrscore
