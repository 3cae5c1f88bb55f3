#include "base/model.h"

namespace arrscore {

QString instanceTypeName(InstanceType type)
{
    return type == InstanceType::Radarr ? QStringLiteral("radarr") : QStringLiteral("sonarr");
}

std::optional<InstanceType> instanceTypeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("radarr"))
        return InstanceType::Radarr;
    if (n == QLatin1String("sonarr"))
        return InstanceType::Sonarr;
    return std::nullopt;
}

QString mediaKindName(MediaKind kind)
{
    return kind == MediaKind::Movie ? QStringLiteral("movie") : QStringLiteral("episode");
}

int QualityProfile::scoreOf(int formatId) const
{
    for (const FormatItem &item : formatItems) {
        if (item.formatId == formatId)
            return item.score;
    }
    return 0;
}

namespace {

// Ranks count distinct groups/qualities in order, so members of a group tie: the rank of the first entry
// that matches, or -1.
template <typename Matches> int rankOfFirst(const QList<ProfileQuality> &qualities, Matches matches)
{
    int rank = -1;
    int lastGroup = -1;
    for (const ProfileQuality &q : qualities) {
        if (q.groupId == 0 || q.groupId != lastGroup)
            ++rank;
        lastGroup = q.groupId;
        if (matches(q))
            return rank;
    }
    return -1;
}

} // namespace

int QualityProfile::qualityRank(int qualityId) const
{
    return rankOfFirst(qualities, [qualityId](const ProfileQuality &q) { return q.id == qualityId; });
}

int QualityProfile::cutoffRank() const
{
    return rankOfFirst(qualities, [this](const ProfileQuality &q) {
        return (q.groupId != 0 && q.groupId == cutoff) || (q.groupId == 0 && q.id == cutoff);
    });
}

QString QualityProfile::cutoffName() const
{
    for (const ProfileQuality &q : qualities) {
        if (q.groupId != 0 && q.groupId == cutoff)
            return q.groupName;
        if (q.groupId == 0 && q.id == cutoff)
            return q.name;
    }
    return {};
}

QStringList MediaFile::customFormatNames() const
{
    QStringList names;
    names.reserve(customFormats.size());
    for (const FormatRef &f : customFormats)
        names << f.name;
    return names;
}

const QualityProfile *LibrarySnapshot::profile(int profileId) const
{
    for (const QualityProfile &p : profiles) {
        if (p.id == profileId)
            return &p;
    }
    return nullptr;
}

QList<const LibrarySnapshot *> snapshotPointers(const QList<LibrarySnapshot> &snapshots)
{
    QList<const LibrarySnapshot *> list;
    list.reserve(snapshots.size());
    for (const LibrarySnapshot &snapshot : snapshots)
        list << &snapshot;
    return list;
}

} // namespace arrscore
