#include "upgrades/searchrecord.h"

namespace arrscore {

QString SearchRecord::kindName(Kind kind)
{
    switch (kind) {
    case Kind::MoviesSearch:
        return QStringLiteral("MoviesSearch");
    case Kind::EpisodeSearch:
        return QStringLiteral("EpisodeSearch");
    case Kind::Grab:
        return QStringLiteral("grab");
    }
    return {};
}

std::optional<SearchRecord::Kind> SearchRecord::kindFromName(const QString &name)
{
    for (Kind k : {Kind::MoviesSearch, Kind::EpisodeSearch, Kind::Grab}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

bool SearchRecord::isEndState(const QString &state)
{
    static const QStringList ended = {
        QStringLiteral("completed"), QStringLiteral("failed"),  QStringLiteral("aborted"),  QStringLiteral("cancelled"),
        QStringLiteral("orphaned"),  QStringLiteral("unknown"), QStringLiteral("not-sent"), QStringLiteral("grabbed")};
    return ended.contains(state);
}

} // namespace arrscore
