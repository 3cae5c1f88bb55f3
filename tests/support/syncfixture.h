#pragma once

#include "config/config.h"
#include "simtestutil.h"
#include "sync/syncsession.h"

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

} // namespace arrscore::test
