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
class EventStaging;
class FileStaging;

// The statements of one SnapshotStore::commit(), inside the transaction the store opens: the instance
// row, the snapshot row, the profile and format rows that changed since the instance's last snapshot
// (VersionedRows), then the files staged as they arrived (FileStaging). Used once; leaves committing or
// rolling back to the store.
class SnapshotTransaction
{
public:
    SnapshotTransaction(Database &db, const std::atomic_bool *cancel);
    // snapshot's own files are not read: they are in `files`; its history's events are, with those in `events`
    // (may be null) that arrived as the history was read.
    Result<qint64> run(const LibrarySnapshot &snapshot, FileStaging &files, const EventStaging *events = nullptr);

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
    Status insertSnapshot(const LibrarySnapshot &snapshot, qsizetype fileCount);
    // Versions items by (entityId(item), hash(item)) and inserts the new ones, each row written as
    // instance_id, valid_from, content_hash, then writeValues(sink, item).
    template <typename Item, typename Hash, typename EntityId, typename WriteValues>
    Status saveVersions(const Table &table, const QList<Item> &items, const Hash &hash, const EntityId &entityId,
                        const WriteValues &writeValues);
    Status saveProfiles(const QList<QualityProfile> &profiles);
    Status saveFormats(const QList<CustomFormat> &formats);

    SaveContext m_context;
    BulkInserter m_inserter;
    qint64 m_instanceId = 0;
    qint64 m_snapshotId = 0;
};

} // namespace arrscore
