#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace arrscore {

// Times and shares for people, in the formatting locale (QLocale(): the language setting's, else the
// system's), for the command line's human output. Counts go through tr("%L1")/"%Ln" instead.
class LocaleFormat
{
public:
    // Local time to the minute in the locale's short date; the C/POSIX locale, which scripts and cron
    // run under, gets "2026-12-06 14:05" rather than its English month names. "?" when invalid.
    static QString dateTime(const QDateTime &time);
    // A number with a fixed count of decimals, in the locale's digits and separators.
    static QString decimal(double value, int decimals);
    // 0.456 → "46%" (the locale's percent sign); "—" when unknown.
    static QString percent(const std::optional<double> &share);
};

} // namespace arrscore
