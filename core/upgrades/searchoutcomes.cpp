#include "upgrades/searchoutcomes.h"

#include <QHash>
#include <QLocale>
#include <QPair>

#include <algorithm>

namespace arrscore {

std::optional<qint64> ItemOutcome::gain() const
{
    if (!newScore || !item.score)
        return std::nullopt;
    return qint64(*newScore) - qint64(*item.score);
}

namespace {

const LibrarySnapshot *latestOf(const QString &instance, const QList<const LibrarySnapshot *> &snapshots)
{
    const LibrarySnapshot *best = nullptr;
    for (const LibrarySnapshot *s : snapshots) {
        if (s && s->instance.name == instance && (!best || s->finishedAt > best->finishedAt))
            best = s;
    }
    return best;
}

// The file an item has in a snapshot: the movie's, or the one holding the episode.
const MediaFile *fileOf(const LibrarySnapshot &snapshot, qint64 itemId)
{
    for (const MediaFile &file : snapshot.files) {
        if (file.kind == MediaKind::Movie ? file.itemId == itemId : file.episodeIds.contains(itemId))
            return &file;
    }
    return nullptr;
}

int rank(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Upgraded:
        return 2;
    case Outcome::Pending:
        return 1;
    case Outcome::Unchanged:
        return 0;
    }
    return 0;
}

std::optional<double> median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return double(values.at(mid));
    return (double(values.at(mid - 1)) + double(values.at(mid))) / 2;
}

} // namespace

QList<ItemOutcome> SearchOutcomes::classify(const SearchRecord &search, const QList<const LibrarySnapshot *> &latest,
                                            int cooldownDays, const QDateTime &now)
{
    const LibrarySnapshot *snapshot = latestOf(search.instance, latest);
    // The window in which "nothing yet" is still pending: the cooldown, or a day without one.
    const QDateTime pendingUntil = search.sentAt.addDays(cooldownDays > 0 ? cooldownDays : 1);
    QList<ItemOutcome> out;
    for (const SearchedItem &item : search.items) {
        ItemOutcome o;
        o.instance = search.instance;
        o.searchId = search.id;
        o.item = item;
        const MediaFile *file = snapshot ? fileOf(*snapshot, item.itemId) : nullptr;
        const QualityProfile *profile = nullptr;
        if (snapshot)
            profile = snapshot->profile(file ? file->qualityProfileId : item.profileId);
        o.profile = profile ? profile->name : tr("profile %1").arg(file ? file->qualityProfileId : item.profileId);
        bool upgraded = false;
        if (file && file->fileId != item.fileId && snapshot->finishedAt > search.sentAt) {
            const bool higherScore = file->customFormatScore && item.score && *file->customFormatScore > *item.score;
            const bool betterQuality =
                profile && profile->qualityRank(file->qualityId) > profile->qualityRank(item.qualityId);
            const bool hadNone = item.fileId == 0;
            upgraded = higherScore || betterQuality || hadNone;
        }
        if (upgraded) {
            o.outcome = Outcome::Upgraded;
            o.newScore = file->customFormatScore;
            o.newQuality = file->quality;
        } else {
            o.outcome = now < pendingUntil ? Outcome::Pending : Outcome::Unchanged;
        }
        out.append(o);
    }
    return out;
}

OutcomeSummary SearchOutcomes::summarize(const QList<ItemOutcome> &outcomes)
{
    // Each (instance, item) once: its best outcome, and the gain of its latest upgrade.
    struct Best
    {
        Outcome outcome = Outcome::Unchanged;
        qint64 searchId = -1;
        std::optional<qint64> gain;
    };
    QHash<QPair<QString, qint64>, Best> items;
    for (const ItemOutcome &o : outcomes) {
        const QPair<QString, qint64> key(o.instance, o.item.itemId);
        auto it = items.find(key);
        if (it == items.end()) {
            items.insert(key, Best{o.outcome, o.searchId, o.gain()});
            continue;
        }
        if (rank(o.outcome) > rank(it->outcome)
            || (o.outcome == Outcome::Upgraded && it->outcome == Outcome::Upgraded && o.searchId > it->searchId)) {
            it->outcome = o.outcome;
            it->searchId = o.searchId;
            it->gain = o.gain();
        }
    }
    OutcomeSummary summary;
    QList<qint64> gains;
    for (const Best &b : std::as_const(items)) {
        ++summary.searched;
        switch (b.outcome) {
        case Outcome::Upgraded:
            ++summary.upgraded;
            if (b.gain)
                gains.append(*b.gain);
            break;
        case Outcome::Pending:
            ++summary.pending;
            break;
        case Outcome::Unchanged:
            ++summary.unchanged;
            break;
        }
    }
    summary.medianGain = median(gains);
    return summary;
}

QMap<QString, OutcomeSummary> SearchOutcomes::byInstance(const QList<ItemOutcome> &outcomes)
{
    QMap<QString, QList<ItemOutcome>> groups;
    for (const ItemOutcome &o : outcomes)
        groups[o.instance].append(o);
    QMap<QString, OutcomeSummary> out;
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it)
        out.insert(it.key(), summarize(it.value()));
    return out;
}

QMap<QString, OutcomeSummary> SearchOutcomes::byProfile(const QList<ItemOutcome> &outcomes)
{
    QMap<QString, QList<ItemOutcome>> groups;
    for (const ItemOutcome &o : outcomes)
        groups[o.profile].append(o);
    QMap<QString, OutcomeSummary> out;
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it)
        out.insert(it.key(), summarize(it.value()));
    return out;
}

QString SearchOutcomes::name(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Upgraded:
        return QStringLiteral("upgraded");
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

QString SearchOutcomes::text(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Upgraded:
        return tr("Upgraded");
    case Outcome::Pending:
        return tr("Pending");
    case Outcome::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

QString SearchOutcomes::summaryText(const OutcomeSummary &summary)
{
    QString text =
        tr("Searched %n item(s)", nullptr, summary.searched) + tr(", upgraded %n", nullptr, summary.upgraded);
    if (summary.medianGain)
        text += tr(" (median gain %1)")
                    .arg(QLocale().toString(*summary.medianGain, 'f',
                                            *summary.medianGain == qint64(*summary.medianGain) ? 0 : 1));
    if (summary.pending > 0)
        text += tr(", %n pending", nullptr, summary.pending);
    return text + QLatin1Char('.');
}

} // namespace arrscore
