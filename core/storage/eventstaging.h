#pragma once

#include "base/error.h"
#include "base/serverevent.h"
#include "storage/bulkinserter.h"
#include "storage/savecontext.h"

#include <QList>
#include <QString>

#include <atomic>

namespace arrscore {

class Database;

// The server's history events of one sync as they arrive, before its snapshot is written: staged in a temporary
// table of the save's own connection, so memory stays flat however long the history is, and copied into
// server_events inside the snapshot's transaction (ServerHistoryRows), deduplicated there.
class EventStaging
{
public:
    EventStaging(Database &db, const std::atomic_bool *cancel);
    ~EventStaging(); // drops the temporary table
    EventStaging(const EventStaging &) = delete;
    EventStaging &operator=(const EventStaging &) = delete;

    // One batch; secrets an indexer's guid or a failure's message can hold are redacted before they are staged.
    Status add(const QList<ServerEvent> &events);
    bool isEmpty() const { return !m_table; }
    // The staged table and its columns (those of server_events after instance_id and snapshot_id).
    static QString table();
    static QStringList columns();

private:
    Status createTable();

    SaveContext m_context;
    BulkInserter m_inserter;
    bool m_table = false;
};

} // namespace arrscore
