#include "storage/versionedrows.h"

#include "base/logging.h"
#include "storage/database.h"
#include "storage/savecontext.h"
#include "storage/sqlitestatement.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace arrscore {

namespace {

constexpr int kIdsPerUpdate = 500;

} // namespace

VersionedRows::VersionedRows(const SaveContext &context, QString table, QString entityColumn, qint64 instanceId,
                             qint64 snapshotId)
    : m_context(context), m_table(std::move(table)), m_entityColumn(std::move(entityColumn)), m_instanceId(instanceId),
      m_snapshotId(snapshotId)
{
}

Status VersionedRows::update(QList<Key> incoming, const std::function<Status(const QList<int> &)> &insertNew) const
{
    QList<Key> current;
    if (const Status read = readCurrent(current); !read)
        return read;
    QElapsedTimer timer;
    timer.start();
    std::sort(current.begin(), current.end());
    std::sort(incoming.begin(), incoming.end());
    QList<qint64> toClose;
    QList<int> toInsert;
    auto c = current.cbegin();
    auto i = incoming.cbegin();
    while (c != current.cend() || i != incoming.cend()) {
        if (i == incoming.cend() || (c != current.cend() && *c < *i)) {
            toClose.append((c++)->ref);
        } else if (c == current.cend() || *i < *c) {
            toInsert.append(int((i++)->ref));
        } else {
            ++c;
            ++i;
        }
    }
    std::sort(toInsert.begin(), toInsert.end()); // keep the server's order
    const qint64 matchMs = timer.restart();
    const Status closed = close(toClose);
    const Status inserted = closed ? insertNew(toInsert) : closed;
    qCDebug(lcDb).noquote() << m_table << ":" << current.size() << "current," << toClose.size() << "closed,"
                            << toInsert.size() << "inserted; matching" << matchMs << "ms, writing" << timer.elapsed()
                            << "ms";
    return inserted;
}

Status VersionedRows::readCurrent(QList<Key> &current) const
{
    const QString sql = QStringLiteral("SELECT id, %1, content_hash FROM %2 WHERE instance_id = ? AND valid_to IS NULL")
                            .arg(m_entityColumn, m_table);
    if (sqlite3 *handle = m_context.sqlite()) {
        SqliteStatement st(handle);
        if (!st.prepare(sql))
            return m_context.failed(st);
        st.bindInt64(1, m_instanceId);
        SqliteStatement::Step step;
        while ((step = st.step()) == SqliteStatement::Step::Row)
            current.append({st.int64(1), st.int64(2), st.int64(0)});
        return step == SqliteStatement::Step::Done ? Status::success() : Status(m_context.failed(st));
    }
    QSqlQuery q(m_context.db().connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(m_instanceId);
    if (!q.exec())
        return m_context.failed(q);
    while (q.next())
        current.append({q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(0).toLongLong()});
    return Status::success();
}

Status VersionedRows::close(const QList<qint64> &rowIds) const
{
    for (qsizetype start = 0; start < rowIds.size(); start += kIdsPerUpdate) {
        if (m_context.cancelled())
            return m_context.cancelledError();
        const qsizetype n = std::min<qsizetype>(kIdsPerUpdate, rowIds.size() - start);
        QStringList marks(n, QStringLiteral("?"));
        QSqlQuery q(m_context.db().connection());
        q.prepare(
            QStringLiteral("UPDATE %1 SET valid_to = ? WHERE id IN (%2)").arg(m_table, marks.join(QLatin1Char(','))));
        q.addBindValue(m_snapshotId);
        for (qsizetype k = 0; k < n; ++k)
            q.addBindValue(rowIds[start + k]);
        if (!q.exec())
            return m_context.failed(q);
    }
    return Status::success();
}

} // namespace arrscore
