// PgCopy: COPY FROM STDIN through libpq on a QPSQL connection, against the real PostgreSQL server that
// ARRSCORE_TEST_PG names: every awkward value reads back as it was written, a refused row stores nothing
// and leaves the connection usable, and errors become a Storage Error. (SnapshotStore's own tests cover
// the saves that use it, on both backends.)
#include "storage/database.h"
#include "storage/pgcopy.h"
#include "storagebackends.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace arrscore;

class tst_PgCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void handleOnlyForPostgres();
    void textRoundTrips_data();
    void textRoundTrips();
    void numbersBytesAndTimes();
    void manyRowsAcrossSends();
    void refusedRowStoresNothing_data();
    void refusedRowStoresNothing();
    void abortStoresNothing();
    void unknownTableFailsAtBegin();
    void fileRowsReferencesCheckedPerCopy();

private:
    // A fresh PostgreSQL schema with table t, and the PGconn of its connection; skips without a server.
    bool openPg(const QString &columns = QStringLiteral("id BIGINT NOT NULL, v TEXT"));
    QSqlQuery query() { return QSqlQuery(m_db->connection()); }
    void exec(const QString &sql);

    test::StorageBackends m_storage{QStringLiteral("tst_pgcopy")};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    pg_conn *m_conn = nullptr;
};

void tst_PgCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_PgCopy::cleanup()
{
    m_conn = nullptr;
    m_db.reset();
    m_storage.dropSchemas();
    qunsetenv("ARRSCORE_PG_COPY");
}

bool tst_PgCopy::openPg(const QString &columns)
{
    if (!m_storage.select(QStringLiteral("postgresql")))
        return false;
    auto opened = Database::open(m_storage.freshLocation(*m_dir, {}));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return false;
    }
    m_db = std::move(opened).value();
    m_conn = PgCopy::handle(m_db->connection());
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("CREATE TABLE t (%1)").arg(columns)))
        qWarning() << q.lastError().text();
    return true;
}

void tst_PgCopy::exec(const QString &sql)
{
    QSqlQuery q = query();
    QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
}

#define OPEN_PG_OR_SKIP(...)                                                                                           \
    do {                                                                                                               \
        if (!openPg(__VA_ARGS__))                                                                                      \
            QSKIP(test::StorageBackends::kPgHint);                                                                     \
        if (!PgCopy::isCompiledIn())                                                                                   \
            QSKIP("this build has no libpq (ARRSCORE_HAVE_LIBPQ); PostgreSQL saves use QtSql INSERTs");                \
        QVERIFY(m_conn);                                                                                               \
    } while (false)

void tst_PgCopy::handleOnlyForPostgres()
{
    auto sqlite = Database::open(m_dir->filePath(QStringLiteral("a.db")));
    QVERIFY(sqlite.ok());
    QVERIFY(!PgCopy::handle((*sqlite)->connection()));
    if (!openPg())
        QSKIP(test::StorageBackends::kPgHint);
    QCOMPARE(m_conn != nullptr, PgCopy::isCompiledIn());
    qputenv("ARRSCORE_PG_COPY", "0");
    QVERIFY(!PgCopy::handle(m_db->connection()));
}

void tst_PgCopy::textRoundTrips_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QString(QLatin1String(""));
    QTest::newRow("tab") << QStringLiteral("a\tb\t");
    QTest::newRow("newline") << QStringLiteral("line 1\nline 2\n");
    QTest::newRow("carriage return") << QStringLiteral("dos\r\nline\r");
    QTest::newRow("backslash") << QStringLiteral("C:\\Movies\\ \\\\ends with\\");
    QTest::newRow("looks like null") << QStringLiteral("\\N");
    QTest::newRow("looks like end of data") << QStringLiteral("\\.");
    QTest::newRow("escape letters") << QStringLiteral("\\t\\n\\r\\x41\\101");
    QTest::newRow("quotes") << QStringLiteral("it's \"quoted\" `so` ''");
    QTest::newRow("non-ASCII") << QStringLiteral("Amélie – 東京 🎬 Ωμέγα");
    QTest::newRow("control characters") << QStringLiteral("bell\a vtab\v feed\f esc\x1b del\x7f");
    QTest::newRow("SQL") << QStringLiteral("'); DROP TABLE t; --");
    QTest::newRow("long") << QString(70000, QChar(u'é')) + QStringLiteral("\t") + QString(70000, QLatin1Char('x'));
}

