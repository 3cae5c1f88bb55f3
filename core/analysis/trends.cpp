#include "analysis/trends.h"

#include "analysis/candidatefinder.h"
#include "storage/snapshotstore.h"

#include <QMap>
#include <QSet>

namespace arrscore {

namespace {

// The keys of what a file holds: a movie, or each of its episodes.
QList<QString> itemKeys(const MediaFile &f)
{
    if (f.kind == MediaKind::Movie)
        return {QStringLiteral("m%1").arg(f.itemId)};
    QList<QString> keys;
    if (!f.episodeIds.isEmpty()) {
        for (const qint64 id : f.episodeIds)
            keys << QStringLiteral("e%1").arg(id);
    } else {
        for (const int number : f.episodes)
            keys << QStringLiteral("s%1:%2:%3").arg(f.itemId).arg(f.season).arg(number);
    }
    return keys;
}

} // namespace

void Trends::add(const LibrarySnapshot &snapshot)
{
    TrendPoint p;
    p.snapshotId = snapshot.id;
    p.instance = snapshot.instance.name;
    p.syncedAt = snapshot.finishedAt.toUTC();
    p.files = int(snapshot.files.size());
    qint64 sum = 0;
    for (const MediaFile &f : snapshot.files) {
        if (f.customFormatScore) {
            ++p.scoredFiles;
            sum += *f.customFormatScore;
        }
    }
    if (p.scoredFiles > 0)
        p.meanScore = double(sum) / p.scoredFiles;
    p.candidates = CandidateFinder::count(snapshot);

    QHash<QString, qint64> current;
    QSet<qint64> replacing;
    const auto previous = m_previous.constFind(p.instance);
    for (const MediaFile &f : snapshot.files) {
        for (const QString &key : itemKeys(f)) {
            current.insert(key, f.fileId);
            if (previous != m_previous.cend()) {
                const auto before = previous->constFind(key);
                if (before != previous->cend() && before.value() != f.fileId)
                    replacing.insert(f.fileId);
            }
        }
    }
    if (previous != m_previous.cend())
        p.upgrades = int(replacing.size());
    m_previous.insert(p.instance, current);
    m_points.append(p);
}

TrendReport Trends::result() const
{
    TrendReport report;
    report.points = m_points;
    QMap<QDate, int> weeks;
    for (const TrendPoint &p : m_points) {
        if (!p.upgrades || !p.syncedAt.isValid())
            continue;
        const QDate day = p.syncedAt.date();
        weeks[day.addDays(1 - day.dayOfWeek())] += *p.upgrades;
    }
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it)
        report.upgradesPerWeek.append({it.key(), it.value()});
    return report;
}

Result<TrendReport> Trends::load(SnapshotStore &store, const QString &instanceName, int maxSnapshots,
                                 const QList<LibrarySnapshot> &loaded)
{
    Result<QList<SnapshotInfo>> infos = store.list(instanceName);
    if (!infos)
        return infos.error();
    // Newest maxSnapshots per instance, kept oldest first.
    QHash<QString, int> kept;
    QList<qint64> ids;
    for (qsizetype i = infos->size() - 1; i >= 0; --i) {
        const SnapshotInfo &info = infos->at(i);
        if (kept[info.instanceName]++ < maxSnapshots)
            ids.prepend(info.id);
    }
    Trends trends;
    for (const qint64 id : std::as_const(ids)) {
        const auto known =
            std::find_if(loaded.cbegin(), loaded.cend(), [id](const LibrarySnapshot &s) { return s.id == id; });
        if (known != loaded.cend()) {
            trends.add(*known); // already in memory: not read a second time
            continue;
        }
        Result<LibrarySnapshot> snapshot = store.load(id);
        if (!snapshot)
            return snapshot.error();
        trends.add(snapshot.value());
    }
    return trends.result();
}

} // namespace arrscore
