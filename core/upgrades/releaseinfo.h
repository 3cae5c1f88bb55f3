#pragma once

#include "base/model.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace arrscore {

// One release an instance's indexers offer for an item, as GET api/v3/release lists it (ReleaseResource):
// what the lookup stores and what a grab needs (guid + indexerId). The score is the server's, computed
// against the item's own profile.
struct ReleaseInfo
{
    QString guid; // with indexerId, the key POST api/v3/release grabs
    int indexerId = 0;
    QString indexer; // the indexer's name
    QString title;
    QString protocol; // "usenet" | "torrent" (empty when the server says "unknown")
    QString quality;  // e.g. "Bluray-2160p"
    int qualityId = 0;
    int resolution = 0;
    qint64 sizeBytes = 0;
    QList<FormatRef> customFormats;
    std::optional<int> customFormatScore; // null: the server sends none (Sonarr v3)
    bool approved = false;                // no rejection: the server would take it
    bool temporarilyRejected = false;     // every rejection is temporary
    bool rejected = false;                // some rejection is permanent
    QStringList rejections;               // the server's messages, as it words them
    int releaseWeight = 0;                // the server's order of preference: 0 is its first choice
    std::optional<double> ageMinutes;     // since publication
    QDateTime publishDate;                // UTC, invalid when not sent
    std::optional<int> seeders;           // torrents only
    std::optional<int> leechers;
    // Sonarr only: which episodes of which season the release holds.
    int seasonNumber = -1;     // -1 when not sent (Radarr)
    bool fullSeason = false;   // a whole season pack
    QList<int> episodeNumbers; // ascending

    friend bool operator==(const ReleaseInfo &, const ReleaseInfo &) = default;
};

} // namespace arrscore
