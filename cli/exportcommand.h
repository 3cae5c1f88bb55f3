#pragma once

#include <QCoreApplication>

#include "clicontext.h"

#include <QStringList>

namespace arrscore {

// `arrscore export`: the latest snapshot of each (chosen) instance, as JSON or CSV, to a file or stdout.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ExportCommand)

public:
    explicit ExportCommand(CliContext &context) : m_ctx(context) {}

    int run(const QString &format, const QString &view, const QStringList &instances, const QString &output, bool bom);

private:
    CliContext &m_ctx;
};

} // namespace arrscore
