#include "history/snapshotdiffer.h"

#include "storage/columnvalues.h"
#include "storage/fileversioncolumns.h"
#include "storage/profilerows.h"
#include "storage/snapshotstore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace arrscore {

using namespace storage;

namespace {

std::optional<int> listedScore(const QualityProfile *profile, int formatId)
{
    if (!profile)
        return std::nullopt;
    for (const FormatItem &item : profile->formatItems) {
        if (item.formatId == formatId)
            return item.score;
    }
    return std::nullopt;
}

QList<FormatScoreMove> scoreMoves(const QualityProfile *from, const QualityProfile *to, const QList<int> &formatIds,
                                  const QHash<int, QString> &names)
{
    QList<FormatScoreMove> moves;
    for (int id : formatIds) {
        const std::optional<int> before = listedScore(from, id);
        const std::optional<int> after = listedScore(to, id);
        if (before != after)
            moves.append({id, names.value(id), before, after});
    }
    return moves;
}

// The item keys a file stands for: its movie, or each of its episodes.
QList<std::pair<int, qint64>> itemKeys(const MediaFile &f)
{
    if (f.kind == MediaKind::Movie)
        return {{0, f.itemId}};
    QList<std::pair<int, qint64>> keys;
    for (qint64 id : f.episodeIds)
        keys.append({1, id});
    if (keys.isEmpty()) // an episode file without episode ids: its series and numbers stand in
        keys.append(
            {2, f.itemId * 1000000 + qint64(f.season) * 1000 + (f.episodes.isEmpty() ? 0 : f.episodes.first())});
    return keys;
}

} // namespace

const QualityProfile *SnapshotDiffer::profileIn(const Catalogue &catalogue, int profileId)
{
    const auto it = catalogue.profiles.constFind(profileId);
    return it == catalogue.profiles.cend() ? nullptr : &*it;
}

Error SnapshotDiffer::cannotRead(const QSqlQuery &q) const
{
    return m_db.failure(tr("Cannot compare the snapshots in the database %1.").arg(m_db.displayLocation()),
                        q.lastError());
}

Result<SnapshotDiff> SnapshotDiffer::diff(qint64 fromId, qint64 toId)
{
    SnapshotStore store(m_db);
    const Result<SnapshotHeader> from = store.header(fromId);
    if (!from)
        return from.error();
    const Result<SnapshotHeader> to = store.header(toId);
    if (!to)
        return to.error();
    if (from->instanceId != to->instanceId) {
        return Error{ErrorKind::Config, tr("Snapshot %1 is of %2 and snapshot %3 of %4: only snapshots of one instance "
                                           "can be compared.")
                                            .arg(fromId)
                                            .arg(from->snapshot.instance.name)
                                            .arg(toId)
                                            .arg(to->snapshot.instance.name)};
    }
    SnapshotDiff diff;
    diff.instanceName = from->snapshot.instance.name;
    diff.type = from->snapshot.instance.type;
    diff.fromId = fromId;
    diff.toId = toId;
    diff.fromTime = from->time();
    diff.toTime = to->time();
    Result<QList<MediaFile>> before = rowsOnlyIn(from->instanceId, fromId, toId);
    if (!before)
        return before.error();
    Result<QList<MediaFile>> after = rowsOnlyIn(from->instanceId, toId, fromId);
    if (!after)
        return after.error();
    Result<Catalogue> fromCatalogue = catalogue(from->instanceId, fromId);
    if (!fromCatalogue)
        return fromCatalogue.error();
    Result<Catalogue> toCatalogue = catalogue(from->instanceId, toId);
    if (!toCatalogue)
        return toCatalogue.error();
    compareCatalogues(diff, *fromCatalogue, *toCatalogue);
    classify(diff, *before, *after, *fromCatalogue, *toCatalogue);
    return diff;
}

