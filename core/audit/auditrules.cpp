#include "audit/auditrules.h"

#include "base/localeformat.h"

#include <QHash>
#include <QRegularExpression>
#include <QVersionNumber>

#include <algorithm>
#include <climits>
#include <optional>
#include <tuple>

namespace arrscore {

namespace {

using Events = QList<const ServerEvent *>;

// What the rules know of an instance's items: their current file and a name for people.
struct Items
{
    QHash<qint64, const MediaFile *> files; // movie or episode id → its file now

    explicit Items(const LibrarySnapshot *snapshot)
    {
        if (!snapshot)
            return;
        files.reserve(snapshot->files.size());
        for (const MediaFile &f : snapshot->files) {
            if (f.kind == MediaKind::Movie) {
                files.insert(f.itemId, &f);
                continue;
            }
            for (const qint64 episodeId : f.episodeIds)
                files.insert(episodeId, &f);
        }
    }

    // Made for the few items with a finding only: a title for each of a 300,000-file library's items was
    // most of the audit's time and memory.
    QString title(qint64 itemId) const
    {
        const MediaFile *f = files.value(itemId);
        if (!f)
            return {};
        if (f->kind == MediaKind::Movie)
            return f->year > 0 ? QStringLiteral("%1 (%2)").arg(f->title).arg(f->year) : f->title;
        const qsizetype i = f->episodeIds.indexOf(itemId);
        const int episode = i >= 0 && i < f->episodes.size() ? f->episodes[i] : 0;
        return QStringLiteral("%1 S%2E%3")
            .arg(f->seriesTitle.isEmpty() ? f->title : f->seriesTitle)
            .arg(f->season, 2, 10, QLatin1Char('0'))
            .arg(episode, 2, 10, QLatin1Char('0'));
    }
};

QHash<qint64, Events> byItem(const QList<ServerEvent> &events)
{
    QHash<qint64, Events> result;
    for (const ServerEvent &e : events)
        result[e.itemId].append(&e);
    return result;
}

QList<ServerEvent> copies(const Events &events)
{
    QList<ServerEvent> result;
    result.reserve(events.size());
    for (const ServerEvent *e : events)
        result << *e;
    return result;
}

QString scoreText(const std::optional<int> &score)
{
    return score ? QString::number(*score) : AuditRules::tr("unknown");
}

QString quoted(const QString &text)
{
    return QChar(0x201C) + text + QChar(0x201D);
}

// A finding about an item (a movie, or an episode of Sonarr), with its timeline.
Finding findingOf(FindingKind kind, const AuditInput &input, const Items &items, qint64 itemId, const Events &timeline,
                  const QString &explanation)
{
    Finding f;
    f.kind = kind;
    f.instance = input.snapshot ? input.snapshot->instance.name : QString();
    f.type = input.snapshot ? input.snapshot->instance.type : InstanceType::Radarr;
    f.itemId = itemId;
    const MediaFile *file = items.files.value(itemId);
    f.fileId = file ? file->fileId : 0;
    if (f.type == InstanceType::Sonarr) {
        f.episodeIds = {itemId};
        f.seriesId = file ? file->itemId : (timeline.isEmpty() ? 0 : timeline.first()->seriesId);
    }
    f.title = items.title(itemId);
    if (f.title.isEmpty())
        f.title = f.type == InstanceType::Radarr ? AuditRules::tr("Movie %1").arg(itemId)
                                                 : AuditRules::tr("Episode %1").arg(itemId);
    f.explanation = explanation;
    f.events = copies(timeline);
    f.lastEventAt = timeline.isEmpty() ? QDateTime() : timeline.last()->date;
    return f;
}

// The first run of at least `count` events within `days` of its first one whose last scored no higher than its
// first (both known); nullopt when there is none.
std::optional<Events> windowRun(const Events &events, int count, int days)
{
    for (qsizetype i = 0; i + count - 1 < events.size(); ++i) {
        const QDateTime end = events[i]->date.addDays(days);
        qsizetype last = i;
        while (last + 1 < events.size() && events[last + 1]->date <= end)
            ++last;
        const std::optional<int> first = events[i]->score;
        const std::optional<int> final = events[last]->score;
        if (last - i + 1 >= count && first && final && *final <= *first)
            return events.mid(i, last - i + 1);
    }
    return std::nullopt;
}

bool byKindThenTitle(const Finding &a, const Finding &b)
{
    return std::tie(a.kind, a.instance, a.title, a.itemId) < std::tie(b.kind, b.instance, b.title, b.itemId);
}

} // namespace

QString AuditRules::normalisedTitle(const QString &sourceTitle)
{
    static const QRegularExpression separators(QStringLiteral("[\\s._\\-\\[\\](){}]+"));
    static const QRegularExpression extension(QStringLiteral("\\.(mkv|mp4|avi|m4v|ts|wmv)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString t = sourceTitle.trimmed();
    t.remove(extension);
    return t.toLower().replace(separators, QStringLiteral(" ")).trimmed();
}

QString AuditRules::releaseKey(const ServerEvent &grab)
{
    if (!grab.torrentInfoHash.isEmpty())
        return QStringLiteral("hash:") + grab.torrentInfoHash.toLower();
    if (!grab.releaseHash.isEmpty())
        return QStringLiteral("release:") + grab.releaseHash;
    if (const QString title = normalisedTitle(grab.sourceTitle); !title.isEmpty())
        return QStringLiteral("title:") + title;
    if (!grab.guid.isEmpty())
        return QStringLiteral("guid:") + grab.guid;
    return {};
}

QList<Finding> AuditRules::upgradeLoops(const AuditInput &input)
{
    const Items items(input.snapshot);
    const QDateTime windowStart = input.now.addDays(-input.loopWindowDays);
    QList<Finding> result;
    const QHash<qint64, Events> timelines = byItem(input.events);
    for (auto it = timelines.cbegin(); it != timelines.cend(); ++it) {
        const Events &timeline = it.value();
        Events grabs;
        for (const ServerEvent *e : timeline) {
            if (e->type == ServerEventType::Grabbed)
                grabs << e;
        }
        if (grabs.size() < 2)
            continue;
        // (a) one release grabbed again: the repeats of each release, in the order first grabbed.
        QHash<QString, Events> releases;
        QStringList order;
        for (const ServerEvent *g : std::as_const(grabs)) {
            const QString key = releaseKey(*g);
            if (key.isEmpty())
                continue;
            if (!releases.contains(key))
                order << key;
            releases[key] << g;
        }
        QStringList sentences;
        for (const QString &key : std::as_const(order)) {
            const Events &same = releases[key];
            if (same.size() < 2)
                continue;
            QStringList dates;
            for (const ServerEvent *g : same)
                dates << LocaleFormat::dateTime(g->date);
            // The scores the release got when grabbed and when each of its downloads was imported.
            QStringList imported;
            for (const ServerEvent *g : same) {
                for (const ServerEvent *e : timeline) {
                    if (e->type == ServerEventType::DownloadFolderImported && !g->downloadId.isEmpty()
                        && e->downloadId == g->downloadId)
                        imported << scoreText(e->score);
                }
            }
            QString sentence = tr("%1 was grabbed %n times (%2), scored %3 when grabbed", nullptr, int(same.size()))
                                   .arg(quoted(same.first()->sourceTitle), dates.join(QStringLiteral(", ")),
                                        scoreText(same.last()->score));
            if (!imported.isEmpty())
                sentence += tr(" and %1 once imported").arg(imported.join(QStringLiteral(", ")));
            sentences << sentence + QLatin1Char('.');
        }
        // (b) three or more grabs within the window (anywhere in the history) that left the item no better off:
        // the last grab of the run scored no higher than the first.
        if (input.grabScores) {
            if (const std::optional<Events> run = windowRun(grabs, 3, input.loopWindowDays)) {
                QStringList names;
                for (const ServerEvent *g : *run)
                    names << tr("%1 on %2 (score %3)")
                                 .arg(quoted(g->sourceTitle), LocaleFormat::dateTime(g->date), scoreText(g->score));
                sentences << tr("%n releases were grabbed within %1 days: %2. The score went from %3 to %4: no "
                                "net gain.",
                                nullptr, int(run->size()))
                                 .arg(QString::number(input.loopWindowDays), names.join(QStringLiteral("; ")),
                                      scoreText(run->first()->score), scoreText(run->last()->score));
            }
        }
        if (sentences.isEmpty())
            continue;
        sentences << tr("The server keeps replacing this file: a release name usually matches custom formats "
                        "that the imported, renamed file no longer matches. Compare the formats of the release "
                        "and of the file, and fix the format's conditions or the naming scheme.");
        result << findingOf(FindingKind::UpgradeLoop, input, items, it.key(), timeline,
                            sentences.join(QLatin1Char(' ')));
    }
    std::sort(result.begin(), result.end(), byKindThenTitle);
    return result;
}

QList<Finding> AuditRules::grabImportMismatches(const AuditInput &input)
{
    const Items items(input.snapshot);
    QList<Finding> result;
    const QHash<qint64, Events> timelines = byItem(input.events);
    for (auto it = timelines.cbegin(); it != timelines.cend(); ++it) {
        const Events &timeline = it.value();
        QHash<QString, const ServerEvent *> grabs; // the newest grab of each download, so far
        for (const ServerEvent *e : timeline) {
            if (e->type == ServerEventType::Grabbed && !e->downloadId.isEmpty()) {
                grabs.insert(e->downloadId, e);
                continue;
            }
            if (e->type != ServerEventType::DownloadFolderImported || e->downloadId.isEmpty() || !e->score)
                continue;
            const ServerEvent *grab = grabs.value(e->downloadId);
            if (!grab || !grab->score || *grab->score == *e->score)
                continue;
            const QString text =
                tr("%1 scored %2 when it was grabbed on %3, but its file %4 scored %5 when imported on %6. The release "
                   "name matched custom formats that the imported file does not: the usual start of an upgrade loop. "
                   "Make those formats match the file too (or neither).")
                    .arg(quoted(grab->sourceTitle), QString::number(*grab->score), LocaleFormat::dateTime(grab->date),
                         quoted(e->sourceTitle), QString::number(*e->score), LocaleFormat::dateTime(e->date));
            Finding f = findingOf(FindingKind::GrabImportMismatch, input, items, it.key(), timeline, text);
            f.downloadId = e->downloadId;
            if (e->fileId > 0)
                f.fileId = e->fileId;
            result << f;
        }
    }
    std::sort(result.begin(), result.end(), byKindThenTitle);
    return result;
}

QList<Finding> AuditRules::importCurrentMismatches(const AuditInput &input)
{
    QList<Finding> result;
    if (!input.snapshot)
        return result;
    const Items items(input.snapshot);
    const auto editedSince = [&input](int profileId, const QDateTime &since) {
        const auto after = [&since](const QDateTime &t) { return t > since; };
        const QList<QDateTime> profile = input.profileEdits.value(profileId);
        return std::any_of(profile.cbegin(), profile.cend(), after)
               || std::any_of(input.formatEdits.cbegin(), input.formatEdits.cend(), after);
    };
    const QHash<qint64, Events> timelines = byItem(input.events);
    for (auto it = timelines.cbegin(); it != timelines.cend(); ++it) {
        // The item's newest import, when it brought the file the item has today.
        const Events &timeline = it.value();
        const auto newest = std::find_if(timeline.crbegin(), timeline.crend(), [](const ServerEvent *e) {
            return e->type == ServerEventType::DownloadFolderImported;
        });
        const MediaFile *file = items.files.value(it.key());
        if (newest == timeline.crend() || !file || (*newest)->fileId != file->fileId)
            continue;
        const ServerEvent *imp = *newest;
        if (!imp->score || !file->customFormatScore || *imp->score == *file->customFormatScore
            || editedSince(file->qualityProfileId, imp->date))
            continue;
        QString text = tr("This file scored %1 when it was imported on %2 as %3 and scores %4 today, and no quality "
                          "profile or custom format changed in the snapshots since. Something about the file changed "
                          "what it matches: a rename (the score is computed from the scene name, else the original "
                          "path, else the current name) or a new media-info scan. Rename it back or adjust the "
                          "formats.")
                           .arg(QString::number(*imp->score), LocaleFormat::dateTime(imp->date),
                                quoted(imp->sourceTitle), QString::number(*file->customFormatScore));
        if (input.firstSnapshotAt.isValid() && imp->date < input.firstSnapshotAt)
            text += QLatin1Char(' ')
                    + tr("The first snapshot was taken on %1: an edit before then cannot be ruled out.")
                          .arg(LocaleFormat::dateTime(input.firstSnapshotAt));
        Finding f = findingOf(FindingKind::ImportCurrentMismatch, input, items, it.key(), timeline, text);
        f.downloadId = imp->downloadId;
        result << f;
    }
    std::sort(result.begin(), result.end(), byKindThenTitle);
    return result;
}

QList<Finding> AuditRules::scoreMismatches(const AuditInput &input)
{
    QList<Finding> result;
    if (!input.snapshot)
        return result;
    const Items items(input.snapshot);
    const QHash<qint64, Events> timelines = byItem(input.events);
    for (const MediaFile &file : input.snapshot->files) {
        // A score computed here is that sum by construction; a null one is no score at all (Sonarr v3).
        if (!file.customFormatScore || file.scoreComputed)
            continue;
        QStringList sentences;
        if (const QualityProfile *profile = input.snapshot->profile(file.qualityProfileId)) {
            qint64 sum = 0;
            QStringList parts;
            for (const FormatRef &format : file.customFormats) {
                const int score = profile->scoreOf(format.id);
                sum += score;
                parts << QStringLiteral("%1 %2").arg(format.name).arg(score);
            }
            const int expected = int(std::clamp<qint64>(sum, INT_MIN, INT_MAX));
            if (expected != *file.customFormatScore)
                sentences << tr("The server reports a score of %1, but its custom formats add up to %2 in the "
                                "profile %3 (%4).")
                                 .arg(QString::number(*file.customFormatScore), QString::number(expected),
                                      quoted(profile->name),
                                      parts.isEmpty() ? tr("no formats") : parts.join(QStringLiteral(", ")));
        }
        if (const auto listed = input.itemListScores.constFind(file.fileId);
            listed != input.itemListScores.cend() && *listed != *file.customFormatScore)
            sentences
                << tr("/movie gives it a score of %1 and /moviefile %2.").arg(*listed).arg(*file.customFormatScore);
        if (sentences.isEmpty())
            continue;
        sentences << tr("The server is inconsistent with itself: a refresh of the item (or a rescan) usually "
                        "recomputes it; if not, report it to the server's developers.");
        const qint64 itemId =
            file.kind == MediaKind::Movie ? file.itemId : (file.episodeIds.isEmpty() ? 0 : file.episodeIds.first());
        Finding f = findingOf(FindingKind::ScoreMismatch, input, items, itemId, timelines.value(itemId),
                              sentences.join(QLatin1Char(' ')));
        f.fileId = file.fileId;
        if (file.kind == MediaKind::Episode) {
            f.episodeIds = file.episodeIds;
            f.seriesId = file.itemId;
        }
        f.lastEventAt = input.snapshot->finishedAt.isValid() ? input.snapshot->finishedAt : input.snapshot->startedAt;
        result << f;
    }
    std::sort(result.begin(), result.end(), byKindThenTitle);
    return result;
}

QList<Finding> AuditRules::repeatedFailures(const AuditInput &input)
{
    const Items items(input.snapshot);
    QList<Finding> result;
    const QHash<qint64, Events> timelines = byItem(input.events);
    for (auto it = timelines.cbegin(); it != timelines.cend(); ++it) {
        Events failed;
        for (const ServerEvent *e : it.value()) {
            if (e->type == ServerEventType::DownloadFailed)
                failed << e;
        }
        // The most failures within one window.
        Events worst;
        for (qsizetype i = 0; i < failed.size(); ++i) {
            const QDateTime end = failed[i]->date.addDays(input.loopWindowDays);
            qsizetype last = i;
            while (last + 1 < failed.size() && failed[last + 1]->date <= end)
                ++last;
            if (last - i + 1 > worst.size())
                worst = failed.mid(i, last - i + 1);
        }
        if (worst.size() < 2)
            continue;
        QStringList failures;
        for (const ServerEvent *e : std::as_const(worst)) {
            QString line = tr("%1 on %2").arg(quoted(e->sourceTitle), LocaleFormat::dateTime(e->date));
            if (!e->message.isEmpty())
                line += tr(" (%1)").arg(e->message);
            failures << line;
        }
        const QString text = tr("%n downloads failed within %1 days: %2. The server blocklists each failed release "
                                "and tries the next; check the download client and the indexers these came from.",
                                nullptr, int(failures.size()))
                                 .arg(QString::number(input.loopWindowDays), failures.join(QStringLiteral("; ")));
        result << findingOf(FindingKind::RepeatedFailure, input, items, it.key(), it.value(), text);
    }
    std::sort(result.begin(), result.end(), byKindThenTitle);
    return result;
}

QList<Finding> AuditRules::run(const AuditInput &input, const QSet<FindingKind> &kinds)
{
    const auto wanted = [&kinds](FindingKind k) { return kinds.isEmpty() || kinds.contains(k); };
    QList<Finding> result;
    if (wanted(FindingKind::UpgradeLoop))
        result << upgradeLoops(input);
    if (wanted(FindingKind::GrabImportMismatch))
        result << grabImportMismatches(input);
    if (wanted(FindingKind::ImportCurrentMismatch))
        result << importCurrentMismatches(input);
    if (wanted(FindingKind::ScoreMismatch))
        result << scoreMismatches(input);
    if (wanted(FindingKind::RepeatedFailure))
        result << repeatedFailures(input);
    return result;
}

QStringList AuditRules::limits(const AuditInput &input, const QString &instanceName)
{
    QStringList notes;
    if (!input.grabScores && !input.importScores)
        notes << tr("%1: the server keeps no scores in its history (Sonarr v3, Radarr before 4.3.1): grab and "
                    "import scores cannot be compared, and loops are found only by releases grabbed again.")
                     .arg(instanceName);
    else if (!input.importScores)
        notes << tr("%1: the server keeps no import scores (Radarr before 4.4.2): grab and import scores and scores "
                    "at import cannot be compared.")
                     .arg(instanceName);
    if (input.snapshot && input.snapshot->instance.type == InstanceType::Radarr) {
        const QVersionNumber v = QVersionNumber::fromString(input.snapshot->instance.version);
        if (v >= QVersionNumber(4, 7, 5) && v < QVersionNumber(5, 22, 4))
            notes << tr("%1: Radarr %2 gives every file a score of 0 in /movie, one it never computes (Radarr#9568): "
                        "that is not reported as a mismatch; /moviefile's score is the one used.")
                         .arg(instanceName, input.snapshot->instance.version);
    }
    return notes;
}

} // namespace arrscore
