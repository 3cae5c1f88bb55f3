#pragma once

// The /api/v3 routes of Radarr and Sonarr over a SimLibrary, with the version-dependent
// behaviour of each endpoint. Authentication, URL base and faults are the server's business.

#include "simclock.h"
#include "simhistory.h"
#include "simhttp.h"
#include "simlibrary.h"
#include "simreleases.h"
#include "simrenderer.h"
#include "simserverconfig.h"
#include "simstats.h"

#include <QJsonObject>

namespace arrscore {

class SimApi
{
public:
    // The server's knobs, clock and counters are read and updated in place.
    SimApi(SimLibrary &library, const SimServerConfig &config, const SimClock &clock, SimStats &stats);

    // path is relative to the API root, e.g. "movie" or "moviefile/12".
    SimResponse handle(const SimRequest &request, const QString &apiPath, const QString &urlBase);

    // Every command accepted by POST command, oldest first, as GET command/{id} shows it now: queued, started
    // (commandQueuedMs and commandRunMs on the simulator clock), then completed, or failed when an id does not
    // exist. A search command runs when it completes (see settle()).
    QList<QJsonObject> commands();
    void clearCommands() { m_commands.clear(); }
    // The history's planted audit cases (GET /__sim/planted).
    QJsonArray planted() { return m_history.planted(); }

private:
    SimResponse movieFiles(const SimRequest &request);
    SimResponse episodeFiles(const SimRequest &request);
    SimResponse episodes(const SimRequest &request);
    SimResponse perSeries(const SimRequest &request, const QString &missingMessage,
                          const std::function<QByteArray(const SimSeries &)> &render);
    SimResponse command(const SimRequest &request, const QString &urlBase);
    struct Command
    {
        QJsonObject resource; // as accepted: queued
        qint64 queuedMs = 0;
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString failure;
        QString message; // set when it ran
        bool ran = false;
    };
    // Runs the commands whose time has come: MoviesSearch / EpisodeSearch grab each item's best approved
    // release, like ProcessDownloadDecisions after a search.
    void settle();
    void runSearch(Command &command);
    QJsonObject commandNow(const Command &command) const;
    SimResponse releases(const SimRequest &request);
    SimResponse grab(const SimRequest &request);
    // A grabbed release on its way: with searchUpgrades it is downloaded and imported at once, replacing the
    // item's file (history: the old file deleted for "Upgrade", the new one imported under the grab's downloadId).
    void download(const SimRelease &release, const QString &downloadId);
    bool episodeExists(int episodeId) const;
    SimResponse cached(const QString &key, const std::function<QByteArray()> &render);

    SimLibrary &m_library;
    const SimServerConfig &m_config;
    const SimClock &m_clock;
    SimStats &m_stats;
    SimRenderer m_renderer;
    SimReleases m_releases;
    SimHistory m_history;
    QList<Command> m_commands;
    int m_nextCommandId = 1;
    quint64 m_cacheRevision = 0;
    QHash<QString, QByteArray> m_cache;
};

} // namespace arrscore
