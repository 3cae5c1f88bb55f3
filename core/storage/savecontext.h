#pragma once

#include "base/error.h"

#include <QString>

#include <atomic>

class QSqlQuery;
struct pg_conn;
struct sqlite3;

namespace arrscore {

class Database;
class PgCopy;
class SqliteStatement;

// What the parts of one snapshot save share: the connection with the handles of its bulk paths, the
// cancel flag, and the store's sentences for a failure (a save says what SnapshotStore says).
class SaveContext
{
public:
    SaveContext(Database &db, const std::atomic_bool *cancel);

    Database &db() const { return m_db; }
    sqlite3 *sqlite() const { return m_sqlite; } // SQLite only: the bulk statements skip QSqlQuery
    pg_conn *pg() const { return m_pg; }         // PostgreSQL with libpq only: the bulk rows go by COPY

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    Error cancelledError() const;
    Error failed(const QSqlQuery &q) const;
    Error failed(const SqliteStatement &st) const;
    Error failed(const PgCopy &copy) const;
    // Runs one statement without parameters.
    Status exec(const QString &sql) const;

private:
    Database &m_db;
    const std::atomic_bool *m_cancel;
    sqlite3 *m_sqlite = nullptr;
    pg_conn *m_pg = nullptr;
};

} // namespace arrscore
