#pragma once

#include "base/model.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

// The kinds of finding the audit looks for, as the issue defines them (docs/ANALYSIS.md, "Audit").
enum class FindingKind {
    UpgradeLoop,           // the same release grabbed twice or more, or 3+ grabs in the window with no gain
    GrabImportMismatch,    // a grab and its import (same downloadId) whose kept scores differ
    ImportCurrentMismatch, // a file scored differently today than at import, with no profile or format edit
    ScoreMismatch,         // a reported score that is not the sum of the file's formats in its profile
    RepeatedFailure,       // two or more failed downloads of one item in the window
};

// Something in a server's history or scores that a person should look at: what, where, why in words,
// and the item's events that show it.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::Finding)

public:
    FindingKind kind = FindingKind::UpgradeLoop;
    QString instance;
    InstanceType type = InstanceType::Radarr;
    qint64 itemId = 0;         // the movie id (Radarr) or the episode id (Sonarr), as UpgradeItem::itemId
    qint64 seriesId = 0;       // Sonarr: the series; 0 for a movie
    QList<qint64> episodeIds;  // Sonarr: every episode it is about (a multi-episode file's); empty for a movie
    qint64 fileId = 0;         // the file concerned; 0 when none (e.g. failures of an item that has no file)
    QString downloadId;        // grab-import-mismatch, import-current-mismatch: the download concerned
    QString title;             // "Heat (1995)", "Severance S01E03"
    QString explanation;       // translated sentences a user can act on: releases, dates, grab and import scores
    QList<ServerEvent> events; // the item's timeline, oldest first
    QDateTime lastEventAt;     // the newest event it rests on (or the snapshot's time for a score mismatch)

    // "upgrade-loop", "grab-import-mismatch", "import-current-mismatch", "score-mismatch", "repeated-failure":
    // the names --kind and the JSON use.
    static QString kindName(FindingKind kind);
    static std::optional<FindingKind> kindFromName(const QString &name);
    // For people, translated: "Upgrade loop", …
    static QString kindTitle(FindingKind kind);
    // What the kind means, one translated sentence (the Audit view's group tooltip, the report's legend).
    static QString kindDescription(FindingKind kind);
    static QList<FindingKind> allKinds();
};

} // namespace arrscore
