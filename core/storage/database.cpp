#include "storage/database.h"

#include "base/logging.h"
#include "base/postgresurl.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace arrscore {

namespace {

struct Migration
{
    int version = 0;
    QString resource;
};

// The ladder: every :/sql/NNN_name.sql, by number.
QList<Migration> migrations()
{
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList entries = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        bool ok = false;
        const int version = entry.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            result.append({version, dir.filePath(entry)});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

// Statements end with ';' at the end of a line, except inside a $$-quoted body (a PostgreSQL function's);
// whole-line '--' comments are dropped.
QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && trimmed.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QString postgresDisplay(const QString &location)
{
    QUrl url(location);
    url.setPassword({});
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString(QUrl::RemovePassword);
}

// A libpq conninfo value, quoted so that spaces and quotes survive.
QString conninfoQuote(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

enum class Access { Read, Write };

// Why this process may not read or write path, empty when it may: the kernel's answer for the effective
// user (QFileInfo asks access(2), which answers for the real one) and it tells a read-only file system
// from a permission.
QString accessProblem(const QString &path, Access access)
{
#ifdef Q_OS_UNIX
    const int mode = access == Access::Read ? R_OK : W_OK;
    if (::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), mode, AT_EACCESS) == 0)
        return {};
    return errno == EROFS ? Database::tr("the file system is mounted read-only") : Database::tr("permission denied");
#else
    const QFileInfo info(path);
    const bool allowed = access == Access::Read ? info.isReadable() : info.isWritable();
    return allowed ? QString() : Database::tr("permission denied");
#endif
}

// The SQLite files this process has open, by path, with how many connections each. SQLite's locks are POSIX
// advisory locks, which a process loses on a file as soon as it closes *any* descriptor of it: the QFile that
// reads the magic of a file this process already has open through SQLite would drop the locks of every one of
// those connections, and another process (a cron sync) would then take itself for the only one, checkpoint and
// delete the -wal and -shm files under them, after which they read the database as it was and never again see
// a commit of another process. So the file is read only while no connection of this process holds it.
struct OpenSqliteFiles
{
    OpenSqliteFiles() = default;
    Q_DISABLE_COPY_MOVE(OpenSqliteFiles)
    // At exit, after the last worker that counted a connection: under the lock, which orders its last change
    // before this for ThreadSanitizer too (it does not see Qt's thread joins).
    ~OpenSqliteFiles()
    {
        const QMutexLocker lock(&mutex);
        connections.clear();
    }

    QMutex mutex;
    QHash<QString, int> connections;
};

OpenSqliteFiles &openSqliteFiles()
{
    static OpenSqliteFiles files;
    return files;
}

// SQLite's primary result codes (the low byte of the extended ones QSQLITE reports).
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

const QByteArray kSqliteMagic("SQLite format 3\0", 16);
constexpr int kBusyTimeoutMs = 5000;
constexpr qint64 kMigrationLockKey = 727300001; // any constant shared by all our processes

} // namespace

Database::Database(Dialect dialect, QString connectionName, QString displayLocation)
    : m_dialect(dialect), m_connectionName(std::move(connectionName)), m_displayLocation(std::move(displayLocation))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_sqliteFile.isEmpty()) {
        OpenSqliteFiles &files = openSqliteFiles();
        const QMutexLocker lock(&files.mutex);
        if (--files.connections[m_sqliteFile] <= 0)
            files.connections.remove(m_sqliteFile);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    return openAtVersion(location, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &location, int targetVersion)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty()) {
        return Error{ErrorKind::Storage, tr("No database location is set. Give a file path or a postgresql:// URL.")};
    }
    static std::atomic<quint64> counter{0};
    const QString name = QStringLiteral("arrscore-db-%1").arg(++counter);
    const bool postgres = PostgresUrl::matches(trimmed);
    const QString display =
        postgres ? postgresDisplay(trimmed) : QDir::toNativeSeparators(QFileInfo(trimmed).absoluteFilePath());
    std::unique_ptr<Database> db(new Database(postgres ? Dialect::Postgres : Dialect::Sqlite, name, display));
    Status status = postgres ? db->openPostgres(trimmed) : db->openSqlite(trimmed);
    if (status)
        status = db->migrate(targetVersion);
    if (!status)
        return status.error();
    return db;
}