// Each value alone, and between other columns, so that a wrong escape shows as a shifted column.
void tst_PgCopy::textRoundTrips()
{
    QFETCH(QString, value);
    OPEN_PG_OR_SKIP(QStringLiteral("id BIGINT NOT NULL, v TEXT, after TEXT"));
    PgCopy copy(m_conn);
    QVERIFY2(copy.begin(QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("v"), QStringLiteral("after")}),
             qPrintable(copy.errorMessage()));
    for (int id = 1; id <= 3; ++id) {
        copy.int64(id);
        copy.text(value);
        copy.text(QStringLiteral("after %1").arg(id));
        QVERIFY(copy.endRow());
    }
    QVERIFY2(copy.finish(), qPrintable(copy.errorMessage()));
    QCOMPARE(copy.rowCount(), 3);
    QSqlQuery q = query();
    QVERIFY(q.exec(QStringLiteral("SELECT id, v, after FROM t ORDER BY id")));
    for (int id = 1; id <= 3; ++id) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), id);
        QCOMPARE(q.value(1).isNull(), value.isNull());
        QCOMPARE(q.value(1).toString(), value);
        QCOMPARE(q.value(2).toString(), QStringLiteral("after %1").arg(id));
    }
    QVERIFY(!q.next());
}

void tst_PgCopy::numbersBytesAndTimes()
{
    OPEN_PG_OR_SKIP(QStringLiteral("id BIGINT NOT NULL, i INTEGER, r DOUBLE PRECISION, b BYTEA, o INTEGER, "
                                   "at BIGINT"));
    QByteArray every(256, '\0');
    for (int i = 0; i < 256; ++i)
        every[i] = char(i);
    const double inf = std::numeric_limits<double>::infinity();
    struct Row
    {
        qint64 id;
        int i;
        double r;
        QByteArray b;
        std::optional<int> o;
        QDateTime at;
    };
    const QDateTime when(QDate(1969, 7, 20), QTime(20, 17, 40, 123), Qt::UTC);
    const QList<Row> rows = {
        {std::numeric_limits<qint64>::min(), std::numeric_limits<int>::min(), 0.1, every, 0, when},
        {std::numeric_limits<qint64>::max(), std::numeric_limits<int>::max(), 7.1, QByteArray(""), -5, QDateTime()},
        {0, 0, -0.0, QByteArray(), std::nullopt, QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)},
        {3, -1, 1e-310, QByteArray("\\\t\n\r", 4), 1, when.addYears(100)},
        {4, 1, std::numeric_limits<double>::max(), QByteArray("x"), 2, when},
        {5, 2, inf, QByteArray("y"), 3, when},
        {6, 3, -inf, QByteArray("z"), 4, when},
        {7, 4, std::nan(""), QByteArray("w"), 5, when},
        {8, 5, 1.0 / 3.0, QByteArray("v"), 6, when},
    };
    PgCopy copy(m_conn);
    QVERIFY(copy.begin(QStringLiteral("t"), QStringLiteral("id,i,r,b,o,at").split(QLatin1Char(','))));
    for (const Row &row : rows) {
        copy.int64(row.id);
        copy.int32(row.i);
        copy.real(row.r);
        copy.bytes(row.b);
        copy.optionalInt(row.o);
        copy.time(row.at);
        QVERIFY(copy.endRow());
    }
    QVERIFY2(copy.finish(), qPrintable(copy.errorMessage()));
    QSqlQuery q = query();
    QVERIFY(q.exec(QStringLiteral("SELECT id, i, r, b, o, at, r::text FROM t")));
    int seen = 0;
    while (q.next()) {
        const Row &row = rows[seen++];
        QCOMPARE(q.value(0).toLongLong(), row.id);
        QCOMPARE(q.value(1).toInt(), row.i);
        const double r = q.value(2).toDouble();
        if (std::isnan(row.r)) {
            QCOMPARE(q.value(6).toString(), QStringLiteral("NaN"));
        } else if (std::isinf(row.r)) {
            QCOMPARE(q.value(6).toString(), row.r > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity"));
        } else {
            QCOMPARE(r, row.r); // exactly: the shortest text that reads back as the same double
            QCOMPARE(std::signbit(r), std::signbit(row.r));
        }
        QCOMPARE(q.value(3).isNull(), row.b.isNull());
        QCOMPARE(q.value(3).toByteArray(), row.b);
        QCOMPARE(q.value(4).isNull(), !row.o.has_value());
        if (row.o)
            QCOMPARE(q.value(4).toInt(), *row.o);
        QCOMPARE(q.value(5).isNull(), !row.at.isValid());
        if (row.at.isValid())
            QCOMPARE(q.value(5).toLongLong(), row.at.toMSecsSinceEpoch());
    }
    QCOMPARE(seen, rows.size());
}

