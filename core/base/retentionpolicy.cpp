#include "base/retentionpolicy.h"

#include <QStringList>

namespace arrscore {

QString RetentionPolicy::describe() const
{
    QStringList parts;
    if (keepAllDays > 0)
        parts << tr("every sync of the last %n days", nullptr, keepAllDays);
    if (keepDailyDays > 0)
        parts << tr("one a day for %n days", nullptr, keepDailyDays);
    if (keepWeeklyWeeks > 0)
        parts << tr("one a week for %n weeks", nullptr, keepWeeklyWeeks);
    if (keepMonthlyMonths > 0)
        parts << tr("one a month for %n months", nullptr, keepMonthlyMonths);
    if (parts.isEmpty())
        return tr("every snapshot");
    parts << tr("always the latest");
    return parts.join(QStringLiteral(", "));
}

} // namespace arrscore
