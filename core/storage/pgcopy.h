#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <optional>

class QSqlDatabase;
struct pg_conn; // libpq's PGconn

namespace arrscore {

class Database;

// COPY table (columns) FROM STDIN, text format, through libpq on the connection a QPSQL QSqlDatabase
// already holds, so inside the transaction QtSql opened: for the bulk inserts, where prepared multi-row
// INSERTs spend most of their time waiting for the server.
//
// Usage: begin(), then per row one value call per column in order and endRow(), then finish(). Any
// failure (the server refusing a row, a lost connection) shows in finish(); the transaction is then
// aborted and must be rolled back.
class PgCopy
{
public:
    // Whether this build has libpq (ARRSCORE_HAVE_LIBPQ); without it handle() is always nullptr.
    static bool isCompiledIn();
    // The open QPSQL connection's PGconn when it can take COPY data (client encoding UTF-8); nullptr
    // for any other driver, and always without libpq. ARRSCORE_PG_COPY=0 in the environment also gives
    // nullptr: the QtSql INSERT path then runs, for tests and for ruling COPY out when diagnosing.
    static pg_conn *handle(const QSqlDatabase &db);

    explicit PgCopy(pg_conn *conn) : m_conn(conn) {}
    ~PgCopy(); // abandons a COPY that was begun and not finished: the server stores none of its rows
    PgCopy(const PgCopy &) = delete;
    PgCopy &operator=(const PgCopy &) = delete;

    // Starts COPY; table and columns are our own identifiers, never user input.
    bool begin(const QString &table, const QStringList &columns);

    // The values of the current row, one per column, in order.
    void null();
    void int32(int v) { int64(v); }
    void int64(qint64 v);
    void real(double v);
    void text(const QString &s);     // a null string is NULL, an empty one ''
    void bytes(const QByteArray &b); // bytea; a null array is NULL, an empty one ''
    void optionalInt(const std::optional<int> &v);
    void time(const QDateTime &t); // milliseconds since the epoch; an invalid time is NULL
    // Ends the row; sends the buffered rows once enough have gathered. False once sending failed.
    bool endRow();

    // Sends the rest and ends the COPY. False when the server refused it; no row is stored then.
    bool finish();
    // Ends the COPY with an error, so that the server stores none of its rows (e.g. when cancelled).
    void abort(const QString &reason);

    qint64 rowCount() const { return m_rows; }
    // libpq's or the server's message, and the SQLSTATE when the server sent one.
    QString errorMessage() const { return m_error; }
    QString sqlState() const { return m_sqlState; }
    // Logs the error to arrscore.db and returns a Storage error that says userSentence.
    Error failure(const Database &db, const QString &userSentence) const;

private:
    bool send();
    void collectResults();
    void noteError(const QString &message, const QString &sqlState = {});

    pg_conn *m_conn;
    bool m_active = false;
    qint64 m_rows = 0;
    QByteArray m_buffer;  // rows not yet sent
    QByteArray m_scratch; // one text value as UTF-8, before escaping
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QString m_error;
    QString m_sqlState;
};

} // namespace arrscore
