#pragma once

#include "audit/finding.h"
#include "base/model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace arrscore {

// What the rules read of one instance: its newest snapshot, its stored history, and when its profiles and
// formats last changed in our snapshots. Pointers stay valid while the rules run.
struct AuditInput
{
    const LibrarySnapshot *snapshot = nullptr; // the newest complete one, with files, profiles and formats
    QList<ServerEvent> events;                 // all stored events of the instance, oldest first
    QHash<qint64, int> itemListScores;         // file id → Radarr /movie's score in that snapshot
    // The times of the snapshots in which a profile (by id) or any custom format got a new version; an
    // import before one of them may be scored differently today for that reason.
    QHash<int, QList<QDateTime>> profileEdits;
    QList<QDateTime> formatEdits;
    QDateTime firstSnapshotAt; // our first snapshot of the instance: edits before it are unknown
    bool grabScores = true;    // the server keeps grab scores (HistoryRead)
    bool importScores = true;  // and import scores
    int loopWindowDays = 30;   // loop_window_days
    QDateTime now;             // the end of the windows
};

// The audit's rules on one instance's data, without a database: each rule is a function of AuditInput,
// so a test can feed it exactly the events it means. Explanations are translated.
class AuditRules
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::AuditRules)

public:
    // Every finding of the kinds asked (all when empty), grouped by kind, then by title.
    static QList<Finding> run(const AuditInput &input, const QSet<FindingKind> &kinds = {});

    static QList<Finding> upgradeLoops(const AuditInput &input);
    static QList<Finding> grabImportMismatches(const AuditInput &input);
    static QList<Finding> importCurrentMismatches(const AuditInput &input);
    static QList<Finding> scoreMismatches(const AuditInput &input);
    static QList<Finding> repeatedFailures(const AuditInput &input);

    // What a grab is the same release by: "hash:<torrentInfoHash>", else "release:<releaseHash>", else
    // "title:<normalised sourceTitle>", else "guid:<guid>"; empty when the event names none of them.
    static QString releaseKey(const ServerEvent &grab);
    // A release name lower-cased, with separators (. _ - space brackets) folded and a trailing file extension
    // or "-RARBG"-like tag kept: "Heat.1995.1080p.BluRay.x264-GRP" → "heat 1995 1080p bluray x264 grp".
    static QString normalisedTitle(const QString &sourceTitle);
    // What old servers cannot tell, in words: empty when the server keeps every score the rules need.
    static QStringList limits(const AuditInput &input, const QString &instanceName);
};

} // namespace arrscore