Result<QList<MediaFile>> SnapshotDiffer::rowsOnlyIn(qint64 instanceId, qint64 at, qint64 other)
{
    QList<MediaFile> files;
    if (at == other)
        return files;
    // Rows are valid in [valid_from, valid_to): a row of `at` that is not one of `other` either ended
    // between them (at < other) or started between them (at > other).
    const QString condition =
        at < other ? QStringLiteral("valid_from <= ? AND valid_to > ? AND valid_to <= ?")
                   : QStringLiteral("valid_from > ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM file_versions WHERE instance_id = ? AND %2")
                  .arg(fileVersionColumns().join(QLatin1Char(',')), condition));
    q.addBindValue(instanceId);
    if (at < other) {
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(other);
    } else {
        q.addBindValue(other);
        q.addBindValue(at);
        q.addBindValue(at);
    }
    if (!q.exec())
        return cannotRead(q);
    ListDecoder lists;
    while (q.next())
        files.append(readFile(q, lists));
    return files;
}

Result<SnapshotDiffer::Catalogue> SnapshotDiffer::catalogue(qint64 instanceId, qint64 snapshotId)
{
    static const QString membership =
        QStringLiteral("instance_id = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)");
    Catalogue c;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM profile_versions WHERE %2")
                  .arg(profilerows::columns().join(QLatin1Char(',')), membership));
    for (qint64 v : {instanceId, snapshotId, snapshotId})
        q.addBindValue(v);
    if (!q.exec())
        return cannotRead(q);
    while (q.next()) {
        QualityProfile p = profilerows::read(q);
        c.profiles.insert(p.id, p);
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT format_id, content_hash, name FROM format_versions WHERE %1").arg(membership));
    for (qint64 v : {instanceId, snapshotId, snapshotId})
        q.addBindValue(v);
    if (!q.exec())
        return cannotRead(q);
    while (q.next())
        c.formats.insert(q.value(0).toInt(), {q.value(1).toLongLong(), readText(q.value(2))});
    return c;
}

void SnapshotDiffer::compareCatalogues(SnapshotDiff &diff, const Catalogue &from, const Catalogue &to)
{
    QList<int> profileIds = from.profiles.keys() + to.profiles.keys();
    std::sort(profileIds.begin(), profileIds.end());
    profileIds.erase(std::unique(profileIds.begin(), profileIds.end()), profileIds.end());
    for (int id : std::as_const(profileIds)) {
        const QualityProfile *a = profileIn(from, id);
        const QualityProfile *b = profileIn(to, id);
        ProfileChange change;
        change.profileId = id;
        change.name = b ? b->name : a->name;
        change.added = !a;
        change.removed = !b;
        if (a && b) {
            QList<int> formatIds;
            QHash<int, QString> names;
            for (const QualityProfile *p : {a, b}) {
                for (const FormatItem &item : p->formatItems) {
                    if (!names.contains(item.formatId))
                        formatIds.append(item.formatId);
                    names.insert(item.formatId, item.name);
                }
            }
            change.scoreMoves = scoreMoves(a, b, formatIds, names);
            const auto other = [&](bool differs, const char *name) {
                if (differs)
                    change.otherChanges << QLatin1String(name);
            };
            other(a->name != b->name, "name");
            other(a->upgradeAllowed != b->upgradeAllowed, "upgrade_allowed");
            other(a->cutoff != b->cutoff, "cutoff");
            other(a->minFormatScore != b->minFormatScore, "min_format_score");
            other(a->cutoffFormatScore != b->cutoffFormatScore, "cutoff_format_score");
            other(a->minUpgradeFormatScore != b->minUpgradeFormatScore, "min_upgrade_format_score");
            other(a->qualities != b->qualities, "qualities");
            if (change.scoreMoves.isEmpty() && change.otherChanges.isEmpty() && a->definition != b->definition)
                change.otherChanges << QStringLiteral("definition");
            if (change.scoreMoves.isEmpty() && change.otherChanges.isEmpty())
                continue;
        }
        diff.profiles.append(change);
    }
    QList<int> formatIds = from.formats.keys() + to.formats.keys();
    std::sort(formatIds.begin(), formatIds.end());
    formatIds.erase(std::unique(formatIds.begin(), formatIds.end()), formatIds.end());
    for (int id : std::as_const(formatIds)) {
        const bool inFrom = from.formats.contains(id);
        const bool inTo = to.formats.contains(id);
        if (inFrom && inTo && from.formats[id].first == to.formats[id].first)
            continue;
        diff.formats.append({id, inTo ? to.formats[id].second : from.formats[id].second, !inFrom, !inTo});
    }
}

