#pragma once

#include <QVariantMap>

namespace arrscore {

// Structured fields of the log lines written on this thread while it lives, e.g.
//   const LogFields fields({{QStringLiteral("path"), path}, {QStringLiteral("status"), 200}});
//   qCDebug(lcNet) << "GET" << path << 200;
// LogOutput's JSON lines carry them as their own keys ("instance", "path", "status", "duration_ms", see
// docs/LOGGING.md); text lines ignore them. Scopes nest; an inner one wins for a key both set. Values must
// never hold a secret: a path goes through Redaction::url() first.
class LogFields
{
public:
    explicit LogFields(QVariantMap fields);
    ~LogFields();
    LogFields(const LogFields &) = delete;
    LogFields &operator=(const LogFields &) = delete;

    // The fields of every scope alive on this thread, merged.
    static QVariantMap current();

private:
    QVariantMap m_fields;
};

} // namespace arrscore
