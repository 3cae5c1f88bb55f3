#include "storage/pgcopy.h"

#include "base/logging.h"
#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#ifdef ARRSCORE_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

#include <charconv>
#include <cmath>
#include <cstring>

namespace arrscore {

namespace {

// Rows are sent in pieces of about this size: large enough that libpq's calls cost nothing, small
// enough that the buffer stays out of the way of a 100,000-file save's memory.
constexpr qsizetype kSendBytes = qsizetype(256) * 1024;

// Appends bytes escaped for COPY's text format: backslash, tab, newline and carriage return are the
// characters that would otherwise end a value or a row (or start an escape). Everything else, UTF-8
// included, goes as it is.
void appendEscaped(QByteArray &out, const char *data, qsizetype size)
{
    const qsizetype start = out.size();
    out.resize(start + 2 * size);
    char *w = out.data() + start;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\\':
            *w++ = '\\';
            *w++ = '\\';
            break;
        case '\t':
            *w++ = '\\';
            *w++ = 't';
            break;
        case '\n':
            *w++ = '\\';
            *w++ = 'n';
            break;
        case '\r':
            *w++ = '\\';
            *w++ = 'r';
            break;
        default:
            *w++ = c;
        }
    }
    out.resize(w - out.constData());
}

} // namespace

bool PgCopy::isCompiledIn()
{
#ifdef ARRSCORE_HAVE_LIBPQ
    return true;
#else
    return false;
#endif
}

pg_conn *PgCopy::handle(const QSqlDatabase &db)
{
#ifdef ARRSCORE_HAVE_LIBPQ
    if (!db.isOpen() || !db.driver() || qEnvironmentVariable("ARRSCORE_PG_COPY") == QLatin1String("0"))
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Only QPSQL hands out a PGconn* (Qt 6.4 names the type by its struct tag); Debian's plugin links the
    // same libpq as we do.
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    PGconn *conn = *static_cast<PGconn *const *>(v.constData());
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return nullptr;
    // QPSQL sets UTF-8 when it connects; the rows below are UTF-8, so anything else keeps to QtSql.
    if (qstrcmp(pg_encoding_to_char(PQclientEncoding(conn)), "UTF8") != 0) {
        qCDebug(lcDb) << "COPY not used: client encoding" << pg_encoding_to_char(PQclientEncoding(conn));
        return nullptr;
    }
    return conn;
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

PgCopy::~PgCopy()
{
    if (m_active)
        abort(QStringLiteral("abandoned"));
}

void PgCopy::noteError(const QString &message, const QString &sqlState)
{
    // The first error is the cause; whatever follows (e.g. "no COPY in progress") is a consequence.
    if (!m_error.isEmpty())
        return;
    m_error = message.trimmed();
    m_sqlState = sqlState;
}

bool PgCopy::begin(const QString &table, const QStringList &columns)
{
    m_rows = 0;
    m_buffer.resize(0);
#ifdef ARRSCORE_HAVE_LIBPQ
    if (!m_conn) {
        noteError(QStringLiteral("no PostgreSQL connection"));
        return false;
    }
    // A query QtSql has not read to its end would make libpq refuse the COPY in a less clear way.
    if (PQtransactionStatus(m_conn) == PQTRANS_ACTIVE) {
        noteError(QStringLiteral("the connection is still busy with another statement"));
        return false;
    }
    const QByteArray sql =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QLatin1Char(','))).toUtf8();
    PGresult *res = PQexec(m_conn, sql.constData());
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_COPY_IN) {
        noteError(QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(m_conn)),
                  QString::fromUtf8(res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr));
        PQclear(res);
        // A COPY OUT or anything unexpected: end it so that the connection is usable again.
        if (status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH)
            collectResults();
        return false;
    }
    PQclear(res);
    m_active = true;
    m_buffer.reserve(kSendBytes + kSendBytes / 4);
    return true;
#else
    Q_UNUSED(table);
    Q_UNUSED(columns);
    noteError(QStringLiteral("this build has no libpq"));
    return false;
#endif
}

void PgCopy::null()
{
    m_buffer.append("\\N\t", 3);
}

void PgCopy::int64(qint64 v)
{
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, v);
    m_buffer.append(digits, r.ptr - digits);
    m_buffer.append('\t');
}

