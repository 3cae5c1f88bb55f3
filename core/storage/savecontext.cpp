#include "storage/savecontext.h"

#include "storage/database.h"
#include "storage/pgcopy.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace arrscore {

namespace {

// A save's messages are the store's: one translation context for what storing a snapshot says.
QString cannotStore(const Database &db)
{
    return QCoreApplication::translate("arrscore::SnapshotStore", "Cannot store the snapshot in the database %1.")
        .arg(db.displayLocation());
}

} // namespace

SaveContext::SaveContext(Database &db, const std::atomic_bool *cancel)
    : m_db(db), m_cancel(cancel), m_sqlite(SqliteStatement::handle(db.connection())),
      m_pg(db.isPostgres() ? PgCopy::handle(db.connection()) : nullptr)
{
}

Error SaveContext::cancelledError() const
{
    return Error{ErrorKind::Cancelled,
                 QCoreApplication::translate("arrscore::SnapshotStore",
                                             "Saving the snapshot was cancelled; nothing was stored.")};
}

Error SaveContext::failed(const QSqlQuery &q) const
{
    return m_db.failure(cannotStore(m_db), q.lastError());
}

Error SaveContext::failed(const SqliteStatement &st) const
{
    return st.failure(m_db, cannotStore(m_db));
}

Error SaveContext::failed(const PgCopy &copy) const
{
    return copy.failure(m_db, cannotStore(m_db));
}

Status SaveContext::exec(const QString &sql) const
{
    QSqlQuery q(m_db.connection());
    return q.exec(sql) ? Status::success() : Status(failed(q));
}

} // namespace arrscore
