#include "cliapplication.h"
namespace arrscore { int CliApplication::run(const QStringList &) { return 0; } }
