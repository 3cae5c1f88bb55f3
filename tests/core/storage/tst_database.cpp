// Database: opening, migrating and refusing, on real SQLite files and (with ARRSCORE_TEST_PG) a real
// PostgreSQL server. Every test runs once per backend (global data rows "sqlite" / "postgresql").
#include "storage/database.h"
#include "storagebackends.h"
#include "unprivileged.h"

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

#include <algorithm>
#include <thread>

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

// How the references of the schema are enforced: foreign keys, and on PostgreSQL the triggers that
// replace those of the bulk tables (schema 3).
QStringList referenceChecks(Database &db)
{
    if (db.isPostgres()) {
        return queryColumn(
                   db.connection(),
                   QStringLiteral("SELECT table_name, constraint_name FROM information_schema.table_constraints "
                                  "WHERE constraint_schema = current_schema() AND constraint_type = 'FOREIGN KEY' "
                                  "ORDER BY 1, 2"))
               + queryColumn(
                   db.connection(),
                   QStringLiteral("SELECT event_object_table, trigger_name, event_manipulation, action_timing, "
                                  "action_orientation FROM information_schema.triggers WHERE trigger_schema = "
                                  "current_schema() ORDER BY 1, 2, 3"));
    }
    return queryColumn(db.connection(),
                       QStringLiteral("SELECT m.name, f.\"table\", f.\"from\", f.\"to\" FROM sqlite_master m, "
                                      "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY 1, 3"));
}

// A file_versions row with every NOT NULL column; validTo may be "NULL".
QString fileVersionValues(qint64 instanceId, qint64 validFrom, const QString &validTo, qint64 fileId)
{
    return QStringLiteral("(%1, %2, %3, 42, 'episode', %4, 7, 0, 1, '[1]', '[7101]', 3, 720, 1, '[]', 1, 0, 500, 2.0, "
                          "'[]', '[]')")
        .arg(instanceId)
        .arg(validFrom)
        .arg(validTo)
        .arg(fileId);
}

QString insertFileVersions(const QStringList &values)
{
    return QStringLiteral("INSERT INTO file_versions (instance_id, valid_from, valid_to, content_hash, kind, file_id, "
                          "item_id, year, season, episodes, episode_ids, quality_id, resolution, quality_profile_id, "
                          "custom_formats, score_computed, quality_cutoff_not_met, size_bytes, audio_channels, "
                          "languages, genres) VALUES ")
           + values.join(QLatin1Char(','));
}

QString insertSnapshot(qint64 id, qint64 instanceId)
{
    return QStringLiteral("INSERT INTO snapshots (id, instance_id, url, scores_available, request_count, file_count, "
                          "warnings, complete) VALUES (%1, %2, 'http://s', 1, 0, 1, '[]', 1)")
        .arg(id)
        .arg(instanceId);
}

} // namespace

class tst_Database : public QObject
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
    void readOnlyDatabaseIsReadNotWritten_data();
    void readOnlyDatabaseIsReadNotWritten();
    void lockedDatabaseIsNotCalledDamaged();
    void passwordIsNeverShown();
    void invalidPostgresUrlIsExplained();
    void migrationLadder_data();
    void migrationLadder();
    void bulkTableReferencesAreEnforced();
    void connectionsArePerObject();

private:
    bool isPg() const { return m_storage.isPg(); }
    // A location for a fresh, empty database of the current backend.
    QString freshLocation();

    test::StorageBackends m_storage{QStringLiteral("tst_db")};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Database::initTestCase_data()
{
    test::StorageBackends::addRows();
}

void tst_Database::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (!m_storage.select(backend))
        QSKIP(test::StorageBackends::kPgHint);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Database::cleanup()
{
    m_storage.dropSchemas();
}

QString tst_Database::freshLocation()
{
    return m_storage.freshLocation(*m_dir, QStringLiteral("sub/dir/history-%1.db"));
}

