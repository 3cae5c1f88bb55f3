#include "history/snapshotpruner.h"

#include "base/logging.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace arrscore {

namespace {

constexpr int kIdsPerUpdate = 500;
// Marks snapshots being deleted inside the transaction. Readers only ever see complete = 1, and the
// mark never outlives the transaction.
constexpr int kPruning = -1;

// One instance's snapshots seen so far, newest first: the days, weeks and months that already have the
// snapshot they keep (the newest of each).
struct RetentionBuckets
{
    QSet<qint64> days;
    QSet<qint64> weeks;
    QSet<qint64> months;

    bool keeps(const RetentionPolicy &policy, const QDateTime &now, const QDateTime &when)
    {
        const QDate date = when.date();
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        const bool firstOfDay = !days.contains(date.toJulianDay());
        const bool firstOfWeek = !weeks.contains(qint64(weekYear) * 100 + week);
        const bool firstOfMonth = !months.contains(qint64(date.year()) * 100 + date.month());
        days.insert(date.toJulianDay());
        weeks.insert(qint64(weekYear) * 100 + week);
        months.insert(qint64(date.year()) * 100 + date.month());
        const auto within = [&](const QDateTime &start) { return when >= start; };
        return (policy.keepAllDays > 0 && within(now.addDays(-policy.keepAllDays)))
               || (policy.keepDailyDays > 0 && firstOfDay && within(now.addDays(-policy.keepDailyDays)))
               || (policy.keepWeeklyWeeks > 0 && firstOfWeek && within(now.addDays(-7LL * policy.keepWeeklyWeeks)))
               || (policy.keepMonthlyMonths > 0 && firstOfMonth && within(now.addMonths(-policy.keepMonthlyMonths)));
    }
};

} // namespace

Error SnapshotPruner::failed(const QSqlQuery &q) const
{
    return m_db.failure(
        tr("Cannot delete old snapshots from the database %1. Nothing was deleted.").arg(m_db.displayLocation()),
        q.lastError());
}

Status SnapshotPruner::exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() ? Status::success() : Status(failed(q));
}

Result<PruneResult> SnapshotPruner::prune(const PruneRule &rule)
{
    if (!rule.keep && !rule.before && !(rule.retention && rule.retention->isSet()))
        return Error{ErrorKind::Config,
                     tr("Say which snapshots to delete: keep the newest N, or those older than a date.")};
    if (rule.keep && *rule.keep < 1)
        return Error{ErrorKind::Config, tr("At least the latest snapshot of each instance is kept: keep 1 or more.")};
    const Status begun = m_db.beginWrite();
    if (!begun)
        return begun.error();
    PruneResult result;
    const auto abort = [this](const Error &error) {
        m_db.rollback();
        return error;
    };
    Result<QList<qint64>> chosen = choose(rule);
    if (!chosen)
        return abort(chosen.error());
    result.deletedSnapshots = *chosen;
    if (result.deletedSnapshots.isEmpty()) {
        m_db.rollback();
        return result;
    }
    QSqlQuery q(m_db.connection());
    for (qsizetype start = 0; start < chosen->size(); start += kIdsPerUpdate) {
        const qsizetype n = std::min<qsizetype>(kIdsPerUpdate, chosen->size() - start);
        QVariantList values{kPruning};
        for (qsizetype k = 0; k < n; ++k)
            values << chosen->at(start + k);
        const Status marked = exec(q,
                                   QStringLiteral("UPDATE snapshots SET complete = ? WHERE id IN (%1)")
                                       .arg(QStringList(n, QStringLiteral("?")).join(QLatin1Char(','))),
                                   values);
        if (!marked)
            return abort(marked.error());
    }
    qint64 *counts[] = {&result.fileRows, &result.profileRows, &result.formatRows};
    const QString tables[] = {QStringLiteral("file_versions"), QStringLiteral("profile_versions"),
                              QStringLiteral("format_versions")};
    for (int t = 0; t < 3; ++t) {
        const Result<qint64> deleted = pruneTable(tables[t]);
        if (!deleted)
            return abort(deleted.error());
        *counts[t] = *deleted;
    }
    // Episode links of files no version row mentions any more.
    Status s = exec(q, QStringLiteral("DELETE FROM file_episodes WHERE NOT EXISTS (SELECT 1 FROM file_versions fv "
                                      "WHERE fv.instance_id = file_episodes.instance_id AND "
                                      "fv.item_id = file_episodes.series_id AND fv.file_id = file_episodes.file_id)"));
    if (s)
        s = exec(q, QStringLiteral("DELETE FROM snapshots WHERE complete = ?"), {kPruning});
    if (!s)
        return abort(s.error());
    q.finish();
    const Status committed = m_db.commit();
    if (!committed)
        return committed.error();
    qCInfo(lcDb) << "pruned" << result.deletedSnapshots.size() << "snapshots," << result.fileRows << "file rows,"
                 << result.profileRows << "profile rows," << result.formatRows << "format rows";
    return result;
}

