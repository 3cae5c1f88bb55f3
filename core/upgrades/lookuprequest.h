#pragma once

#include "base/model.h"
#include "upgrades/upgradeitem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace arrscore {

// One release lookup to send: GET api/v3/release?movieId=N (Radarr), ?episodeId=N (Sonarr, one episode)
// or ?seriesId=N&seasonNumber=S (Sonarr, several episodes of one season), with the items it answers for.
// A bare /release or a seriesId without seasonNumber fetches every indexer's RSS feed: this type cannot
// hold one. There is no default constructor; the factories refuse ids that are not positive.
class LookupRequest
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::LookupRequest)

public:
    enum class Scope { Movie, Episode, Season };

    // item.type must be Radarr, item.itemId > 0.
    static std::optional<LookupRequest> forMovie(const UpgradeItem &item);
    // item.type must be Sonarr, item.itemId (the episode id) > 0.
    static std::optional<LookupRequest> forEpisode(const UpgradeItem &item);
    // At least one episode, all Sonarr, of one instance; seriesId > 0, season >= 0.
    static std::optional<LookupRequest> forSeason(qint64 seriesId, int season, const QList<UpgradeItem> &episodes);

    Scope scope() const { return m_scope; }
    const QString &instance() const { return m_instance; }
    InstanceType type() const { return m_type; }
    // The movie id, the episode id, or the series id of a season lookup.
    qint64 id() const { return m_id; }
    int season() const { return m_season; } // -1 unless a season lookup
    const QList<UpgradeItem> &items() const { return m_items; }

    // "api/v3/release" and its query: never empty, never seriesId alone.
    static QString path();
    QUrlQuery query() const;
    // "movie" | "episode" | "season", as stored.
    static QString scopeName(Scope scope);
    static std::optional<Scope> scopeFromName(const QString &name);
    // For people: "movie 12", "episode 345", "season 2 of series 7".
    QString describe() const;

private:
    LookupRequest(Scope scope, QString instance, InstanceType type, qint64 id, int season, QList<UpgradeItem> items);

    Scope m_scope;
    QString m_instance;
    InstanceType m_type;
    qint64 m_id;
    int m_season;
    QList<UpgradeItem> m_items;
};

} // namespace arrscore
