// Database: opening, migrating and refusing, on real SQLite files and (with ARRSCORE_TEST_PG) a real
// PostgreSQL server. Every test runs once per backend (global data rows "sqlite" / "postgresql").
#include "database.h"
#include "storagebackends.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QtTest>

using namespace arrscore;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

QStringList queryColumn(QSqlDatabase db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning() << sql << q.lastError().text();
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

// The tables and columns of the schema the database's connection sees.
QStringList schemaColumns(Database &db)
{
    if (db.isPostgres()) {
        return queryColumn(db.connection(),
                           QStringLiteral("SELECT table_name, column_name, data_type, is_nullable FROM "
                                          "information_schema.columns WHERE table_schema = current_schema() "
                                          "ORDER BY table_name, ordinal_position"));
    }
    return queryColumn(db.connection(),
                       QStringLiteral("SELECT m.name, p.name, p.type, p.\"notnull\" FROM sqlite_master m, "
                                      "pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.cid"));
}

} // namespace

class Tst_database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void freshOpenCreatesSchema();
    void reopenIsIdempotent();
    void newerSchemaIsRefusedAndUntouched();
    void nonDatabaseFileIsRefusedAndUntouched_data();
    void nonDatabaseFileIsRefusedAndUntouched();
    void foreignSqliteDatabaseIsRefused();
    void unusablePathIsReportedWithPath();
    void unreadableFileIsReportedWithPath();
    void passwordIsNeverShown();
    void invalidPostgresUrlIsExplained();
    void migrationLadder_data();
    void migrationLadder();
    void connectionsArePerObject();

private:
    bool isPg() const { return m_storage.isPg(); }
    // A location for a fresh, empty database of the current backend.
    QString freshLocation();

    test::StorageBackends m_storage{QStringLiteral("tst_db")};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void Tst_database::initTestCase_data()
{
    test::StorageBackends::addRows();
}

void Tst_database::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (!m_storage.select(backend))
        QSKIP(test::StorageBackends::kPgHint);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void Tst_database::cleanup()
{
    m_storage.dropSchemas();
}

QString Tst_database::freshLocation()
{
    return m_storage.freshLocation(*m_dir, QStringLiteral("sub/dir/history-%1.db"));
}

void Tst_database::freshOpenCreatesSchema()
{
    const QString location = freshLocation();
    auto opened = Database::open(location);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database &db = **opened;
    QCOMPARE(db.isPostgres(), isPg());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    const QStringList columns = schemaColumns(db);
    for (const char *table : {"schema_version", "instances", "snapshots", "profile_versions", "format_versions",
                              "file_versions"}) {
        const QString prefix = QString::fromLatin1(table) + QLatin1Char('|');
        QVERIFY2(std::any_of(columns.cbegin(), columns.cend(), [&](const QString &c) { return c.startsWith(prefix); }),
                 table);
    }
    // The score is nullable: unknown is NULL, never 0.
    const QString scoreColumn = QStringLiteral("file_versions|custom_format_score|integer|%1")
                                    .arg(isPg() ? QStringLiteral("yes") : QStringLiteral("0"));
    QVERIFY2(columns.contains(scoreColumn, Qt::CaseInsensitive), qPrintable(columns.join(QLatin1Char('\n'))));
    QCOMPARE(queryColumn(db.connection(), QStringLiteral("SELECT version FROM schema_version ORDER BY version")).size(),
             Database::latestSchemaVersion());

    if (!isPg()) {
        QVERIFY(QFileInfo::exists(location));
        QCOMPARE(queryColumn(db.connection(), QStringLiteral("PRAGMA journal_mode")), QStringList{QStringLiteral("wal")});
        QCOMPARE(queryColumn(db.connection(), QStringLiteral("PRAGMA foreign_keys")), QStringList{QStringLiteral("1")});
        QCOMPARE(queryColumn(db.connection(), QStringLiteral("PRAGMA busy_timeout")), QStringList{QStringLiteral("5000")});
        QCOMPARE(queryColumn(db.connection(), QStringLiteral("PRAGMA synchronous")), QStringList{QStringLiteral("1")});
        QCOMPARE(db.displayLocation(), QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath()));
    }
    // Foreign keys are enforced on both backends.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO snapshots (instance_id, url, scores_available, request_count, "
                                   "file_count, warnings) VALUES (4242, '', 1, 0, 0, '[]')")));
}