Result<QList<qint64>> SnapshotPruner::choose(const PruneRule &rule)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.instance_id, s.finished_at, s.started_at FROM snapshots s "
                             "JOIN instances i ON i.id = s.instance_id WHERE s.complete = 1")
              + (rule.instanceName.isEmpty() ? QString() : QStringLiteral(" AND i.name = ?"))
              + QStringLiteral(" ORDER BY s.id DESC"));
    if (!rule.instanceName.isEmpty())
        q.addBindValue(rule.instanceName);
    if (!q.exec())
        return failed(q);
    QHash<qint64, int> seen; // per instance, newest first
    QHash<qint64, RetentionBuckets> buckets;
    QList<qint64> chosen;
    const qint64 cutoff = rule.before ? rule.before->toMSecsSinceEpoch() : 0;
    const QDateTime now = (rule.now.isValid() ? rule.now : QDateTime::currentDateTimeUtc()).toUTC();
    while (q.next()) {
        const qint64 instance = q.value(1).toLongLong();
        const int position = seen[instance]++;
        const QVariant finished = q.value(2).isNull() ? q.value(3) : q.value(2);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(finished.toLongLong(), Qt::UTC);
        // Every snapshot passes through its instance's buckets, the latest too, so that it is the one kept
        // for its day, week and month.
        const bool retained =
            rule.retention && !finished.isNull() && buckets[instance].keeps(*rule.retention, now, when);
        if (position == 0)
            continue; // the latest of its instance
        const bool beyondKeep = rule.keep && position >= *rule.keep;
        const bool tooOld = rule.before && !finished.isNull() && finished.toLongLong() < cutoff;
        const bool notRetained = rule.retention && rule.retention->isSet() && !retained;
        if (beyondKeep || tooOld || notRetained)
            chosen.prepend(q.value(0).toLongLong());
    }
    return chosen;
}

Result<PruneResult> SnapshotPruner::applyRetention(const RetentionPolicy &policy, const QString &instanceName)
{
    if (!policy.isSet())
        return PruneResult{};
    PruneRule rule;
    rule.retention = policy;
    rule.instanceName = instanceName;
    return prune(rule);
}

// Membership is valid_from <= S < valid_to over snapshot ids. A row no kept snapshot falls in is
// deleted; a bound at a deleted snapshot moves to the next kept one, which keeps every kept snapshot's
// set of rows as it was (the latest snapshot is kept, so there always is a next one).
Result<qint64> SnapshotPruner::pruneTable(const QString &table)
{
    QSqlQuery q(m_db.connection());
    Status s = exec(q,
                    QStringLiteral("DELETE FROM %1 WHERE EXISTS (SELECT 1 FROM snapshots d WHERE d.complete = ? AND "
                                   "d.instance_id = %1.instance_id) AND NOT EXISTS (SELECT 1 FROM snapshots s "
                                   "WHERE s.instance_id = %1.instance_id AND s.complete = 1 AND s.id >= %1.valid_from "
                                   "AND (%1.valid_to IS NULL OR s.id < %1.valid_to))")
                        .arg(table),
                    {kPruning});
    if (!s)
        return s.error();
    const qint64 deleted = q.numRowsAffected();
    for (const QString &bound : {QStringLiteral("valid_from"), QStringLiteral("valid_to")}) {
        s = exec(q,
                 QStringLiteral("UPDATE %1 SET %2 = (SELECT MIN(s.id) FROM snapshots s WHERE s.instance_id = "
                                "%1.instance_id AND s.complete = 1 AND s.id > %1.%2) WHERE %2 IN (SELECT id FROM "
                                "snapshots WHERE complete = ?)")
                     .arg(table, bound),
                 {kPruning});
        if (!s)
            return s.error();
    }
    return deleted;
}

} // namespace arrscore
