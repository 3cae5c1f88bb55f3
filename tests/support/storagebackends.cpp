#include "storagebackends.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

namespace arrscore::test {

const char StorageBackends::kPgHint[] =
    "PostgreSQL rows need a server: export ARRSCORE_TEST_PG=$(tests/support/pg-server.sh start "
    "/tmp/arrscore-pg 55432) and run again";

StorageBackends::StorageBackends(const QString &schemaPrefix) : m_schemaPrefix(schemaPrefix) {}

void StorageBackends::addRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool StorageBackends::select(const QString &backend)
{
    m_backend = backend;
    return !(isPg() && qEnvironmentVariableIsEmpty("ARRSCORE_TEST_PG"));
}

QString StorageBackends::freshLocation(const QTemporaryDir &dir, const QString &sqlitePattern)
{
    ++m_counter;
    if (!isPg())
        return dir.filePath(sqlitePattern.arg(m_counter));
    const QString base = qEnvironmentVariable("ARRSCORE_TEST_PG");
    const QString schema =
        QStringLiteral("%1_%2_%3").arg(m_schemaPrefix).arg(QCoreApplication::applicationPid()).arg(m_counter);
    const QUrl url(base);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tst-admin"));
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open())
            qWarning() << "cannot reach" << base << admin.lastError().text();
        QSqlQuery q(admin);
        q.exec(QStringLiteral("SET client_min_messages = WARNING"));
        if (!q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)))
            qWarning() << "cannot create schema" << q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-admin"));
    m_pgSchemas << schema;
    return base + (base.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + QStringLiteral("options=")
           + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("-csearch_path=") + schema));
}

void StorageBackends::dropSchemas()
{
    if (m_pgSchemas.isEmpty())
        return;
    const QUrl url(qEnvironmentVariable("ARRSCORE_TEST_PG"));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tst-admin"));
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (admin.open()) {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("SET client_min_messages = WARNING"));
            for (const QString &schema : std::as_const(m_pgSchemas))
                q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-admin"));
    m_pgSchemas.clear();
}

} // namespace arrscore::test
