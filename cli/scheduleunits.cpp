#include "scheduleunits.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace arrscore {

namespace {

constexpr int kMinutesPerHour = 60;
constexpr int kMinutesPerDay = 24 * 60;

// ExecStart= quoting: double quotes, with \ and " escaped; % and $ doubled, or systemd expands them.
QString systemdQuoted(const QString &arg)
{
    QString q = arg;
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    q.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    q.replace(QLatin1Char('%'), QStringLiteral("%%"));
    q.replace(QLatin1Char('$'), QStringLiteral("$$"));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// sh quoting for crontab: single quotes; cron itself turns % into a newline unless escaped.
QString shellQuoted(const QString &arg)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+-]+$"));
    if (plain.match(arg).hasMatch())
        return arg;
    QString q = arg;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    q.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// Windows command-line quoting for schtasks /TR: each argument in \"…\" inside the quoted /TR value.
QString windowsQuoted(const QString &arg)
{
    QString q = arg;
    q.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("\\\"") + q + QStringLiteral("\\\"");
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A minute past the hour that differs between machines and configurations but not between runs, so that
// many installs do not all ask their servers at :00.
int spreadMinute(const QString &program, const QStringList &arguments)
{
    const QByteArray hash =
        QCryptographicHash::hash((program + arguments.join(QLatin1Char(' '))).toUtf8(), QCryptographicHash::Sha1);
    return int(quint8(hash.at(0))) % kMinutesPerHour;
}

} // namespace

std::optional<int> ScheduleUnits::parseEvery(const QString &text, QString *error)
{
    static const QRegularExpression every(QStringLiteral("^(\\d{1,5})\\s*([mhd])$"));
    const QRegularExpressionMatch m = every.match(text.trimmed().toLower());
    if (!m.hasMatch()) {
        *error = tr("--every takes a number and a unit: 30m, 6h or 1d; got \"%1\".").arg(text);
        return std::nullopt;
    }
    const int n = m.captured(1).toInt();
    const QChar unit = m.captured(2).at(0);
    const qint64 minutes = qint64(n)
                           * (unit == QLatin1Char('d')   ? kMinutesPerDay
                              : unit == QLatin1Char('h') ? kMinutesPerHour
                                                         : 1);
    if (minutes < kMinimumMinutes) {
        *error = tr("--every %1 is too often: at least every %2 minutes. Each sync reads every file of each "
                    "library from the server, so more often only adds load on Radarr and Sonarr.")
                     .arg(text.trimmed())
                     .arg(kMinimumMinutes);
        return std::nullopt;
    }
    if (minutes > kMaximumMinutes) {
        *error = tr("--every %1 is longer than 31 days; sync at least once a month.").arg(text.trimmed());
        return std::nullopt;
    }
    return int(minutes);
}

QString ScheduleUnits::describeInterval() const
{
    if (m_minutes % kMinutesPerDay == 0)
        return tr("%n days", nullptr, m_minutes / kMinutesPerDay);
    if (m_minutes % kMinutesPerHour == 0)
        return tr("%n hours", nullptr, m_minutes / kMinutesPerHour);
    return tr("%n minutes", nullptr, m_minutes);
}

QString ScheduleUnits::serviceUnit() const
{
    QStringList command{systemdQuoted(m_program)};
    for (const QString &arg : m_arguments)
        command << systemdQuoted(arg);
    return QStringLiteral("# Written by \"arrscore schedule install\"; \"arrscore schedule remove\" deletes it.\n"
                          "[Unit]\n"
                          "Description=Arr Score Exporter: sync custom format scores from Radarr and Sonarr\n"
                          "Wants=network-online.target\n"
                          "After=network-online.target\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%1\n"
                          // A background job: it yields the processor and the disk to anything interactive.
                          "Nice=10\n"
                          "IOSchedulingClass=idle\n")
        .arg(command.join(QLatin1Char(' ')));
}

QStringList ScheduleUnits::timerSchedule() const
{
    if (m_minutes % kMinutesPerDay == 0 && m_minutes == kMinutesPerDay)
        return {QStringLiteral("OnCalendar=daily")};
    if (m_minutes < kMinutesPerHour && kMinutesPerHour % m_minutes == 0)
        return {QStringLiteral("OnCalendar=*-*-* *:00/%1:00").arg(m_minutes)};
    if (m_minutes % kMinutesPerHour == 0 && m_minutes < kMinutesPerDay && kMinutesPerDay % m_minutes == 0)
        return {QStringLiteral("OnCalendar=*-*-* 00/%1:00:00").arg(m_minutes / kMinutesPerHour)};
    return {QStringLiteral("OnBootSec=15min"), QStringLiteral("OnUnitActiveSec=%1min").arg(m_minutes)};
}

QString ScheduleUnits::timerUnit() const
{
    // Up to a tenth of the interval, at most 15 minutes: spreads the runs of many machines.
    const int delay = std::min(m_minutes / 10, 15);
    return QStringLiteral("# Written by \"arrscore schedule install\"; \"arrscore schedule remove\" deletes it.\n"
                          "[Unit]\n"
                          "Description=Arr Score Exporter: sync every %1\n"
                          "\n"
                          "[Timer]\n"
                          "%2\n"
                          "Persistent=true\n"
                          "RandomizedDelaySec=%3min\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(describeInterval(), timerSchedule().join(QLatin1Char('\n')), QString::number(std::max(delay, 1)));
}

QString ScheduleUnits::crontabLine() const
{
    QStringList command{shellQuoted(m_program)};
    for (const QString &arg : m_arguments)
        command << shellQuoted(arg);
    const int minute = spreadMinute(m_program, m_arguments);
    QString when;
    if (m_minutes < kMinutesPerHour)
        when = QStringLiteral("*/%1 * * * *").arg(m_minutes);
    else if (m_minutes < kMinutesPerDay)
        when = QStringLiteral("%1 */%2 * * *").arg(minute).arg(m_minutes / kMinutesPerHour);
    else if (m_minutes == kMinutesPerDay)
        when = QStringLiteral("%1 3 * * *").arg(minute);
    else
        when = QStringLiteral("%1 3 */%2 * *").arg(minute).arg(m_minutes / kMinutesPerDay);
    return when + QLatin1Char(' ') + command.join(QLatin1Char(' '));
}

QString ScheduleUnits::schtasksCommand() const
{
    QStringList command{windowsQuoted(m_program)};
    for (const QString &arg : m_arguments)
        command << windowsQuoted(arg);
    QString schedule;
    if (m_minutes % kMinutesPerDay == 0)
        schedule = QStringLiteral("/SC DAILY /MO %1").arg(m_minutes / kMinutesPerDay);
    else if (m_minutes % kMinutesPerHour == 0)
        schedule = QStringLiteral("/SC HOURLY /MO %1").arg(m_minutes / kMinutesPerHour);
    else
        schedule = QStringLiteral("/SC MINUTE /MO %1").arg(m_minutes);
    return QStringLiteral("schtasks /Create /TN \"%1\" %2 /TR \"%3\" /F")
        .arg(QLatin1String(kUnitName), schedule, command.join(QLatin1Char(' ')));
}

QString ScheduleUnits::launchdPlist() const
{
    QString arguments = QStringLiteral("        <string>%1</string>\n").arg(xmlEscaped(m_program));
    for (const QString &arg : m_arguments)
        arguments += QStringLiteral("        <string>%1</string>\n").arg(xmlEscaped(arg));
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "    <key>Label</key>\n"
                          "    <string>org.arrscore.sync</string>\n"
                          "    <key>ProgramArguments</key>\n"
                          "    <array>\n"
                          "%1"
                          "    </array>\n"
                          "    <key>StartInterval</key>\n"
                          "    <integer>%2</integer>\n"
                          "    <key>LowPriorityIO</key>\n"
                          "    <true/>\n"
                          "    <key>Nice</key>\n"
                          "    <integer>10</integer>\n"
                          "</dict>\n"
                          "</plist>\n")
        .arg(arguments, QString::number(m_minutes * 60));
}

} // namespace arrscore