// Far more than one send's worth, so that rows cross the buffer's boundaries.
void tst_PgCopy::manyRowsAcrossSends()
{
    OPEN_PG_OR_SKIP();
    constexpr int kRows = 60000;
    PgCopy copy(m_conn);
    exec(QStringLiteral("BEGIN"));
    QVERIFY(copy.begin(QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("v")}));
    for (int id = 0; id < kRows; ++id) {
        copy.int64(id);
        copy.text(QStringLiteral("row %1\t\\ é\n").arg(id));
        QVERIFY(copy.endRow());
    }
    QVERIFY2(copy.finish(), qPrintable(copy.errorMessage()));
    exec(QStringLiteral("COMMIT"));
    QSqlQuery q = query();
    QVERIFY(
        q.exec(QStringLiteral("SELECT COUNT(*), SUM(id), COUNT(*) FILTER (WHERE v = 'row ' || id || E'\\t\\\\ é\\n') "
                              "FROM t")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), kRows);
    QCOMPARE(q.value(1).toLongLong(), qint64(kRows) * (kRows - 1) / 2);
    QCOMPARE(q.value(2).toLongLong(), kRows);
}

void tst_PgCopy::refusedRowStoresNothing_data()
{
    QTest::addColumn<int>("badRow");
    QTest::newRow("first row") << 0;
    QTest::newRow("mid-COPY, rows keep coming after the refusal") << 2000;
    QTest::newRow("last row") << 49999;
}

// A NOT NULL violation inside a transaction: finish() (or an earlier endRow()) fails with the server's
// reason, nothing of the COPY is stored, and after a rollback the connection works as before.
void tst_PgCopy::refusedRowStoresNothing()
{
    QFETCH(int, badRow);
    OPEN_PG_OR_SKIP();
    exec(QStringLiteral("INSERT INTO t (id, v) VALUES (-1, 'kept')"));
    exec(QStringLiteral("BEGIN"));
    exec(QStringLiteral("INSERT INTO t (id, v) VALUES (-2, 'same transaction')"));
    bool ok = false;
    {
        PgCopy copy(m_conn);
        QVERIFY(copy.begin(QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("v")}));
        ok = true;
        for (int id = 0; id < 50000 && ok; ++id) {
            id == badRow ? copy.null() : copy.int64(id);
            copy.text(QString(40, QLatin1Char('x')));
            ok = copy.endRow();
        }
        ok = ok && copy.finish();
        QVERIFY(!ok);
        QCOMPARE(copy.sqlState(), QStringLiteral("23502")); // not_null_violation
        QVERIFY2(copy.errorMessage().contains(QStringLiteral("null value")), qPrintable(copy.errorMessage()));
        const Error error = copy.failure(*m_db, QStringLiteral("Cannot store the snapshot."));
        QCOMPARE(error.kind, ErrorKind::Storage);
        QCOMPARE(error.message, QStringLiteral("Cannot store the snapshot."));
    }
    QSqlQuery q = query();
    QVERIFY(!q.exec(QStringLiteral("SELECT 1"))); // the transaction is aborted, not silently half-done
    exec(QStringLiteral("ROLLBACK"));
    QVERIFY(q.exec(QStringLiteral("SELECT string_agg(v, ',') FROM t")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
}

void tst_PgCopy::abortStoresNothing()
{
    OPEN_PG_OR_SKIP();
    {
        PgCopy copy(m_conn);
        QVERIFY(copy.begin(QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("v")}));
        for (int id = 0; id < 30000; ++id) {
            copy.int64(id);
            copy.text(QStringLiteral("v"));
            QVERIFY(copy.endRow());
        }
        copy.abort(QStringLiteral("cancelled"));
        QVERIFY2(copy.errorMessage().isEmpty(), qPrintable(copy.errorMessage())); // asked for, so no error
    }
    {
        PgCopy forgotten(m_conn); // destroyed unfinished
        QVERIFY(forgotten.begin(QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("v")}));
        forgotten.int64(1);
        forgotten.text(QStringLiteral("v"));
        QVERIFY(forgotten.endRow());
    }
    QSqlQuery q = query();
    QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
}