void tst_Database::freshOpenCreatesSchema()
{
    const QString location = freshLocation();
    auto opened = Database::open(location);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database &db = **opened;
    QCOMPARE(db.isPostgres(), isPg());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    const QStringList columns = schemaColumns(db);
    for (const char *table :
         {"schema_version", "instances", "snapshots", "profile_versions", "format_versions", "file_versions"}) {
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
        QCOMPARE(queryColumn(db.connection(), QStringLiteral("PRAGMA journal_mode")),
                 QStringList{QStringLiteral("wal")});
        QCOMPARE(queryColumn(db.connection(), QStringLiteral("PRAGMA foreign_keys")), QStringList{QStringLiteral("1")});
        QCOMPARE(queryColumn(db.connection(), QStringLiteral("PRAGMA busy_timeout")),
                 QStringList{QStringLiteral("5000")});
        QCOMPARE(queryColumn(db.connection(), QStringLiteral("PRAGMA synchronous")), QStringList{QStringLiteral("1")});
        QCOMPARE(db.displayLocation(), QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath()));
    }
    // Foreign keys are enforced on both backends.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO snapshots (instance_id, url, scores_available, request_count, "
                                   "file_count, warnings) VALUES (4242, '', 1, 0, 0, '[]')")));
}

void tst_Database::reopenIsIdempotent()
{
    const QString location = freshLocation();
    QStringList before;
    {
        auto first = Database::open(location);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        before = schemaColumns(**first);
        QSqlQuery q((*first)->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO instances (name, type, url) VALUES ('keep', 'radarr', 'http://x')")));
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

void tst_Database::newerSchemaIsRefusedAndUntouched()
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
        QVERIFY2(message.contains(QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath())),
                 qPrintable(message));
        QCOMPARE(fileBytes(location), bytes);
    } else {
        auto look = Database::openAtVersion(location, 0); // refused too, but proves nothing was migrated
        QVERIFY(!look.ok());
    }
}

void tst_Database::nonDatabaseFileIsRefusedAndUntouched_data()
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

void tst_Database::nonDatabaseFileIsRefusedAndUntouched()
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

void tst_Database::foreignSqliteDatabaseIsRefused()
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

void tst_Database::unusablePathIsReportedWithPath()
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
    QVERIFY2(underFile.error().message.contains(QDir::toNativeSeparators(blocker)),
             qPrintable(underFile.error().message));
    QCOMPARE(fileBytes(blocker), QByteArray("not a folder"));

    auto empty = Database::open(QStringLiteral("   "));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, ErrorKind::Storage);
}

void tst_Database::unreadableFileIsReportedWithPath()
{
    if (isPg())
        QSKIP("files only: runs in the sqlite row");
    const QString path = m_dir->filePath(QStringLiteral("locked/history.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
    }
    const QString folder = QFileInfo(path).absolutePath();
    QVERIFY(test::Unprivileged::makeReachable(path));
    QVERIFY(test::Unprivileged::setMode(path, 0));
    const auto restore = qScopeGuard([&] {
        test::Unprivileged::setMode(path, 0600);
        test::Unprivileged::setMode(folder, 0700);
    });
    {
        test::Unprivileged unprivileged;
        QVERIFY(unprivileged.ok());
        auto result = Database::open(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("cannot be read (permission denied)")),
                 qPrintable(result.error().message));
    }

    // A folder we may not write to: the new file cannot be created there.
    QVERIFY(test::Unprivileged::setMode(folder, 0555));
    test::Unprivileged unprivileged;
    QVERIFY(unprivileged.ok());
    auto inLocked = Database::open(folder + QStringLiteral("/new.db"));
    QVERIFY(!inLocked.ok());
    QVERIFY2(
        inLocked.error().message.contains(
            QStringLiteral("the folder %1 is not writable (permission denied)").arg(QDir::toNativeSeparators(folder))),
        qPrintable(inLocked.error().message));
}

