#pragma once

#include "storagebackends.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace arrscore {
class Database;
}

namespace arrscore::test {

// What a storage test class derives from besides QObject: a fresh database of the current global row's
// backend for every test function, so that the test functions of one class can be split by theme into
// files of their own that share this set-up.
class FreshDatabase
{
protected:
    // schemaPrefix as for StorageBackends; sqlitePattern a file name in a temporary directory, %1 a counter.
    FreshDatabase(const QString &schemaPrefix, const QString &sqlitePattern);
    ~FreshDatabase();

    // For init(): skips a "postgresql" row when ARRSCORE_TEST_PG is unset, else opens a fresh database in
    // m_db. A skip or failed check here keeps the test function from running, as it would in init().
    void openFresh();
    // For cleanup(): closes the database and drops the PostgreSQL schemas.
    void closeAndDrop();

    bool isPg() const { return m_storage.isPg(); }
    // Another fresh, empty database of the same backend.
    QString freshLocation();
    Database *db() { return m_db.get(); }

    StorageBackends m_storage;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;

private:
    QString m_sqlitePattern;
};

} // namespace arrscore::test
