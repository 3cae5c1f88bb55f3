#pragma once

#include <QCoreApplication>

#include "clicontext.h"
#include "upgrades/searchplanner.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace arrscore {

class Database;
class ItemSelection;

// `arrscore search`: asks Radarr/Sonarr to search their indexers for upgrades of the top upgrade
// candidates (--candidates), of given movie or episode ids (--item) or of given files (--file), within
// each instance's searches_per_hour and search_cooldown_days (--force: not the cooldown); after a
// confirmation (--yes), recorded and its commands followed briefly; or with --dry-run only says what it
// would ask for.
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SearchCommand)

public:
    // How long the commands are followed before the command exits: most searches end within it on a
    // quiet server; `arrscore searches` shows what became of the others.
    static constexpr int kFollowMs = 10000;

    explicit SearchCommand(CliContext &context) : m_ctx(context) {}

    // The options only this command reads (--candidates, --file, --dry-run, --force); --item, --limit,
    // --instance and --yes are shared with other commands.
    static QList<QCommandLineOption> options();
    int run(const QCommandLineParser &parser, const QStringList &positional);

private:
    // The instances' caps and cooldowns, from the database when there is one (a dry run creates none).
    bool readAllowances(ItemSelection &selection, bool dryRun, QHash<QString, SearchAllowance> &allowances);
    void printPlan(const SearchPlan &plan, bool dryRun);
    // Says which chosen items the audit finds in an upgrade loop (searching again may grab the same release
    // again) and why; how many. Without a database or a readable history, none.
    int warnAboutLoops(const SearchPlan &plan, ItemSelection &selection);
    int execute(const SearchPlan &plan, Database &db);
    // The stored state of each search made, as the command leaves it.
    void printStates(Database &db, const QList<qint64> &searchIds);

    CliContext &m_ctx;
    QList<InstanceConfig> m_configs; // of the instances the items belong to
    int m_unconfigured = 0;          // instances the database knows but the configuration no longer has
};

} // namespace arrscore
