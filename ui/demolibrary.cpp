#include "demolibrary.h"

#include "simserver.h"

#include <QStandardPaths>

namespace arrscore {

DemoLibrary::DemoLibrary(QObject *parent) : QObject(parent) {}

DemoLibrary::~DemoLibrary() = default;

bool DemoLibrary::start(QString *error)
{
    if (isRunning())
        return true;
    SimLibraryConfig movies;
    movies.type = SimAppType::Radarr;
    movies.version = QStringLiteral("5.14.0.9383");
    movies.movies = 1200;
    movies.seed = 2024;
    SimLibraryConfig shows;
    shows.type = SimAppType::Sonarr;
    shows.version = QStringLiteral("4.0.9.2244");
    shows.series = 60;
    shows.episodeFilesPerSeries = 24;
    shows.seed = 2024;
    for (const SimLibraryConfig &library : {movies, shows}) {
        SimServerConfig config;
        config.latencyMs = 3; // a little, so progress is visible
        auto server = std::make_unique<SimServer>(library, config);
        if (!server->start(error)) {
            m_servers.clear();
            return false;
        }
        m_servers.push_back(std::move(server));
    }
    return true;
}

void DemoLibrary::stop()
{
    m_servers.clear();
}

QList<InstanceTarget> DemoLibrary::targets() const
{
    QList<InstanceTarget> targets;
    for (const auto &server : m_servers) {
        InstanceTarget t;
        const bool radarr = server->library().isRadarr();
        t.name = radarr ? QStringLiteral("demo-radarr") : QStringLiteral("demo-sonarr");
        t.type = radarr ? InstanceType::Radarr : InstanceType::Sonarr;
        t.client.baseUrl = server->baseUrl();
        t.client.apiKey = server->apiKey();
        targets << t;
    }
    return targets;
}

QString DemoLibrary::databasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/arrscore/demo.db");
}

} // namespace arrscore
