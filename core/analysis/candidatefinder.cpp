#include "analysis/candidatefinder.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>

namespace arrscore {

namespace {

constexpr int kMissingFormats = 3;
constexpr double kMaxScorePart = 2.0;
constexpr double kUnknownQualityPart = 0.5;

int firstEpisode(const MediaFile &file)
{
    return file.episodes.isEmpty() ? -1 : file.episodes.first();
}

} // namespace

std::optional<Candidate> CandidateFinder::evaluate(const LibrarySnapshot &snapshot, const MediaFile &file,
                                                   const ProfileFacts &facts)
{
    const QualityProfile &profile = *facts.profile;
    const bool scoreBelow = facts.scoreBelow(file);
    const bool qualityBelow = facts.qualityBelow(file);
    if (!scoreBelow && !qualityBelow)
        return std::nullopt;

    Candidate c;
    c.snapshot = &snapshot;
    c.file = &file;
    c.profile = &profile;
    c.capped = !profile.upgradeAllowed;
    c.scoreBelowCutoff = scoreBelow;
    c.qualityBelowCutoff = qualityBelow;
    c.scale = facts.scale;
    if (file.customFormatScore)
        c.scoreGap = std::max<qint64>(0, qint64(profile.cutoffFormatScore) - *file.customFormatScore);
    c.qualityGap = qualityBelow ? facts.qualityGap(file) : 0;

    if (scoreBelow && c.scoreGap) // a score below the cutoff is a known score
        c.scorePart = std::min(double(*c.scoreGap) / double(facts.scale), kMaxScorePart);
    if (qualityBelow)
        c.qualityPart = c.qualityGap > 0 ? double(c.qualityGap) / facts.cutoffRank : kUnknownQualityPart;
    c.priority = std::round(1000.0 * (c.scorePart + c.qualityPart)) / 10.0;

    QSet<int> matched;
    for (const FormatRef &format : file.customFormats) {
        matched.insert(format.id);
        const int score = profile.scoreOf(format.id);
        if (score < 0)
            c.negativeFormats.append({format.id, format.name, score});
    }
    std::sort(c.negativeFormats.begin(), c.negativeFormats.end(), [](const FormatItem &a, const FormatItem &b) {
        return a.score != b.score ? a.score < b.score : a.name < b.name;
    });
    for (const FormatItem &item : facts.positiveFormats) {
        if (c.missingFormats.size() == kMissingFormats)
            break;
        if (!matched.contains(item.formatId))
            c.missingFormats.append(item);
    }

    if (c.capped)
        c.reasons.append({ReasonKind::UpgradesDisabled, 0, 0, profile.name});
    if (scoreBelow && c.scoreGap)
        c.reasons.append({ReasonKind::ScoreBelowCutoff, *c.scoreGap, 0, {}});
    if (qualityBelow)
        c.reasons.append({ReasonKind::QualityBelowCutoff, c.qualityGap, 0, profile.cutoffName()});
    if (!file.customFormatScore)
        c.reasons.append({ReasonKind::ScoreUnknown, 0, 0, {}});
    for (const FormatItem &item : std::as_const(c.negativeFormats))
        c.reasons.append({ReasonKind::NegativeFormat, item.score, item.formatId, item.name});
    if (scoreBelow) {
        for (const FormatItem &item : std::as_const(c.missingFormats))
            c.reasons.append({ReasonKind::MissingFormat, item.score, item.formatId, item.name});
    }
    return c;
}

CandidateReport CandidateFinder::find(const QList<const LibrarySnapshot *> &snapshots)
{
    CandidateReport report;
    for (const LibrarySnapshot *snapshot : snapshots) {
        const ProfileIndex index(*snapshot);
        for (const MediaFile &file : snapshot->files) {
            const ProfileFacts *facts = index.find(file.qualityProfileId);
            if (!facts) {
                ++report.noProfile;
                continue;
            }
            ++report.filesConsidered;
            if (!file.customFormatScore)
                ++report.scoreUnknown;
            if (std::optional<Candidate> c = evaluate(*snapshot, file, *facts))
                (c->capped ? report.capped : report.candidates).append(std::move(*c));
        }
    }
    std::sort(report.candidates.begin(), report.candidates.end(), ranksBefore);
    std::sort(report.capped.begin(), report.capped.end(), ranksBefore);
    return report;
}

int CandidateFinder::count(const LibrarySnapshot &snapshot)
{
    // evaluate()'s test: below a cutoff, in a profile that allows upgrades.
    const ProfileIndex index(snapshot);
    int count = 0;
    for (const MediaFile &file : snapshot.files) {
        const ProfileFacts *facts = index.find(file.qualityProfileId);
        if (facts && facts->upgradeAllowed() && !facts->meetsCutoffs(file))
            ++count;
    }
    return count;
}

bool CandidateFinder::ranksBefore(const Candidate &a, const Candidate &b)
{
    if (a.priority != b.priority)
        return a.priority > b.priority;
    if (const int c = a.snapshot->instance.name.compare(b.snapshot->instance.name); c != 0)
        return c < 0;
    if (const int c = a.file->title.compare(b.file->title); c != 0)
        return c < 0;
    if (a.file->season != b.file->season)
        return a.file->season < b.file->season;
    if (firstEpisode(*a.file) != firstEpisode(*b.file))
        return firstEpisode(*a.file) < firstEpisode(*b.file);
    return a.file->fileId < b.file->fileId;
}

QString CandidateFinder::reasonText(const CandidateReason &reason)
{
    switch (reason.kind) {
    case ReasonKind::ScoreBelowCutoff: {
        // tr()'s count is an int, and a gap between Int32 scores reaches 2^32 − 1 (an int would wrap, and a
        // negative count leaves %Ln unreplaced): the plural form is chosen for the largest int, and the
        // number written in full in its place.
        const int n = int(std::min<qint64>(reason.value, INT_MAX));
        QString text = tr("score %Ln points below the profile's cutoff", nullptr, n);
        if (n != reason.value) {
            const QLocale locale;
            text.replace(locale.toString(n), locale.toString(reason.value));
            text.replace(QString::number(n), QString::number(reason.value)); // a translation using %n
        }
        return text;
    }
    case ReasonKind::QualityBelowCutoff:
        if (reason.value >= 1)
            return tr("quality %Ln steps below the cutoff %1", nullptr, reason.value).arg(reason.name);
        return tr("quality below the cutoff %1 (as the server reports)").arg(reason.name);
    case ReasonKind::NegativeFormat:
        return tr("matches %1 (%2)").arg(reason.name).arg(reason.value);
    case ReasonKind::MissingFormat:
        return tr("lacks %1 (+%2)").arg(reason.name).arg(reason.value);
    case ReasonKind::ScoreUnknown:
        return tr("score unknown (the server sends none): judged on quality only");
    case ReasonKind::UpgradesDisabled:
        return tr("capped: the profile %1 does not allow upgrades").arg(reason.name);
    }
    return {};
}

QStringList CandidateFinder::reasonTexts(const Candidate &candidate)
{
    QStringList texts;
    texts.reserve(candidate.reasons.size());
    for (const CandidateReason &reason : candidate.reasons)
        texts << reasonText(reason);
    return texts;
}

QString CandidateFinder::reasonKindName(ReasonKind kind)
{
    switch (kind) {
    case ReasonKind::ScoreBelowCutoff:
        return QStringLiteral("score_below_cutoff");
    case ReasonKind::QualityBelowCutoff:
        return QStringLiteral("quality_below_cutoff");
    case ReasonKind::NegativeFormat:
        return QStringLiteral("negative_format");
    case ReasonKind::MissingFormat:
        return QStringLiteral("missing_format");
    case ReasonKind::ScoreUnknown:
        return QStringLiteral("score_unknown");
    case ReasonKind::UpgradesDisabled:
        return QStringLiteral("upgrades_disabled");
    }
    return {};
}

QString CandidateFinder::displayTitle(const MediaFile &file)
{
    if (file.kind == MediaKind::Movie)
        return file.year > 0 ? QStringLiteral("%1 (%2)").arg(file.title).arg(file.year) : file.title;
    QString text = (file.seriesTitle.isEmpty() ? file.title : file.seriesTitle) + QLatin1Char(' ');
    text += QStringLiteral("S%1").arg(std::max(file.season, 0), 2, 10, QLatin1Char('0'));
    if (!file.episodes.isEmpty()) {
        text += QStringLiteral("E%1").arg(file.episodes.first(), 2, 10, QLatin1Char('0'));
        if (file.episodes.size() > 1)
            text += QStringLiteral("-E%1").arg(file.episodes.last(), 2, 10, QLatin1Char('0'));
    }
    return text;
}

} // namespace arrscore