int Database::latestSchemaVersion()
{
    const QList<Migration> ladder = migrations();
    return ladder.isEmpty() ? 0 : ladder.last().version;
}

QString Database::applyDialect(QString sql, Dialect dialect)
{
    const bool pg = dialect == Dialect::Postgres;
    sql.replace(QLatin1String("{{id}}"),
                pg ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QLatin1String("{{blob}}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    static const QRegularExpression jsonValues(QStringLiteral("\\{\\{json_values\\(([^)]+)\\) AS (\\w+)\\}\\}"));
    sql.replace(jsonValues, pg ? QStringLiteral("json_array_elements_text(CAST(\\1 AS json)) AS \\2(value)")
                               : QStringLiteral("json_each(\\1) AS \\2"));
    // {{postgres}} ... {{/postgres}} and {{sqlite}} ... {{/sqlite}}: statements for one dialect only.
    static const QRegularExpression pgOnly(QStringLiteral("\\{\\{postgres\\}\\}(.*?)\\{\\{/postgres\\}\\}"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression sqliteOnly(QStringLiteral("\\{\\{sqlite\\}\\}(.*?)\\{\\{/sqlite\\}\\}"),
                                               QRegularExpression::DotMatchesEverythingOption);
    sql.replace(pg ? pgOnly : sqliteOnly, QStringLiteral("\\1"));
    sql.replace(pg ? sqliteOnly : pgOnly, QString());
    return sql;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::checkWritable() const
{
    if (!isReadOnly())
        return Status::success();
    return Error{ErrorKind::Storage,
                 tr("The database %1 can only be read: %2. Reading it works (report, analyze, history, export); "
                    "syncing and pruning need to write to it. Make the file and its folder writable for this user, "
                    "or use another database.")
                     .arg(m_displayLocation, m_readOnlyReason)};
}

Status Database::beginWrite()
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    QSqlQuery query(connection());
    const QString sql = isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (!query.exec(sql))
        return failure(tr("Cannot start writing to the database %1.").arg(m_displayLocation), query.lastError());
    return Status::success();
}

Status Database::commit()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error =
            failure(tr("Cannot save the changes to the database %1.").arg(m_displayLocation), query.lastError());
        rollback();
        return error;
    }
    return Status::success();
}

void Database::rollback()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcDb) << "rollback:" << query.lastError().text();
}

Error Database::failure(const QString &userSentence, const QSqlError &sqlError) const
{
    qCWarning(lcDb).noquote() << userSentence << "SQL error:" << sqlError.text()
                              << "code:" << sqlError.nativeErrorCode();
    QString message = userSentence;
    if (!isPostgres()) {
        // The SQLite primary result codes a user can do something about.
        const int code = sqliteCode(sqlError);
        if (code == SqliteBusy || code == SqliteLocked)
            message += QLatin1Char(' ') + tr("Another program is using the database; try again when it has finished.");
        else if (code == SqliteFull)
            message += QLatin1Char(' ') + tr("The disk is full: free some space and try again. Nothing was stored.");
        else if (code == SqliteReadOnly || code == SqliteCantOpen)
            message += QLatin1Char(' ')
                       + tr("The file or its folder is not writable: check their owner and permissions, and that the "
                            "disk is not mounted read-only.");
        else if (code == SqliteIoError)
            message += QLatin1Char(' ') + tr("The disk reported an error: check it, then try again.");
        else if (code == SqliteCorrupt || code == SqliteNotADatabase)
            message += QLatin1Char(' ') + tr("The file is damaged; restore it from a backup.");
    }
    return Error{ErrorKind::Storage, message};
}

