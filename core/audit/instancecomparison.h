#pragma once

#include "base/error.h"
#include "base/model.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace arrscore {

class Database;

// One instance's copy of a shared item: its file, quality and score there.
struct ComparedCopy
{
    QString instance;
    qint64 itemId = 0; // the movie id, or the series id for an episode
    qint64 fileId = 0;
    QString quality;
    std::optional<int> score;
    QString profile;      // the file's quality profile's name; empty when the snapshot does not know it
    QString relativePath; // the file's path in its library
};

// An item of the catalogue (a movie by tmdbId, an episode by the series' tvdbId, season and episode) and
// its copies in the compared instances that have a file for it.
struct ComparedItem
{
    MediaKind kind = MediaKind::Movie;
    qint64 externalId = 0;      // tmdbId, or the series' tvdbId
    int season = -1;            // episodes only
    int episode = 0;            // episodes only
    QString title;              // "Heat (1995)", "Severance S01E03"
    QList<ComparedCopy> copies; // in Comparison::instances order, only the instances that have it
    QStringList missingFrom;    // the compared instances without a file for it (empty for a shared item)
};

// One custom format scored differently by profiles of the same name: its score in each instance's profile
// (Comparison::instances order; null when that profile does not list the format or the instance lacks it).
struct FormatDrift
{
    QString format;
    QList<std::optional<int>> scores;
};

// A profile name present in two or more instances whose format scores differ, format by format.
struct ProfileDrift
{
    QString profile;
    QStringList instances; // those having a profile of that name
    QList<FormatDrift> formats;
};

// Instances of one kind side by side: shared items, items only some have, and profile drift.
struct Comparison
{
    InstanceType type = InstanceType::Radarr;
    QStringList instances;      // compared, in configuration order
    QList<ComparedItem> shared; // in every compared instance; by title
    QList<ComparedItem> onlyIn; // in some but not all; by title
    QList<ProfileDrift> drift;  // by profile name
    QStringList notes;          // e.g. a snapshot synced before catalogue ids were stored
};

// Pairs the items of instances of the same kind (movies by tmdbId; episodes by tvdbId + season + episode)
// and compares their profiles by name. Instances of different kinds are never paired.
class InstanceComparison
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::InstanceComparison)

public:
    // Compares the newest snapshots of the named instances (all when empty), one Comparison per kind that
    // has two or more instances. An unknown name is NotFound; fewer than two instances of any kind is a
    // Config error that says what to sync or name.
    static Result<QList<Comparison>> compare(Database &db, const QStringList &instances = {});
    // The same on snapshots in memory, all of one kind; externalIds[i]: item id → catalogue id of
    // snapshots[i] (its files' externalId is used when set).
    static Comparison compare(const QList<const LibrarySnapshot *> &snapshots,
                              const QList<QHash<qint64, qint64>> &externalIds);
};

} // namespace arrscore
