#pragma once

#include <QStringList>

namespace arrscore {

// The `arrscore` command line: global options, the commands, and their exit codes.
class CliApplication
{
public:
    int run(const QStringList &arguments);
};

} // namespace arrscore
