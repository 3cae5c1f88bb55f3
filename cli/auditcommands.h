#pragma once

#include <QCoreApplication>

#include "clicontext.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

namespace arrscore {

// `arrscore audit` and `arrscore compare`: why items did (or did not) upgrade, from the servers' own history
// as the syncs stored it, and instances of one kind side by side; readable text or JSON.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::AuditCommands)

public:
    explicit AuditCommands(CliContext &context) : m_ctx(context) {}

    // --kind; --instance and --json are the shared ones.
    static QList<QCommandLineOption> options();
    int audit(const QStringList &instances, const QStringList &kinds, bool json);
    int compare(const QStringList &instances, bool json);

private:
    CliContext &m_ctx;
};

} // namespace arrscore
