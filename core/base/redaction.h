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
};

} // namespace arrscore
