#include "freshdatabase.h"

#include "storage/database.h"

#include <QTemporaryDir>
#include <QtTest>

namespace arrscore::test {

FreshDatabase::FreshDatabase(const QString &schemaPrefix, const QString &sqlitePattern)
    : m_storage(schemaPrefix), m_sqlitePattern(sqlitePattern)
{
}

FreshDatabase::~FreshDatabase() = default;

void FreshDatabase::openFresh()
{
    QFETCH_GLOBAL(QString, backend);
    if (!m_storage.select(backend))
        QSKIP(StorageBackends::kPgHint);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = freshLocation();
    auto opened = Database::open(m_location);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_db = std::move(opened).value();
}

void FreshDatabase::closeAndDrop()
{
    m_db.reset();
    m_storage.dropSchemas();
}

QString FreshDatabase::freshLocation()
{
    return m_storage.freshLocation(*m_dir, m_sqlitePattern);
}

} // namespace arrscore::test
