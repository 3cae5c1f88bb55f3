#include "storage/sqlitestatement.h"

#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace arrscore {

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Only QSQLITE hands out a sqlite3*; it links the same libsqlite3 as we do.
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteStatement::prepare(const QString &sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_bindError = 0;
    const QByteArray utf8 = sql.toUtf8();
    const int rc =
        sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return false;
    m_text.resize(sqlite3_bind_parameter_count(m_stmt) + 1);
    return true;
}

void SqliteStatement::noteBind(int rc)
{
    if (rc != SQLITE_OK && m_bindError == 0)
        m_bindError = rc;
}

void SqliteStatement::bindNull(int index)
{
    noteBind(sqlite3_bind_null(m_stmt, index));
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    noteBind(sqlite3_bind_int64(m_stmt, index, value));
}

void SqliteStatement::bindDouble(int index, double value)
{
    noteBind(sqlite3_bind_double(m_stmt, index, value));
}

void SqliteStatement::bindText(int index, const QString &text)
{
    if (text.isNull() || index <= 0 || index >= m_text.size()) {
        noteBind(text.isNull() ? sqlite3_bind_null(m_stmt, index) : SQLITE_RANGE);
        return;
    }
    // Encoded into this parameter's own buffer, which keeps its capacity: no allocation per value.
    QByteArray &utf8 = m_text[index];
    utf8.resize(m_encoder.requiredSpace(text.size()));
    const qsizetype size = m_encoder.appendToBuffer(utf8.data(), text) - utf8.constData();
    // nullptr is SQLITE_STATIC: m_text holds the bytes until this parameter is bound again.
    noteBind(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(size), nullptr));
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isNull() || index <= 0 || index >= m_text.size()) {
        noteBind(bytes.isNull() ? sqlite3_bind_null(m_stmt, index) : SQLITE_RANGE);
        return;
    }
    m_text[index] = bytes;
    noteBind(sqlite3_bind_blob(m_stmt, index, m_text[index].constData(), int(bytes.size()), nullptr));
}

SqliteStatement::Step SqliteStatement::step()
{
    if (!m_stmt || m_bindError != 0)
        return Step::Failed;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    return rc == SQLITE_DONE ? Step::Done : Step::Failed;
}

bool SqliteStatement::exec()
{
    Step s = step();
    while (s == Step::Row)
        s = step();
    if (s == Step::Failed)
        return false;
    reset();
    return true;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const unsigned char *data = sqlite3_column_text(m_stmt, column);
    if (!data)
        return {};
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (size == 0)
        return QString(QLatin1String("")); // '' stays an empty string, not a null one
    return QString::fromUtf8(reinterpret_cast<const char *>(data), size);
}

QByteArrayView SqliteStatement::raw(int column) const
{
    const unsigned char *data = sqlite3_column_text(m_stmt, column);
    if (!data)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return isNull(column) ? QByteArray() : QByteArray("");
    return QByteArray(static_cast<const char *>(data), size);
}

Error SqliteStatement::failure(const Database &db, const QString &userSentence) const
{
    const int code = m_bindError != 0 ? m_bindError : sqlite3_extended_errcode(m_db);
    const QString message =
        m_bindError != 0 ? QString::fromUtf8(sqlite3_errstr(m_bindError)) : QString::fromUtf8(sqlite3_errmsg(m_db));
    return db.failure(userSentence, QSqlError(QString(), message, QSqlError::StatementError, QString::number(code)));
}

} // namespace arrscore