Status Database::openSqlite(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = m_displayLocation;
    const QString folder = info.absolutePath();
    // Held until this connection is open and counted: no other thread opens the file in between.
    OpenSqliteFiles &files = openSqliteFiles();
    const QMutexLocker lock(&files.mutex);
    const QString key = info.absoluteFilePath();
    // A file this process has open was checked when it was first opened (see OpenSqliteFiles).
    const bool openHere = files.connections.value(key) > 0;
    if (info.exists()) {
        if (info.isDir()) {
            return Error{ErrorKind::Storage,
                         tr("%1 is a folder, not a database file. Give the path of a file, e.g. %2.")
                             .arg(shown, QDir::toNativeSeparators(shown + QStringLiteral("/arrscore.db")))};
        }
        QFile file(path);
        if (const QString problem = accessProblem(path, Access::Read);
            !problem.isEmpty() || (!openHere && !file.open(QIODevice::ReadOnly))) {
            return Error{ErrorKind::Storage,
                         tr("The database file %1 cannot be read (%2). Check its owner and permissions.")
                             .arg(shown, problem.isEmpty() ? file.errorString() : problem)};
        }
        // Refuse anything that is not SQLite before SQLite gets a chance to write to it.
        if (!openHere && info.size() > 0 && file.read(kSqliteMagic.size()) != kSqliteMagic) {
            return Error{ErrorKind::Storage,
                         tr("%1 is not an Arr Score Exporter database (it is not an SQLite file). It has not been "
                            "changed; choose another file or move this one away.")
                             .arg(shown)};
        }
        // SQLite writes its journal (-wal, -shm) beside the file, so both must be writable to write.
        if (const QString problem = accessProblem(path, Access::Write); !problem.isEmpty())
            m_readOnlyReason = tr("the file is not writable (%1)").arg(problem);
        else if (const QString inFolder = accessProblem(folder, Access::Write); !inFolder.isEmpty())
            m_readOnlyReason = tr("its folder %1 is not writable (%2)").arg(QDir::toNativeSeparators(folder), inFolder);
    } else {
        if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir()) {
            return Error{ErrorKind::Storage,
                         tr("Cannot create the folder %1 for the database %2. Check that the path is right and that "
                            "you may write there.")
                             .arg(QDir::toNativeSeparators(folder), shown)};
        }
        if (const QString problem = accessProblem(folder, Access::Write); !problem.isEmpty()) {
            return Error{ErrorKind::Storage, tr("Cannot create the database %1: the folder %2 is not writable (%3).")
                                                 .arg(shown, QDir::toNativeSeparators(folder), problem)};
        }
    }
    if (isReadOnly())
        qCInfo(lcDb).noquote() << shown << "is opened read-only:" << m_readOnlyReason;

    Status opened = openSqliteConnection(path, false);
    if (!opened && isReadOnly() && accessProblem(folder, Access::Write).size() > 0) {
        // A WAL database in a folder we may not write: SQLite cannot create the -shm index it reads
        // through. Without a -wal file every committed page is in the file itself, so it can be read
        // as an immutable file; with one, the plain read-only open above is the only faithful read.
        if (!QFileInfo::exists(path + QStringLiteral("-wal"))) {
            QSqlDatabase::removeDatabase(m_connectionName);
            opened = openSqliteConnection(path, true);
        }
    }
    if (opened) {
        m_sqliteFile = key;
        ++files.connections[key];
    }
    return opened;
}

Status Database::openSqliteConnection(const QString &path, bool immutable)
{
    const QString shown = m_displayLocation;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QStringList options = {QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs)};
    if (isReadOnly())
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options << QStringLiteral("QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return failure(tr("Cannot open the database file %1.").arg(shown), db.lastError());
    // Reading the catalogue is the first access to the file: it fails for a damaged one, and for a
    // locked or unwritable one, which must never be called damaged.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        const QSqlError error = query.lastError();
        query = QSqlQuery();
        db.close();
        return unreadableSqlite(error);
    }
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    tables.removeAll(QStringLiteral("sqlite_sequence"));
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_version"))) {
        return Error{ErrorKind::Storage,
                     tr("%1 is an SQLite database of another program, not of Arr Score Exporter. It has not been "
                        "changed; choose another file.")
                         .arg(shown)};
    }
    // Per-connection settings; none of these writes to the file.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA cache_size = -32768"), // 32 MiB: a 100k-file sync stays in memory
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return failure(tr("Cannot set up the database %1.").arg(shown), query.lastError());
    }
    return Status::success();
}

