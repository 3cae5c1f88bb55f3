#pragma once

#include <QCoreApplication>
#include <QString>

namespace arrscore {

// `retention:` of the configuration: which snapshots to keep after each sync, by age. Windows count back from
// now, each on its own; a snapshot is kept when any window keeps it, and the latest of each instance always is.
// Days and weeks are UTC calendar days and ISO weeks; months are calendar months.
struct RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::RetentionPolicy)

public:
    int keepAllDays = 0;       // keep_all_days: every sync of the last N days
    int keepDailyDays = 0;     // keep_daily_days: the last sync of each day of the last N days
    int keepWeeklyWeeks = 0;   // keep_weekly_weeks: the last sync of each week of the last N weeks
    int keepMonthlyMonths = 0; // keep_monthly_months: the last sync of each month of the last N months

    // Whether a retention: section set any window; without one nothing is deleted after a sync.
    bool isSet() const { return keepAllDays > 0 || keepDailyDays > 0 || keepWeeklyWeeks > 0 || keepMonthlyMonths > 0; }
    // "every sync of the last 30 days, one a week for 52 weeks, always the latest", translated.
    QString describe() const;
};

} // namespace arrscore
