#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

// What happened, as Radarr's MovieHistoryEventType and Sonarr's EpisodeHistoryEventType say it, folded
// into one list: a file deleted or renamed is one type for both apps.
enum class ServerEventType {
    Grabbed,                // grabbed
    DownloadFolderImported, // downloadFolderImported (Sonarr's seriesFolderImported too)
    DownloadFailed,         // downloadFailed
    DownloadIgnored,        // downloadIgnored
    FileDeleted,            // movieFileDeleted / episodeFileDeleted, with its reason
    FileRenamed,            // movieFileRenamed / episodeFileRenamed
};

// The stored name: "grabbed", "downloadFolderImported", "downloadFailed", "downloadIgnored", "fileDeleted",
// "fileRenamed". What the database, the JSON output and the CLI write.
QString serverEventTypeName(ServerEventType type);
std::optional<ServerEventType> serverEventTypeFromName(const QString &name);
// From the server's own JSON value ("movieFileDeleted", "episodeFileRenamed", …, or its number for
// `app`'s enum); nullopt for unknown and for the types that carry nothing an audit uses.
std::optional<ServerEventType> serverEventTypeFromServer(const QString &value, bool sonarr);
// For people, translated: "Grabbed", "Imported", "Download failed", …
QString serverEventTypeTitle(ServerEventType type);

// One row of the server's history (GET /api/v3/history…), with what data{} held then. Scores are the
// frozen data.customFormatScore, never the top-level one the server recomputes with today's profile.
struct ServerEvent
{
    qint64 serverId = 0; // the server's history id: with the instance, what a row is deduplicated on
    ServerEventType type = ServerEventType::Grabbed;
    QDateTime date;           // UTC
    qint64 itemId = 0;        // the movie id (Radarr) or the episode id (Sonarr): what UpgradeItem::itemId is
    qint64 seriesId = 0;      // Sonarr: the episode's series; 0 for a movie
    QString sourceTitle;      // the release name (grabs), the scene or dropped file name (imports)
    QString quality;          // e.g. "WEBDL-1080p"
    QString downloadId;       // joins a grab to its import or failure; empty when the server sent none
    std::optional<int> score; // data.customFormatScore: the score at that time; null when the server kept none
    QString releaseSource;    // grabs: Rss, Search, UserInvokedSearch, InteractiveSearch, …
    QString indexer;
    QString releaseGroup;
    qint64 sizeBytes = 0; // 0 when unknown
    QString torrentInfoHash;
    QString releaseHash;
    QString guid;
    qint64 fileId = 0; // imports: the new file; deletions and renames: the file; 0 when unknown
    QString reason;    // deletions: MissingFromDisk, Manual, Upgrade, ManualOverride
    QString message;   // failures and ignored downloads: the download client's message

    friend bool operator==(const ServerEvent &, const ServerEvent &) = default;
};

// The server's history read during one sync: the events of [from, through), and what it could not say.
struct ServerHistory
{
    bool fetched = false; // false: not read (history_days: 0) or the read failed (then a warning says why)
    QDateTime from;       // the start of the window asked for
    QDateTime through;    // the server's time of the read: where the next sync starts
    int requestCount = 0;
    QList<ServerEvent> events; // oldest first
    // The server keeps no grab / import scores (Sonarr v3, Radarr before 4.3.1 / 4.4.2): findings that
    // need them are not looked for, and the audit says so.
    bool grabScores = true;
    bool importScores = true;
};

} // namespace arrscore
