#include "schedulecommand.h"

#include "scheduleunits.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace arrscore {

namespace {

constexpr int kSystemctlTimeoutMs = 30000;

const QString kEvery = QStringLiteral("every");
const QString kNotify = QStringLiteral("notify");
const QString kReport = QStringLiteral("report");

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QList<QCommandLineOption> ScheduleCommand::options()
{
    return {// --notify and --report are NotifyCommand's, shared with `sync`: an option is declared once.
            QCommandLineOption(kEvery, tr("How often: 30m, 6h, 1d."), QStringLiteral("INTERVAL"))};
}

int ScheduleCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    m_systemctl = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    const QString action = positional.value(0);
    if (positional.size() == 1 && action == QLatin1String("install"))
        return install(parser);
    if (positional.size() == 1 && action == QLatin1String("status"))
        return status();
    if (positional.size() == 1 && action == QLatin1String("remove"))
        return remove();
    m_ctx.err << tr("Usage: arrscore schedule install --every 6h [--notify] [--report PATH] | schedule status | "
                    "schedule remove")
              << '\n';
    return ExitUsage;
}

int ScheduleCommand::install(const QCommandLineParser &parser)
{
    QString error;
    const std::optional<int> minutes =
        ScheduleUnits::parseEvery(parser.isSet(kEvery) ? parser.value(kEvery) : QStringLiteral("6h"), &error);
    if (!minutes) {
        m_ctx.err << error << '\n';
        return ExitUsage;
    }
    // The scheduled run has neither this shell's environment nor its working directory: everything it needs
    // must be in the file, named by its absolute path.
    if (m_ctx.config.sourcePath.isEmpty()) {
        m_ctx.err << tr("A scheduled sync needs a configuration file: it runs without this shell's environment. "
                        "Create arrscore.yaml (see README.md) and pass --config FILE.")
                  << '\n';
        return ExitUsage;
    }
    QStringList arguments{QStringLiteral("--config"), QFileInfo(m_ctx.config.sourcePath).absoluteFilePath(),
                          QStringLiteral("sync")};
    if (parser.isSet(kNotify))
        arguments << QStringLiteral("--notify");
    if (parser.isSet(kReport))
        arguments << QStringLiteral("--report") << QFileInfo(parser.value(kReport)).absoluteFilePath();
    for (const InstanceConfig &instance : std::as_const(m_ctx.config.instances)) {
        if (!instance.apiKeyEnv.isEmpty())
            m_ctx.err << tr("warning: the key of %1 comes from the environment variable %2, which a scheduled "
                            "sync does not have. Put the key in the keychain (the app's Settings) or the file, or "
                            "give the job that variable.")
                             .arg(instance.name, instance.apiKeyEnv)
                      << '\n';
    }
    const ScheduleUnits units(*minutes, QCoreApplication::applicationFilePath(), arguments);
#if defined(Q_OS_WIN)
    m_ctx.out << tr("Windows has no timer arrscore can install by itself. To sync every %1, run this in a "
                    "command prompt (Task Scheduler shows the task as %2):")
                     .arg(units.describeInterval(), QLatin1String(ScheduleUnits::kUnitName))
              << "\n\n"
              << units.schtasksCommand() << "\n\n"
              << tr("To remove it: schtasks /Delete /TN %1 /F").arg(QLatin1String(ScheduleUnits::kUnitName)) << '\n';
    return ExitOk;
#elif defined(Q_OS_MACOS)
    m_ctx.out << tr("To sync every %1, save this as ~/Library/LaunchAgents/org.arrscore.sync.plist and run "
                    "\"launchctl load ~/Library/LaunchAgents/org.arrscore.sync.plist\" (unload and delete it to "
                    "remove):")
                     .arg(units.describeInterval())
              << "\n\n"
              << units.launchdPlist();
    return ExitOk;
#else
    return installSystemd(units);
#endif
}

QString ScheduleCommand::unitDirectory() const
{
    // $XDG_CONFIG_HOME/systemd/user, ~/.config/systemd/user without it: where `systemctl --user` looks.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/systemd/user");
}

