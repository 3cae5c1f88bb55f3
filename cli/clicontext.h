#pragma once

#include "config/config.h"

#include <QProcessEnvironment>
#include <QTextStream>

namespace arrscore {

// Exit codes of arrscore, documented in README.md.
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,   // bad arguments or configuration
    ExitPartial = 3, // some instances failed, others did not
    ExitCancelled = 130,
};

// What every command needs: the configuration, where to write, and whether a person is watching.
struct CliContext
{
    AppConfig config;
    QTextStream &out;
    QTextStream &err;
    bool interactive = false; // stderr is a terminal: draw progress bars
    bool quiet = false;
};

} // namespace arrscore
