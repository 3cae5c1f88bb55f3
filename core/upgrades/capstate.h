#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace arrscore {

// The room left under an hourly cap (release_lookups_per_hour, searches_per_hour), counted in the
// database over the last hour, so that runs of the CLI and the app share it.
struct CapState
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::CapState)

public:
    int limit = 0;      // per hour; 0 = nothing allowed (lookups switched off)
    int used = 0;       // counted in the last hour
    QDateTime nextFree; // when the oldest counted entry leaves the window (UTC); invalid when nothing is counted

    int remaining() const { return limit > used ? limit - used : 0; }
    bool exhausted() const { return remaining() == 0; }
    // "12 of 20 left this hour", or "none left until 14:05" (local time), or "switched off".
    QString text() const;
};

} // namespace arrscore