void tst_PgCopy::unknownTableFailsAtBegin()
{
    OPEN_PG_OR_SKIP();
    PgCopy copy(m_conn);
    QVERIFY(!copy.begin(QStringLiteral("no_such_table"), {QStringLiteral("id")}));
    QCOMPARE(copy.sqlState(), QStringLiteral("42P01")); // undefined_table
    QVERIFY(!copy.finish());
    PgCopy second(m_conn);
    QVERIFY(!second.begin(QStringLiteral("t"), {QStringLiteral("no_such_column")}));
    QVERIFY(!second.errorMessage().isEmpty());
    exec(QStringLiteral("INSERT INTO t (id) VALUES (1)")); // the connection still works
}

// Schema 3 checks the references of file_versions once per statement (a trigger over the COPY's rows)
// instead of a foreign key per row: 30,000 good rows are stored, and one row naming a missing snapshot,
// wherever it is, refuses the whole COPY with foreign_key_violation.
void tst_PgCopy::fileRowsReferencesCheckedPerCopy()
{
    OPEN_PG_OR_SKIP();
    exec(QStringLiteral("INSERT INTO instances (id, name, type, url) VALUES (1, 'a', 'sonarr', 'http://s')"));
    exec(QStringLiteral("INSERT INTO snapshots (id, instance_id, url, scores_available, request_count, file_count, "
                        "warnings) VALUES (10, 1, 'http://s', 1, 0, 0, '[]')"));
    const QStringList columns = QStringLiteral("instance_id,valid_from,content_hash,kind,file_id,item_id,year,season,"
                                               "episodes,episode_ids,quality_id,resolution,quality_profile_id,"
                                               "custom_formats,score_computed,quality_cutoff_not_met,size_bytes,"
                                               "audio_channels,languages,genres")
                                    .split(QLatin1Char(','));
    const auto copyRows = [&](qint64 firstFile, int rows, int badRow) -> QString {
        PgCopy copy(m_conn);
        if (!copy.begin(QStringLiteral("file_versions"), columns))
            return QStringLiteral("begin: ") + copy.errorMessage();
        for (int r = 0; r < rows; ++r) {
            copy.int64(1);
            copy.int64(r == badRow ? 99 : 10);
            copy.int64(r);
            copy.text(QStringLiteral("episode"));
            copy.int64(firstFile + r);
            copy.int64(7);
            for (int k = 0; k < 2; ++k)
                copy.int32(0);
            for (int k = 0; k < 2; ++k)
                copy.text(QStringLiteral("[]"));
            for (int k = 0; k < 3; ++k)
                copy.int32(1);
            copy.text(QStringLiteral("[]"));
            for (int k = 0; k < 3; ++k)
                copy.int64(0);
            copy.real(2.0);
            copy.text(QStringLiteral("[]"));
            copy.text(QStringLiteral("[]"));
            if (!copy.endRow())
                break;
        }
        return copy.finish() ? QString() : copy.sqlState() + QLatin1Char(' ') + copy.errorMessage();
    };
    QCOMPARE(copyRows(0, 30000, -1), QString());
    for (int badRow : {0, 15000, 29999}) {
        const QString error = copyRows(100000, 30000, badRow);
        QVERIFY2(error.startsWith(QStringLiteral("23503 ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("file_versions")), qPrintable(error));
    }
    QSqlQuery q = query();
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(file_id) FROM file_versions")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 30000);
    QCOMPARE(q.value(1).toLongLong(), 29999);
}

QTEST_GUILESS_MAIN(tst_PgCopy)
#include "tst_pgcopy.moc"
