#pragma once

#include "base/error.h"
#include "upgrades/capstate.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace arrscore {

class Database;

// What LookupStore and SearchStore share: running a statement and reporting a failure in words, an
// INSERT that returns the new row's id on both backends, and an hourly cap's window.
class UpgradeSql
{
public:
    static constexpr qint64 kHourMs = qint64(3600) * 1000;

    UpgradeSql(Database &db, QString failureSentence);

    // Prepares and runs sql with binds; on failure the error (the sentence given to the constructor).
    Result<QSqlQuery> run(const QString &sql, const QVariantList &binds = {}) const;
    // INSERT … (no RETURNING) and the id of the row it made.
    Result<qint64> insert(const QString &sql, const QVariantList &binds) const;
    // Starts the write transaction of a reservation under a cap: on PostgreSQL `table` is locked so that
    // the count-then-insert is exclusive among writers (SQLite's BEGIN IMMEDIATE already is), then
    // count() runs. On failure the transaction is rolled back; on success it stays open for the insert.
    Result<CapState> beginReservation(const QString &table, const std::function<Result<CapState>()> &count) const;
    // A cap from the count of the window and the time of its oldest entry (ms, NULL when none).
    static CapState capOf(int perHour, int used, const QVariant &oldestMs);

    Database &db() const { return m_db; }

private:
    Database &m_db;
    QString m_failure;
};

} // namespace arrscore
