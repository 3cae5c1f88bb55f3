#pragma once

// The /api/v3 routes of Radarr and Sonarr over a SimLibrary, with the version-dependent
// behaviour of each endpoint. Authentication, URL base and faults are the server's business.

#include "simhttp.h"
#include "simlibrary.h"
#include "simrenderer.h"

#include <QJsonObject>

namespace arrscore {

class SimApi
{
public:
    explicit SimApi(SimLibrary &library);

    // path is relative to the API root, e.g. "movie" or "moviefile/12".
    SimResponse handle(const SimRequest &request, const QString &apiPath, const QString &urlBase);

    // Every command accepted by POST command, oldest first, as GET command/{id} shows it (already finished:
    // "completed", or "failed" with a message when an id does not exist).
    const QList<QJsonObject> &commands() const { return m_commands; }
    void clearCommands() { m_commands.clear(); }

private:
    SimResponse movieFiles(const SimRequest &request);
    SimResponse episodeFiles(const SimRequest &request);
    SimResponse episodes(const SimRequest &request);
    SimResponse perSeries(const SimRequest &request, const QString &missingMessage,
                          const std::function<QByteArray(const SimSeries &)> &render);
    SimResponse command(const SimRequest &request, const QString &urlBase);
    bool episodeExists(int episodeId) const;
    SimResponse cached(const QString &key, const std::function<QByteArray()> &render);

    SimLibrary &m_library;
    SimRenderer m_renderer;
    QList<QJsonObject> m_commands;
    int m_nextCommandId = 1;
    quint64 m_cacheRevision = 0;
    QHash<QString, QByteArray> m_cache;
};

} // namespace arrscore
