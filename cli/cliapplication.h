#pragma once
#include <QStringList>
namespace arrscore {
class CliApplication { public: int run(const QStringList &args); };
}
