#include "demolibrary.h"

#include "simserver.h"

#include <QStandardPaths>

#include <algorithm>

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
    // A 1080p and a 4K Radarr sharing one catalogue, as many people run them: the Compare view pairs their
    // movies, and their profiles of the same name have drifted apart. Each server's history holds the
    // cases the Audit explains (upgrade loops, grabs scored differently once imported, failures…).
    movies.twin = QStringLiteral("1080p");
    SimLibraryConfig movies4k = movies;
    movies4k.twin = QStringLiteral("4k");
    SimLibraryConfig shows;
    shows.type = SimAppType::Sonarr;
    shows.version = QStringLiteral("4.0.9.2244");
    shows.series = 60;
    shows.episodeFilesPerSeries = 24;
    shows.seed = 2024;
    for (const SimLibraryConfig &library : {movies, movies4k, shows}) {
        SimServerConfig config;
        config.latencyMs = 3; // a little, so progress is visible
        // Release lookups answer quickly (real indexers take 10–120 s), and searches upgrade what they find,
        // so that the next sync shows what searching achieved.
        config.releaseDelayMs = 150;
        config.searchUpgrades = true;
        auto server = std::make_unique<SimServer>(library, config);
        if (!server->start(error)) {
            m_servers.clear();
            return false;
        }
        m_servers.push_back(std::move(server));
    }
    return true;
}

void DemoLibrary::advance()
{
    // As a week of real use would: some movies upgraded to files with their profile's best formats, some
    // episodes replaced, and one profile's score of one format edited. Different files each time.
    ++m_generation;
    for (const auto &server : m_servers) {
        SimLibrary &library = server->library();
        if (library.isRadarr()) {
            int upgraded = 0;
            const QList<SimMovie> movies = library.movies();
            for (qsizetype i = (qsizetype(m_generation) * 37) % std::max<qsizetype>(1, movies.size());
                 i < movies.size() && upgraded < 12; i += 7) {
                const SimMovie &m = movies.at(i);
                const SimProfile *profile = library.profile(m.qualityProfileId);
                if (!m.file || !profile)
                    continue;
                QList<int> best;
                for (int f = 0; f < profile->formatScores.size(); ++f) {
                    if (profile->formatScores[f] > 0)
                        best << f;
                }
                std::sort(best.begin(), best.end(),
                          [profile](int a, int b) { return profile->formatScores[a] > profile->formatScores[b]; });
                if (best.isEmpty()
                    || library.customFormatScore(*m.file, m.qualityProfileId) >= profile->cutoffFormatScore)
                    continue;
                library.replaceMovieFile(m.id, QString(), best.mid(0, 3));
                ++upgraded;
            }
        } else {
            const QList<SimSeries> series = library.series();
            for (qsizetype i = m_generation % std::max<qsizetype>(1, series.size()); i < series.size(); i += 9) {
                if (!series.at(i).files.isEmpty())
                    library.replaceEpisodeFile(series.at(i).id, series.at(i).files.first().id);
            }
            // Someone tuned a profile: its first format with a score scores 250 more.
            if (!library.profiles().isEmpty()) {
                const SimProfile &profile = library.profiles().first();
                for (int f = 0; f < profile.formatScores.size(); ++f) {
                    if (profile.formatScores[f] != 0) {
                        library.setFormatScore(profile.id, f, profile.formatScores[f] + 250);
                        break;
                    }
                }
            }
        }
    }
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
        const bool uhd = server->library().config().twin == QLatin1String("4k");
        t.name = uhd      ? QStringLiteral("demo-radarr-4k")
                 : radarr ? QStringLiteral("demo-radarr")
                          : QStringLiteral("demo-sonarr");
        t.type = radarr ? InstanceType::Radarr : InstanceType::Sonarr;
        t.client.baseUrl = server->baseUrl();
        t.client.apiKey = server->apiKey();
        targets << t;
    }
    return targets;
}

QList<InstanceConfig> DemoLibrary::instances() const
{
    QList<InstanceConfig> instances;
    for (const InstanceTarget &t : targets()) {
        InstanceConfig i;
        i.name = t.name;
        i.type = t.type;
        i.url = t.client.baseUrl;
        i.apiKey = t.client.apiKey;
        i.origin = tr("the demo library");
        instances << i;
    }
    return instances;
}

QString DemoLibrary::databasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/arrscore/demo.db");
}

} // namespace arrscore
