#include "upgrades/upgradesql.h"

#include "storage/columnvalues.h"
#include "storage/database.h"

#include <QSqlError>

#include <utility>

namespace arrscore {

UpgradeSql::UpgradeSql(Database &db, QString failureSentence) : m_db(db), m_failure(std::move(failureSentence)) {}

Result<QSqlQuery> UpgradeSql::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_db.failure(m_failure, q.lastError());
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return m_db.failure(m_failure, q.lastError());
    return q;
}

Result<qint64> UpgradeSql::insert(const QString &sql, const QVariantList &binds) const
{
    const bool pg = m_db.isPostgres();
    Result<QSqlQuery> q = run(pg ? sql + QStringLiteral(" RETURNING id") : sql, binds);
    if (!q)
        return q.error();
    if (pg) {
        if (!q.value().next())
            return m_db.failure(m_failure, q.value().lastError());
        return q.value().value(0).toLongLong();
    }
    return q.value().lastInsertId().toLongLong();
}

Result<CapState> UpgradeSql::beginReservation(const QString &table,
                                              const std::function<Result<CapState>()> &count) const
{
    if (Status begun = m_db.beginWrite(); !begun)
        return begun.error();
    if (m_db.isPostgres()) {
        Result<QSqlQuery> locked = run(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table));
        if (!locked) {
            m_db.rollback();
            return locked.error();
        }
    }
    Result<CapState> cap = count();
    if (!cap)
        m_db.rollback();
    return cap;
}

CapState UpgradeSql::capOf(int perHour, int used, const QVariant &oldestMs)
{
    CapState cap;
    cap.limit = perHour;
    cap.used = used;
    if (!oldestMs.isNull())
        cap.nextFree = storage::readTime(oldestMs).addMSecs(kHourMs);
    return cap;
}

} // namespace arrscore
