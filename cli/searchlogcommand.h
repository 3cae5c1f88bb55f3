#pragma once

#include <QCoreApplication>

#include "clicontext.h"
#include "upgrades/searchoutcomes.h"
#include "upgrades/searchrecord.h"

#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace arrscore {

class Database;

// `arrscore searches`: the searches and grabs sent, newest first, with their commands' states and messages
// (those still running asked again first), what each item got from them after later syncs, and how often
// searching worked, per instance and profile; or the same as JSON.
class SearchLogCommand
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SearchLogCommand)

public:
    // How long the states of commands still running are asked for before the log is printed.
    static constexpr int kRefreshMs = 3000;

    explicit SearchLogCommand(CliContext &context) : m_ctx(context) {}

    // Reads --instance and --json, shared with other commands.
    int run(const QCommandLineParser &parser, const QStringList &positional);

private:
    // Asks the servers once more for the commands that had not ended; what they answer is stored.
    void refresh(Database &db, const QString &instance);
    void print(const QList<SearchRecord> &searches, const QList<ItemOutcome> &outcomes);

    CliContext &m_ctx;
};

} // namespace arrscore
