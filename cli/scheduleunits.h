#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace arrscore {

// What `arrscore schedule install` writes or prints: the systemd user service and timer, the crontab line,
// the Task Scheduler command and the launchd plist, all from one interval and one command line.
class ScheduleUnits
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ScheduleUnits)

public:
    static constexpr int kMinimumMinutes = 15;
    static constexpr int kMaximumMinutes = 31 * 24 * 60;
    static constexpr auto kUnitName = "arrscore-sync";

    // "30m", "6h", "1d" → minutes; nullopt and *error (translated, says what is accepted and why) otherwise.
    static std::optional<int> parseEvery(const QString &text, QString *error);

    // program: the absolute path of arrscore; arguments: what follows it ("--config", FILE, "sync", …).
    ScheduleUnits(int everyMinutes, QString program, QStringList arguments)
        : m_minutes(everyMinutes), m_program(std::move(program)), m_arguments(std::move(arguments))
    {
    }

    QString serviceUnit() const;
    QString timerUnit() const;
    // The timer's schedule line(s): OnCalendar= when the interval divides a day (with Persistent=true a run
    // missed while the machine was off happens at the next boot), else OnBootSec=/OnUnitActiveSec=.
    QStringList timerSchedule() const;
    QString crontabLine() const;
    QString schtasksCommand() const;
    QString launchdPlist() const;
    // "6 hours", translated.
    QString describeInterval() const;

private:
    int m_minutes;
    QString m_program;
    QStringList m_arguments;
};

} // namespace arrscore
