#pragma once

#include "config/config.h"
#include "simtestutil.h"
#include "sync/syncsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

namespace arrscore::test {

// An instance on a simulator as the configuration makes it (history_days and all), with quick retries.
inline InstanceTarget syncTarget(const Sim &sim, const QString &name, InstanceType type, int historyDays = 90)
{
    InstanceConfig config;
    config.name = name;
    config.type = type;
    config.url = sim->baseUrl();
    config.apiKey = sim->apiKey();
    config.historyDays = historyDays;
    InstanceTarget target = InstanceTarget::fromConfig(config);
    target.client.retry.baseDelayMs = 10;
    return target;
}

// A real sync of the targets into the database at location, as the CLI and the app run it; its outcomes.
inline QList<SyncSession::Outcome> syncAll(const QString &location, const QList<InstanceTarget> &targets)
{
    SyncSession session(location);
    QSignalSpy done(&session, &SyncSession::finished);
    session.start(targets);
    if (!done.wait(120000))
        qFatal("the sync did not finish within two minutes");
    return session.outcomes();
}

// Grabs the first approved release of a movie with a file (POST release): with searchUpgrades set, the
// simulator downloads and imports it at once, writing a grab, a deletion and an import to its history.
inline bool grabFirstRelease(const Sim &sim)
{
    QJsonObject release;
    for (const SimMovie &m : sim->library().movies()) {
        for (const auto &v : fetch(sim.api(QStringLiteral("release?movieId=%1").arg(m.id))).array()) {
            if (m.file && release.isEmpty() && v.toObject().value(QLatin1String("approved")).toBool())
                release = v.toObject();
        }
        if (!release.isEmpty())
            break;
    }
    if (release.isEmpty())
        return false;
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("guid"), release.value(QLatin1String("guid"))},
                                  {QStringLiteral("indexerId"), release.value(QLatin1String("indexerId"))}})
            .toJson();
    return fetch(sim.api(QStringLiteral("release")), {}, &body).status == 200;
}

} // namespace arrscore::test
