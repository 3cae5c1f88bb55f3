#pragma once

#include <QCoreApplication>

#include "clicontext.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace arrscore {

// `arrscore grab`: sends one release to the download client through Radarr/Sonarr: the pick of the item's
// latest lookup whose verdict is better, or the release of that lookup --guid names; after a confirmation
// naming it (--yes without a terminal), looked up again first when the lookup is older than the server
// keeps releases.
class GrabCommand
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::GrabCommand)

public:
    explicit GrabCommand(CliContext &context) : m_ctx(context) {}

    // The option only this command reads (--guid); --instance, --item and --yes are shared.
    static QList<QCommandLineOption> options();
    int run(const QCommandLineParser &parser, const QStringList &positional);

private:
    CliContext &m_ctx;
};

} // namespace arrscore
