#pragma once

#include <QString>

namespace arrscore {

// What may be stored or shown of a text that can hold a secret: the one place that knows how API keys
// and credentials appear in URLs and messages.
class Redaction
{
public:
    // url without user info and without apikey / api_key query items: what may be stored.
    static QString url(const QString &url);
    // text with URL credentials and apikey=... values replaced: warnings may quote a request URL.
    static QString text(const QString &text);
    // Whether a value a user typed looks like an API key or another secret token rather than a name or a
    // word: 32 or more hex digits (Radarr's and Sonarr's keys), or a long run of letters and digits mixed
    // as random tokens are. An upper-case NAME_LIKE_THIS never counts: it is an environment variable's name.
    static bool looksLikeKey(const QString &value);
    // A value a user typed, for an error message that quotes it: text() and then every word that
    // looksLikeKey() shown as "abcd…wxyz", so a key pasted on the wrong line is recognisable, never revealed.
    static QString quoted(const QString &value);
};

} // namespace arrscore
