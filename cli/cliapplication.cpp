#include "cliapplication.h"

#include "analysiscommands.h"
#include "base/buildinfo.h"
#include "base/logoutput.h"
#include "clicontext.h"
#include "config/configloader.h"
#include "config/secretstore.h"
#include "exportcommand.h"
#include "grabcommand.h"
#include "historycommands.h"
#include "instancescommand.h"
#include "logstream.h"
#include "notifycommand.h"
#include "releasescommand.h"
#include "schedulecommand.h"
#include "searchcommand.h"
#include "searchlogcommand.h"
#include "synccommand.h"
#include "terminaloutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace arrscore {

namespace {

struct Command
{
    const char *name;
    const char *arguments;
    const char *summary;
};

const Command commands[] = {
    {"test", "[NAME...]",
     QT_TRANSLATE_NOOP("arrscore::CliApplication",
                       "Check that each instance is reachable and accepts its key; show app, version and strategy.")},
    {"sync", "[NAME...] [--notify] [--report PATH]",
     QT_TRANSLATE_NOOP("arrscore::CliApplication",
                       "Fetch every file's score from each instance and store one snapshot per instance. --notify "
                       "(or notify_after_sync: true) sends what changed to the notification targets; --report writes "
                       "the HTML report in the same run.")},
    {"export", "[--format json|csv|html] [--view VIEW] [--instance NAME]... [--output PATH|-]",
     QT_TRANSLATE_NOOP("arrscore::CliApplication",
                       "Write the latest snapshots as JSON, CSV or a self-contained HTML report.")},
    {"instances", "[import recyclarr [PATH] [--dry-run] [--yes]]",
     QT_TRANSLATE_NOOP("arrscore::CliApplication",
                       "List the configured instances (API keys masked), or add those of Recyclarr's "
                       "recyclarr.yml (default: where Recyclarr keeps it), keys to the keychain.")},
    {"history", "[--instance NAME] (--item ID | --title TEXT) [--json]",
     QT_TRANSLATE_NOOP(
         "arrscore::CliApplication",
         "One movie's or episode's score over time, with the file, quality and profile behind each point.")},
    {"diff", "[--instance NAME] [--from SNAPSHOT] [--to SNAPSHOT] [--json]",
     QT_TRANSLATE_NOOP(
         "arrscore::CliApplication",
         "What changed between two syncs (default: the last two): added, removed, upgraded, downgraded, re-scored.")},
    {"snapshots", "[--instance NAME] [--json]",
     QT_TRANSLATE_NOOP("arrscore::CliApplication", "List the stored syncs.")},
    {"prune", "(--keep N | --older-than 90d) [--instance NAME]",
     QT_TRANSLATE_NOOP("arrscore::CliApplication",
                       "Delete old snapshots; the latest of each instance is always kept.")},
    {"candidates", "[--instance NAME]... [--limit N] [--json]",
     QT_TRANSLATE_NOOP("arrscore::CliApplication",
                       "Upgrade candidates of the latest snapshots, highest priority first, with their reasons.")},
    {"analyze", "[--instance NAME]... [--json]",
     QT_TRANSLATE_NOOP("arrscore::CliApplication",
                       "Library health, profile summaries, format contributions, roll-ups and trends.")},
    {"search",
     "(--candidates [--limit N] | --item ID... | --file FILE_ID...) [--instance NAME] [--dry-run] [--force] [--yes]",
     QT_TRANSLATE_NOOP(
         "arrscore::CliApplication",
         "Ask Radarr/Sonarr to search for upgrades: of the top N upgrade candidates (default 10), of movie ids "
         "(Radarr) or episode ids (Sonarr), or of files by their file_id. At most searches_per_hour items per "
         "instance; items searched within search_cooldown_days are skipped (--force searches them anyway). "
         "Asks first; without a terminal only with --yes. --dry-run sends nothing.")},
    {"releases", "[--instance NAME] (--candidates [--limit N] | --item ID...) [--json]",
     QT_TRANSLATE_NOOP(
         "arrscore::CliApplication",
         "Ask Radarr/Sonarr which releases their indexers offer now for the top N upgrade candidates (default 5) "
         "or for movie ids (Radarr) or episode ids (Sonarr), and whether one is better than the file. Each lookup "
         "queries every indexer: one at a time, at most release_lookups_per_hour per instance. Grabs nothing.")},
    {"grab", "--instance NAME --item ID [--guid GUID] [--yes]",
     QT_TRANSLATE_NOOP("arrscore::CliApplication",
                       "Grab the better release the item's latest lookup picked (or the release of that lookup "
                       "--guid names). Asks first; without a terminal only with --yes.")},
    {"notify", "--test [NAME...]",
     QT_TRANSLATE_NOOP("arrscore::CliApplication",
                       "Send a sample message to every configured notification target (or the named ones) and say "
                       "per target whether it arrived.")},
    {"schedule", "install [--every 6h] [--notify] [--report PATH] | status | remove",
     QT_TRANSLATE_NOOP("arrscore::CliApplication",
                       "Sync by itself: install a systemd user timer (or print the crontab line where there is no "
                       "systemd; on Windows and macOS the task or plist to set up), show when it runs, remove it. "
                       "At most every 15 minutes; --every takes 30m, 6h, 1d.")},
    {"searches", "[--instance NAME] [--json]",
     QT_TRANSLATE_NOOP("arrscore::CliApplication",
                       "The searches and grabs sent, their states and what each item got from them (upgraded, "
                       "unchanged, pending), and how often searching worked.")},
};

QString usage()
{
    QString text =
        CliApplication::tr("Usage: arrscore [--config FILE] [-q|-v] COMMAND [OPTIONS]\n\n"
                           "Syncs the custom format scores of every file from Radarr and Sonarr into a local "
                           "database, and exports them.\n\nCommands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QLatin1String(c.name), QLatin1String(c.arguments), CliApplication::tr(c.summary));
    text +=
        CliApplication::tr("\nGlobal options:\n"
                           "  --config FILE   the configuration (default: $ARRSCORE_CONFIG, ./arrscore.yaml, then the\n"
                           "                  platform config directory)\n"
                           "  -q, --quiet     only errors\n"
                           "  -v, --verbose   log what happens (twice: also every request, never with its key)\n"
                           "  --log-format text|json  json: one JSON object per line on stderr (default:\n"
                           "                  $ARRSCORE_LOG_FORMAT, else text; see docs/LOGGING.md)\n"
                           "  --log-file PATH also write the log to PATH, rotated at --log-file-size (default\n"
                           "                  10M), keeping PATH.1 to PATH.3\n"
                           "  -h, --help      this help; COMMAND --help for a command's options\n"
                           "  --version       the version\n\n"
                           "Exit codes: 0 ok, 1 failed, 2 usage or configuration error, 3 some instances failed (or, "
                           "after a sync, a notification or the report), 130 cancelled.\n");
    return text;
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(fileno(stderr)) == 1 && qEnvironmentVariable("TERM") != QLatin1String("dumb");
#else
    return false;
#endif
}

// Picks the instances named on the command line (all enabled ones when none are named).
bool selectInstances(CliContext &ctx, const QStringList &names, QList<InstanceConfig> &selected)
{
    if (names.isEmpty()) {
        selected = ctx.config.enabledInstances();
        if (selected.isEmpty()) {
            ctx.err << (ctx.config.sourcePath.isEmpty()
                            ? CliApplication::tr(
                                  "No instance is configured. Create %1 (see README.md), pass --config FILE, or set "
                                  "RADARR_URL and RADARR_API_KEY.")
                                  .arg(ConfigLoader::defaultConfigPath())
                            : CliApplication::tr("%1 configures no enabled instance.").arg(ctx.config.sourcePath))
                    << '\n';
            return false;
        }
        return true;
    }
    for (const QString &name : names) {
        const InstanceConfig *instance = ctx.config.instance(name);
        if (!instance) {
            QStringList known;
            for (const InstanceConfig &i : std::as_const(ctx.config.instances))
                known << i.name;
            ctx.err << CliApplication::tr("No instance named \"%1\". Configured: %2.")
                           .arg(name, known.isEmpty() ? CliApplication::tr("none") : known.join(QStringLiteral(", ")))
                    << '\n';
            return false;
        }
        selected.append(*instance);
    }
    return true;
}

// --log-format (or ARRSCORE_LOG_FORMAT), --log-file and --log-file-size: installs LogOutput when logs are to be
// JSON or kept in a file. ExitOk, or ExitUsage after saying what is wrong.
int setUpLogging(const QCommandLineParser &parser, const QCommandLineOption &formatOption,
                 const QCommandLineOption &fileOption, const QCommandLineOption &sizeOption, QTextStream &err)
{
    const bool fromOption = parser.isSet(formatOption);
    const QString formatText =
        fromOption ? parser.value(formatOption) : qEnvironmentVariable("ARRSCORE_LOG_FORMAT", QStringLiteral("text"));
    const std::optional<LogOutput::Format> format = LogOutput::parseFormat(formatText);
    if (!format) {
        err << (fromOption ? CliApplication::tr("--log-format must be text or json, not \"%1\".")
                           : CliApplication::tr("ARRSCORE_LOG_FORMAT must be text or json, not \"%1\"."))
                   .arg(formatText)
            << '\n';
        return ExitUsage;
    }
    LogOutput::Options options;
    options.format = *format;
    options.filePath = parser.value(fileOption);
    if (parser.isSet(sizeOption)) {
        const std::optional<qint64> size = LogOutput::parseSize(parser.value(sizeOption));
        if (!size) {
            err << CliApplication::tr(
                       "--log-file-size must be a size of at least 4k, like 512k, 10M or 1G; got \"%1\".")
                       .arg(parser.value(sizeOption))
                << '\n';
            return ExitUsage;
        }
        if (options.filePath.isEmpty()) {
            err << CliApplication::tr("--log-file-size needs --log-file PATH.") << '\n';
            return ExitUsage;
        }
        options.maxFileBytes = *size;
    }
    if (options.format == LogOutput::Format::Text && options.filePath.isEmpty())
        return ExitOk; // Qt's own handler, as always
    if (const Status installed = LogOutput::install(options); !installed) {
        err << installed.error().message << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace

int CliApplication::run(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(QStringLiteral("arrscore"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    // Every command's human-readable text goes through these two: see TerminalOutput.
    TerminalOutput stdoutDevice(stdout);
    TerminalOutput stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption configOption(QStringLiteral("config"), tr("The configuration file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")}, tr("Only errors."));
    const QCommandLineOption verboseOption({QStringLiteral("v"), QStringLiteral("verbose")}, tr("Log more."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("The version."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("json, csv or html."), QStringLiteral("FORMAT"),
                                          QStringLiteral("json"));
    const QCommandLineOption viewOption(QStringLiteral("view"), tr("What to export."), QStringLiteral("VIEW"),
                                        QStringLiteral("files"));
    const QCommandLineOption instanceOption(QStringLiteral("instance"), tr("Only this instance."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("The file to write, - for stdout."),
                                          QStringLiteral("PATH"), QStringLiteral("-"));
    const QCommandLineOption bomOption(QStringLiteral("bom"), tr("Start CSV with a byte order mark (Excel)."));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most N rows."), QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Machine-readable JSON."));
    // Acting without asking: instances import, search, grab.
    const QCommandLineOption yesOption({QStringLiteral("y"), QStringLiteral("yes")}, tr("Act without asking."));
    parser.addOptions({limitOption, jsonOption, yesOption});
    parser.addOptions(HistoryCommands::options());
    parser.addOptions(SearchCommand::options());
    parser.addOptions(GrabCommand::options());
    parser.addOptions(NotifyCommand::options());
    parser.addOptions(ScheduleCommand::options());
    const QCommandLineOption logFormatOption(QStringLiteral("log-format"), tr("text or json."),
                                             QStringLiteral("FORMAT"));
    const QCommandLineOption logFileOption(QStringLiteral("log-file"), tr("Also log to this file."),
                                           QStringLiteral("PATH"));
    const QCommandLineOption logFileSizeOption(QStringLiteral("log-file-size"), tr("Rotate the log file at this size."),
                                               QStringLiteral("SIZE"));
    parser.addOptions({logFormatOption, logFileOption, logFileSizeOption});
    parser.addOptions({configOption, quietOption, verboseOption, helpOption, versionOption, formatOption, viewOption,
                       instanceOption, outputOption, bomOption});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << tr("Run \"arrscore --help\" for the commands.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(versionOption)) {
        out << BuildInfo::versionText(QStringLiteral("arrscore"));
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty() || positional.first() == QLatin1String("help")) {
        (positional.isEmpty() && !parser.isSet(helpOption) ? err : out) << usage();
        return positional.isEmpty() && !parser.isSet(helpOption) ? ExitUsage : ExitOk;
    }
    const QString command = positional.takeFirst();

    const int verbosity =
        int(parser.optionNames().count(QStringLiteral("v")) + parser.optionNames().count(QStringLiteral("verbose")));
    if (verbosity >= 2)
        QLoggingCategory::setFilterRules(QStringLiteral("arrscore.*.debug=true"));
    else if (verbosity == 1)
        QLoggingCategory::setFilterRules(QStringLiteral("arrscore.*.info=true"));

    std::unique_ptr<LogStream> logStream;
    if (const int status = setUpLogging(parser, logFormatOption, logFileOption, logFileSizeOption, err);
        status != ExitOk)
        return status;
    if (LogOutput::isJson() || parser.isSet(logFileOption)) {
        err.flush();
        logStream = std::make_unique<LogStream>(&stderrDevice, LogOutput::isJson());
        err.setDevice(logStream.get());
    }
    const auto restoreLog = qScopeGuard([&] {
        err.flush();
        err.setDevice(&stderrDevice);
        logStream.reset();
        LogOutput::uninstall();
    });

    Result<AppConfig> config = ConfigLoader::load(parser.value(configOption));
    if (!config) {
        err << config.error().message << '\n';
        return ExitUsage;
    }
    CliContext ctx{config.value(), out, err, stderrIsTerminal() && !logStream, parser.isSet(quietOption)};
    for (const QString &warning : std::as_const(ctx.config.warnings))
        err << tr("warning: %1").arg(warning) << '\n';
    err.flush();

    if (command == QLatin1String("instances"))
        return InstancesCommand(ctx).run(parser, positional);
    if (command == QLatin1String("test") || command == QLatin1String("sync")) {
        QList<InstanceConfig> selected;
        if (!selectInstances(ctx, positional, selected))
            return ExitUsage;
        // Keys the app put in the OS keychain (api_key_keychain: true) are read only when needed.
        if (const Status keys = SecretStore().resolveBlocking(selected); !keys) {
            err << keys.error().message << '\n';
            return ExitUsage;
        }
        SyncCommand sync(ctx);
        if (command == QLatin1String("test"))
            return sync.test(selected);
        NotifyCommand notify(ctx);
        if (const int usage = notify.checkBeforeSync(parser); usage != ExitOk)
            return usage;
        // The snapshots are stored before anything is sent: a failed delivery never loses the sync.
        const int synced = sync.sync(selected);
        return notify.afterSync(parser, sync.outcomes(), synced);
    }
    if (command == QLatin1String("notify"))
        return NotifyCommand(ctx).run(parser, positional);
    if (command == QLatin1String("export")) {
        if (!positional.isEmpty()) {
            err << tr("export takes no arguments; did you mean --instance %1?").arg(positional.first()) << '\n';
            return ExitUsage;
        }
        return ExportCommand(ctx).run(parser.value(formatOption), parser.value(viewOption),
                                      parser.values(instanceOption), parser.value(outputOption),
                                      parser.isSet(bomOption));
    }
    if (command == QLatin1String("candidates") || command == QLatin1String("analyze")) {
        if (!positional.isEmpty()) {
            err << tr("%1 takes no arguments; did you mean --instance %2?").arg(command, positional.first()) << '\n';
            return ExitUsage;
        }
        AnalysisCommands analysis(ctx);
        return command == QLatin1String("candidates")
                   ? analysis.candidates(parser.values(instanceOption), parser.value(limitOption),
                                         parser.isSet(jsonOption))
                   : analysis.analyze(parser.values(instanceOption), parser.isSet(jsonOption));
    }
    if (command == QLatin1String("search"))
        return SearchCommand(ctx).run(parser, positional);
    if (command == QLatin1String("releases"))
        return ReleasesCommand(ctx).run(parser, positional);
    if (command == QLatin1String("grab"))
        return GrabCommand(ctx).run(parser, positional);
    if (command == QLatin1String("schedule"))
        return ScheduleCommand(ctx).run(parser, positional);
    if (command == QLatin1String("searches"))
        return SearchLogCommand(ctx).run(parser, positional);
    if (HistoryCommands::handles(command))
        return HistoryCommands(ctx).run(command, parser, positional);
    err << tr("Unknown command \"%1\".").arg(command) << '\n' << usage();
    return ExitUsage;
}

} // namespace arrscore
