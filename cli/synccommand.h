#pragma once

#include <QCoreApplication>

#include "clicontext.h"
#include "sync/syncsession.h"

#include <QStringList>

namespace arrscore {

// `arrscore test` and `arrscore sync`: runs one SyncJob per chosen instance, all at once, and for a sync
// stores each finished library as a snapshot.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SyncCommand)

public:
    explicit SyncCommand(CliContext &context) : m_ctx(context) {}

    int test(const QList<InstanceConfig> &instances);
    int sync(const QList<InstanceConfig> &instances);
    // What the last sync() did per instance, for the notification after it.
    const QList<SyncSession::Outcome> &outcomes() const { return m_outcomes; }

private:
    CliContext &m_ctx;
    QList<SyncSession::Outcome> m_outcomes;
};

} // namespace arrscore
