#pragma once

// The behaviour knobs of one simulated server: where it listens, its key and URL base, latency,
// concurrency, startup mode and faults. Settable from C++, from arrsim flags and from /__sim/config.

#include "simfaults.h"

#include <QHostAddress>
#include <QJsonObject>

namespace arrscore {

struct SimServerConfig
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 = any free port
    QString urlBase;  // "" or e.g. "/radarr"
    QString apiKey = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    int latencyMs = 0;
    int maxConcurrency = 0;  // 0 = unlimited
    int startupRequests = 0; // the first N requests get 503 "starting up"
    int startupMs = 0;       // requests in the first T ms after start get 503
    QString tlsCertFile;     // PEM; both set = HTTPS
    QString tlsKeyFile;
    QList<SimFaultRule> faults;
    quint64 faultSeed = 1;
    int releaseDelayMs = 50;     // what GET release waits for, standing for the indexers
    int commandQueuedMs = 0;     // a POSTed command stays queued this long (simulator clock)…
    int commandRunMs = 0;        // …then started this long, then completed (0 and 0: completed at once)
    bool searchUpgrades = false; // grabs and search commands replace the items' files, as if downloaded

    // Applies the keys present in `object`; leaves the others. False (and *error) on a bad value.
    bool apply(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;
    // "/radarr/" → "/radarr", "radarr" → "/radarr", "/" → "".
    static QString normalizedUrlBase(const QString &base);
};

} // namespace arrscore