Error Database::unreadableSqlite(const QSqlError &sqlError) const
{
    const QString shown = m_displayLocation;
    qCWarning(lcDb).noquote() << shown << "cannot be read:" << sqlError.text() << "code:" << sqlError.nativeErrorCode();
    switch (sqliteCode(sqlError)) {
    case SqliteBusy:
    case SqliteLocked:
        return Error{ErrorKind::Storage,
                     tr("%1 is locked by another program (another sync, or a tool holding it open). It is not "
                        "damaged; try again when that program has finished.")
                         .arg(shown)};
    case SqliteReadOnly:
    case SqliteCantOpen:
        return Error{ErrorKind::Storage,
                     tr("%1 cannot be opened: %2. It is not damaged; make the file and its folder readable and "
                        "writable for this user.")
                         .arg(shown, m_readOnlyReason.isEmpty() ? tr("permission denied") : m_readOnlyReason)};
    case SqliteFull:
        return Error{ErrorKind::Storage,
                     tr("%1 cannot be opened: the disk is full. Free some space and try again; the database has not "
                        "been changed.")
                         .arg(shown)};
    case SqliteIoError:
        return Error{ErrorKind::Storage,
                     tr("%1 cannot be read: the disk reported an error. Check the disk, then try again; the database "
                        "has not been changed.")
                         .arg(shown)};
    default:
        return Error{ErrorKind::Storage,
                     tr("%1 is damaged or is not an SQLite database. It has not been changed; restore it from a "
                        "backup or choose another file.")
                         .arg(shown)};
    }
}

Status Database::openPostgres(const QString &location)
{
    const QString shown = m_displayLocation;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error{ErrorKind::Storage,
                     tr("PostgreSQL support is not installed (Qt's QPSQL driver is missing). Install it (on Debian: "
                        "libqt6sql6-psql) or use an SQLite file.")};
    }
    const QUrl url(location, QUrl::StrictMode);
    const QString dbName = url.path(QUrl::FullyDecoded).mid(1);
    if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(QLatin1Char('/'))) {
        return Error{
            ErrorKind::Storage,
            tr("The database URL %1 is not valid. Write it as postgresql://user@host:port/dbname.").arg(shown)};
    }
    QString password = url.password(QUrl::FullyDecoded);
    QStringList options;
    bool hasTimeout = false;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z_]+$"));
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("password")) {
            if (password.isEmpty())
                password = value;
            continue;
        }
        if (!keyPattern.match(key).hasMatch() || value.contains(QLatin1Char(';'))) {
            return Error{ErrorKind::Storage,
                         tr("The database URL %1 has an option that cannot be used: %2.").arg(shown, key)};
        }
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        options << key + QLatin1Char('=') + conninfoQuote(value);
    }
    if (!hasTimeout)
        options << QStringLiteral("connect_timeout=10");
    if (password.isEmpty())
        password = qEnvironmentVariable("ARRSCORE_DB_PASSWORD");
    if (password.isEmpty())
        password = qEnvironmentVariable("PGPASSWORD");

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(dbName);
    db.setUserName(url.userName(QUrl::FullyDecoded));
    db.setPassword(password);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (db.open()) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SET client_min_messages = WARNING")))
            qCDebug(lcDb) << "client_min_messages:" << query.lastError().text();
        return Status::success();
    }
    const QString text = db.lastError().text();
    QString sentence;
    if (text.contains(QLatin1String("password"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("authentication"), Qt::CaseInsensitive)) {
        sentence = tr("The PostgreSQL server refused the user name or password for %1. Check the user in the URL and "
                      "the password (ARRSCORE_DB_PASSWORD).")
                       .arg(shown);
    } else if (text.contains(QLatin1String("does not exist"), Qt::CaseInsensitive)) {
        sentence =
            tr("The PostgreSQL database or user of %1 does not exist. Create it (createdb) or fix the URL.").arg(shown);
    } else {
        sentence = tr("Cannot connect to the PostgreSQL server of %1. Check that it is running and that the host and "
                      "port are right.")
                       .arg(shown);
    }
    return failure(sentence, db.lastError());
}

