#include "history/historyjson.h"

#include <QJsonArray>

namespace arrscore::historyjson {

namespace {

QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray ids(const QList<qint64> &values)
{
    QJsonArray a;
    for (qint64 v : values)
        a.append(v);
    return a;
}

QJsonArray moves(const QList<FormatScoreMove> &list)
{
    QJsonArray a;
    for (const FormatScoreMove &m : list) {
        a.append(QJsonObject{{QStringLiteral("format_id"), m.formatId},
                             {QStringLiteral("name"), m.name},
                             {QStringLiteral("before"), optionalInt(m.before)},
                             {QStringLiteral("after"), optionalInt(m.after)}});
    }
    return a;
}

QJsonObject causeObject(const ScoreCause &c)
{
    QJsonObject o{{QStringLiteral("profile_id"), c.profileId},
                  {QStringLiteral("profile"), text(c.profileName)},
                  {QStringLiteral("score_moves"), moves(c.scoreMoves)},
                  {QStringLiteral("redefined_formats"), QJsonArray::fromStringList(c.redefinedFormats)},
                  {QStringLiteral("formats_gained"), QJsonArray::fromStringList(c.formatsGained)},
                  {QStringLiteral("formats_lost"), QJsonArray::fromStringList(c.formatsLost)},
                  {QStringLiteral("known"), c.isKnown()}};
    if (c.previousProfileId != 0) {
        o.insert(QStringLiteral("previous_profile_id"), c.previousProfileId);
        o.insert(QStringLiteral("previous_profile"), text(c.previousProfileName));
    }
    return o;
}

QJsonObject changeObject(const DiffChange &c)
{
    const MediaFile &f = c.file();
    QJsonObject o{
        {QStringLiteral("change"), changeKindName(c.kind)},
        {QStringLiteral("kind"), mediaKindName(c.mediaKind)},
        {QStringLiteral("item_id"), c.itemId},
        {QStringLiteral("title"), text(f.title)},
        {QStringLiteral("year"), f.year > 0 ? QJsonValue(f.year) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("score_before"), optionalInt(c.scoreBefore())},
        {QStringLiteral("score_after"), optionalInt(c.scoreAfter())},
        {QStringLiteral("before"), c.before ? QJsonValue(fileObject(*c.before)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("after"), c.after ? QJsonValue(fileObject(*c.after)) : QJsonValue(QJsonValue::Null)}};
    if (c.mediaKind == MediaKind::Episode) {
        o.insert(QStringLiteral("season"), f.season);
        o.insert(QStringLiteral("episode_ids"), ids(c.episodeIds));
    }
    if (c.kind == ChangeKind::Rescored)
        o.insert(QStringLiteral("cause"), causeObject(c.cause));
    if (!c.changedFields.isEmpty())
        o.insert(QStringLiteral("changed_fields"), QJsonArray::fromStringList(c.changedFields));
    return o;
}

} // namespace

QJsonObject fileObject(const MediaFile &f)
{
    QJsonArray formats;
    for (const FormatRef &r : f.customFormats)
        formats.append(r.name);
    QJsonArray episodes;
    for (int e : f.episodes)
        episodes.append(e);
    QJsonObject o{{QStringLiteral("file_id"), f.fileId},
                  {QStringLiteral("quality"), text(f.quality)},
                  {QStringLiteral("quality_profile_id"), f.qualityProfileId},
                  {QStringLiteral("custom_formats"), formats},
                  {QStringLiteral("custom_format_score"), optionalInt(f.customFormatScore)},
                  {QStringLiteral("size_bytes"), f.sizeBytes},
                  {QStringLiteral("release_group"), text(f.releaseGroup)},
                  {QStringLiteral("relative_path"), text(f.relativePath)}};
    if (f.kind == MediaKind::Episode) {
        o.insert(QStringLiteral("episodes"), episodes);
        o.insert(QStringLiteral("episode_ids"), ids(f.episodeIds));
        o.insert(QStringLiteral("episode_title"), text(f.episodeTitle));
    }
    return o;
}

QJsonObject diffObject(const SnapshotDiff &diff)
{
    QJsonObject counts;
    for (ChangeKind k : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Upgraded, ChangeKind::Downgraded,
                         ChangeKind::Replaced, ChangeKind::Rescored, ChangeKind::Changed})
        counts.insert(changeKindName(k), diff.count(k));
    QJsonArray changes;
    for (const DiffChange &c : diff.changes)
        changes.append(changeObject(c));
    QJsonArray profiles;
    for (const ProfileChange &p : diff.profiles) {
        profiles.append(QJsonObject{{QStringLiteral("profile_id"), p.profileId},
                                    {QStringLiteral("name"), text(p.name)},
                                    {QStringLiteral("added"), p.added},
                                    {QStringLiteral("removed"), p.removed},
                                    {QStringLiteral("score_moves"), moves(p.scoreMoves)},
                                    {QStringLiteral("other_changes"), QJsonArray::fromStringList(p.otherChanges)}});
    }
    QJsonArray formats;
    for (const FormatChange &f : diff.formats) {
        formats.append(QJsonObject{{QStringLiteral("format_id"), f.formatId},
                                   {QStringLiteral("name"), text(f.name)},
                                   {QStringLiteral("added"), f.added},
                                   {QStringLiteral("removed"), f.removed}});
    }
    return QJsonObject{{QStringLiteral("instance"), diff.instanceName},
                       {QStringLiteral("type"), instanceTypeName(diff.type)},
                       {QStringLiteral("from_snapshot"), diff.fromId},
                       {QStringLiteral("to_snapshot"), diff.toId},
                       {QStringLiteral("from_time"), time(diff.fromTime)},
                       {QStringLiteral("to_time"), time(diff.toTime)},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("profiles_changed"), profiles},
                       {QStringLiteral("formats_changed"), formats}};
}

QJsonObject historyObject(const ItemHistory &history)
{
    const ItemRef &item = history.item;
    QJsonArray entries;
    for (const HistoryEntry &e : history.entries) {
        entries.append(QJsonObject{
            {QStringLiteral("event"), changeKindName(e.event)},
            {QStringLiteral("snapshot_id"), e.snapshotId},
            {QStringLiteral("synced_at"), time(e.syncedAt)},
            {QStringLiteral("until_snapshot_id"),
             e.untilSnapshotId ? QJsonValue(e.untilSnapshotId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("until"), time(e.untilAt)},
            {QStringLiteral("custom_format_score"), optionalInt(e.file ? e.file->customFormatScore : std::nullopt)},
            {QStringLiteral("previous_score"), optionalInt(e.previousScore)},
            {QStringLiteral("quality_profile"), text(e.profileName)},
            {QStringLiteral("file"), e.file ? QJsonValue(fileObject(*e.file)) : QJsonValue(QJsonValue::Null)}});
    }
    QJsonObject o{{QStringLiteral("instance"), item.instanceName},
                  {QStringLiteral("kind"), mediaKindName(item.kind)},
                  {QStringLiteral("id"), item.id},
                  {QStringLiteral("title"), text(item.title)},
                  {QStringLiteral("year"), item.year > 0 ? QJsonValue(item.year) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("entries"), entries}};
    if (item.kind == MediaKind::Episode) {
        o.insert(QStringLiteral("season"), item.season);
        o.insert(QStringLiteral("episode"), item.episode);
        o.insert(QStringLiteral("episode_title"), text(item.episodeTitle));
    }
    return o;
}

} // namespace arrscore::historyjson
