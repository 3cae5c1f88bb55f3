#pragma once

// What a simulated server has seen since start or the last reset.

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace arrscore {

struct SimStats
{
    int total = 0;
    QMap<QString, int> perPath; // request path without the query
    QMap<int, int> perStatus;   // 0 = connection reset without a response
    int peakConcurrency = 0;
    int active = 0;
    int queued = 0;
    // GET release: item lookups per kind (movie, episode, season), RSS fetches (a GET release naming no item,
    // which makes the server fetch every indexer's feed), lookups and fetches in flight and their peak.
    QMap<QString, int> releaseLookups;
    int rssFetches = 0;
    int releaseInFlight = 0;
    int releaseInFlightPeak = 0;
    int grabs = 0;       // POST release that found its release
    int grabMisses = 0;  // POST release answered 404 (not in the 30-minute cache)
    int searchGrabs = 0; // releases a completed MoviesSearch / EpisodeSearch grabbed

    int status(int code) const { return perStatus.value(code); }
    int path(const QString &p) const { return perPath.value(p); }

    QJsonObject toJson() const
    {
        QJsonObject paths;
        for (auto it = perPath.cbegin(); it != perPath.cend(); ++it)
            paths.insert(it.key(), it.value());
        QJsonObject statuses;
        for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it)
            statuses.insert(QString::number(it.key()), it.value());
        QJsonObject lookups;
        int lookupTotal = 0;
        for (auto it = releaseLookups.cbegin(); it != releaseLookups.cend(); ++it) {
            lookups.insert(it.key(), it.value());
            lookupTotal += it.value();
        }
        lookups.insert(QStringLiteral("total"), lookupTotal);
        return {{QStringLiteral("total"), total},
                {QStringLiteral("paths"), paths},
                {QStringLiteral("statuses"), statuses},
                {QStringLiteral("peakConcurrency"), peakConcurrency},
                {QStringLiteral("active"), active},
                {QStringLiteral("queued"), queued},
                {QStringLiteral("releaseLookups"), lookups},
                {QStringLiteral("rssFetches"), rssFetches},
                {QStringLiteral("releaseLookupsInFlight"), releaseInFlight},
                {QStringLiteral("releaseLookupsInFlightPeak"), releaseInFlightPeak},
                {QStringLiteral("grabs"), grabs},
                {QStringLiteral("grabMisses"), grabMisses},
                {QStringLiteral("searchGrabs"), searchGrabs}};
    }
};

} // namespace arrscore
