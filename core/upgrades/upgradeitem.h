#pragma once

#include "base/filerow.h"
#include "base/model.h"

#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

struct Candidate;

// One thing a lookup or a search is about: a movie (Radarr) or an episode (Sonarr) of one instance,
// with the file it has now. A Sonarr file holding several episodes gives one item per episode.
struct UpgradeItem
{
    QString instance;
    InstanceType type = InstanceType::Radarr;
    qint64 itemId = 0;               // the movie id (Radarr) or the episode id (Sonarr): what --item takes
    qint64 seriesId = 0;             // Sonarr: the episode's series; 0 for a movie
    int season = -1;                 // Sonarr: the episode's season; -1 for a movie
    int episode = 0;                 // Sonarr: the episode's number in its season; 0 for a movie
    qint64 fileId = 0;               // the file it has now; 0 when none is known
    std::optional<int> currentScore; // the file's custom format score; null when unknown
    QString quality;                 // the file's quality, e.g. "WEBDL-1080p"
    int qualityId = 0;
    int profileId = 0; // the item's quality profile
    QString profile;   // its name, empty when the snapshot does not know it
    QString title;     // for people: "Heat (1995)", "Severance S01E03"

    // The items of one file: the movie, or each linked episode of an episode file (none when the sync
    // could not link its episodes).
    static QList<UpgradeItem> fromFileRow(const FileRow &row);
    static QList<UpgradeItem> fromCandidate(const Candidate &candidate);
    // Of several rows, in their order, each (instance, item) once.
    static QList<UpgradeItem> fromFileRows(const QList<FileRow> &rows);
    static QList<UpgradeItem> fromCandidates(const QList<Candidate> &candidates);
};

} // namespace arrscore
