#include "upgrades/lookuprequest.h"

#include <utility>

namespace arrscore {

LookupRequest::LookupRequest(Scope scope, QString instance, InstanceType type, qint64 id, int season,
                             QList<UpgradeItem> items)
    : m_scope(scope), m_instance(std::move(instance)), m_type(type), m_id(id), m_season(season),
      m_items(std::move(items))
{
}

std::optional<LookupRequest> LookupRequest::forMovie(const UpgradeItem &item)
{
    if (item.type != InstanceType::Radarr || item.itemId <= 0)
        return std::nullopt;
    return LookupRequest(Scope::Movie, item.instance, item.type, item.itemId, -1, {item});
}

std::optional<LookupRequest> LookupRequest::forEpisode(const UpgradeItem &item)
{
    if (item.type != InstanceType::Sonarr || item.itemId <= 0)
        return std::nullopt;
    return LookupRequest(Scope::Episode, item.instance, item.type, item.itemId, -1, {item});
}

std::optional<LookupRequest> LookupRequest::forSeason(qint64 seriesId, int season, const QList<UpgradeItem> &episodes)
{
    if (seriesId <= 0 || season < 0 || episodes.isEmpty())
        return std::nullopt;
    for (const UpgradeItem &item : episodes) {
        if (item.type != InstanceType::Sonarr || item.itemId <= 0 || item.instance != episodes.first().instance)
            return std::nullopt;
    }
    return LookupRequest(Scope::Season, episodes.first().instance, InstanceType::Sonarr, seriesId, season, episodes);
}

QString LookupRequest::path()
{
    return QStringLiteral("api/v3/release");
}

QUrlQuery LookupRequest::query() const
{
    QUrlQuery query;
    switch (m_scope) {
    case Scope::Movie:
        query.addQueryItem(QStringLiteral("movieId"), QString::number(m_id));
        break;
    case Scope::Episode:
        query.addQueryItem(QStringLiteral("episodeId"), QString::number(m_id));
        break;
    case Scope::Season:
        query.addQueryItem(QStringLiteral("seriesId"), QString::number(m_id));
        query.addQueryItem(QStringLiteral("seasonNumber"), QString::number(m_season));
        break;
    }
    return query;
}

QString LookupRequest::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Movie:
        return QStringLiteral("movie");
    case Scope::Episode:
        return QStringLiteral("episode");
    case Scope::Season:
        return QStringLiteral("season");
    }
    return {};
}

std::optional<LookupRequest::Scope> LookupRequest::scopeFromName(const QString &name)
{
    for (Scope s : {Scope::Movie, Scope::Episode, Scope::Season}) {
        if (scopeName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString LookupRequest::describe() const
{
    switch (m_scope) {
    case Scope::Movie:
        return tr("movie %1").arg(m_id);
    case Scope::Episode:
        return tr("episode %1").arg(m_id);
    case Scope::Season:
        return tr("season %1 of series %2").arg(m_season).arg(m_id);
    }
    return {};
}

} // namespace arrscore
