#pragma once

#include <QCoreApplication>

#include "clicontext.h"

#include <QStringList>

class QCommandLineParser;

namespace arrscore {

struct RecyclarrInstance;

// `arrscore instances`: lists the configured instances, and `instances import recyclarr PATH` adds those
// of Recyclarr's configuration (after a confirmation, --yes, or only listed with --dry-run).
class InstancesCommand
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::InstancesCommand)

public:
    explicit InstancesCommand(CliContext &context) : m_ctx(context) {}

    // Reads --yes (shared with search and grab) and --dry-run (shared with search).
    int run(const QCommandLineParser &parser, const QStringList &positional);

private:
    int list();
    int importRecyclarr(const QString &path, bool yes, bool dryRun);
    void printFound(const RecyclarrInstance &found);

    CliContext &m_ctx;
};

} // namespace arrscore