ScoreCause SnapshotDiffer::explain(const MediaFile &before, const MediaFile &after, const Catalogue &from,
                                   const Catalogue &to)
{
    ScoreCause cause;
    const QualityProfile *a = profileIn(from, before.qualityProfileId);
    const QualityProfile *b = profileIn(to, after.qualityProfileId);
    cause.profileId = after.qualityProfileId;
    cause.profileName = b ? b->name : QString();
    if (before.qualityProfileId != after.qualityProfileId) {
        cause.previousProfileId = before.qualityProfileId;
        cause.previousProfileName = a ? a->name : QString();
    }
    QList<int> formatIds;
    QHash<int, QString> names;
    QSet<int> beforeIds;
    QSet<int> afterIds;
    for (const FormatRef &f : before.customFormats) {
        beforeIds.insert(f.id);
        if (!names.contains(f.id))
            formatIds.append(f.id);
        names.insert(f.id, f.name);
    }
    for (const FormatRef &f : after.customFormats) {
        afterIds.insert(f.id);
        if (!names.contains(f.id))
            formatIds.append(f.id);
        names.insert(f.id, f.name);
    }
    cause.scoreMoves = scoreMoves(a, b, formatIds, names);
    for (int id : std::as_const(formatIds)) {
        const bool inFrom = from.formats.contains(id);
        const bool inTo = to.formats.contains(id);
        if (inFrom != inTo || (inFrom && from.formats[id].first != to.formats[id].first))
            cause.redefinedFormats << names.value(id);
        if (afterIds.contains(id) && !beforeIds.contains(id))
            cause.formatsGained << names.value(id);
        if (beforeIds.contains(id) && !afterIds.contains(id))
            cause.formatsLost << names.value(id);
    }
    return cause;
}

QStringList SnapshotDiffer::changedFields(const MediaFile &a, const MediaFile &b)
{
    QStringList fields;
    const auto check = [&](bool differs, const char *name) {
        if (differs)
            fields << QLatin1String(name);
    };
    check(a.title != b.title || a.year != b.year, "title");
    check(a.season != b.season || a.episodes != b.episodes || a.episodeIds != b.episodeIds, "episodes");
    check(a.quality != b.quality || a.qualityId != b.qualityId, "quality");
    check(a.qualityProfileId != b.qualityProfileId, "quality_profile");
    check(a.customFormats != b.customFormats, "custom_formats");
    check(a.customFormatScore != b.customFormatScore, "custom_format_score");
    check(a.qualityCutoffNotMet != b.qualityCutoffNotMet, "quality_cutoff_not_met");
    check(a.sizeBytes != b.sizeBytes, "size_bytes");
    check(a.relativePath != b.relativePath, "relative_path");
    check(a.releaseGroup != b.releaseGroup, "release_group");
    check(a.videoCodec != b.videoCodec || a.audioCodec != b.audioCodec || a.audioChannels != b.audioChannels
              || a.dynamicRange != b.dynamicRange || a.mediaResolution != b.mediaResolution,
          "media_info");
    check(a.languages != b.languages, "languages");
    return fields;
}

