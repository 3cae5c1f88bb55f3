// arrsim: serves a simulated Radarr or Sonarr until SIGINT/SIGTERM.
#include "simserver.h"
#include "simtwin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace arrscore;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    // Only async-signal-safe work here; the event loop picks the byte up.
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("arrsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARRSCORE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "arrsim",
        "A Radarr/Sonarr API simulator for tests and benchmarks. Prints one line "
        "\"listening on URL\" when ready; admin API (no key) under /__sim/: GET stats, "
        "GET/POST config, POST reset, GET commands, GET planted (the audit cases seeded history holds), GET twin, "
        "POST mutate (advanceClock moves the clock)."));
    parser.addHelpOption();
    auto opt = [&parser](const char *name, const char *help, const char *valueName = nullptr,
                         const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("arrsim", help));
        if (valueName)
            o.setValueName(QString::fromLatin1(valueName));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        parser.addOption(o);
        return o;
    };
    const auto type = opt("type", "radarr or sonarr.", "type", "radarr");
    const auto version =
        opt("version", "Server version reported and emulated, e.g. 5.14.0 or 4.0.9 (default 5.14.0.9383 / 4.0.9.2244).",
            "version");
    const auto movies = opt("movies", "Radarr: number of movies.", "n", "100");
    const auto noFile = opt("movies-without-file", "Radarr: percent of movies without a file.", "percent", "10");
    const auto series = opt("series", "Sonarr: number of series.", "n", "10");
    const auto perSeries = opt("episodes-per-series", "Sonarr: episode files per series.", "n", "20");
    const auto totalFiles = opt(
        "episode-files", "Sonarr: total episode files spread over the series (overrides --episodes-per-series).", "n");
    const auto emptySeries = opt("empty-series", "Sonarr: how many of the series have no files.", "n", "0");
    const auto seed = opt("seed", "Seed of the generated library and of random faults.", "n", "1");
    const auto twin = opt("twin",
                          "1080p or 4k: one of two instances sharing the catalogue of --seed (same tmdbIds, or tvdbIds "
                          "and episode numbering), each with its own ids, files, qualities and profiles, some items "
                          "in one only, and profiles whose format scores drifted (GET /__sim/twin lists both).",
                          "twin");
    const auto host = opt("host", "Address to listen on.", "address", "127.0.0.1");
    const auto port = opt("port", "Port (0 = a free one).", "port", "0");
    const auto urlBase = opt("url-base", "URL base, e.g. /radarr.", "path", "");
    const auto apiKey = opt("api-key", "API key clients must send.", "key");
    const auto latency = opt("latency-ms", "Delay before every API answer (asynchronous).", "ms", "0");
    const auto maxConc =
        opt("max-concurrency", "Requests processed at once; more wait in a queue (0 = no cap).", "n", "0");
    const auto startup = opt("startup-503", "Answer the first N requests with 503 \"starting up\".", "n", "0");
    const auto startupMs = opt("startup-ms", "Answer requests with 503 \"starting up\" for the first T ms.", "ms", "0");
    const auto cert = opt("tls-cert", "PEM certificate: serve HTTPS (with --tls-key).", "file");
    const auto key = opt("tls-key", "PEM private key for --tls-cert.", "file");
    const auto releaseDelay =
        opt("release-delay-ms", "How long GET release takes, standing for the indexers.", "ms", "50");
    const auto commandQueued = opt("command-queued-ms", "How long a POSTed command stays queued.", "ms", "0");
    const auto commandRun = opt("command-run-ms", "How long a command then runs before it completes.", "ms", "0");
    QCommandLineOption searchUpgrades(
        QStringLiteral("search-upgrades"),
        QCoreApplication::translate("arrsim", "Grabs and search commands replace the items' files with the grabbed "
                                              "releases, as if downloaded and imported."));
    parser.addOption(searchUpgrades);
    const auto fault = opt("fault",
                           "Add a fault rule (repeatable): KIND[:opt=value,...]. KIND: error, ratelimit, reset, "
                           "truncate, slow, malformed, html. Options: status=500 (error), retryAfter=1 (ratelimit, "
                           "seconds), delayMs=1000 (slow), first=N (the first N matching requests), every=N (every "
                           "Nth), probability=0.1 (seeded), path=episodefile (only paths containing it). No trigger "
                           "= every matching request. Example: --fault error:status=503,first=2,path=moviefile",
                           "spec");
    parser.process(app);

    auto number = [&parser](const QCommandLineOption &o) {
        bool ok = false;
        const qlonglong v = parser.value(o).toLongLong(&ok);
        if (!ok || v < 0) {
            std::fprintf(stderr, "arrsim: bad number for --%s\n", qPrintable(o.names().first()));
            std::exit(2);
        }
        return v;
    };

    SimLibraryConfig lib;
    const QString typeName = parser.value(type).toLower();
    if (typeName != QLatin1String("radarr") && typeName != QLatin1String("sonarr")) {
        std::fprintf(stderr, "arrsim: --type must be radarr or sonarr\n");
        return 2;
    }
    lib.type = typeName == QLatin1String("sonarr") ? SimAppType::Sonarr : SimAppType::Radarr;
    lib.version = parser.isSet(version)            ? parser.value(version)
                  : lib.type == SimAppType::Radarr ? QStringLiteral("5.14.0.9383")
                                                   : QStringLiteral("4.0.9.2244");
    lib.movies = int(number(movies));
    lib.moviesWithoutFilePercent = int(number(noFile));
    lib.series = int(number(series));
    lib.episodeFilesPerSeries = int(number(perSeries));
    if (parser.isSet(totalFiles))
        lib.totalEpisodeFiles = int(number(totalFiles));
    lib.emptySeries = int(number(emptySeries));
    lib.seed = quint64(number(seed));
    lib.twin = parser.value(twin);
    if (!SimTwin::parse(lib.twin)) {
        std::fprintf(stderr, "arrsim: --twin must be 1080p or 4k\n");
        return 2;
    }

    SimServerConfig config;
    if (!config.host.setAddress(parser.value(host))) {
        std::fprintf(stderr, "arrsim: bad --host\n");
        return 2;
    }
    config.port = quint16(number(port));
    config.urlBase = parser.value(urlBase);
    if (parser.isSet(apiKey))
        config.apiKey = parser.value(apiKey);
    config.latencyMs = int(number(latency));
    config.maxConcurrency = int(number(maxConc));
    config.startupRequests = int(number(startup));
    config.startupMs = int(number(startupMs));
    config.tlsCertFile = parser.value(cert);
    config.tlsKeyFile = parser.value(key);
    config.faultSeed = lib.seed;
    config.releaseDelayMs = int(number(releaseDelay));
    config.commandQueuedMs = int(number(commandQueued));
    config.commandRunMs = int(number(commandRun));
    config.searchUpgrades = parser.isSet(searchUpgrades);
    for (const QString &spec : parser.values(fault)) {
        QString error;
        const std::optional<SimFaultRule> rule = SimFaultRule::parse(spec, &error);
        if (!rule) {
            std::fprintf(stderr, "arrsim: %s\n", qPrintable(error));
            return 2;
        }
        config.faults.append(*rule);
    }

    SimServer server(lib, config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "arrsim: %s\n", qPrintable(error));
        return 1;
    }

    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    }
    std::printf("listening on %s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
