#include "notify/syncsummarybuilder.h"

#include "analysis/candidatefinder.h"
#include "history/difftext.h"
#include "history/historystore.h"
#include "history/snapshotdiffer.h"
#include "storage/snapshotstore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace arrscore {

namespace {

constexpr int kMaxCauses = 5;

// The edit behind a re-score, in words: the profile's score moves, a move to another profile, or redefined
// formats. Formats gained or lost follow from those and are named only when nothing else explains the change.
QString editText(ScoreCause cause)
{
    if (cause.previousProfileId != 0 || !cause.scoreMoves.isEmpty() || !cause.redefinedFormats.isEmpty()) {
        cause.formatsGained.clear();
        cause.formatsLost.clear();
    }
    return DiffText::cause(cause);
}

// An item's identity across files: a movie, or the first episode of an episode file.
QString candidateKey(const Candidate &candidate)
{
    const MediaFile &file = *candidate.file;
    if (file.kind == MediaKind::Movie)
        return QStringLiteral("m%1").arg(file.itemId);
    return QStringLiteral("e%1").arg(file.episodeIds.isEmpty() ? -file.fileId : file.episodeIds.first());
}

Result<QSet<QString>> candidateKeys(SnapshotStore &store, qint64 snapshotId)
{
    Result<LibrarySnapshot> snapshot = store.load(snapshotId);
    if (!snapshot)
        return snapshot.error();
    const CandidateReport report = CandidateFinder::find({&snapshot.value()});
    QSet<QString> keys;
    for (const Candidate &candidate : report.candidates)
        keys.insert(candidateKey(candidate));
    return keys;
}

} // namespace

Status SyncSummaryBuilder::addSynced(const QString &instanceName, qint64 snapshotId)
{
    HistoryStore history(m_db);
    SnapshotStore store(m_db);
    Result<QList<qint64>> ids = history.snapshotIds(instanceName);
    if (!ids)
        return ids.error();
    Result<SnapshotHeader> header = store.header(snapshotId);
    if (!header)
        return header.error();
    InstanceSummary instance;
    instance.name = instanceName;
    instance.type = header->snapshot.instance.type;
    instance.toSnapshot = snapshotId;
    instance.files = header->fileCount;
    const qsizetype at = ids->indexOf(snapshotId);
    if (at > 0)
        instance.fromSnapshot = ids->at(at - 1);
    if (instance.fromSnapshot == 0) {
        m_summary.instances.append(instance);
        return Status::success();
    }
    Result<SnapshotDiff> diff = SnapshotDiffer(m_db).diff(instance.fromSnapshot, snapshotId);
    if (!diff)
        return diff.error();
    instance.upgraded = diff->count(ChangeKind::Upgraded);
    instance.downgraded = diff->count(ChangeKind::Downgraded);
    instance.replaced = diff->count(ChangeKind::Replaced);
    instance.rescored = diff->count(ChangeKind::Rescored);
    instance.added = diff->count(ChangeKind::Added);
    instance.removed = diff->count(ChangeKind::Removed);

    QHash<QString, int> causes;
    for (const DiffChange &change : diff->changes) {
        if (change.kind == ChangeKind::Rescored)
            ++causes[editText(change.cause)];
        if (change.kind == ChangeKind::Upgraded)
            instance.upgrades.append(
                {instanceName, DiffText::fileLabel(change.file()), change.scoreBefore(), change.scoreAfter()});
    }
    for (auto it = causes.cbegin(); it != causes.cend(); ++it)
        instance.rescoreCauses.append({it.key(), it.value()});
    std::sort(instance.rescoreCauses.begin(), instance.rescoreCauses.end(),
              [](const RescoreCause &a, const RescoreCause &b) {
                  return a.files != b.files ? a.files > b.files : a.text < b.text;
              });
    if (instance.rescoreCauses.size() > kMaxCauses)
        instance.rescoreCauses.resize(kMaxCauses);
    std::stable_sort(instance.upgrades.begin(), instance.upgrades.end(),
                     [](const UpgradeLine &a, const UpgradeLine &b) { return a.gain() > b.gain(); });
    if (instance.upgrades.size() > SyncSummary::kMaxUpgrades)
        instance.upgrades.resize(SyncSummary::kMaxUpgrades);

    Result<QSet<QString>> before = candidateKeys(store, instance.fromSnapshot);
    if (!before)
        return before.error();
    Result<QSet<QString>> after = candidateKeys(store, snapshotId);
    if (!after)
        return after.error();
    instance.newCandidates = int(QSet<QString>(*after).subtract(*before).size());
    instance.resolvedCandidates = int(QSet<QString>(*before).subtract(*after).size());
    m_summary.instances.append(instance);
    return Status::success();
}

void SyncSummaryBuilder::addFailed(const QString &instanceName, InstanceType type, const QString &reason)
{
    InstanceSummary instance;
    instance.name = instanceName;
    instance.type = type;
    instance.failed = true;
    instance.error = reason;
    m_summary.instances.append(instance);
}

void SyncSummaryBuilder::setReportPath(const QString &path)
{
    m_summary.reportPath = path;
}

SyncSummary SyncSummaryBuilder::sample()
{
    SyncSummary summary;
    summary.sample = true;
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    InstanceSummary radarr;
    radarr.name = QStringLiteral("radarr");
    radarr.type = InstanceType::Radarr;
    radarr.fromSnapshot = 41;
    radarr.toSnapshot = 42;
    radarr.files = 1250;
    radarr.upgraded = 12;
    radarr.downgraded = 3;
    radarr.rescored = 140;
    radarr.added = 4;
    radarr.newCandidates = 2;
    radarr.resolvedCandidates = 9;
    radarr.rescoreCauses = {{tr("profile HD Bluray + WEB: x265 (HD) 0→-10000"), 140}};
    radarr.upgrades = {{radarr.name, QStringLiteral("Sample Movie (1999)"), 1200, 3400},
                       {radarr.name, QStringLiteral("Another Sample (2021)"), 150, 1850}};
    InstanceSummary sonarr;
    sonarr.name = QStringLiteral("sonarr");
    sonarr.type = InstanceType::Sonarr;
    sonarr.failed = true;
    sonarr.error = tr("Connection refused by 127.0.0.1:8989: is Sonarr running?");
    summary.instances = {radarr, sonarr};
    return summary;
}

} // namespace arrscore
