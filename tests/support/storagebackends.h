#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace arrscore::test {

// Storage tests run once per backend: the global data rows "sqlite" (real files) and "postgresql" (the
// server ARRSCORE_TEST_PG names). This knows the current row's backend and makes fresh databases of it;
// each PostgreSQL one gets a schema of its own, so runs and tests never see each other's tables.
class StorageBackends
{
public:
    // Why a "postgresql" row was skipped, and how to run it.
    static const char kPgHint[];

    // schemaPrefix names this test's PostgreSQL schemas: <prefix>_<pid>_<counter>.
    explicit StorageBackends(const QString &schemaPrefix);

    // For initTestCase_data(): adds the global rows.
    static void addRows();
    // For init(): takes the row's backend. False when it is PostgreSQL and ARRSCORE_TEST_PG is unset;
    // the caller then skips with kPgHint (QSKIP only leaves the function it is written in).
    bool select(const QString &backend);
    QString backend() const { return m_backend; }
    bool isPg() const { return m_backend == QLatin1String("postgresql"); }

    // A location for a fresh, empty database: for SQLite, dir's file sqlitePattern with %1 replaced by a
    // counter; for PostgreSQL, a new schema of the ARRSCORE_TEST_PG database.
    QString freshLocation(const QTemporaryDir &dir, const QString &sqlitePattern);
    // For cleanup(): drops the schemas freshLocation() made.
    void dropSchemas();

private:
    QString m_schemaPrefix;
    QString m_backend;
    QStringList m_pgSchemas;
    int m_counter = 0;
};

} // namespace arrscore::test
