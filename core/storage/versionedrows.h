#pragma once

#include "base/error.h"

#include <QList>
#include <QString>

#include <functional>

namespace arrscore {

class SaveContext;

// The versioning of one table's rows (profile_versions, format_versions, file_versions) in a save:
// incoming items are matched with the instance's current rows by (entity id, content hash); rows
// that match stay as they are, current rows left over are closed at the new snapshot, and incoming
// items left over are handed on to be inserted.
class VersionedRows
{
public:
    struct Key
    {
        qint64 entity = 0;
        qint64 hash = 0;
        qint64 ref = 0; // row id of a stored row, index of an incoming one
        bool operator<(const Key &o) const { return entity != o.entity ? entity < o.entity : hash < o.hash; }
    };

    VersionedRows(const SaveContext &context, QString table, QString entityColumn, qint64 instanceId,
                  qint64 snapshotId);

    // insertNew gets the indexes of the incoming items to insert, in ascending order.
    Status update(QList<Key> incoming, const std::function<Status(const QList<int> &)> &insertNew) const;

    // The instance's current rows (valid_to NULL): entity, hash and row id.
    Status readCurrent(QList<Key> &current) const;
    // Sets valid_to of these rows to the snapshot.
    Status close(const QList<qint64> &rowIds) const;

private:
    const SaveContext &m_context;
    QString m_table;
    QString m_entityColumn;
    qint64 m_instanceId;
    qint64 m_snapshotId;
};

} // namespace arrscore
