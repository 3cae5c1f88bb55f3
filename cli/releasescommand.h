#pragma once

#include <QCoreApplication>

#include "clicontext.h"
#include "upgrades/lookuprunner.h"
#include "upgrades/upgradeitem.h"

#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace arrscore {

class Database;

// `arrscore releases`: asks each instance which releases its indexers offer now for the top upgrade
// candidates (--candidates) or for given movie or episode ids (--item), one lookup at a time per instance
// within release_lookups_per_hour, and prints each item's verdict and pick (or JSON). Grabs nothing.
class ReleasesCommand
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ReleasesCommand)

public:
    // Without --limit, --candidates looks up this many items: every lookup queries all of the user's
    // indexers and can take minutes.
    static constexpr int kDefaultLimit = 5;

    explicit ReleasesCommand(CliContext &context) : m_ctx(context) {}

    // Reads --candidates, --limit, --item, --instance and --json, all shared with other commands.
    int run(const QCommandLineParser &parser, const QStringList &positional);

private:
    // What the lookups cost and each instance's room under its cap, on stderr; false when the database
    // cannot say.
    bool announce(Database &db, const QList<LookupRunner::Job> &jobs);
    int lookUp(Database &db, const QList<UpgradeItem> &items, bool json);

    CliContext &m_ctx;
};

} // namespace arrscore
