#pragma once

#include "arr/retrypolicy.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace arrscore {

// How to reach one Radarr/Sonarr server, and how long and how hard to try.
struct ClientSettings
{
    // The largest answer read: the biggest real one is Radarr's movie list, about 3 KB a movie, so a
    // library of 300,000 movies fits; a larger body is refused before it can take the memory.
    static constexpr qint64 kDefaultMaxResponseBytes = qint64(1) << 30;
    // How long a connection test (the CLI's test, the app's Test button) waits for a server that is still
    // starting up: a person is waiting for the answer, which is then "try again in a minute".
    static constexpr int kTestUnavailableBudgetMs = 5000;

    QString instanceName; // the configured name, for log lines only (LogFields "instance")
    QUrl baseUrl;         // scheme, host, port and URL base; no credentials
    QString apiKey;
    int timeoutMs = 30000; // the deadline of one attempt, from sending to the last byte; <= 0 = the default
    int maxConcurrency = 8;
    double requestsPerSecond = 0; // 0 = unlimited; slower than one a minute counts as one a minute
    qint64 maxResponseBytes = kDefaultMaxResponseBytes;
    bool verifyTls = true;
    QByteArray tlsFingerprint; // raw SHA-256 of a pinned certificate
    RetryPolicy retry;         // retry.unavailableBudgetMs: the start-up window (90 s for a sync)
    int circuitThreshold = 8;
    int circuitCooldownMs = 15000;
};

} // namespace arrscore