void Tst_database::reopenIsIdempotent()
{
    const QString location = freshLocation();
    QStringList before;
    {
        auto first = Database::open(location);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        before = schemaColumns(**first);
        QSqlQuery q((*first)->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO instances (name, type, url) VALUES ('keep', 'radarr', 'http://x')")));
    }
    for (int round = 0; round < 2; ++round) {
        auto again = Database::open(location);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(schemaColumns(**again), before);
        QCOMPARE(queryColumn((*again)->connection(), QStringLiteral("SELECT name FROM instances")),
                 QStringList{QStringLiteral("keep")});
        QCOMPARE(queryColumn((*again)->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version")),
                 QStringList{QString::number(Database::latestSchemaVersion())});
    }
}

void Tst_database::newerSchemaIsRefusedAndUntouched()
{
    const QString location = freshLocation();
    const int newer = Database::latestSchemaVersion() + 1;
    {
        auto db = Database::open(location);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (%1, 0)").arg(newer)));
    }
    if (!isPg()) {
        QVERIFY2(!QFileInfo::exists(location + QStringLiteral("-wal")), "the WAL is checkpointed on close");
        // A file written in rollback-journal mode would change if we switched it to WAL.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(location);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    const QByteArray bytes = isPg() ? QByteArray() : fileBytes(location);

    auto refused = Database::open(location);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Storage);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QStringLiteral("newer version of Arr Score Exporter")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("schema %1, this version knows %2").arg(newer).arg(newer - 1)),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Upgrade the app")), qPrintable(message));
    if (!isPg()) {
        QVERIFY2(message.contains(QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath())), qPrintable(message));
        QCOMPARE(fileBytes(location), bytes);
    } else {
        auto look = Database::openAtVersion(location, 0); // refused too, but proves nothing was migrated
        QVERIFY(!look.ok());
    }
}

void Tst_database::nonDatabaseFileIsRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(1234);
    for (char &c : random)
        c = char(rng.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("text file") << QByteArray("movies:\n  - The Matrix\n  - Heat\n");
    QTest::newRow("sqlite header then garbage") << (QByteArray("SQLite format 3\0", 16) + random);
    QTest::newRow("one byte") << QByteArray("x");
}

void Tst_database::nonDatabaseFileIsRefusedAndUntouched()
{
    if (isPg())
        QSKIP("files only: runs in the sqlite row");
    QFETCH(QByteArray, content);
    const QString path = m_dir->filePath(QStringLiteral("history.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto result = Database::open(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Storage);
    QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("not been changed")), qPrintable(result.error().message));
    QCOMPARE(fileBytes(path), content);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("history.db")});
}

void Tst_database::foreignSqliteDatabaseIsRefused()
{
    if (isPg())
        QSKIP("files only: runs in the sqlite row");
    const QString path = m_dir->filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray bytes = fileBytes(path);
    auto result = Database::open(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("another program")), qPrintable(result.error().message));
    QCOMPARE(fileBytes(path), bytes);
}

void Tst_database::unusablePathIsReportedWithPath()
{
    if (isPg())
        QSKIP("files only: runs in the sqlite row");
    // A folder where the file should be.
    const QString folder = m_dir->filePath(QStringLiteral("adir"));
    QVERIFY(QDir().mkpath(folder));
    auto asDir = Database::open(folder);
    QVERIFY(!asDir.ok());
    QCOMPARE(asDir.error().kind, ErrorKind::Storage);
    QVERIFY2(asDir.error().message.contains(QDir::toNativeSeparators(folder)), qPrintable(asDir.error().message));

    // A file where a folder should be.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a folder");
    }
    const QString below = blocker + QStringLiteral("/history.db");
    auto underFile = Database::open(below);
    QVERIFY(!underFile.ok());
    QVERIFY2(underFile.error().message.contains(QDir::toNativeSeparators(blocker)), qPrintable(underFile.error().message));
    QCOMPARE(fileBytes(blocker), QByteArray("not a folder"));

    auto empty = Database::open(QStringLiteral("   "));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, ErrorKind::Storage);
}

