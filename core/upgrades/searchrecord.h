#pragma once

#include "base/model.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

// An item as it was when a search or grab was sent: what its outcome is measured against.
struct SearchedItem
{
    qint64 itemId = 0; // movie id (Radarr) or episode id (Sonarr)
    qint64 fileId = 0; // 0 when the item had no file
    std::optional<int> score;
    QString quality;
    int qualityId = 0;
    int profileId = 0;
    QString title;
};

// One search sent to an instance and remembered (schema 4: searches, search_items): a MoviesSearch or
// EpisodeSearch command (one per batch), or a grab of one release.
struct SearchRecord
{
    enum class Kind { MoviesSearch, EpisodeSearch, Grab };

    qint64 id = 0;
    QString instance;
    InstanceType type = InstanceType::Radarr;
    Kind kind = Kind::MoviesSearch;
    QDateTime sentAt;                // UTC
    std::optional<qint64> commandId; // the server's command; none for a grab or one not accepted
    // "sending" (recorded, not answered yet), "not-sent" (refused: the server did not take it), then the
    // command's status: "queued", "started", "completed", "failed", "aborted", "cancelled", "orphaned",
    // or "unknown" (the server no longer knows the command: it keeps finished ones a day). A grab the
    // server accepted is "grabbed".
    QString state;
    QString message;     // the command's message, or why it was not sent
    bool forced = false; // sent with --force: the cooldown was overridden
    QDateTime endedAt;   // when the command ended (UTC); invalid while it runs
    QString releaseGuid; // a grab: the release
    int indexerId = 0;
    QString releaseTitle;
    QList<SearchedItem> items;

    // "MoviesSearch" | "EpisodeSearch" | "grab", as stored and in JSON.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    // The command states after which nothing changes any more, and "not-sent", "grabbed", "unknown".
    static bool isEndState(const QString &state);
    bool hasEnded() const { return isEndState(state); }
};

} // namespace arrscore