void tst_Database::readOnlyDatabaseIsReadNotWritten_data()
{
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<int>("folderMode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("file not writable") << 0444 << 0777
                                       << QStringLiteral("the file is not writable (permission denied)");
    QTest::newRow("folder not writable") << 0666 << 0555 << QStringLiteral("its folder %1 is not writable");
    QTest::newRow("neither") << 0444 << 0555 << QStringLiteral("the file is not writable (permission denied)");
}

// Reading works where writing cannot (report, analyze, the app's views); writing is refused with why,
// and the file is never called damaged nor changed.
void tst_Database::readOnlyDatabaseIsReadNotWritten()
{
    if (isPg())
        QSKIP("files only: runs in the sqlite row");
    QFETCH(int, fileMode);
    QFETCH(int, folderMode);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(QStringLiteral("ro/history.db"));
    const QString folder = QFileInfo(path).absolutePath();
    reason = reason.arg(QDir::toNativeSeparators(folder));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO instances (name, type, url) VALUES ('keep', 'radarr', 'http://x')")));
    }
    QVERIFY2(!QFileInfo::exists(path + QStringLiteral("-wal")), "the WAL is checkpointed on close");
    QVERIFY(test::Unprivileged::makeReachable(path));
    QVERIFY(test::Unprivileged::setMode(path, fileMode));
    QVERIFY(test::Unprivileged::setMode(folder, folderMode));
    const auto restore = qScopeGuard([&] {
        test::Unprivileged::setMode(folder, 0700);
        test::Unprivileged::setMode(path, 0600);
    });
    const QByteArray bytes = fileBytes(path);

    test::Unprivileged unprivileged;
    QVERIFY(unprivileged.ok());
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database &db = **opened;
    QVERIFY(db.isReadOnly());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(queryColumn(db.connection(), QStringLiteral("SELECT name FROM instances")),
             QStringList{QStringLiteral("keep")});

    const Status writable = db.checkWritable();
    QVERIFY(!writable);
    const QString message = writable.error().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("syncing and pruning need to write")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("damaged")), qPrintable(message));
    const Status begun = db.beginWrite();
    QVERIFY(!begun);
    QCOMPARE(begun.error().message, message);
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO instances (name, type, url) VALUES ('no', 'radarr', 'http://x')")));
    QCOMPARE(fileBytes(path), bytes);
}

// A database another program holds locked is busy, not damaged: nothing may suggest restoring it.
void tst_Database::lockedDatabaseIsNotCalledDamaged()
{
    if (isPg())
        QSKIP("files only: runs in the sqlite row");
    const QString path = m_dir->filePath(QStringLiteral("history.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
    }
    const QByteArray bytes = fileBytes(path);
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO instances (name, type, url) VALUES ('held', 'radarr', 'http://x')")));

        auto locked = Database::open(path);
        QVERIFY(!locked.ok());
        const QString message = locked.error().message;
        QVERIFY2(message.contains(QStringLiteral("is locked by another program")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("is damaged")) && !message.contains(QStringLiteral("restore")),
                 qPrintable(message));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QCOMPARE(fileBytes(path), bytes);
    QVERIFY(Database::open(path).ok());
}

namespace {
QStringList g_logged;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged << message;
}
} // namespace

void tst_Database::passwordIsNeverShown()
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
    const QString refusedUrl =
        QStringLiteral("postgresql://scorer:%1@127.0.0.1:1/arrscore?connect_timeout=3").arg(secret);
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

void tst_Database::invalidPostgresUrlIsExplained()
{
    for (const QString &url : {QStringLiteral("postgresql://host-without-db"), QStringLiteral("postgresql:///db"),
                               QStringLiteral("postgresql://u@h/db?bad;key=1")}) {
        auto result = Database::open(url);
        QVERIFY2(!result.ok(), qPrintable(url));
        QCOMPARE(result.error().kind, ErrorKind::Storage);
        QVERIFY2(result.error().message.contains(QStringLiteral("postgresql://")), qPrintable(result.error().message));
    }
}