QString ScheduleCommand::unitPath(const QString &suffix) const
{
    return unitDirectory() + QLatin1Char('/') + QLatin1String(ScheduleUnits::kUnitName) + suffix;
}

bool ScheduleCommand::systemctl(const QStringList &arguments, QString *output) const
{
    QProcess process;
    process.start(m_systemctl, QStringList{QStringLiteral("--user")} + arguments);
    const bool ran = process.waitForFinished(kSystemctlTimeoutMs);
    const QString text = QString::fromLocal8Bit(process.readAllStandardError()) + QLatin1Char('\n')
                         + QString::fromLocal8Bit(process.readAllStandardOutput());
    *output = text.trimmed();
    if (!ran && output->isEmpty())
        *output = process.errorString();
    return ran && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void ScheduleCommand::printCrontab(const ScheduleUnits &units, const QString &why)
{
    m_ctx.out << why << ' '
              << tr("Let cron run the sync every %1 instead: run \"crontab -e\" and add this line:")
                     .arg(units.describeInterval())
              << "\n\n"
              << units.crontabLine() << "\n\n"
              << tr("cron mails what the sync prints to the job's owner, where mail is set up; add "
                    "\"--log-file PATH\" after the program to keep a log instead.")
              << '\n';
}

int ScheduleCommand::installSystemd(const ScheduleUnits &units)
{
    if (m_systemctl.isEmpty()) {
        printCrontab(units, tr("systemctl was not found, so there is no systemd here."));
        return ExitOk;
    }
    // Asked before anything is written, so that a machine without a user instance (a container, a session
    // without systemd --user) is left as it was.
    QString output;
    if (!systemctl({QStringLiteral("is-system-running")}, &output)
        && !output.contains(QRegularExpression(QStringLiteral("^(running|degraded|starting|initializing)"),
                                               QRegularExpression::MultilineOption))) {
        printCrontab(
            units,
            tr("There is no systemd user instance to run a timer (\"systemctl --user is-system-running\" says: %1).")
                .arg(output.section(QLatin1Char('\n'), 0, 0)));
        return ExitOk;
    }
    QString error;
    QDir().mkpath(unitDirectory());
    if (!writeFile(unitPath(QStringLiteral(".service")), units.serviceUnit(), &error)
        || !writeFile(unitPath(QStringLiteral(".timer")), units.timerUnit(), &error)) {
        m_ctx.err
            << tr("Cannot write the systemd units in %1: %2").arg(QDir::toNativeSeparators(unitDirectory()), error)
            << '\n';
        return ExitFailed;
    }
    const QString timer = QLatin1String(ScheduleUnits::kUnitName) + QStringLiteral(".timer");
    if (!systemctl({QStringLiteral("daemon-reload")}, &output)
        || !systemctl({QStringLiteral("enable"), QStringLiteral("--now"), timer}, &output)) {
        m_ctx.err << tr("The units are in %1, but systemd did not enable the timer: %2\nRun \"systemctl --user "
                        "enable --now %3\" to try again, or \"arrscore schedule remove\" to delete them.")
                         .arg(QDir::toNativeSeparators(unitDirectory()), output, timer)
                  << '\n';
        return ExitFailed;
    }
    m_ctx.out << tr("Installed: arrscore syncs every %1 (systemd user timer %2, units in %3).")
                     .arg(units.describeInterval(), timer, QDir::toNativeSeparators(unitDirectory()))
              << '\n'
              << tr("The timer runs while you are logged in; to run it without a session too: \"loginctl "
                    "enable-linger\". Its output: \"journalctl --user -u %1.service\".")
                     .arg(QLatin1String(ScheduleUnits::kUnitName))
              << '\n';
    return status() == ExitOk ? ExitOk : ExitFailed;
}

int ScheduleCommand::status()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    m_ctx.out << tr("arrscore does not install schedules here; see \"arrscore schedule install\" for what to set "
                    "up.")
              << '\n';
    return ExitOk;
#else
    if (!QFileInfo::exists(unitPath(QStringLiteral(".timer")))) {
        m_ctx.out << tr("No schedule is installed (there is no %1).")
                         .arg(QDir::toNativeSeparators(unitPath(QStringLiteral(".timer"))))
                  << '\n';
        if (m_systemctl.isEmpty())
            m_ctx.out << tr("Without systemd a crontab line runs the sync: \"crontab -l\" lists it.") << '\n';
        return ExitOk;
    }
    QString description;
    QFile timerFile(unitPath(QStringLiteral(".timer")));
    if (timerFile.open(QIODevice::ReadOnly)) {
        static const QRegularExpression line(QStringLiteral("^Description=(.*)$"), QRegularExpression::MultilineOption);
        description = line.match(QString::fromUtf8(timerFile.readAll())).captured(1);
    }
    m_ctx.out << tr("Schedule: %1").arg(description) << '\n';
    QString output;
    const QString timer = QLatin1String(ScheduleUnits::kUnitName) + QStringLiteral(".timer");
    if (m_systemctl.isEmpty()
        || !systemctl({QStringLiteral("show"), timer, QStringLiteral("--property=ActiveState"),
                       QStringLiteral("--property=NextElapseUSecRealtime"),
                       QStringLiteral("--property=LastTriggerUSec")},
                      &output)) {
        m_ctx.err << tr("systemd cannot say when the timer runs: %1")
                         .arg(m_systemctl.isEmpty() ? tr("systemctl was not found") : output)
                  << '\n';
        return ExitFailed;
    }
    QHash<QString, QString> values;
    for (const QString &l : output.split(QLatin1Char('\n')))
        values.insert(l.section(QLatin1Char('='), 0, 0), l.section(QLatin1Char('='), 1));
    const auto orNone = [](const QString &value) {
        return value.isEmpty() || value == QLatin1String("n/a") ? tr("none") : value;
    };
    m_ctx.out << tr("Timer: %1").arg(values.value(QStringLiteral("ActiveState"))) << '\n'
              << tr("Next run: %1").arg(orNone(values.value(QStringLiteral("NextElapseUSecRealtime")))) << '\n'
              << tr("Last run: %1").arg(orNone(values.value(QStringLiteral("LastTriggerUSec")))) << '\n';
    const QString service = QLatin1String(ScheduleUnits::kUnitName) + QStringLiteral(".service");
    if (systemctl({QStringLiteral("show"), service, QStringLiteral("--property=Result")}, &output))
        m_ctx.out << tr("Last result: %1").arg(output.section(QLatin1Char('='), 1)) << '\n';
    return ExitOk;
#endif
}

