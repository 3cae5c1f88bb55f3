#pragma once

#include <QCoreApplication>

#include "base/model.h"
#include "clicontext.h"
#include "storage/database.h"
#include "upgrades/upgradeitem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace arrscore {

// What `search` and `releases` act on, as chosen on the command line: the ranked upgrade candidates of the
// latest snapshots (--candidates), movie or episode ids (--item) or file ids (--file), as UpgradeItems with
// the file each has now. Each method returns an exit code, ExitOk or the code after saying why not on err.
class ItemSelection
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ItemSelection)

public:
    explicit ItemSelection(CliContext &context) : m_ctx(context) {}

    // The options that go together: --limit only with --candidates, one --instance for ids. ExitOk or ExitUsage.
    int checkScope(bool candidates, const QString &limitText, const QStringList &instances) const;
    // --limit's value: `fallback` when empty, else a number of 1 or more.
    int parseLimit(const QString &text, int fallback, int &limit) const;
    // The positive ids of repeated options; each value may also be a comma list ("--item 1,2,3").
    int parseIds(const QStringList &texts, const QString &option, QList<qint64> &ids) const;
    // The one instance --item and --file ids belong to: the one named, or the only enabled one.
    const InstanceConfig *singleInstance(const QString &name) const;

    // Every upgrade candidate's items, highest priority first (each movie or episode once). An empty list
    // (after saying so on out) when the snapshots hold no candidate.
    int candidates(const QStringList &instances, QList<UpgradeItem> &ranked);
    // The items of movie ids (Radarr) or episode ids (Sonarr) of one instance, with their files from its
    // latest snapshot. An id the snapshot does not have is an error when `needFile`; else it is taken
    // with its id alone (a search needs nothing more, and needs no earlier sync).
    int items(const InstanceConfig &instance, const QList<qint64> &ids, bool needFile, QList<UpgradeItem> &items);
    // The items of file ids of one instance's latest snapshot: a movie, or every episode of an episode file.
    int files(const InstanceConfig &instance, const QList<qint64> &ids, QList<UpgradeItem> &items);

    // The database the selection read, or (mayCreate) a new one to record in; null after saying why not.
    Database *database(bool mayCreate);

private:
    // The latest snapshots of `instances` (all when empty) into m_snapshots: ExitOk, or why not.
    int loadLatest(const QStringList &instances, bool needSnapshot);

    CliContext &m_ctx;
    std::unique_ptr<Database> m_db;
    QList<LibrarySnapshot> m_snapshots;
};

} // namespace arrscore
