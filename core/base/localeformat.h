#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace arrscore {

// Times, durations and shares for people, in the formatting locale (QLocale(): the language setting's, else
// the system's). Counts go through tr("%L1")/"%Ln" instead.
class LocaleFormat
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::LocaleFormat)
public:
    // Local time to the minute in the locale's short date; the C/POSIX locale, which scripts and cron
    // run under, gets "2026-12-06 14:05" rather than its English month names. "?" when invalid.
    static QString dateTime(const QDateTime &time);
    // A number with a fixed count of decimals, in the locale's digits and separators.
    static QString decimal(double value, int decimals);
    // 0.456 → "46%" (the locale's percent sign); "—" when unknown.
    static QString percent(const std::optional<double> &share);
    // A wait, a bound or an elapsed time as a person says it: "1.5 s", "45 seconds", "30 minutes", "3 days".
    // Rounded up, so a bound is never understated and a short wait never reads "0".
    static QString duration(qint64 ms);
};

} // namespace arrscore
