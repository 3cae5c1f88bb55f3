#include "notify/summarytext.h"

#include "base/model.h"

#include <QFileInfo>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace arrscore {

namespace {

QString scoreText(const std::optional<int> &score)
{
    return score ? QLocale().toString(*score) : QStringLiteral("—");
}

} // namespace

QString SummaryText::title(const SyncSummary &summary)
{
    QStringList parts;
    const auto add = [&parts, &summary](int InstanceSummary::*field, const QString &text) {
        if (summary.count(field) > 0)
            parts << text;
    };
    add(&InstanceSummary::upgraded, tr("%Ln upgraded", nullptr, summary.count(&InstanceSummary::upgraded)));
    add(&InstanceSummary::downgraded, tr("%Ln downgraded", nullptr, summary.count(&InstanceSummary::downgraded)));
    add(&InstanceSummary::replaced, tr("%Ln replaced", nullptr, summary.count(&InstanceSummary::replaced)));
    add(&InstanceSummary::rescored, tr("%Ln re-scored", nullptr, summary.count(&InstanceSummary::rescored)));
    add(&InstanceSummary::added, tr("%Ln added", nullptr, summary.count(&InstanceSummary::added)));
    add(&InstanceSummary::removed, tr("%Ln removed", nullptr, summary.count(&InstanceSummary::removed)));
    if (summary.failureCount() > 0)
        parts << tr("%n instance(s) failed", nullptr, summary.failureCount());
    if (parts.isEmpty())
        parts << tr("no changes");
    const QString title = tr("Arr Score sync: %1").arg(parts.join(QStringLiteral(", ")));
    return summary.sample ? tr("[Test] %1").arg(title) : title;
}

QString SummaryText::counts(const InstanceSummary &instance)
{
    QStringList parts;
    const auto add = [&parts](int n, const QString &text) {
        if (n > 0)
            parts << text;
    };
    add(instance.upgraded, tr("%Ln upgraded", nullptr, instance.upgraded));
    add(instance.downgraded, tr("%Ln downgraded", nullptr, instance.downgraded));
    add(instance.replaced, tr("%Ln replaced", nullptr, instance.replaced));
    add(instance.rescored, tr("%Ln re-scored", nullptr, instance.rescored));
    add(instance.added, tr("%Ln added", nullptr, instance.added));
    add(instance.removed, tr("%Ln removed", nullptr, instance.removed));
    add(instance.newCandidates, tr("%Ln new upgrade candidate(s)", nullptr, instance.newCandidates));
    add(instance.resolvedCandidates, tr("%Ln candidate(s) resolved", nullptr, instance.resolvedCandidates));
    return parts.isEmpty() ? tr("no changes") : parts.join(QStringLiteral(", "));
}

QString SummaryText::instanceName(const InstanceSummary &instance)
{
    return QStringLiteral("%1 (%2)").arg(
        instance.name, instance.type == InstanceType::Radarr ? QStringLiteral("Radarr") : QStringLiteral("Sonarr"));
}

QString SummaryText::clip(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    return text.left(std::max(0, max - 1)) + QChar(0x2026);
}

QString SummaryText::fitLines(const QStringList &lines, int max)
{
    QString result;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = (result.isEmpty() ? QString() : QStringLiteral("\n")) + lines[i];
        const qsizetype rest = lines.size() - i - 1;
        // Room is kept for the "…and N more" line unless this is the last line.
        const QString more = tr("…and %Ln more", nullptr, int(lines.size() - i));
        if (result.size() + line.size() + (rest > 0 ? more.size() + 1 : 0) > max) {
            const QString tail = (result.isEmpty() ? QString() : QStringLiteral("\n")) + more;
            return result.size() + tail.size() <= max ? result + tail : clip(result, max);
        }
        result += line;
    }
    return result;
}

QString SummaryText::status(const InstanceSummary &instance)
{
    if (instance.failed)
        return tr("failed: %1").arg(instance.error);
    if (instance.isFirstSync())
        return tr("first sync, %Ln file(s) stored", nullptr, instance.files);
    return counts(instance);
}

QString SummaryText::instanceLine(const InstanceSummary &instance)
{
    return QStringLiteral("%1: %2").arg(instanceName(instance), status(instance));
}

QString SummaryText::causeLine(const RescoreCause &cause)
{
    return tr("%Ln file(s) re-scored: %1", nullptr, cause.files).arg(cause.text);
}

QString SummaryText::upgradeLine(const UpgradeLine &upgrade)
{
    const QString gain = upgrade.before && upgrade.after ? QStringLiteral(" (%1%2)").arg(
                             upgrade.gain() >= 0 ? QStringLiteral("+") : QString(), QLocale().toString(upgrade.gain()))
                                                         : QString();
    return QStringLiteral("%1: %2 → %3%4")
        .arg(upgrade.title, scoreText(upgrade.before), scoreText(upgrade.after), gain);
}

QUrl SummaryText::reportUrl(const SyncSummary &summary)
{
    if (summary.reportPath.isEmpty())
        return {};
    return QUrl::fromLocalFile(QFileInfo(summary.reportPath).absoluteFilePath());
}

QString SummaryText::reportLine(const SyncSummary &summary)
{
    const QUrl url = reportUrl(summary);
    return url.isValid() ? tr("Report: %1").arg(url.toString(QUrl::FullyEncoded)) : QString();
}

QString SummaryText::sampleNote()
{
    return tr("This is a test message from \"arrscore notify --test\"; the numbers are made up.");
}

QString SummaryText::plain(const SyncSummary &summary)
{
    QStringList lines;
    if (summary.sample)
        lines << sampleNote() << QString();
    for (const InstanceSummary &instance : summary.instances) {
        lines << instanceLine(instance);
        for (const RescoreCause &cause : instance.rescoreCauses)
            lines << QStringLiteral("  ") + causeLine(cause);
    }
    const QList<UpgradeLine> upgrades = summary.biggestUpgrades();
    if (!upgrades.isEmpty()) {
        lines << QString() << tr("Biggest upgrades:");
        for (const UpgradeLine &upgrade : upgrades)
            lines << QStringLiteral("  ") + upgradeLine(upgrade);
    }
    if (const QString report = reportLine(summary); !report.isEmpty())
        lines << QString() << report;
    return lines.join(QLatin1Char('\n'));
}

} // namespace arrscore
