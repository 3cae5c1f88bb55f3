#pragma once

#include <QCoreApplication>

#include "base/model.h"
#include "clicontext.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace arrscore {

class Database;

// `arrscore candidates` and `arrscore analyze`: the analyses of the latest snapshot of each (chosen)
// instance, as a readable table and summary or as JSON.
class AnalysisCommands
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::AnalysisCommands)

public:
    explicit AnalysisCommands(CliContext &context);
    ~AnalysisCommands(); // out of line: Database is only declared here

    int candidates(const QStringList &instances, const QString &limit, bool json);
    int analyze(const QStringList &instances, bool json);

private:
    // Opens the database and loads the latest snapshots; prints why not and returns an exit code if it fails.
    int load(const QStringList &instances, QList<LibrarySnapshot> &snapshots);

    CliContext &m_ctx;
    std::unique_ptr<Database> m_db;
};

} // namespace arrscore
