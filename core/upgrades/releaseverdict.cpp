#include "upgrades/releaseverdict.h"

namespace arrscore {

namespace {

VerdictResult judgeIndexes(const QList<ReleaseInfo> &releases, const QList<int> &indexes,
                           std::optional<int> currentScore)
{
    VerdictResult result;
    result.releaseCount = int(indexes.size());
    if (indexes.isEmpty()) {
        result.verdict = Verdict::NoReleases;
        return result;
    }
    int approved = -1;
    int aboveFile = -1;
    int aboveScore = 0; // the score of releases[aboveFile]
    for (int i : indexes) {
        const ReleaseInfo &r = releases.at(i);
        if (r.approved && (approved < 0 || r.releaseWeight < releases.at(approved).releaseWeight))
            approved = i;
        if (!currentScore || !r.customFormatScore)
            continue;
        const int score = *r.customFormatScore;
        if (score > *currentScore
            && (aboveFile < 0 || score > aboveScore
                || (score == aboveScore && r.releaseWeight < releases.at(aboveFile).releaseWeight))) {
            aboveFile = i;
            aboveScore = score;
        }
    }
    if (approved >= 0) {
        result.verdict = Verdict::Better;
        result.pick = approved;
    } else if (aboveFile >= 0) {
        result.verdict = Verdict::BetterRejected;
        result.pick = aboveFile;
    } else {
        result.verdict = Verdict::NothingBetter;
    }
    return result;
}

} // namespace

VerdictResult ReleaseVerdict::judge(const QList<ReleaseInfo> &releases, std::optional<int> currentScore)
{
    QList<int> all;
    all.reserve(releases.size());
    for (int i = 0; i < releases.size(); ++i)
        all.append(i);
    return judgeIndexes(releases, all, currentScore);
}

VerdictResult ReleaseVerdict::judgeEpisode(const QList<ReleaseInfo> &releases, int episodeNumber,
                                           std::optional<int> currentScore)
{
    return judgeIndexes(releases, releasesFor(releases, episodeNumber), currentScore);
}

QList<int> ReleaseVerdict::releasesFor(const QList<ReleaseInfo> &releases, int episodeNumber)
{
    QList<int> out;
    for (int i = 0; i < releases.size(); ++i) {
        const ReleaseInfo &r = releases.at(i);
        if (r.fullSeason || r.episodeNumbers.contains(episodeNumber))
            out.append(i);
    }
    return out;
}

QString ReleaseVerdict::name(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Better:
        return QStringLiteral("better");
    case Verdict::BetterRejected:
        return QStringLiteral("better-rejected");
    case Verdict::NothingBetter:
        return QStringLiteral("nothing-better");
    case Verdict::NoReleases:
        return QStringLiteral("no-releases");
    case Verdict::Failed:
        return QStringLiteral("failed");
    case Verdict::Deferred:
        return QStringLiteral("deferred");
    }
    return {};
}

std::optional<Verdict> ReleaseVerdict::fromName(const QString &name)
{
    for (Verdict v : {Verdict::Better, Verdict::BetterRejected, Verdict::NothingBetter, Verdict::NoReleases,
                      Verdict::Failed, Verdict::Deferred}) {
        if (ReleaseVerdict::name(v) == name)
            return v;
    }
    return std::nullopt;
}

QString ReleaseVerdict::text(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Better:
        return tr("Better available");
    case Verdict::BetterRejected:
        return tr("Better, rejected");
    case Verdict::NothingBetter:
        return tr("Nothing better");
    case Verdict::NoReleases:
        return tr("No releases");
    case Verdict::Failed:
        return tr("Lookup failed");
    case Verdict::Deferred:
        return tr("Deferred");
    }
    return {};
}

} // namespace arrscore