void SnapshotDiffer::classify(SnapshotDiff &diff, const QList<MediaFile> &before, const QList<MediaFile> &after,
                              const Catalogue &from, const Catalogue &to) const
{
    QHash<qint64, int> beforeByFile;
    for (int i = 0; i < before.size(); ++i)
        beforeByFile.insert(before[i].fileId, i);
    QList<bool> beforeUsed(before.size(), false);
    QList<int> newFiles;
    for (int i = 0; i < after.size(); ++i) {
        const auto it = beforeByFile.constFind(after[i].fileId);
        if (it == beforeByFile.cend()) {
            newFiles.append(i);
            continue;
        }
        // The same file with another row: re-scored, or changed in other ways.
        const MediaFile &a = before[*it];
        const MediaFile &b = after[i];
        beforeUsed[*it] = true;
        DiffChange change;
        change.kind = a.customFormatScore != b.customFormatScore ? ChangeKind::Rescored : ChangeKind::Changed;
        change.mediaKind = b.kind;
        change.itemId = b.itemId;
        change.episodeIds = b.episodeIds;
        change.before = a;
        change.after = b;
        change.changedFields = changedFields(a, b);
        if (change.kind == ChangeKind::Rescored)
            change.cause = explain(a, b, from, to);
        diff.changes.append(change);
    }
    // New files: for an item that had another file it is one change from that file to this one.
    QMultiHash<std::pair<int, qint64>, int> beforeByItem;
    for (int i = 0; i < before.size(); ++i) {
        if (!beforeUsed[i]) {
            for (const auto &key : itemKeys(before[i]))
                beforeByItem.insert(key, i);
        }
    }
    QList<bool> beforeReplaced(before.size(), false);
    for (int i : std::as_const(newFiles)) {
        const MediaFile &b = after[i];
        QList<int> olds;
        QHash<int, QList<qint64>> shared;
        for (const auto &key : itemKeys(b)) {
            const QList<int> matches = beforeByItem.values(key);
            for (int o : matches) {
                if (!olds.contains(o))
                    olds.append(o);
                if (key.first == 1)
                    shared[o].append(key.second);
            }
        }
        std::sort(olds.begin(), olds.end());
        if (olds.isEmpty()) {
            DiffChange change;
            change.kind = ChangeKind::Added;
            change.mediaKind = b.kind;
            change.itemId = b.itemId;
            change.episodeIds = b.episodeIds;
            change.after = b;
            diff.changes.append(change);
            continue;
        }
        for (int o : std::as_const(olds)) {
            beforeReplaced[o] = true;
            DiffChange change;
            change.kind = replacementKind(before[o].customFormatScore, b.customFormatScore);
            change.mediaKind = b.kind;
            change.itemId = b.itemId;
            change.episodeIds = shared.value(o);
            change.before = before[o];
            change.after = b;
            diff.changes.append(change);
        }
    }
    for (int i = 0; i < before.size(); ++i) {
        if (beforeUsed[i] || beforeReplaced[i])
            continue;
        DiffChange change;
        change.kind = ChangeKind::Removed;
        change.mediaKind = before[i].kind;
        change.itemId = before[i].itemId;
        change.episodeIds = before[i].episodeIds;
        change.before = before[i];
        diff.changes.append(change);
    }
    std::sort(diff.changes.begin(), diff.changes.end(), [](const DiffChange &x, const DiffChange &y) {
        const MediaFile &a = x.file();
        const MediaFile &b = y.file();
        const qint64 ea = x.episodeIds.isEmpty() ? -1 : x.episodeIds.first();
        const qint64 eb = y.episodeIds.isEmpty() ? -1 : y.episodeIds.first();
        return std::make_tuple(int(x.kind), a.title, a.season, a.episodes.isEmpty() ? -1 : a.episodes.first(), ea,
                               a.fileId)
               < std::make_tuple(int(y.kind), b.title, b.season, b.episodes.isEmpty() ? -1 : b.episodes.first(), eb,
                                 b.fileId);
    });
}

} // namespace arrscore
