#pragma once

#include "base/error.h"
#include "storage/database.h"
#include "storage/fileversioncolumns.h"
#include "storage/pgcopy.h"
#include "storage/savecontext.h"
#include "storage/sqlitestatement.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace arrscore {

// Inserts many rows into one table the fastest way the save's connection has: COPY on PostgreSQL,
// multi-row INSERTs otherwise (through the sqlite3 C API on SQLite). Checks for cancel every few
// thousand rows.
class BulkInserter
{
public:
    enum class OnConflict { Fail, Skip };

    explicit BulkInserter(const SaveContext &context) : m_context(context) {}

    // Inserts count rows of columns into table, rowsPerStatement rows per INSERT. writeRow(sink, k)
    // writes row k's values, one per column, to a sink (see storage::writeFileColumns()).
    template <typename WriteRow>
    Status insert(const QString &table, const QStringList &columns, qsizetype count, int rowsPerStatement,
                  const WriteRow &writeRow, OnConflict onConflict = OnConflict::Fail) const;

private:
    template <typename WriteRow>
    Status copy(const QString &table, const QStringList &columns, qsizetype count, const WriteRow &writeRow,
                OnConflict onConflict) const;
    Status forEachChunk(qsizetype count, int rowsPerChunk,
                        const std::function<Status(qsizetype, qsizetype)> &chunk) const;
    static QString insertSql(const QString &table, const QStringList &columns, const QStringList &names, qsizetype rows,
                             OnConflict onConflict);
    static storage::StatementSink sinkFor(SqliteStatement &st, const QStringList &) { return {st}; }
    static storage::QuerySink sinkFor(QSqlQuery &q, const QStringList &names) { return {q, names}; }

    static constexpr int kCancelCheckRows = 2048;

    const SaveContext &m_context;
    // The sqlite3 path's prepared INSERTs, by table, conflict policy, columns and rows.
    mutable std::map<QString, std::unique_ptr<SqliteStatement>> m_statements;
};

template <typename WriteRow>
Status BulkInserter::insert(const QString &table, const QStringList &columns, qsizetype count, int rowsPerStatement,
                            const WriteRow &writeRow, OnConflict onConflict) const
{
    if (count == 0)
        return Status::success();
    if (m_context.pg())
        return copy(table, columns, count, writeRow, onConflict);
    // Placeholders: "?" for the sqlite3 path, which binds by position (SQLite looks each name up among those
    // before it while preparing: at 64 rows of 45 columns, most of the time of a batch staged as it arrives);
    // :v0, :v1, ... numbered across the rows of one statement for QSqlQuery, which binds by name.
    sqlite3 *handle = m_context.sqlite();
    QStringList names;
    for (qsizetype n = 0; n < rowsPerStatement * columns.size(); ++n)
        names << (handle ? QStringLiteral("?") : QStringLiteral(":v%1").arg(n));
    // QSqlQuery: the full-size statement is prepared once per call; only the last one can be shorter.
    const auto run = [&](auto newStatement) {
        auto full = newStatement();
        decltype(full) partial;
        return forEachChunk(count, rowsPerStatement, [&](qsizetype first, qsizetype n) -> Status {
            const bool isFull = n == rowsPerStatement;
            if (!isFull)
                partial = newStatement();
            auto &st = isFull ? *full : *partial;
            if ((!isFull || first == 0) && !st.prepare(insertSql(table, columns, names, n, onConflict)))
                return m_context.failed(st);
            auto sink = sinkFor(st, names);
            for (qsizetype k = first; k < first + n; ++k)
                writeRow(sink, k);
            return st.exec() ? Status::success() : Status(m_context.failed(st));
        });
    };
    if (!handle)
        return run([this] { return std::make_unique<QSqlQuery>(m_context.db().connection()); });
    // sqlite3: each statement is prepared once and kept for this inserter's life, so that a caller inserting
    // batch after batch (FileStaging: one per series) does not prepare a statement of thousands of
    // parameters for every batch. One that failed is dropped, and with it any state it was left in.
    const QString shape = table + QLatin1Char('|') + QString::number(int(onConflict)) + QLatin1Char('|')
                          + columns.join(QLatin1Char(',')) + QLatin1Char('|');
    return forEachChunk(count, rowsPerStatement, [&](qsizetype first, qsizetype n) -> Status {
        const QString key = shape + QString::number(n);
        std::unique_ptr<SqliteStatement> &st = m_statements[key];
        if (!st) {
            st = std::make_unique<SqliteStatement>(handle);
            if (!st->prepare(insertSql(table, columns, names, n, onConflict))) {
                const Error error = m_context.failed(*st);
                m_statements.erase(key);
                return error;
            }
        }
        auto sink = sinkFor(*st, names);
        for (qsizetype k = first; k < first + n; ++k)
            writeRow(sink, k);
        if (st->exec())
            return Status::success();
        const Error error = m_context.failed(*st);
        m_statements.erase(key);
        return error;
    });
}

// PostgreSQL's bulk path: one COPY, a few round trips in all instead of one per statement, and no
// statement to plan. COPY has no ON CONFLICT, so rows that may repeat stored ones go through a temporary
// table first.
template <typename WriteRow>
Status BulkInserter::copy(const QString &table, const QStringList &columns, qsizetype count, const WriteRow &writeRow,
                          OnConflict onConflict) const
{
    const QString target = onConflict == OnConflict::Skip ? QStringLiteral("arrscore_new_%1").arg(table) : table;
    if (onConflict == OnConflict::Skip) {
        if (const Status s =
                m_context.exec(QStringLiteral("CREATE TEMPORARY TABLE %1 (LIKE %2) ON COMMIT DROP").arg(target, table));
            !s)
            return s;
    }
    PgCopy copy(m_context.pg());
    if (!copy.begin(target, columns))
        return m_context.failed(copy);
    for (qsizetype k = 0; k < count; ++k) {
        writeRow(copy, k);
        if (!copy.endRow())
            return m_context.failed(copy);
        if ((k + 1) % kCancelCheckRows == 0 && m_context.cancelled()) {
            copy.abort(QStringLiteral("cancelled"));
            return m_context.cancelledError();
        }
    }
    if (!copy.finish())
        return m_context.failed(copy);
    if (onConflict == OnConflict::Fail)
        return Status::success();
    const QString list = columns.join(QLatin1Char(','));
    const Status moved = m_context.exec(
        QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 ON CONFLICT DO NOTHING").arg(table, list, target));
    return moved ? m_context.exec(QStringLiteral("DROP TABLE %1").arg(target)) : moved;
}

} // namespace arrscore
