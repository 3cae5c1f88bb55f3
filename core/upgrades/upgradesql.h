#pragma once

#include "base/error.h"
#include "upgrades/capstate.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace arrscore {

class Database;

// What LookupStore and SearchStore share: running a statement and reporting a failure in words, an
// INSERT that returns the new row's id on both backends, and an hourly cap's window.
class UpgradeSql
{
public:
    static constexpr qint64 kHourMs = 3600 * 1000;

    UpgradeSql(Database &db, QString failureSentence);

    // Prepares and runs sql with binds; on failure the error (the sentence given to the constructor).
    Result<QSqlQuery> run(const QString &sql, const QVariantList &binds = {}) const;
    // INSERT … (no RETURNING) and the id of the row it made.
    Result<qint64> insert(const QString &sql, const QVariantList &binds) const;
    // Inside a write transaction on PostgreSQL, makes the count-then-insert of a cap exclusive among
    // writers of `table` (SQLite's BEGIN IMMEDIATE already is).
    Status lockForCap(const QString &table) const;
    // A cap from the count of the window and the time of its oldest entry (ms, NULL when none).
    static CapState capOf(int perHour, int used, const QVariant &oldestMs);

    Database &db() const { return m_db; }

private:
    Database &m_db;
    QString m_failure;
};

} // namespace arrscore
