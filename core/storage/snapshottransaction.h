#pragma once

#include "base/error.h"
#include "base/model.h"
#include "storage/bulkinserter.h"
#include "storage/savecontext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace arrscore {

class Database;

// The statements of one SnapshotStore::save(), inside the transaction the store opens: the instance
// row, the snapshot row, then the profile, format and file rows that changed since the instance's
// last snapshot (VersionedRows) and the new files' episode links. Used once; leaves committing or
// rolling back to the store.
class SnapshotTransaction
{
public:
    SnapshotTransaction(Database &db, const std::atomic_bool *cancel);
    Result<qint64> run(const LibrarySnapshot &snapshot);

private:
    // A versioned table: its name, the column of the item's own id, and the columns after
    // instance_id, valid_from and content_hash.
    struct Table
    {
        QString name;
        QString entityColumn;
        QStringList columns;
        int rowsPerInsert = 1;
    };

    Status upsertInstance(const InstanceInfo &info);
    Status insertSnapshot(const LibrarySnapshot &snapshot);
    // Versions items by (entityId(item), hash(item)) and inserts the new ones, each row written as
    // instance_id, valid_from, content_hash, then writeValues(sink, item); `inserted` gets their
    // indexes when given.
    template <typename Item, typename Hash, typename EntityId, typename WriteValues>
    Status saveVersions(const Table &table, const QList<Item> &items, const Hash &hash, const EntityId &entityId,
                        const WriteValues &writeValues, QList<int> *inserted = nullptr);
    Status saveProfiles(const QList<QualityProfile> &profiles);
    Status saveFormats(const QList<CustomFormat> &formats);
    Status saveFiles(const QList<MediaFile> &files);
    Status linkEpisodes(const QList<MediaFile> &files, const QList<int> &rows);

    SaveContext m_context;
    BulkInserter m_inserter;
    qint64 m_instanceId = 0;
    qint64 m_snapshotId = 0;
};

} // namespace arrscore
