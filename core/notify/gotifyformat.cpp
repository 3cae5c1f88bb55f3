#include "notify/gotifyformat.h"

#include "notify/summarytext.h"

#include <QStringList>

namespace arrscore {

namespace {

// Gotify's clients render CommonMark: a server's title must not become a link or a heading.
QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_{}[]()<>#+-.!|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

int GotifyFormat::priority(const NotificationTarget &target, const SyncSummary &summary)
{
    if (target.priority > 0)
        return target.priority;
    return summary.failureCount() > 0 ? 8 : 5;
}

QJsonObject GotifyFormat::message(const NotificationTarget &target, const SyncSummary &summary)
{
    QStringList lines;
    if (summary.sample)
        lines << QStringLiteral("_%1_").arg(escapeMarkdown(SummaryText::sampleNote())) << QString();
    for (const InstanceSummary &instance : summary.instances) {
        lines << QStringLiteral("- **%1**: %2")
                     .arg(escapeMarkdown(SummaryText::instanceName(instance)),
                          escapeMarkdown(SummaryText::status(instance)));
        for (const RescoreCause &cause : instance.rescoreCauses)
            lines << QStringLiteral("  - ") + escapeMarkdown(SummaryText::causeLine(cause));
    }
    const QList<UpgradeLine> upgrades = summary.biggestUpgrades();
    if (!upgrades.isEmpty()) {
        lines << QString() << QStringLiteral("**%1**").arg(escapeMarkdown(SummaryText::tr("Biggest upgrades")))
              << QString();
        for (const UpgradeLine &upgrade : upgrades)
            lines << QStringLiteral("- ") + escapeMarkdown(SummaryText::upgradeLine(upgrade));
    }
    if (const QString report = SummaryText::reportLine(summary); !report.isEmpty())
        lines << QString() << escapeMarkdown(report);
    return {{QStringLiteral("title"), SummaryText::title(summary)},
            {QStringLiteral("message"), lines.join(QLatin1Char('\n'))},
            {QStringLiteral("priority"), priority(target, summary)},
            {QStringLiteral("extras"),
             QJsonObject{{QStringLiteral("client::display"),
                          QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text/markdown")}}}}}};
}

} // namespace arrscore
