#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringEncoder>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace arrscore {

class Database;

// A prepared statement run through the sqlite3 C API on the connection a QSQLITE QSqlDatabase already
// holds: for the bulk reads and writes, where QSqlQuery's QVariant per value costs more than SQLite.
class SqliteStatement
{
public:
    // The open QSQLITE connection's handle; nullptr for any other driver.
    static sqlite3 *handle(const QSqlDatabase &db);

    explicit SqliteStatement(sqlite3 *db) : m_db(db) {}
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(const QString &sql);

    // Parameters count from 1, as in SQLite. A failed bind is reported by the next step().
    void bindNull(int index);
    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);
    // A null string binds NULL, an empty one ''. The text is copied (as UTF-8).
    void bindText(int index, const QString &text);
    void bindBlob(int index, const QByteArray &bytes);

    enum class Step { Row, Done, Failed };
    Step step();
    // Steps to the end (for statements that return no rows), then resets for the next bindings.
    bool exec();
    void reset();

    // Columns count from 0. text(): NULL is a null QString, '' an empty one.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The UTF-8 bytes of a text column, valid until the next step() or reset(); empty for NULL.
    QByteArrayView raw(int column) const;
    QByteArray blob(int column) const;

    // Logs the last error to arrscore.db and returns a Storage error that says userSentence.
    Error failure(const Database &db, const QString &userSentence) const;

private:
    void noteBind(int rc);

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0;
    QList<QByteArray> m_text; // keeps bound UTF-8 alive until it is replaced
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace arrscore