void tst_Database::migrationLadder_data()
{
    // One row per earlier version: a database left at that version must climb to the latest.
    // Adding core/sql/002_*.sql adds a row; add the data checks for its changes below.
    QTest::addColumn<int>("from");
    for (int from = 0; from < Database::latestSchemaVersion(); ++from)
        QTest::addRow("from %d", from) << from;
}

void tst_Database::migrationLadder()
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
        QSqlQuery q((*old)->connection());
        if (from >= 1) {
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO instances (id, name, type, url) VALUES (5, 'kept', 'sonarr', 'http://s')")));
            QVERIFY(q.exec(insertSnapshot(50, 5)));
            QVERIFY(q.exec(insertSnapshot(51, 5)));
            QVERIFY2(q.exec(insertFileVersions({fileVersionValues(5, 50, QStringLiteral("51"), 100),
                                                fileVersionValues(5, 51, QStringLiteral("NULL"), 101)})),
                     qPrintable(q.lastError().text()));
        }
        if (from >= 2) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO file_episodes (instance_id, episode_id, file_id, series_id) "
                                          "VALUES (5, 7101, 100, 7), (5, 7101, 101, 7)")));
        }
    }
    auto migrated = Database::open(location);
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
    QCOMPARE((*migrated)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(schemaColumns(**migrated), freshSchema);
    QStringList versions;
    for (int v = 1; v <= Database::latestSchemaVersion(); ++v)
        versions << QString::number(v);
    QCOMPARE(
        queryColumn((*migrated)->connection(), QStringLiteral("SELECT version FROM schema_version ORDER BY version")),
        versions);
    {
        auto fresh = Database::open(freshLocation());
        QVERIFY(fresh.ok());
        QCOMPARE(referenceChecks(**migrated), referenceChecks(**fresh));
    }
    if (from >= 1) {
        const QSqlDatabase conn = (*migrated)->connection();
        QCOMPARE(queryColumn(conn, QStringLiteral("SELECT name, type, url FROM instances")),
                 QStringList{QStringLiteral("kept|sonarr|http://s")});
        QCOMPARE(queryColumn(conn, QStringLiteral("SELECT id, instance_id, complete FROM snapshots ORDER BY id")),
                 (QStringList{QStringLiteral("50|5|1"), QStringLiteral("51|5|1")}));
        QCOMPARE(queryColumn(conn, QStringLiteral(
                                       "SELECT instance_id, valid_from, COALESCE(valid_to, -1), file_id, episode_ids, "
                                       "audio_channels FROM file_versions ORDER BY file_id")),
                 (QStringList{QStringLiteral("5|50|51|100|[7101]|2"), QStringLiteral("5|51|-1|101|[7101]|2")}));
        // Schema 2 links the episode files stored before it (from 1); later schemas keep the links.
        QCOMPARE(
            queryColumn(conn, QStringLiteral("SELECT instance_id, episode_id, file_id, series_id FROM file_episodes "
                                             "ORDER BY file_id")),
            (QStringList{QStringLiteral("5|7101|100|7"), QStringLiteral("5|7101|101|7")}));
        // The migrated references are enforced: no row may name a missing snapshot.
        QSqlQuery q(conn);
        QVERIFY(!q.exec(insertFileVersions({fileVersionValues(5, 99, QStringLiteral("NULL"), 102)})));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM snapshots WHERE id = 50")));
    }
    // Schema 4 adds the lookups and searches, empty, and they take rows; a lookup's releases and verdicts
    // must name a stored lookup, a search's items a stored search.
    const QSqlDatabase conn = (*migrated)->connection();
    for (const char *table : {"release_lookups", "lookup_releases", "lookup_verdicts", "searches", "search_items"})
        QCOMPARE(queryColumn(conn, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                 QStringList{QStringLiteral("0")});
    QSqlQuery q(conn);
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO searches (instance, app, kind, sent_at, state, forced) VALUES "
                                   "('kept', 'sonarr', 'EpisodeSearch', 1000, 'queued', 0)")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO search_items (search_id, item_id, file_id, quality_id, profile_id) "
                                   "VALUES (999, 1, 1, 1, 1)")));
    // Schema 5 adds the servers' history, empty; an event is kept once per instance and server id (a second
    // read of the same row is ignored), and must name a stored instance.
    for (const char *table : {"server_events", "history_reads", "item_external_ids", "item_list_scores"})
        QCOMPARE(queryColumn(conn, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                 QStringList{QStringLiteral("0")});
    const QString event = QStringLiteral(
        "INSERT INTO server_events (instance_id, snapshot_id, server_id, event_type, event_date, item_id, series_id, "
        "size_bytes, file_id, score) VALUES (%1, 51, 77, 'grabbed', 1000, 3, 0, 0, 0, %2) "
        "ON CONFLICT (instance_id, server_id) DO NOTHING");
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO instances (id, name, type, url) VALUES (77, 'h', 'radarr', 'http://r')")),
        qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(event.arg(77).arg(120)), qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(event.arg(77).arg(-40)), qPrintable(q.lastError().text()));
    QCOMPARE(queryColumn(conn, QStringLiteral("SELECT score FROM server_events")), QStringList{QStringLiteral("120")});
    QVERIFY(!q.exec(event.arg(999).arg(1)));
}

