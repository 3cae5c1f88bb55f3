#include "storage/snapshotstore.h"

#include "base/logging.h"
#include "storage/columnvalues.h"
#include "storage/filestaging.h"
#include "storage/fileversioncolumns.h"
#include "storage/listjson.h"
#include "storage/profilerows.h"
#include "storage/snapshottransaction.h"
#include "storage/sqlitestatement.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <vector>

namespace arrscore {

using namespace storage;

namespace {

// What fileLess() compares, side by side in one array: sorting through the files themselves read two
// 500-byte MediaFiles scattered over the heap per comparison, which was most of a large load's time.
struct FileOrderKey
{
    MediaKind kind;
    int season;
    int episode; // the first, or -1
    QStringView title;
    qint64 fileId;
    qsizetype index; // in the list as read

    explicit FileOrderKey(const MediaFile &f, qsizetype at)
        : kind(f.kind), season(f.season), episode(f.episodes.isEmpty() ? -1 : f.episodes.first()), title(f.title),
          fileId(f.fileId), index(at)
    {
    }
};

// Files by kind, title (code units, as QString::compare), season, first episode and file id.
bool fileLess(const FileOrderKey &a, const FileOrderKey &b)
{
    if (a.kind != b.kind)
        return a.kind < b.kind;
    // A series' files share one title string (ListDecoder::shared): equal without reading it.
    if (a.title.data() != b.title.data() || a.title.size() != b.title.size()) {
        if (const int c = a.title.compare(b.title); c != 0)
            return c < 0;
    }
    if (a.season != b.season)
        return a.season < b.season;
    if (a.episode != b.episode)
        return a.episode < b.episode;
    return a.fileId < b.fileId;
}

// Sorts keys, then moves the files into place cycle by cycle: sorting the files themselves moved
// every MediaFile (30-odd members) about log2(n) times, and a sorted copy would double the memory.
void sortFiles(QList<MediaFile> &files)
{
    std::vector<FileOrderKey> keys;
    keys.reserve(size_t(files.size()));
    for (qsizetype i = 0; i < files.size(); ++i)
        keys.emplace_back(files.at(i), i);
    // Files come back from the database mostly in the order they were stored, which was this one.
    if (!std::is_sorted(keys.begin(), keys.end(), fileLess))
        std::sort(keys.begin(), keys.end(), fileLess);
    QList<qsizetype> order(files.size());
    for (qsizetype k = 0; k < files.size(); ++k)
        order[k] = keys[size_t(k)].index;
    keys = {};
    // files[k] must become the old files[order[k]]; order[k] = k marks a place as done.
    for (qsizetype start = 0; start < files.size(); ++start) {
        if (order[start] == start)
            continue;
        MediaFile held = std::move(files[start]);
        qsizetype k = start;
        while (order[k] != start) {
            files[k] = std::move(files[order[k]]);
            const qsizetype from = order[k];
            order[k] = k;
            k = from;
        }
        files[k] = std::move(held);
        order[k] = k;
    }
}

const QString kMembership =
    QStringLiteral("instance_id = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)");

} // namespace

SnapshotStore::SnapshotStore(Database &db) : m_db(db) {}

Result<qint64> SnapshotStore::save(const LibrarySnapshot &snapshot, const std::atomic_bool *cancel)
{
    FileStaging files(m_db, cancel);
    Status staged = files.begin(snapshot.instance.name);
    if (staged)
        staged = files.add(snapshot.files);
    if (!staged)
        return staged.error();
    return commit(snapshot, files, cancel);
}

Result<qint64> SnapshotStore::commit(const LibrarySnapshot &snapshot, FileStaging &files,
                                     const std::atomic_bool *cancel, const EventStaging *events)
{
    if (snapshot.instance.name.trimmed().isEmpty())
        return Error{ErrorKind::Storage, tr("A snapshot without an instance name cannot be stored.")};
    const Status begun = m_db.beginWrite();
    if (!begun)
        return begun.error();
    Result<qint64> id = SnapshotTransaction(m_db, cancel).run(snapshot, files, events);
    if (!id) {
        m_db.rollback();
        return id;
    }
    const Status committed = m_db.commit();
    if (!committed)
        return committed.error();
    qCDebug(lcDb) << "stored snapshot" << *id << "of" << snapshot.instance.name << "with" << files.fileCount()
                  << "files";
    return id;
}

Result<std::optional<LibrarySnapshot>> SnapshotStore::latest(const QString &instanceName)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MAX(s.id) FROM snapshots s JOIN instances i ON i.id = s.instance_id "
                             "WHERE i.name = ? AND s.complete = 1"));
    q.addBindValue(instanceName);
    if (!q.exec() || !q.next())
        return m_db.failure(
            tr("Cannot read the history of %1 from the database %2.").arg(instanceName, m_db.displayLocation()),
            q.lastError());
    if (q.value(0).isNull())
        return std::optional<LibrarySnapshot>();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    Result<LibrarySnapshot> snapshot = load(id);
    if (!snapshot)
        return snapshot.error();
    return std::optional<LibrarySnapshot>(std::move(snapshot).value());
}

