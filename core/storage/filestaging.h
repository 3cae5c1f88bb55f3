#pragma once

#include "base/error.h"
#include "base/model.h"
#include "storage/bulkinserter.h"
#include "storage/savecontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>

namespace arrscore {

class Database;

// The files of one sync as they arrive, before its snapshot is written: each matched with the instance's
// current row by content hash, and when new or changed staged in a temporary table of the save's own
// connection. Memory stays flat as the library grows, and nothing reaches the stored tables (or takes
// SQLite's write lock) until write() runs inside the snapshot's transaction.
class FileStaging
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::FileStaging)

public:
    FileStaging(Database &db, const std::atomic_bool *cancel);
    ~FileStaging(); // drops the temporary tables
    FileStaging(const FileStaging &) = delete;
    FileStaging &operator=(const FileStaging &) = delete;

    // Reads the instance's current file rows; an instance never stored has none.
    Status begin(const QString &instanceName);
    // One batch. A file id seen before keeps one copy, whichever arrived first: the lowest item id, then
    // the newest, the best scored, the first path (two live versions of one file would make it look
    // changed on every sync).
    Status add(const QList<MediaFile> &files);
    // Inside the snapshot's transaction: inserts the staged rows and episode links, and closes the current
    // rows no file of this sync matched (removed or changed files).
    Status write(qint64 instanceId, qint64 snapshotId);

    qsizetype fileCount() const { return m_seen.size(); }
    // What ServerHistoryRows stores beside the files: one file per item with a catalogue id, and the files
    // whose /movie score disagrees, with only those values set.
    QList<MediaFile> extras() const;

    // Whether copy a is kept over copy b of one file id.
    static bool keptOver(const MediaFile &a, const MediaFile &b);

private:
    struct Current
    {
        qint64 hash = 0;
        qint64 rowId = 0;
        bool matched = false;
    };
    enum class Copy : quint8 { Matched, Staged };

    Status createTables();
    Status stage(const QList<const MediaFile *> &files, const QList<qint64> &hashes);
    // The copy of fileId already taken, read back from where it went.
    Result<MediaFile> takenCopy(qint64 fileId, Copy copy);
    Status unstage(qint64 fileId);

    SaveContext m_context;
    BulkInserter m_inserter;
    bool m_tables = false;
    bool m_links = false; // schema 2: file_episodes
    qint64 m_instanceId = 0;
    QHash<qint64, Current> m_current;                // by file id
    QList<qint64> m_extraCurrent;                    // a second current row of one file id: closed
    QHash<qint64, Copy> m_seen;                      // by file id
    QHash<QPair<int, qint64>, qint64> m_externalIds; // (kind, item id) -> catalogue id
    QHash<qint64, int> m_itemListScores;             // by file id
};

} // namespace arrscore