// Schema 3: on PostgreSQL the foreign keys of file_versions and file_episodes are statement-level triggers,
// on SQLite they stay foreign keys. Either way a row that refers to a missing snapshot or instance is
// refused, whole statements at once, and so is deleting what rows still refer to.
void tst_Database::bulkTableReferencesAreEnforced()
{
    auto opened = Database::open(freshLocation());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database &db = **opened;
    const bool pg = db.isPostgres();
    const QStringList checks = referenceChecks(db);
    const auto has = [&](const QString &prefix) {
        return std::any_of(checks.begin(), checks.end(), [&](const QString &c) { return c.startsWith(prefix); });
    };
    QCOMPARE(has(QStringLiteral("file_versions|file_versions_valid_from_fkey")), false);
    QCOMPARE(has(QStringLiteral("file_versions|file_versions_refs_insert|INSERT|AFTER|STATEMENT")), pg);
    QCOMPARE(has(QStringLiteral("file_versions|snapshots|valid_from|id")), !pg);
    QCOMPARE(has(QStringLiteral("profile_versions|profile_versions_valid_from_fkey")), pg); // few rows: kept

    QSqlQuery q(db.connection());
    const auto ok = [&](const QString &sql) {
        const bool done = q.exec(sql);
        if (!done)
            qWarning() << sql << q.lastError().text();
        return done;
    };
    const auto refused = [&](const QString &sql) {
        if (q.exec(sql))
            return false;
        // SQLite's and PostgreSQL's foreign keys, and schema 3's triggers (SQLSTATE 23503).
        const QString text = q.lastError().text();
        return text.contains(QStringLiteral("FOREIGN KEY")) || text.contains(QStringLiteral("23503"))
               || q.lastError().nativeErrorCode() == QStringLiteral("23503")
               || text.contains(QStringLiteral("foreign key"));
    };
    const auto files = [&] {
        return queryColumn(
            db.connection(),
            QStringLiteral("SELECT file_id, valid_from, COALESCE(valid_to, -1) FROM file_versions ORDER BY file_id"));
    };
    for (int id = 1; id <= 3; ++id) {
        QVERIFY(
            ok(QStringLiteral("INSERT INTO instances (id, name, type, url) VALUES (%1, 'i%1', 'sonarr', 'http://s')")
                   .arg(id)));
    }
    QVERIFY(ok(insertSnapshot(10, 1)));
    QVERIFY(ok(insertSnapshot(11, 1)));
    QVERIFY(ok(insertSnapshot(20, 2)));
    QVERIFY(ok(insertFileVersions({fileVersionValues(1, 10, QStringLiteral("NULL"), 1)})));

    QVERIFY(refused(insertFileVersions({fileVersionValues(1, 99, QStringLiteral("NULL"), 2)})));
    QVERIFY(refused(insertFileVersions({fileVersionValues(9, 10, QStringLiteral("NULL"), 2)})));
    QVERIFY(refused(insertFileVersions({fileVersionValues(1, 10, QStringLiteral("98"), 2)})));
    // One bad row among good ones refuses the whole statement.
    QVERIFY(refused(insertFileVersions({fileVersionValues(1, 10, QStringLiteral("NULL"), 2),
                                        fileVersionValues(1, 11, QStringLiteral("NULL"), 3),
                                        fileVersionValues(1, 97, QStringLiteral("NULL"), 4)})));
    if (pg) {
        // Stronger than the foreign keys were: a bound must be a snapshot of the row's own instance.
        QVERIFY(refused(insertFileVersions({fileVersionValues(1, 20, QStringLiteral("NULL"), 2)})));
        QVERIFY(refused(QStringLiteral("UPDATE snapshots SET instance_id = 2 WHERE id = 10")));
    }
    QCOMPARE(files(), QStringList{QStringLiteral("1|10|-1")});

    QVERIFY(refused(QStringLiteral("UPDATE file_versions SET valid_to = 99 WHERE file_id = 1")));
    QVERIFY(ok(QStringLiteral("UPDATE file_versions SET valid_to = 11 WHERE file_id = 1")));
    QVERIFY(refused(QStringLiteral("DELETE FROM snapshots WHERE id = 11"))); // valid_to
    QVERIFY(refused(QStringLiteral("DELETE FROM snapshots WHERE id = 10"))); // valid_from
    QVERIFY(refused(QStringLiteral("DELETE FROM snapshots WHERE id IN (10, 20)")));
    QVERIFY(ok(QStringLiteral("DELETE FROM snapshots WHERE id = 20"))); // nothing refers to it
    QCOMPARE(files(), QStringList{QStringLiteral("1|10|11")});

    QVERIFY(refused(QStringLiteral("INSERT INTO file_episodes (instance_id, episode_id, file_id, series_id) VALUES "
                                   "(3, 1, 1, 7), (99, 2, 1, 7)")));
    QVERIFY(ok(
        QStringLiteral("INSERT INTO file_episodes (instance_id, episode_id, file_id, series_id) VALUES (3, 1, 1, 7)")));
    QVERIFY(refused(QStringLiteral("UPDATE file_episodes SET instance_id = 99")));
    QVERIFY(refused(QStringLiteral("DELETE FROM instances WHERE id = 3")));
    QVERIFY(refused(QStringLiteral("UPDATE instances SET id = 33 WHERE id = 3")));
    QVERIFY(ok(QStringLiteral("DELETE FROM instances WHERE id = 2"))); // its snapshot is gone
    QCOMPARE(queryColumn(db.connection(), QStringLiteral("SELECT instance_id FROM file_episodes")),
             QStringList{QStringLiteral("3")});
    QCOMPARE(queryColumn(db.connection(), QStringLiteral("SELECT id FROM instances ORDER BY id")),
             (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
}

void tst_Database::connectionsArePerObject()
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

    // A worker thread opens its own. A std::thread, whose join() ThreadSanitizer sees (QThread::wait() is a
    // futex inside Qt's uninstrumented library): workerOk crosses it.
    bool workerOk = false;
    std::thread worker([&] {
        auto own = Database::open(location);
        QSqlQuery q(own.ok() ? (*own)->connection() : QSqlDatabase());
        workerOk = own.ok() && q.exec(QStringLiteral("SELECT COUNT(*) FROM instances")) && q.next();
    });
    worker.join();
    QVERIFY(workerOk);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
