#pragma once

#include "base/error.h"
#include "history/historytypes.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

namespace arrscore {

// Compares two stored snapshots of one instance without loading either whole: only the version rows
// that differ between them are read, then matched by file and by item (movie or episode) so that a
// new file for an item is one change, and a re-scored file is explained by the profile or custom
// format versions that changed in between.
class SnapshotDiffer
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SnapshotDiffer)

public:
    explicit SnapshotDiffer(Database &db) : m_db(db) {}

    // What changed from snapshot fromId to snapshot toId (either may be the older one).
    Result<SnapshotDiff> diff(qint64 fromId, qint64 toId);

private:
    struct Catalogue // the profiles and formats in force at one snapshot
    {
        QHash<int, QualityProfile> profiles;
        QHash<int, std::pair<qint64, QString>> formats; // id -> (content hash, name)
    };

    static const QualityProfile *profileIn(const Catalogue &catalogue, int profileId);
    // Rows of `at` that are not rows of `other`.
    Result<QList<MediaFile>> rowsOnlyIn(qint64 instanceId, qint64 at, qint64 other);
    Result<Catalogue> catalogue(qint64 instanceId, qint64 snapshotId);
    void classify(SnapshotDiff &diff, const QList<MediaFile> &before, const QList<MediaFile> &after,
                  const Catalogue &from, const Catalogue &to) const;
    static void compareCatalogues(SnapshotDiff &diff, const Catalogue &from, const Catalogue &to);
    static ScoreCause explain(const MediaFile &before, const MediaFile &after, const Catalogue &from,
                              const Catalogue &to);
    static QStringList changedFields(const MediaFile &before, const MediaFile &after);
    Error cannotRead(const QSqlQuery &q) const;

    Database &m_db;
};

} // namespace arrscore