Result<SnapshotHeader> SnapshotStore::header(qint64 snapshotId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.instance_id, i.name, i.type, s.url, s.started_at, s.finished_at, s.app_name, "
                             "s.version, s.strategy, s.scores_available, s.request_count, s.warnings, s.file_count "
                             "FROM snapshots s JOIN instances i ON i.id = s.instance_id "
                             "WHERE s.id = ? AND s.complete = 1"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return m_db.failure(
            tr("Cannot read snapshot %1 from the database %2.").arg(snapshotId).arg(m_db.displayLocation()),
            q.lastError());
    if (!q.next())
        return Error{ErrorKind::NotFound,
                     tr("There is no snapshot %1 in the database %2.").arg(snapshotId).arg(m_db.displayLocation())};
    SnapshotHeader h;
    LibrarySnapshot &s = h.snapshot;
    s.id = snapshotId;
    h.instanceId = q.value(0).toLongLong();
    s.instance.name = q.value(1).toString();
    s.instance.type = instanceTypeFromName(q.value(2).toString()).value_or(InstanceType::Radarr);
    s.instance.url = q.value(3).toString();
    s.startedAt = readTime(q.value(4));
    s.finishedAt = readTime(q.value(5));
    s.instance.appName = readText(q.value(6));
    s.instance.version = readText(q.value(7));
    s.strategy = readText(q.value(8));
    s.scoresAvailable = q.value(9).toInt() != 0;
    s.requestCount = q.value(10).toInt();
    for (const auto &w : parseArray(q.value(11).toString()))
        s.warnings << jsonElementText(w);
    h.fileCount = std::max(0, q.value(12).toInt());
    return h;
}

Result<LibrarySnapshot> SnapshotStore::load(qint64 snapshotId)
{
    const QString cannot =
        tr("Cannot read snapshot %1 from the database %2.").arg(snapshotId).arg(m_db.displayLocation());
    Result<SnapshotHeader> header = this->header(snapshotId);
    if (!header)
        return header.error();
    const qint64 instanceId = header->instanceId;
    const qint64 fileCount = header->fileCount;
    LibrarySnapshot s = std::move(header).value().snapshot;
    // Room for every file at once: growing a list of 100,000 files by doubling holds up to one and a
    // half lists at the moment of each copy.
    s.files.reserve(fileCount);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);

    const auto bindMembership = [&](QSqlQuery &query) {
        query.addBindValue(instanceId);
        query.addBindValue(snapshotId);
        query.addBindValue(snapshotId);
    };
    q.prepare(QStringLiteral("SELECT %1 FROM profile_versions WHERE %2 ORDER BY profile_id, id")
                  .arg(profilerows::columns().join(QLatin1Char(',')), kMembership));
    bindMembership(q);
    if (!q.exec())
        return m_db.failure(cannot, q.lastError());
    while (q.next())
        s.profiles.append(profilerows::read(q));
    q.finish();

    q.prepare(QStringLiteral("SELECT format_id, name, definition FROM format_versions WHERE %1 ORDER BY format_id, id")
                  .arg(kMembership));
    bindMembership(q);
    if (!q.exec())
        return m_db.failure(cannot, q.lastError());
    while (q.next())
        s.formats.append(
            {q.value(0).toInt(), readText(q.value(1)), q.value(2).isNull() ? QByteArray() : q.value(2).toByteArray()});
    q.finish();

    const QString filesSql = QStringLiteral("SELECT %1 FROM file_versions WHERE %2")
                                 .arg(fileVersionColumns().join(QLatin1Char(',')), kMembership);
    ListDecoder lists;
    QElapsedTimer timer;
    timer.start();
    if (sqlite3 *handle = SqliteStatement::handle(m_db.connection())) {
        // The bulk of a load: read through the C API, without a QVariant per value.
        SqliteStatement st(handle);
        if (!st.prepare(filesSql))
            return st.failure(m_db, cannot);
        st.bindInt64(1, instanceId);
        st.bindInt64(2, snapshotId);
        st.bindInt64(3, snapshotId);
        SqliteStatement::Step step;
        while ((step = st.step()) == SqliteStatement::Step::Row)
            s.files.append(readFileColumns(st, lists));
        if (step != SqliteStatement::Step::Done)
            return st.failure(m_db, cannot);
    } else {
        q.prepare(filesSql);
        bindMembership(q);
        if (!q.exec())
            return m_db.failure(cannot, q.lastError());
        while (q.next())
            s.files.append(readFile(q, lists));
        q.finish();
    }
    const qint64 readMs = timer.restart();
    sortFiles(s.files);
    qCDebug(lcDb) << "load:" << s.files.size() << "files read in" << readMs << "ms, sorted in" << timer.elapsed()
                  << "ms";
    return s;
}

