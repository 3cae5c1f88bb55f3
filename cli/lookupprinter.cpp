#include "lookupprinter.h"

#include "base/localeformat.h"
#include "upgrades/releaseverdict.h"

#include <QLocale>
#include <QMap>

namespace arrscore {

namespace {

QString score(std::optional<qint64> value)
{
    return value ? QLocale().toString(*value) : QStringLiteral("?");
}

QString signedScore(qint64 value)
{
    return value > 0 ? QStringLiteral("+") + QLocale().toString(value) : QLocale().toString(value);
}

} // namespace

QString LookupPrinter::scoreText(const ReleaseInfo &release, std::optional<int> currentScore)
{
    const std::optional<qint64> releaseScore =
        release.customFormatScore ? std::optional<qint64>(*release.customFormatScore) : std::nullopt;
    const std::optional<qint64> fileScore = currentScore ? std::optional<qint64>(*currentScore) : std::nullopt;
    if (releaseScore && fileScore)
        return tr("%1 vs the file's %2 (%3)")
            .arg(score(releaseScore), score(fileScore), signedScore(*releaseScore - *fileScore));
    return tr("%1 vs the file's %2").arg(score(releaseScore), score(fileScore));
}

QString LookupPrinter::releaseText(const ReleaseInfo &release, std::optional<int> currentScore)
{
    QStringList parts{scoreText(release, currentScore)};
    if (!release.quality.isEmpty())
        parts << release.quality;
    if (release.sizeBytes > 0)
        parts << QLocale().formattedDataSize(release.sizeBytes, 1, QLocale::DataSizeSIFormat);
    return tr("\"%1\" from %2: %3")
        .arg(release.title, release.indexer.isEmpty() ? tr("indexer %1").arg(release.indexerId) : release.indexer,
             parts.join(QStringLiteral(", ")));
}

QString LookupPrinter::itemText(const UpgradeItem &item)
{
    const QString id =
        item.type == InstanceType::Radarr ? tr("movie %1").arg(item.itemId) : tr("episode %1").arg(item.itemId);
    return item.title.isEmpty() ? tr("%1 on \"%2\"").arg(id, item.instance)
                                : tr("%1 (%2 on \"%3\")").arg(item.title, id, item.instance);
}

void LookupPrinter::print(QTextStream &out, const QList<ItemCheck> &checks)
{
    QMap<int, int> counts; // verdict → items, in the verdicts' order
    for (const ItemCheck &check : checks) {
        ++counts[int(check.verdict)];
        out << itemText(check.item);
        if (check.item.fileId > 0)
            out << tr(", file %1 scoring %2").arg(check.item.fileId).arg(score(check.item.currentScore));
        out << '\n' << QStringLiteral("  ");
        const QString verdict = ReleaseVerdict::text(check.verdict);
        switch (check.verdict) {
        case Verdict::Better:
        case Verdict::BetterRejected:
            out << tr("%1 (%Ln releases): ", nullptr, check.releaseCount).arg(verdict);
            if (check.pick)
                out << releaseText(*check.pick, check.item.currentScore);
            out << '\n';
            if (check.pick) {
                for (const QString &rejection : check.pick->rejections)
                    out << QStringLiteral("    ") << tr("rejected: %1").arg(rejection) << '\n';
            }
            break;
        case Verdict::NothingBetter:
            out << tr("%1 among %Ln releases", nullptr, check.releaseCount).arg(verdict) << '\n';
            break;
        case Verdict::NoReleases:
            out << verdict << '\n';
            break;
        case Verdict::Failed:
            out << tr("%1: %2").arg(verdict, check.error) << '\n';
            break;
        case Verdict::Deferred:
            out << (check.deferredUntil.isValid()
                        ? tr("%1: the hourly cap (release_lookups_per_hour) is reached; it may run from %2")
                              .arg(verdict, LocaleFormat::dateTime(check.deferredUntil))
                        : tr("%1: release lookups are switched off for this instance (release_lookups_per_hour: 0)")
                              .arg(verdict))
                << '\n';
            break;
        }
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << tr("%1: %L2").arg(ReleaseVerdict::text(Verdict(it.key()))).arg(it.value());
    if (!checks.isEmpty())
        out << '\n' << tr("%Ln items: %1.", nullptr, int(checks.size())).arg(parts.join(QStringLiteral("; "))) << '\n';
}

} // namespace arrscore
