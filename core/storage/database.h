#pragma once

#include "base/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;

namespace arrscore {

// The history database, open and migrated: an SQLite file or a PostgreSQL database.
// Each object owns one uniquely named connection, used only by the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::Database)

public:
    enum class Dialect { Sqlite, Postgres };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and migrates the database at location: a file path (SQLite; the folder is created), or
    // postgresql://user[:password]@host[:port]/dbname[?libpq-option=value&...]. Without a password in
    // the URL, ARRSCORE_DB_PASSWORD, then PGPASSWORD, supplies it. A file that is not an SQLite
    // database of ours, or a schema newer than this build, is refused and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString &location);
    // As open(), but migrates no further than targetVersion: for testing the migration ladder.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &location, int targetVersion);

    // The newest schema version this build knows (the highest numbered :/sql/NNN_*.sql).
    static int latestSchemaVersion();
    // Migration SQL with the placeholders replaced for a dialect (see core/sql/001_initial.sql and
    // {{json_values(EXPR) AS ALIAS}} in 002_episode_items.sql).
    static QString applyDialect(QString sql, Dialect dialect);

    QSqlDatabase connection() const;
    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    int schemaVersion() const { return m_schemaVersion; }
    // The location without any password, for messages and logs.
    QString displayLocation() const { return m_displayLocation; }
    // An SQLite file that this process may not write (the file or its folder is not writable, or the
    // file system is read-only) is opened read-only: everything that reads works, writing is refused.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Success when this database may be written; otherwise why not and what to do: for a command that
    // writes (sync, prune) to say before it starts. beginWrite() returns the same.
    Status checkWritable() const;

    // A write transaction (BEGIN IMMEDIATE on SQLite, so a second writer waits for the busy timeout
    // instead of failing half-way).
    Status beginWrite();
    Status commit();
    void rollback();

    // Logs a failed query to arrscore.db and returns a Storage error saying what could not be done.
    Error failure(const QString &userSentence, const QSqlError &sqlError) const;

private:
    Database(Dialect dialect, QString connectionName, QString displayLocation);

    Status openSqlite(const QString &path);
    Status openSqliteConnection(const QString &path, bool immutable);
    Error unreadableSqlite(const QSqlError &sqlError) const;
    Status openPostgres(const QString &location);
    Result<int> readSchemaVersion();
    Status migrate(int targetVersion);
    Status applyMigration(int version, const QString &resource);

    Dialect m_dialect;
    QString m_connectionName;
    QString m_displayLocation;
    int m_schemaVersion = 0;
    QString m_readOnlyReason; // why an SQLite file is opened read-only; empty when it is not
    QString m_sqliteFile;     // the SQLite file this connection counts in (database.cpp: OpenSqliteFiles)
};

} // namespace arrscore
