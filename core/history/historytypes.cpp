#include "history/historytypes.h"

#include <algorithm>

namespace arrscore {

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    case ChangeKind::Upgraded:
        return QStringLiteral("upgraded");
    case ChangeKind::Downgraded:
        return QStringLiteral("downgraded");
    case ChangeKind::Replaced:
        return QStringLiteral("replaced");
    case ChangeKind::Rescored:
        return QStringLiteral("rescored");
    case ChangeKind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

ChangeKind replacementKind(const std::optional<int> &before, const std::optional<int> &after)
{
    if (!before || !after || *before == *after)
        return ChangeKind::Replaced;
    return *after > *before ? ChangeKind::Upgraded : ChangeKind::Downgraded;
}

QString ItemRef::displayName() const
{
    if (kind == MediaKind::Movie)
        return year > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(year) : title;
    return QStringLiteral("%1 S%2E%3")
        .arg(title)
        .arg(season, 2, 10, QLatin1Char('0'))
        .arg(episode, 2, 10, QLatin1Char('0'));
}

int SnapshotDiff::count(ChangeKind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [kind](const DiffChange &c) { return c.kind == kind; }));
}

} // namespace arrscore