int ScheduleCommand::remove()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    m_ctx.out << tr("arrscore does not install schedules here; remove the task or plist you created.") << '\n';
    return ExitOk;
#else
    const QString servicePath = unitPath(QStringLiteral(".service"));
    const QString timerPath = unitPath(QStringLiteral(".timer"));
    if (!QFileInfo::exists(timerPath) && !QFileInfo::exists(servicePath)) {
        m_ctx.out << tr("No schedule is installed; nothing was removed.") << '\n';
        if (m_systemctl.isEmpty())
            m_ctx.out << tr("A crontab line you added is removed with \"crontab -e\".") << '\n';
        return ExitOk;
    }
    QString output;
    const QString timer = QLatin1String(ScheduleUnits::kUnitName) + QStringLiteral(".timer");
    // A timer systemd never loaded (no user instance) has nothing to disable: the files still go.
    if (!m_systemctl.isEmpty() && !systemctl({QStringLiteral("disable"), QStringLiteral("--now"), timer}, &output))
        m_ctx.err << tr("note: systemd did not disable the timer: %1").arg(output.section(QLatin1Char('\n'), 0, 0))
                  << '\n';
    for (const QString &path : {timerPath, servicePath}) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            m_ctx.err << tr("Cannot delete %1; delete it by hand.").arg(QDir::toNativeSeparators(path)) << '\n';
            return ExitFailed;
        }
    }
    if (!m_systemctl.isEmpty())
        systemctl({QStringLiteral("daemon-reload")}, &output);
    m_ctx.out << tr("Removed the scheduled sync (%1).").arg(timer) << '\n';
    return ExitOk;
#endif
}

} // namespace arrscore
