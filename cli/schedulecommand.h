#pragma once

#include <QCoreApplication>

#include "clicontext.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace arrscore {

class ScheduleUnits;

// `arrscore schedule install|status|remove`: syncs run by the system without the app. Linux: a systemd user
// service and timer (or, without a systemd user instance, the crontab line to add); Windows and macOS: the
// Task Scheduler command or the launchd plist to use.
class ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ScheduleCommand)

public:
    explicit ScheduleCommand(CliContext &context) : m_ctx(context) {}

    // --every, --notify and --report (the last two are passed on to the scheduled sync).
    static QList<QCommandLineOption> options();
    int run(const QCommandLineParser &parser, const QStringList &positional);

private:
    int install(const QCommandLineParser &parser);
    int status();
    int remove();
    // Linux: writes the units and enables the timer, or says why not and prints the crontab line.
    int installSystemd(const ScheduleUnits &units);
    void printCrontab(const ScheduleUnits &units, const QString &why);
    // Runs systemctl --user ARGUMENTS; false with *output (stderr and stdout) when it fails.
    bool systemctl(const QStringList &arguments, QString *output) const;
    QString unitDirectory() const;
    QString unitPath(const QString &suffix) const;

    CliContext &m_ctx;
    QString m_systemctl; // its path, empty when there is none on PATH
};

} // namespace arrscore