Result<QList<SnapshotInfo>> SnapshotStore::list(const QString &instanceName)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, i.name, i.type, s.version, s.started_at, s.finished_at, s.file_count, "
                             "s.request_count, s.warnings, s.strategy "
                             "FROM snapshots s JOIN instances i ON i.id = s.instance_id WHERE s.complete = 1")
              + (instanceName.isEmpty() ? QString() : QStringLiteral(" AND i.name = ?"))
              + QStringLiteral(" ORDER BY s.id"));
    if (!instanceName.isEmpty())
        q.addBindValue(instanceName);
    if (!q.exec())
        return m_db.failure(tr("Cannot read the list of snapshots from the database %1.").arg(m_db.displayLocation()),
                            q.lastError());
    QList<SnapshotInfo> infos;
    while (q.next()) {
        SnapshotInfo info;
        info.id = q.value(0).toLongLong();
        info.instanceName = q.value(1).toString();
        info.type = instanceTypeFromName(q.value(2).toString()).value_or(InstanceType::Radarr);
        info.version = readText(q.value(3));
        info.startedAt = readTime(q.value(4));
        info.finishedAt = readTime(q.value(5));
        info.fileCount = q.value(6).toInt();
        info.requestCount = q.value(7).toInt();
        info.warningCount = int(parseArray(q.value(8).toString()).size());
        info.strategy = readText(q.value(9));
        infos.append(info);
    }
    return infos;
}

Result<QStringList> SnapshotStore::instanceNames()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM instances")))
        return m_db.failure(tr("Cannot read the instances from the database %1.").arg(m_db.displayLocation()),
                            q.lastError());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    // The same order on every backend (SQL collations differ).
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return names;
}

Result<QStringList> SnapshotStore::syncedNames(const QStringList &instances)
{
    Result<QStringList> known = instanceNames();
    if (!known)
        return known.error();
    for (const QString &name : instances) {
        if (!known->contains(name))
            return Error{ErrorKind::NotFound,
                         tr("No snapshot of an instance named \"%1\" in %2. Synced instances: %3.")
                             .arg(name, m_db.displayLocation(),
                                  known->isEmpty() ? tr("none yet") : known->join(QStringLiteral(", ")))};
    }
    if (instances.isEmpty())
        return known;
    QStringList names;
    for (const QString &name : std::as_const(known.value())) {
        if (instances.contains(name))
            names << name;
    }
    return names;
}

Result<QList<LibrarySnapshot>> SnapshotStore::latestOf(const QStringList &instances)
{
    Result<QStringList> names = syncedNames(instances);
    if (!names)
        return names.error();
    QList<LibrarySnapshot> snapshots;
    for (const QString &name : std::as_const(names.value())) {
        Result<std::optional<LibrarySnapshot>> snapshot = latest(name);
        if (!snapshot)
            return snapshot.error();
        if (std::optional<LibrarySnapshot> found = std::move(snapshot).value())
            snapshots.append(std::move(*found));
    }
    return snapshots;
}

} // namespace arrscore