void Tst_database::unreadableFileIsReportedWithPath()
{
    if (isPg())
        QSKIP("files only: runs in the sqlite row");
    const QString path = m_dir->filePath(QStringLiteral("locked/history.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
    }
    const QByteArray bytes = fileBytes(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::setPermissions(QFileInfo(path).absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                 | QFileDevice::ExeOwner);
    });
    if (QFileInfo(path).isReadable())
        QSKIP("running as root: permissions do not stop us (the folder and file cases above still ran)");
    auto result = Database::open(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("permission")), qPrintable(result.error().message));

    // A folder we may not write to: the new file cannot be created there.
    QVERIFY(QFile::setPermissions(QFileInfo(path).absolutePath(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    auto inLocked = Database::open(QFileInfo(path).absolutePath() + QStringLiteral("/new.db"));
    QVERIFY(!inLocked.ok());
    QVERIFY2(inLocked.error().message.contains(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
             qPrintable(inLocked.error().message));
    Q_UNUSED(bytes);
}

namespace {
QStringList g_logged;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged << message;
}
} // namespace

void Tst_database::passwordIsNeverShown()
{
    const QString secret = QStringLiteral("Secr3t-Pa55");
    QLoggingCategory::setFilterRules(QStringLiteral("arrscore.db.debug=true"));
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    const auto restore = qScopeGuard([&] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    });

    // Nobody listens on port 1: the connection fails and the error must not quote the password.
    const QString refusedUrl = QStringLiteral("postgresql://scorer:%1@127.0.0.1:1/arrscore?connect_timeout=3").arg(secret);
    auto failed = Database::open(refusedUrl);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Storage);
    QVERIFY2(!failed.error().message.contains(secret), qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(QStringLiteral("postgresql://scorer@127.0.0.1:1/arrscore")),
             qPrintable(failed.error().message));

    if (isPg()) {
        // The test server trusts local connections, so any password is accepted: from the URL and
        // from the environment.
        QString withPassword = freshLocation();
        withPassword.replace(QStringLiteral("@"), QLatin1Char(':') + secret + QLatin1Char('@'));
        auto ok = Database::open(withPassword);
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
        QVERIFY(!(*ok)->displayLocation().contains(secret));
        QVERIFY((*ok)->displayLocation().startsWith(QStringLiteral("postgresql://")));
        qputenv("ARRSCORE_DB_PASSWORD", secret.toUtf8());
        auto fromEnv = Database::open(freshLocation());
        qunsetenv("ARRSCORE_DB_PASSWORD");
        QVERIFY(fromEnv.ok());
        QVERIFY(!(*fromEnv)->displayLocation().contains(secret));
        QSqlQuery q((*fromEnv)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT 1")));
    }
    QVERIFY(!g_logged.isEmpty()); // the failure was logged ...
    for (const QString &line : std::as_const(g_logged))
        QVERIFY2(!line.contains(secret), qPrintable(line)); // ... without the password
}

void Tst_database::invalidPostgresUrlIsExplained()
{
    for (const QString &url : {QStringLiteral("postgresql://host-without-db"), QStringLiteral("postgresql:///db"),
                               QStringLiteral("postgresql://u@h/db?bad;key=1")}) {
        auto result = Database::open(url);
        QVERIFY2(!result.ok(), qPrintable(url));
        QCOMPARE(result.error().kind, ErrorKind::Storage);
        QVERIFY2(result.error().message.contains(QStringLiteral("postgresql://")), qPrintable(result.error().message));
    }
}

void Tst_database::migrationLadder_data()
{
    // One row per earlier version: a database left at that version must climb to the latest.
    // Adding core/sql/002_*.sql adds a row; add the data checks for its changes below.
    QTest::addColumn<int>("from");
    for (int from = 0; from < Database::latestSchemaVersion(); ++from)
        QTest::addRow("from %d", from) << from;
}

void Tst_database::migrationLadder()
{
    QFETCH(int, from);
    QStringList freshSchema;
    {
        auto fresh = Database::open(freshLocation());
        QVERIFY(fresh.ok());
        freshSchema = schemaColumns(**fresh);
    }
    const QString location = freshLocation();
    {
        auto old = Database::openAtVersion(location, from);
        QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().message));
        QCOMPARE((*old)->schemaVersion(), from);
        if (from >= 1) {
            QSqlQuery q((*old)->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO instances (name, type, url) VALUES ('kept', 'sonarr', 'http://s')")));
        }
    }
    auto migrated = Database::open(location);
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
    QCOMPARE((*migrated)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(schemaColumns(**migrated), freshSchema);
    QStringList versions;
    for (int v = 1; v <= Database::latestSchemaVersion(); ++v)
        versions << QString::number(v);
    QCOMPARE(queryColumn((*migrated)->connection(), QStringLiteral("SELECT version FROM schema_version ORDER BY version")),
             versions);
    if (from >= 1) {
        QCOMPARE(queryColumn((*migrated)->connection(), QStringLiteral("SELECT name, type, url FROM instances")),
                 QStringList{QStringLiteral("kept|sonarr|http://s")});
    }
}

void Tst_database::connectionsArePerObject()
{
    const QString location = freshLocation();
    auto a = Database::open(location);
    auto b = Database::open(location);
    QVERIFY(a.ok() && b.ok());
    QVERIFY((*a)->connection().connectionName() != (*b)->connection().connectionName());
    const QString nameA = (*a)->connection().connectionName();
    QVERIFY(QSqlDatabase::contains(nameA));
    a = Result<std::unique_ptr<Database>>(Error{ErrorKind::Storage, QString()}); // destroys the first object
    QVERIFY(!QSqlDatabase::contains(nameA));
    QVERIFY((*b)->connection().isOpen());

    // A worker thread opens its own.
    bool workerOk = false;
    QThread *worker = QThread::create([&] {
        auto own = Database::open(location);
        QSqlQuery q(own.ok() ? (*own)->connection() : QSqlDatabase());
        workerOk = own.ok() && q.exec(QStringLiteral("SELECT COUNT(*) FROM instances")) && q.next();
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY(workerOk);
}

QTEST_GUILESS_MAIN(Tst_database)
#include "tst_database.moc"
