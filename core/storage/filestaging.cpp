#include "storage/filestaging.h"

#include "base/logging.h"
#include "storage/contenthash.h"
#include "storage/database.h"
#include "storage/fileversioncolumns.h"
#include "storage/listdecoder.h"
#include "storage/versionedrows.h"

#include <QSqlQuery>

#include <climits>
#include <tuple>

namespace arrscore {

using namespace storage;

namespace {

const QString kStagedFiles = QStringLiteral("arrscore_staged_files");
const QString kStagedLinks = QStringLiteral("arrscore_staged_links");
constexpr int kFileRowsPerInsert = 64; // measured: 64-row INSERTs cost ~30% less CPU than single rows
constexpr int kLinksPerInsert = 128;

QString fileColumnList()
{
    return fileVersionColumns().join(QLatin1Char(','));
}

} // namespace

FileStaging::FileStaging(Database &db, const std::atomic_bool *cancel) : m_context(db, cancel), m_inserter(m_context) {}

FileStaging::~FileStaging()
{
    if (!m_tables)
        return;
    // A connection that is closed next drops them anyway; one that is reused (a store saving again) must not
    // find them.
    m_context.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(kStagedFiles));
    m_context.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(kStagedLinks));
}

bool FileStaging::keptOver(const MediaFile &a, const MediaFile &b)
{
    return std::make_tuple(a.itemId, b.dateAdded, b.customFormatScore.value_or(INT_MIN), a.relativePath)
           < std::make_tuple(b.itemId, a.dateAdded, a.customFormatScore.value_or(INT_MIN), b.relativePath);
}

Status FileStaging::createTables()
{
    m_links = m_context.db().schemaVersion() >= 2;
    // Temporary tables live in the connection's own temporary database (SQLite) or schema (PostgreSQL):
    // writing them takes no lock on the stored tables, and a killed process leaves nothing behind.
    const QStringList statements = {
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(kStagedFiles),
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(kStagedLinks),
        QStringLiteral("CREATE TEMPORARY TABLE %1 AS SELECT content_hash, %2 FROM file_versions WHERE 1 = 0")
            .arg(kStagedFiles, fileColumnList()),
        QStringLiteral("CREATE INDEX %1_file ON %1 (file_id)").arg(kStagedFiles),
        QStringLiteral("CREATE TEMPORARY TABLE %1 (episode_id BIGINT, file_id BIGINT, series_id BIGINT)")
            .arg(kStagedLinks),
    };
    if (!m_context.db().isPostgres()) {
        // On disk, not in memory (SQLite's default is the build's choice): the staged rows are the library,
        // and only the temporary database's small page cache (about 2 MB) stays in memory. PostgreSQL keeps
        // temporary tables in temp_buffers (8 MB) and writes the rest to disk anyway.
        if (const Status s = m_context.exec(QStringLiteral("PRAGMA temp_store = FILE")); !s)
            return s;
    }
    for (const QString &sql : statements) {
        if (const Status s = m_context.exec(sql); !s)
            return s;
        m_tables = true;
    }
    return Status::success();
}

Status FileStaging::begin(const QString &instanceName)
{
    if (const Status s = createTables(); !s)
        return s;
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("SELECT id FROM instances WHERE name = ?"));
    q.addBindValue(instanceName);
    if (!q.exec())
        return m_context.failed(q);
    if (!q.next())
        return Status::success(); // never stored: every file is new
    m_instanceId = q.value(0).toLongLong();
    q.finish();
    QList<VersionedRows::Key> current;
    const VersionedRows rows(m_context, QStringLiteral("file_versions"), QStringLiteral("file_id"), m_instanceId, 0);
    if (const Status s = rows.readCurrent(current); !s)
        return s;
    m_current.reserve(current.size());
    for (const VersionedRows::Key &key : std::as_const(current)) {
        if (m_current.contains(key.entity))
            m_extraCurrent.append(key.ref);
        else
            m_current.insert(key.entity, Current{key.hash, key.ref, false});
    }
    return Status::success();
}

Status FileStaging::add(const QList<MediaFile> &files)
{
    QList<const MediaFile *> toStage;
    QList<qint64> hashes;
    for (const MediaFile &file : files) {
        if (m_context.cancelled())
            return m_context.cancelledError();
        if (const auto seen = m_seen.constFind(file.fileId); seen != m_seen.cend()) {
            // The copy taken may be of this batch and not staged yet.
            qsizetype inBatch = -1;
            for (qsizetype k = 0; k < toStage.size() && inBatch < 0; ++k)
                inBatch = toStage[k]->fileId == file.fileId ? k : -1;
            MediaFile taken;
            if (inBatch >= 0) {
                taken = *toStage[inBatch];
            } else {
                Result<MediaFile> read = takenCopy(file.fileId, *seen);
                if (!read)
                    return read.error();
                taken = std::move(read).value();
            }
            if (!keptOver(file, taken))
                continue;
            if (inBatch >= 0) {
                toStage.remove(inBatch);
                hashes.remove(inBatch);
            } else if (*seen == Copy::Matched) {
                m_current[file.fileId].matched = false;
            } else if (const Status s = unstage(file.fileId); !s) {
                return s;
            }
        }
        const qint64 hash = fileHash(file);
        const auto current = m_current.find(file.fileId);
        if (current != m_current.end() && current->hash == hash) {
            current->matched = true;
            m_seen.insert(file.fileId, Copy::Matched);
        } else {
            toStage.append(&file);
            hashes.append(hash);
            m_seen.insert(file.fileId, Copy::Staged);
        }
        if (file.externalId > 0)
            m_externalIds.insert({int(file.kind), file.itemId}, file.externalId);
        if (file.itemListScore)
            m_itemListScores.insert(file.fileId, *file.itemListScore);
        else
            m_itemListScores.remove(file.fileId);
    }
    return stage(toStage, hashes);
}

