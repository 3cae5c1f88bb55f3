#include "history/historystore.h"

#include "history/historybuilder.h"
#include "storage/columnvalues.h"
#include "storage/listdecoder.h"
#include "storage/listjson.h"
#include "storage/snapshotstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <set>
#include <tuple>

namespace arrscore {

using namespace storage;

Error HistoryStore::cannotRead(const QSqlQuery &q) const
{
    return m_db.failure(tr("Cannot read the history from the database %1.").arg(m_db.displayLocation()), q.lastError());
}

Result<QList<HistoryStore::Instance>> HistoryStore::instances(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, type FROM instances")
              + (name.isEmpty() ? QString() : QStringLiteral(" WHERE name = ?")));
    if (!name.isEmpty())
        q.addBindValue(name);
    if (!q.exec())
        return cannotRead(q);
    QList<Instance> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(),
                       instanceTypeFromName(q.value(2).toString()).value_or(InstanceType::Radarr)});
    }
    std::sort(result.begin(), result.end(), [](const Instance &a, const Instance &b) { return a.name < b.name; });
    return result;
}

Result<QList<ItemHistory>> HistoryStore::itemHistory(qint64 itemId, const QString &instanceName)
{
    Result<QList<Instance>> known = instances(instanceName);
    if (!known)
        return known.error();
    QList<ItemHistory> result;
    for (const Instance &instance : std::as_const(*known)) {
        Result<QList<ItemHistory>> found =
            instance.type == InstanceType::Radarr ? movieHistory(instance, itemId) : episodeHistory(instance, itemId);
        if (!found)
            return found.error();
        result += *found;
    }
    return result;
}

Result<QList<ItemHistory>> HistoryStore::movieHistory(const Instance &instance, qint64 movieId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM file_versions WHERE instance_id = ? AND item_id = ? AND kind = 'movie'")
                  .arg(HistoryBuilder::rowColumns()));
    q.addBindValue(instance.id);
    q.addBindValue(movieId);
    QList<FileVersionRow> rows;
    ListDecoder lists;
    if (const Status read = readRows(q, rows, lists); !read)
        return read.error();
    return build(instance, rows, 0);
}

Result<QList<ItemHistory>> HistoryStore::episodeHistory(const Instance &instance, qint64 episodeId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT series_id, file_id FROM file_episodes WHERE instance_id = ? AND episode_id = ?"));
    q.addBindValue(instance.id);
    q.addBindValue(episodeId);
    if (!q.exec())
        return cannotRead(q);
    QList<FileVersionRow> rows;
    ListDecoder lists;
    QList<std::pair<qint64, qint64>> files;
    while (q.next())
        files.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    for (const auto &[seriesId, fileId] : std::as_const(files)) {
        q.prepare(QStringLiteral("SELECT %1 FROM file_versions WHERE instance_id = ? AND item_id = ? AND file_id = ? "
                                 "AND kind = 'episode'")
                      .arg(HistoryBuilder::rowColumns()));
        q.addBindValue(instance.id);
        q.addBindValue(seriesId);
        q.addBindValue(fileId);
        if (const Status read = readRows(q, rows, lists); !read)
            return read.error();
    }
    return build(instance, rows, episodeId);
}

Status HistoryStore::readRows(QSqlQuery &q, QList<FileVersionRow> &rows, ListDecoder &lists) const
{
    if (!q.exec())
        return cannotRead(q);
    while (q.next())
        rows.append(HistoryBuilder::readRow(q, lists));
    q.finish();
    return Status::success();
}

Result<QList<ItemHistory>> HistoryStore::build(const Instance &instance, const QList<FileVersionRow> &rows,
                                               qint64 onlyEpisodeId)
{
    if (rows.isEmpty())
        return QList<ItemHistory>();
    Result<HistoryBuilder> builder = HistoryBuilder::load(m_db, instance.id, instance.name);
    if (!builder)
        return builder.error();
    return builder->build(rows, onlyEpisodeId);
}

Result<QList<ItemRef>> HistoryStore::findItems(const QString &text, const QString &instanceName)
{
    Result<QList<Instance>> known = instances(instanceName);
    if (!known)
        return known.error();
    QString pattern = text.toLower();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QList<ItemRef> result;
    for (const Instance &instance : std::as_const(*known)) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        // LOWER() on both sides: LIKE ignores case on SQLite but not on PostgreSQL.
        q.prepare(QStringLiteral("SELECT DISTINCT kind, item_id, title, year, season, episodes, episode_ids, "
                                 "episode_title FROM file_versions WHERE instance_id = ? AND "
                                 "(LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(episode_title) LIKE ? ESCAPE '\\')"));
        q.addBindValue(instance.id);
        q.addBindValue(pattern);
        q.addBindValue(pattern);
        if (!q.exec())
            return cannotRead(q);
        std::set<std::pair<int, qint64>> seen;
        const qsizetype first = result.size();
        while (q.next()) {
            ItemRef ref;
            ref.instanceName = instance.name;
            ref.kind = q.value(0).toString() == QLatin1String("episode") ? MediaKind::Episode : MediaKind::Movie;
            ref.title = readText(q.value(2));
            ref.year = q.value(3).toInt();
            if (ref.kind == MediaKind::Movie) {
                ref.id = q.value(1).toLongLong();
                if (seen.insert({0, ref.id}).second)
                    result.append(ref);
                continue;
            }
            ref.season = q.value(4).toInt();
            const QJsonArray numbers = parseArray(q.value(5).toString());
            const QJsonArray ids = parseArray(q.value(6).toString());
            const QString titles = readText(q.value(7));
            const QStringList split = titles.split(QStringLiteral(" / "));
            const bool titleMatches = ref.title.contains(text, Qt::CaseInsensitive);
            for (qsizetype e = 0; e < ids.size(); ++e) {
                ref.id = ids.at(e).toInteger();
                ref.episode = e < numbers.size() ? numbers.at(e).toInt() : -1;
                ref.episodeTitle = split.size() == ids.size() ? split.at(e) : titles;
                // A multi-episode file matched by one episode's title names only that episode.
                if (!titleMatches && !ref.episodeTitle.contains(text, Qt::CaseInsensitive))
                    continue;
                if (seen.insert({1, ref.id}).second)
                    result.append(ref);
            }
        }
        std::sort(result.begin() + first, result.end(), [](const ItemRef &a, const ItemRef &b) {
            return std::make_tuple(a.title.toLower(), a.year, a.season, a.episode, a.id)
                   < std::make_tuple(b.title.toLower(), b.year, b.season, b.episode, b.id);
        });
    }
    return result;
}

Result<QList<qint64>> HistoryStore::snapshotIds(const QString &instanceName)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.id FROM snapshots s JOIN instances i ON i.id = s.instance_id "
                             "WHERE i.name = ? AND s.complete = 1 ORDER BY s.id"));
    q.addBindValue(instanceName);
    if (!q.exec())
        return cannotRead(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QString> HistoryStore::instanceOf(qint64 snapshotId)
{
    Result<SnapshotHeader> header = SnapshotStore(m_db).header(snapshotId);
    if (!header)
        return header.error();
    return header->snapshot.instance.name;
}

} // namespace arrscore
