#include "notify/discordformat.h"

#include "notify/summarytext.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace arrscore {

namespace {

constexpr int kRed = 0xd9534f;
constexpr int kGreen = 0x3fa34d;
constexpr int kBlue = 0x3b82c4;
constexpr int kUpgradesRoom = 1500; // kept for the "Biggest upgrades" embed

int embedSize(const QJsonObject &embed)
{
    qsizetype size = embed.value(QLatin1String("title")).toString().size()
                     + embed.value(QLatin1String("description")).toString().size()
                     + embed.value(QLatin1String("footer")).toObject().value(QLatin1String("text")).toString().size();
    for (const auto &field : embed.value(QLatin1String("fields")).toArray())
        size += field.toObject().value(QLatin1String("name")).toString().size()
                + field.toObject().value(QLatin1String("value")).toString().size();
    return int(size);
}

QJsonObject field(const QString &name, const QString &value)
{
    return {{QStringLiteral("name"), SummaryText::clip(name, DiscordFormat::kFieldName)},
            {QStringLiteral("value"),
             SummaryText::clip(value.isEmpty() ? QStringLiteral("—") : value, DiscordFormat::kFieldValue)},
            {QStringLiteral("inline"), false}};
}

} // namespace

QString DiscordFormat::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        // Headings, lists and quotes only count at the start of a line.
        const bool lineStart = i == 0 || text[i - 1] == QLatin1Char('\n');
        if (QStringLiteral("\\*_~`|[]<").contains(c) || (lineStart && QStringLiteral("#->").contains(c)))
            out += QLatin1Char('\\');
        out += c;
        if (c == QLatin1Char('@'))
            out += QChar(0x200b); // "@everyone" and "@here" stay text even where mentions are parsed
    }
    return out;
}

QJsonObject DiscordFormat::message(const SyncSummary &summary)
{
    QJsonObject main{{QStringLiteral("title"), SummaryText::clip(SummaryText::title(summary), kTitle)},
                     {QStringLiteral("color"), summary.failureCount() > 0                      ? kRed
                                               : summary.count(&InstanceSummary::upgraded) > 0 ? kGreen
                                                                                               : kBlue}};
    if (summary.finishedAt.isValid())
        main.insert(QStringLiteral("timestamp"), summary.finishedAt.toUTC().toString(Qt::ISODate));
    QStringList description;
    if (summary.sample)
        description << SummaryText::sampleNote();
    if (const QString report = SummaryText::reportLine(summary); !report.isEmpty())
        description << escape(report);
    if (!description.isEmpty())
        main.insert(QStringLiteral("description"), SummaryText::fitLines(description, kDescription));

    QJsonArray fields;
    // The 6000 characters of all embeds are shared out: room for the upgrades embed, the rest by field.
    const qsizetype fieldCount = std::max<qsizetype>(1, std::min<qsizetype>(summary.instances.size(), kFields));
    const int perField = int(std::clamp<qsizetype>(
        (kTotal - kUpgradesRoom - embedSize(main)) / fieldCount - kFieldName / 4, 40, kFieldValue));
    const qsizetype shown = summary.instances.size() > kFields ? kFields - 1 : summary.instances.size();
    for (qsizetype i = 0; i < shown; ++i) {
        const InstanceSummary &instance = summary.instances[i];
        QStringList lines;
        const QString status = escape(SummaryText::status(instance));
        lines << (instance.failed ? QStringLiteral("**%1**").arg(status) : status);
        for (const RescoreCause &cause : instance.rescoreCauses)
            lines << escape(SummaryText::causeLine(cause));
        fields.append(field(SummaryText::instanceName(instance), SummaryText::fitLines(lines, perField)));
    }
    if (shown < summary.instances.size())
        fields.append(field(SummaryText::tr("…and %Ln more", nullptr, int(summary.instances.size() - shown)),
                            SummaryText::tr("See the report or `arrscore diff` for the other instances.")));
    main.insert(QStringLiteral("fields"), fields);

    QJsonArray embeds{main};
    const QList<UpgradeLine> upgrades = summary.biggestUpgrades();
    if (!upgrades.isEmpty()) {
        QStringList lines;
        for (const UpgradeLine &upgrade : upgrades)
            lines << escape(SummaryText::upgradeLine(upgrade));
        const int room = std::min(kDescription, kTotal - embedSize(main) - 64);
        if (room > 100)
            embeds.append(QJsonObject{{QStringLiteral("title"), SummaryText::tr("Biggest upgrades")},
                                      {QStringLiteral("color"), kGreen},
                                      {QStringLiteral("description"), SummaryText::fitLines(lines, room)}});
    }
    return {{QStringLiteral("username"), QStringLiteral("Arr Score")},
            {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray()}}},
            {QStringLiteral("embeds"), embeds}};
}

} // namespace arrscore
