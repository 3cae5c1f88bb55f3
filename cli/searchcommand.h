#pragma once

#include <QCoreApplication>

#include "arr/upgradesearch.h"
#include "clicontext.h"
#include "storage/database.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace arrscore {

// `arrscore search`: asks Radarr/Sonarr to search their indexers for upgrades of the top upgrade
// candidates (--candidates), of given movie or episode ids (--item) or of given files (--file), or with
// --dry-run only says what it would ask for.
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SearchCommand)

public:
    explicit SearchCommand(CliContext &context) : m_ctx(context) {}

    // The options only this command reads (--candidates, --file, --dry-run); --item, --limit and
    // --instance are shared with other commands.
    static QList<QCommandLineOption> options();
    int run(const QCommandLineParser &parser, const QStringList &positional);

private:
    // One instance's share of the work, with the files behind it (empty for --item) for a dry run.
    struct Plan
    {
        SearchItems items;
        QList<FileRow> rows;
    };

    int planCandidates(const QStringList &instances, const QString &limitText, QList<Plan> &plans);
    int planItems(const QString &instance, const QStringList &idTexts, QList<Plan> &plans);
    int planFiles(const QString &instance, const QStringList &idTexts, QList<Plan> &plans);
    // The one instance --item and --file ids belong to; nullptr (after saying why) when it is not clear.
    const InstanceConfig *singleInstance(const QString &name);
    bool openDatabase();
    void printPlan(const QList<Plan> &plans);
    int execute(const QList<Plan> &plans);

    CliContext &m_ctx;
    std::unique_ptr<Database> m_db;
    QList<LibrarySnapshot> m_snapshots; // what the plans' rows point into
};

} // namespace arrscore
