#pragma once

#include <QCoreApplication>

#include <QStringList>

namespace arrscore {

// The `arrscore` command line: global options, the commands, and their exit codes.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::CliApplication)

public:
    int run(const QStringList &arguments);
};

} // namespace arrscore
