#include "notify/slackformat.h"

#include "notify/summarytext.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

namespace arrscore {

namespace {

QJsonObject mrkdwn(const QString &text, int max = SlackFormat::kText)
{
    return {{QStringLiteral("type"), QStringLiteral("mrkdwn")}, {QStringLiteral("text"), SummaryText::clip(text, max)}};
}

QJsonObject section(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("section")}, {QStringLiteral("text"), mrkdwn(text)}};
}

QJsonObject context(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("context")},
            {QStringLiteral("elements"), QJsonArray{mrkdwn(text)}}};
}

QJsonObject instanceBlock(const InstanceSummary &instance)
{
    const QString name = QStringLiteral("*%1*").arg(SlackFormat::escape(SummaryText::instanceName(instance)));
    if (instance.failed || instance.isFirstSync())
        return section(name + QLatin1Char('\n') + SlackFormat::escape(SummaryText::status(instance)));
    QJsonObject block = section(name);
    QJsonArray fields;
    const auto add = [&fields](const QString &label, int n) {
        if (n > 0 && fields.size() < SlackFormat::kFields)
            fields.append(
                mrkdwn(QStringLiteral("*%1*\n%2").arg(label, QLocale().toString(n)), SlackFormat::kFieldText));
    };
    add(SummaryText::tr("Upgraded"), instance.upgraded);
    add(SummaryText::tr("Downgraded"), instance.downgraded);
    add(SummaryText::tr("Replaced"), instance.replaced);
    add(SummaryText::tr("Re-scored"), instance.rescored);
    add(SummaryText::tr("Added"), instance.added);
    add(SummaryText::tr("Removed"), instance.removed);
    add(SummaryText::tr("New upgrade candidates"), instance.newCandidates);
    add(SummaryText::tr("Candidates resolved"), instance.resolvedCandidates);
    if (fields.isEmpty())
        block.insert(QStringLiteral("text"), mrkdwn(name + QLatin1Char('\n') + SummaryText::tr("no changes")));
    else
        block.insert(QStringLiteral("fields"), fields);
    return block;
}

} // namespace

QString SlackFormat::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QStringLiteral("&amp;");
        else if (c == QLatin1Char('<'))
            out += QStringLiteral("&lt;"); // no <!channel>, <@U123> or <url|text> from a server's title
        else if (c == QLatin1Char('>'))
            out += QStringLiteral("&gt;");
        else if (QStringLiteral("*_~`").contains(c))
            out += QChar(0x200b) + c; // mrkdwn has no escape: a zero-width space keeps it from pairing up
        else
            out += c;
    }
    return out;
}

QJsonObject SlackFormat::message(const SyncSummary &summary)
{
    const QString title = SummaryText::title(summary);
    QJsonArray blocks{QJsonObject{
        {QStringLiteral("type"), QStringLiteral("header")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                                             {QStringLiteral("text"), SummaryText::clip(title, kHeader)}}}}};
    if (summary.sample)
        blocks.append(context(escape(SummaryText::sampleNote())));
    // Room for the upgrades, the report and "…and N more" after the instances.
    const qsizetype room = kBlocks - blocks.size() - 4;
    for (qsizetype i = 0; i < summary.instances.size(); ++i) {
        const InstanceSummary &instance = summary.instances[i];
        if (blocks.size() >= room) {
            blocks.append(context(SummaryText::tr("…and %Ln more", nullptr, int(summary.instances.size() - i))));
            break;
        }
        blocks.append(instanceBlock(instance));
        if (!instance.rescoreCauses.isEmpty() && blocks.size() < room) {
            QStringList lines;
            for (const RescoreCause &cause : instance.rescoreCauses)
                lines << escape(SummaryText::causeLine(cause));
            blocks.append(context(SummaryText::fitLines(lines, kText)));
        }
    }
    const QList<UpgradeLine> upgrades = summary.biggestUpgrades();
    if (!upgrades.isEmpty()) {
        QStringList lines{QStringLiteral("*%1*").arg(SummaryText::tr("Biggest upgrades"))};
        for (const UpgradeLine &upgrade : upgrades)
            lines << QStringLiteral("• ") + escape(SummaryText::upgradeLine(upgrade));
        blocks.append(section(SummaryText::fitLines(lines, kText)));
    }
    if (const QString report = SummaryText::reportLine(summary); !report.isEmpty())
        blocks.append(context(escape(report)));
    return {{QStringLiteral("text"), escape(title)}, {QStringLiteral("blocks"), blocks}};
}

} // namespace arrscore