void PgCopy::real(double v)
{
    if (std::isnan(v)) {
        m_buffer.append("NaN\t", 4);
    } else if (std::isinf(v)) {
        m_buffer.append(v > 0 ? QByteArrayView("Infinity\t") : QByteArrayView("-Infinity\t"));
    } else {
        // The shortest text that reads back as exactly v, as PostgreSQL itself prints float8.
        char digits[32];
        const auto r = std::to_chars(digits, digits + sizeof digits, v);
        m_buffer.append(digits, r.ptr - digits);
        m_buffer.append('\t');
    }
}

void PgCopy::text(const QString &s)
{
    if (s.isNull()) {
        null();
        return;
    }
    // Encoded into a buffer that keeps its capacity: no allocation per value.
    m_scratch.resize(m_encoder.requiredSpace(s.size()));
    const qsizetype size = m_encoder.appendToBuffer(m_scratch.data(), s) - m_scratch.constData();
    appendEscaped(m_buffer, m_scratch.constData(), size);
    m_buffer.append('\t');
}

void PgCopy::bytes(const QByteArray &b)
{
    if (b.isNull()) {
        null();
        return;
    }
    // bytea's hex input \x0a1b..., with the backslash itself escaped for the text format.
    static const char hex[] = "0123456789abcdef";
    const qsizetype start = m_buffer.size();
    m_buffer.resize(start + 3 + 2 * b.size() + 1);
    char *w = m_buffer.data() + start;
    *w++ = '\\';
    *w++ = '\\';
    *w++ = 'x';
    for (const char c : b) {
        const auto u = static_cast<unsigned char>(c);
        *w++ = hex[u >> 4];
        *w++ = hex[u & 0xf];
    }
    *w = '\t';
}

void PgCopy::optionalInt(const std::optional<int> &v)
{
    if (v)
        int64(*v);
    else
        null();
}

void PgCopy::time(const QDateTime &t)
{
    if (t.isValid())
        int64(t.toMSecsSinceEpoch());
    else
        null();
}

bool PgCopy::endRow()
{
    // Every value ends in a tab; the row's last one ends it instead.
    if (!m_buffer.isEmpty() && m_buffer.back() == '\t')
        m_buffer.back() = '\n';
    ++m_rows;
    return m_buffer.size() < kSendBytes || send();
}

bool PgCopy::send()
{
#ifdef ARRSCORE_HAVE_LIBPQ
    if (!m_active)
        return false;
    if (!m_buffer.isEmpty() && PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        // Usually the server has already refused a row; its reason comes with the results.
        noteError(QString::fromUtf8(PQerrorMessage(m_conn)));
        m_active = false;
        PQputCopyEnd(m_conn, "send failed");
        collectResults();
        m_buffer.resize(0);
        return false;
    }
    m_buffer.resize(0);
    return true;
#else
    return false;
#endif
}

bool PgCopy::finish()
{
#ifdef ARRSCORE_HAVE_LIBPQ
    if (!m_active)
        return false;
    if (!send())
        return false;
    m_active = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        noteError(QString::fromUtf8(PQerrorMessage(m_conn)));
    collectResults();
    return m_error.isEmpty();
#else
    return false;
#endif
}

void PgCopy::abort(const QString &reason)
{
#ifdef ARRSCORE_HAVE_LIBPQ
    if (!m_active)
        return;
    m_active = false;
    m_buffer.resize(0);
    PQputCopyEnd(m_conn, reason.toUtf8().constData());
    const QString kept = m_error;
    collectResults(); // the server answers with the error we asked for; it is no news
    m_error = kept;
#else
    Q_UNUSED(reason);
#endif
}

// Reads every result of the COPY, so that the connection is free for QtSql again.
void PgCopy::collectResults()
{
#ifdef ARRSCORE_HAVE_LIBPQ
    while (PGresult *res = PQgetResult(m_conn)) {
        const ExecStatusType status = PQresultStatus(res);
        if (status != PGRES_COMMAND_OK)
            noteError(QString::fromUtf8(PQresultErrorMessage(res)),
                      QString::fromUtf8(PQresultErrorField(res, PG_DIAG_SQLSTATE)));
        PQclear(res);
        if (status == PGRES_COPY_IN)
            PQputCopyEnd(m_conn, "unexpected COPY IN"); // cannot happen after PQputCopyEnd; never loop on it
        if (PQstatus(m_conn) == CONNECTION_BAD)
            break;
    }
#endif
}

Error PgCopy::failure(const Database &db, const QString &userSentence) const
{
    return db.failure(userSentence, QSqlError(QString(), m_error, QSqlError::StatementError, m_sqlState));
}

} // namespace arrscore
