#include "audit/auditor.h"

#include "storage/database.h"
#include "storage/serverhistorystore.h"
#include "storage/snapshotstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace arrscore {

namespace {

QDateTime timeOf(const QVariant &finished, const QVariant &started)
{
    const QVariant &v = finished.isNull() ? started : finished;
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

Auditor::Auditor(Database &db) : m_db(db) {}

Result<AuditInput> Auditor::input(const QString &instance, const LibrarySnapshot &latest, int loopWindowDays,
                                  const QDateTime &now)
{
    AuditInput in;
    in.snapshot = &latest;
    in.loopWindowDays = loopWindowDays;
    in.now = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    ServerHistoryStore history(m_db);
    Result<QList<ServerEvent>> events = history.events(instance);
    if (!events)
        return events.error();
    in.events = std::move(events).value();
    Result<QHash<qint64, int>> listScores = history.itemListScores(latest.id);
    if (!listScores)
        return listScores.error();
    in.itemListScores = std::move(listScores).value();
    Result<QList<HistoryRead>> reads = history.reads(instance);
    if (!reads)
        return reads.error();
    if (!reads->isEmpty()) {
        in.grabScores = reads->last().grabScores;
        in.importScores = reads->last().importScores;
    }

    // Versions that began after the instance's first snapshot: edits our snapshots saw.
    const QString cannot =
        tr("Cannot read the snapshot history of %1 from the database %2.").arg(instance, m_db.displayLocation());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT MIN(s.id), MIN(s.finished_at), MIN(s.started_at) FROM snapshots s JOIN instances "
                             "i ON i.id = s.instance_id WHERE i.name = ? AND s.complete = 1"));
    q.addBindValue(instance);
    if (!q.exec() || !q.next())
        return m_db.failure(cannot, q.lastError());
    const qint64 first = q.value(0).toLongLong();
    in.firstSnapshotAt = timeOf(q.value(1), q.value(2));
    q.finish();
    for (const QString &table : {QStringLiteral("profile_versions"), QStringLiteral("format_versions")}) {
        const bool profiles = table == QLatin1String("profile_versions");
        q.prepare(QStringLiteral("SELECT %1, s.finished_at, s.started_at FROM %2 v JOIN snapshots s ON s.id = "
                                 "v.valid_from JOIN instances i ON i.id = v.instance_id WHERE i.name = ? AND "
                                 "v.valid_from > ? AND s.complete = 1")
                      .arg(profiles ? QStringLiteral("v.profile_id") : QStringLiteral("v.format_id"), table));
        q.addBindValue(instance);
        q.addBindValue(first);
        if (!q.exec())
            return m_db.failure(cannot, q.lastError());
        while (q.next()) {
            const QDateTime at = timeOf(q.value(1), q.value(2));
            if (profiles)
                in.profileEdits[q.value(0).toInt()] << at;
            else
                in.formatEdits << at;
        }
        q.finish();
    }
    return in;
}

Result<Auditor::Outcome> Auditor::run(const Options &options)
{
    Result<QList<LibrarySnapshot>> latest = options.latest ? Result<QList<LibrarySnapshot>>(*options.latest)
                                                           : SnapshotStore(m_db).latestOf(options.instances);
    if (!latest)
        return latest.error();
    ServerHistoryStore history(m_db);
    Outcome outcome;
    for (const LibrarySnapshot &snapshot : std::as_const(latest.value())) {
        const QString &name = snapshot.instance.name;
        if (options.latest && !options.instances.isEmpty() && !options.instances.contains(name))
            continue;
        Result<AuditInput> in = input(name, snapshot, options.loopWindowDays.value(name, 30), options.now);
        if (!in)
            return in.error();
        Result<QList<HistoryRead>> reads = history.reads(name);
        if (!reads)
            return reads.error();
        if (reads->isEmpty())
            outcome.notes << tr("%1: the server's history was never read (history_days is 0, or every read "
                                "failed): only score mismatches can be found. Sync it with history_days set.")
                                 .arg(name);
        else
            outcome.notes << AuditRules::limits(*in, name);
        outcome.findings << AuditRules::run(*in, options.kinds);
    }
    std::stable_sort(outcome.findings.begin(), outcome.findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.kind, a.instance, a.title, a.itemId) < std::tie(b.kind, b.instance, b.title, b.itemId);
    });
    return outcome;
}

Result<FindingIndex> Auditor::index(const Options &options)
{
    Options all = options;
    all.kinds.clear();
    Result<Outcome> outcome = run(all);
    if (!outcome)
        return outcome.error();
    return FindingIndex(outcome->findings);
}

} // namespace arrscore
