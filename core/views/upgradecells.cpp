#include "views/upgradecells.h"

#include "base/localeformat.h"
#include "upgrades/releaseverdict.h"

#include <QLocale>

namespace arrscore {

QString UpgradeCells::signedNumber(qint64 value)
{
    const QLocale locale;
    if (value > 0)
        return QStringLiteral("+") + locale.toString(value);
    if (value < 0)
        return QString(QChar(0x2212)) + locale.toString(-value); // the minus sign, not a hyphen
    return locale.toString(0);
}

QString UpgradeCells::bestAvailable(const ItemCheck &check, std::optional<qint64> gain)
{
    switch (check.verdict) {
    case Verdict::Better:
        if (gain && check.pick && check.pick->customFormatScore)
            return tr("%1 (%2)").arg(signedNumber(*gain), QLocale().toString(*check.pick->customFormatScore));
        return ReleaseVerdict::text(Verdict::Better);
    case Verdict::BetterRejected: {
        const QString why = check.pick && !check.pick->rejections.isEmpty() ? check.pick->rejections.first()
                                                                            : ReleaseVerdict::text(check.verdict);
        return tr("Rejected better: %1").arg(why);
    }
    case Verdict::NothingBetter:
        return tr("Nothing better");
    case Verdict::NoReleases:
        return tr("No releases");
    case Verdict::Failed:
        return tr("Failed");
    case Verdict::Deferred:
        return tr("Deferred until %1")
            .arg(QLocale().toString(check.deferredUntil.toLocalTime().time(), QLocale::ShortFormat));
    }
    return {};
}

QString UpgradeCells::bestAvailableToolTip(const ItemCheck &check, std::optional<qint64> gain)
{
    QStringList lines{ReleaseVerdict::text(check.verdict)};
    if (check.pick) {
        const ReleaseInfo &pick = *check.pick;
        lines << pick.title;
        lines << tr("%1 · %2 · %3").arg(pick.indexer, pick.quality, QLocale().formattedDataSize(pick.sizeBytes, 1));
        if (pick.customFormatScore)
            lines << (gain ? tr("Score %1, %2 over the file")
                                 .arg(QLocale().toString(*pick.customFormatScore), signedNumber(*gain))
                           : tr("Score %1").arg(QLocale().toString(*pick.customFormatScore)));
        for (const QString &rejection : pick.rejections)
            lines << QStringLiteral("✖ ") + rejection;
    }
    if (!check.error.isEmpty())
        lines << check.error;
    if (check.verdict == Verdict::Deferred)
        lines << tr("The hourly limit of release lookups is reached; it may run at %1.")
                     .arg(LocaleFormat::dateTime(check.deferredUntil));
    if (check.verdict != Verdict::Deferred && check.releaseCount > 0)
        lines << tr("%n releases found", nullptr, check.releaseCount);
    return lines.join(QLatin1Char('\n'));
}

double UpgradeCells::bestAvailableKey(const ItemCheck &check, std::optional<qint64> gain)
{
    // Ranks a million apart: any gain a profile can give stays within its verdict's band.
    constexpr double band = 1e7;
    const double bounded = gain ? std::clamp(double(*gain), -band / 2, band / 2 - 1) : 0.0;
    switch (check.verdict) {
    case Verdict::Better:
        return 5 * band + bounded;
    case Verdict::BetterRejected:
        return 4 * band + bounded;
    case Verdict::NothingBetter:
        return 3 * band;
    case Verdict::NoReleases:
        return 2 * band;
    case Verdict::Deferred:
        return band;
    case Verdict::Failed:
        return 1; // above the unchecked rows, whose key is null (0)
    }
    return 0;
}

QString UpgradeCells::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < qint64(24) * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return LocaleFormat::dateTime(when);
}

} // namespace arrscore