Status FileStaging::stage(const QList<const MediaFile *> &files, const QList<qint64> &hashes)
{
    const QStringList columns = QStringList{QStringLiteral("content_hash")} + fileVersionColumns();
    Status staged =
        m_inserter.insert(kStagedFiles, columns, files.size(), kFileRowsPerInsert, [&](auto &out, qsizetype k) {
            out.int64(hashes[k]);
            writeFileColumns(out, *files[k]);
        });
    if (!staged || !m_links)
        return staged;
    QList<QPair<const MediaFile *, qsizetype>> links; // (file, episode index)
    for (const MediaFile *f : files) {
        if (f->kind != MediaKind::Episode)
            continue;
        for (qsizetype e = 0; e < f->episodeIds.size(); ++e)
            links.append({f, e});
    }
    const QStringList linkColumns = {QStringLiteral("episode_id"), QStringLiteral("file_id"),
                                     QStringLiteral("series_id")};
    return m_inserter.insert(kStagedLinks, linkColumns, links.size(), kLinksPerInsert, [&](auto &out, qsizetype k) {
        const MediaFile &f = *links[k].first;
        out.int64(f.episodeIds[links[k].second]);
        out.int64(f.fileId);
        out.int64(f.itemId);
    });
}

Result<MediaFile> FileStaging::takenCopy(qint64 fileId, Copy copy)
{
    QSqlQuery q(m_context.db().connection());
    if (copy == Copy::Matched) {
        q.prepare(QStringLiteral("SELECT %1 FROM file_versions WHERE id = ?").arg(fileColumnList()));
        q.addBindValue(m_current.value(fileId).rowId);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE file_id = ?").arg(fileColumnList(), kStagedFiles));
        q.addBindValue(fileId);
    }
    if (!q.exec() || !q.next())
        return m_context.failed(q);
    ListDecoder lists;
    return readFile(q, lists);
}

Status FileStaging::unstage(qint64 fileId)
{
    for (const QString &table : {kStagedFiles, kStagedLinks}) {
        if (table == kStagedLinks && !m_links)
            continue;
        QSqlQuery q(m_context.db().connection());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE file_id = ?").arg(table));
        q.addBindValue(fileId);
        if (!q.exec())
            return m_context.failed(q);
    }
    return Status::success();
}

Status FileStaging::write(qint64 instanceId, qint64 snapshotId)
{
    if (m_instanceId != 0 && m_instanceId != instanceId)
        return Error{ErrorKind::Storage, tr("The instance changed while its files were being stored.")};
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("INSERT INTO file_versions (instance_id, valid_from, content_hash, %1) "
                             "SELECT ?, ?, content_hash, %1 FROM %2")
                  .arg(fileColumnList(), kStagedFiles));
    q.addBindValue(instanceId);
    q.addBindValue(snapshotId);
    if (!q.exec())
        return m_context.failed(q);
    q.finish();
    if (m_links) {
        // A file stored again (re-scored, say) is linked already: those rows are skipped. "WHERE 1 = 1" keeps
        // SQLite from reading ON CONFLICT as part of the SELECT.
        q.prepare(QStringLiteral("INSERT INTO file_episodes (instance_id, episode_id, file_id, series_id) "
                                 "SELECT ?, episode_id, file_id, series_id FROM %1 WHERE 1 = 1 "
                                 "ON CONFLICT DO NOTHING")
                      .arg(kStagedLinks));
        q.addBindValue(instanceId);
        if (!q.exec())
            return m_context.failed(q);
        q.finish();
    }
    QList<qint64> toClose = m_extraCurrent;
    for (const Current &c : std::as_const(m_current)) {
        if (!c.matched)
            toClose.append(c.rowId);
    }
    qCDebug(lcDb) << "file_versions:" << m_current.size() << "current," << toClose.size() << "closed," << m_seen.size()
                  << "files";
    return VersionedRows(m_context, QStringLiteral("file_versions"), QStringLiteral("file_id"), instanceId, snapshotId)
        .close(toClose);
}

QList<MediaFile> FileStaging::extras() const
{
    QList<MediaFile> files;
    files.reserve(m_externalIds.size() + m_itemListScores.size());
    for (auto it = m_externalIds.cbegin(); it != m_externalIds.cend(); ++it) {
        MediaFile f;
        f.kind = MediaKind(it.key().first);
        f.itemId = it.key().second;
        f.externalId = it.value();
        files.append(f);
    }
    for (auto it = m_itemListScores.cbegin(); it != m_itemListScores.cend(); ++it) {
        MediaFile f;
        f.fileId = it.key();
        f.itemListScore = it.value();
        files.append(f);
    }
    return files;
}

} // namespace arrscore