Result<int> Database::readSchemaVersion()
{
    QSqlQuery query(connection());
    const QString exists =
        isPostgres()
            ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                             "WHERE table_schema = current_schema() AND table_name = 'schema_version'")
            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!query.exec(exists) || !query.next())
        return failure(tr("Cannot read the schema version of the database %1.").arg(m_displayLocation),
                       query.lastError());
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return failure(tr("Cannot read the schema version of the database %1.").arg(m_displayLocation),
                       query.lastError());
    return query.value(0).toInt();
}

Status Database::migrate(int targetVersion)
{
    const Result<int> current = readSchemaVersion();
    if (!current)
        return current.error();
    const int latest = latestSchemaVersion();
    if (*current > latest) {
        return Error{ErrorKind::Storage,
                     tr("%1 was written by a newer version of Arr Score Exporter (schema %2, this version knows %3). "
                        "Upgrade the app to use this database; it has not been changed.")
                         .arg(m_displayLocation)
                         .arg(*current)
                         .arg(latest)};
    }
    m_schemaVersion = *current;
    if (isReadOnly()) {
        if (m_schemaVersion >= targetVersion || m_schemaVersion >= latest)
            return Status::success();
        return Error{ErrorKind::Storage,
                     tr("%1 must be updated to schema %2 (it is at %3) before this version can use it, and it can "
                        "only be read: %4. Make it writable once so that it can be updated; it has not been changed.")
                         .arg(m_displayLocation)
                         .arg(std::min(targetVersion, latest))
                         .arg(m_schemaVersion)
                         .arg(m_readOnlyReason)};
    }
    if (!isPostgres()) {
        // Persistent, so set once the file is known to be ours; readers then never block the writer.
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
            return failure(tr("Cannot set up the database %1.").arg(m_displayLocation), query.lastError());
        if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcDb).noquote() << m_displayLocation << "does not support WAL; journal mode"
                                      << query.value(0).toString();
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= m_schemaVersion || migration.version > targetVersion)
            continue;
        const Status status = applyMigration(migration.version, migration.resource);
        if (!status)
            return status;
        m_schemaVersion = migration.version;
    }
    return Status::success();
}

Status Database::applyMigration(int version, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Storage,
                     tr("This build of Arr Score Exporter is incomplete: schema %1 is missing.").arg(version)};
    }
    const QStringList statements = splitStatements(applyDialect(QString::fromUtf8(file.readAll()), m_dialect));
    const QString sentence = tr("Cannot update the database %1 to schema %2. It has been left as it was.")
                                 .arg(m_displayLocation)
                                 .arg(version);
    Status status = beginWrite();
    if (!status)
        return status;
    QSqlQuery query(connection());
    if (isPostgres() && !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey))) {
        const Error error = failure(sentence, query.lastError());
        rollback();
        return error;
    }
    // Another process may have migrated while we waited for the lock.
    const Result<int> now = readSchemaVersion();
    if (!now || *now >= version) {
        rollback();
        return now ? Status::success() : Status(now.error());
    }
    qCInfo(lcDb).noquote() << "migrating" << m_displayLocation << "to schema" << version;
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const Error error = failure(sentence, query.lastError());
            rollback();
            return error;
        }
    }
    query.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
    query.addBindValue(version);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        const Error error = failure(sentence, query.lastError());
        rollback();
        return error;
    }
    query.finish();
    return commit();
}

} // namespace arrscore
