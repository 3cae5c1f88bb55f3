// Each target's payload for summaries a server could make hostile or huge: Discord's and Slack's limits held
// with "…and N more", mentions and markup neutralised, the e-mail's two parts escaped, who is sent what.
#include "notify/discordformat.h"
#include "notify/emailformat.h"
#include "notify/notificationpayload.h"
#include "notify/notifier.h"
#include "notify/slackformat.h"
#include "notify/summarytext.h"
#include "notify/syncsummarybuilder.h"
#include "notify/webhookformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace arrscore;

namespace {

const QString kHostile =
    QStringLiteral("@everyone <!channel> **Bold** [click](http://evil.example) <script>x</script>");

// Many instances, each with long re-score causes and many upgrades, titles from a hostile server.
SyncSummary hugeSummary(int instances)
{
    SyncSummary summary;
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < instances; ++i) {
        InstanceSummary instance;
        instance.name = QStringLiteral("radarr-%1").arg(i);
        instance.fromSnapshot = 1;
        instance.toSnapshot = 2;
        instance.upgraded = 100 + i;
        instance.rescored = 5000;
        for (int c = 0; c < 5; ++c)
            instance.rescoreCauses.append({QString(300, QLatin1Char('x')) + kHostile, 1000});
        for (int u = 0; u < SyncSummary::kMaxUpgrades; ++u)
            instance.upgrades.append({instance.name, kHostile + QString(200, QLatin1Char('y')), u, 1000 + u});
        summary.instances.append(instance);
    }
    summary.instances.last().failed = true;
    summary.instances.last().error = kHostile;
    return summary;
}

int embedChars(const QJsonObject &embed)
{
    qsizetype n = embed.value(QLatin1String("title")).toString().size()
                  + embed.value(QLatin1String("description")).toString().size();
    for (const auto &f : embed.value(QLatin1String("fields")).toArray())
        n += f.toObject().value(QLatin1String("name")).toString().size()
             + f.toObject().value(QLatin1String("value")).toString().size();
    return int(n);
}

} // namespace

class tst_NotificationFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discordWithinLimits_data();
    void discordWithinLimits();
    void slackWithinLimits();
    void escaping();
    void emailParts();
    void webhookSchema();
    void whoWantsWhat();
    void fitLines();
};

void tst_NotificationFormats::discordWithinLimits_data()
{
    QTest::addColumn<int>("instances");
    QTest::newRow("one") << 1;
    QTest::newRow("ten") << 10;
    QTest::newRow("forty") << 40;
}

void tst_NotificationFormats::discordWithinLimits()
{
    QFETCH(int, instances);
    const QJsonObject message = DiscordFormat::message(hugeSummary(instances));
    const QJsonArray embeds = message.value(QStringLiteral("embeds")).toArray();
    QVERIFY(!embeds.isEmpty() && embeds.size() <= DiscordFormat::kEmbeds);
    int total = 0;
    for (const auto &value : embeds) {
        const QJsonObject embed = value.toObject();
        QVERIFY(embed.value(QLatin1String("title")).toString().size() <= DiscordFormat::kTitle);
        QVERIFY(embed.value(QLatin1String("description")).toString().size() <= DiscordFormat::kDescription);
        const QJsonArray fields = embed.value(QLatin1String("fields")).toArray();
        QVERIFY(fields.size() <= DiscordFormat::kFields);
        for (const auto &f : fields) {
            QVERIFY(f.toObject().value(QLatin1String("name")).toString().size() <= DiscordFormat::kFieldName);
            QVERIFY(!f.toObject().value(QLatin1String("value")).toString().isEmpty());
            QVERIFY(f.toObject().value(QLatin1String("value")).toString().size() <= DiscordFormat::kFieldValue);
        }
        total += embedChars(embed);
    }
    QVERIFY2(total <= DiscordFormat::kTotal, qPrintable(QString::number(total)));
    const QByteArray text = QJsonDocument(message).toJson();
    if (instances > DiscordFormat::kFields)
        QVERIFY(text.contains("…and 16 more"));
    QVERIFY(text.contains("more")); // the upgrades and causes did not all fit
}

void tst_NotificationFormats::slackWithinLimits()
{
    const QJsonObject message = SlackFormat::message(hugeSummary(80));
    const QJsonArray blocks = message.value(QStringLiteral("blocks")).toArray();
    QVERIFY(blocks.size() <= SlackFormat::kBlocks);
    QCOMPARE(blocks.first().toObject().value(QLatin1String("type")).toString(), QStringLiteral("header"));
    for (const auto &value : blocks) {
        const QJsonObject block = value.toObject();
        QVERIFY(block.value(QLatin1String("text")).toObject().value(QLatin1String("text")).toString().size()
                <= SlackFormat::kText);
        QVERIFY(block.value(QLatin1String("fields")).toArray().size() <= SlackFormat::kFields);
        for (const auto &e : block.value(QLatin1String("elements")).toArray())
            QVERIFY(e.toObject().value(QLatin1String("text")).toString().size() <= SlackFormat::kText);
    }
    QVERIFY(QJsonDocument(message).toJson().contains("more"));
}

void tst_NotificationFormats::escaping()
{
    const QString discord = DiscordFormat::escape(kHostile);
    QVERIFY(!discord.contains(QLatin1String("@everyone")));
    QVERIFY(!discord.contains(QLatin1String("**Bold**")));
    QVERIFY(!discord.contains(QLatin1String("[click]")));
    const QString slack = SlackFormat::escape(kHostile);
    QVERIFY(!slack.contains(QLatin1String("<!channel>")));
    QVERIFY(slack.contains(QLatin1String("&lt;!channel&gt;")));
    QVERIFY(!slack.contains(QLatin1String("<script>")));
    // The failing instance's message, from the server, reaches every format neutralised.
    const SyncSummary summary = hugeSummary(2);
    QVERIFY(!QJsonDocument(DiscordFormat::message(summary)).toJson().contains("@everyone"));
    QVERIFY(!QJsonDocument(SlackFormat::message(summary)).toJson().contains("<!channel>"));
    const EmailMessage mail = EmailFormat::message(summary);
    QVERIFY(!mail.html.contains(QLatin1String("<script>")));
    QVERIFY(mail.html.contains(QLatin1String("&lt;script&gt;")));
}

void tst_NotificationFormats::emailParts()
{
    SyncSummary summary = SyncSummaryBuilder::sample();
    summary.reportPath = QStringLiteral("/tmp/Bericht über alles.html");
    EmailMessage mail = EmailFormat::message(summary);
    mail.subject += QStringLiteral(" — Übersicht");
    const QByteArray mime = EmailFormat::mime(mail, QStringLiteral("a@example.org"),
                                              {QStringLiteral("b@example.org"), QStringLiteral("c@example.org")},
                                              QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QVERIFY(mime.contains("Content-Type: multipart/alternative;\r\n boundary=\""));
    QVERIFY(mime.contains("Content-Type: text/plain; charset=utf-8"));
    QVERIFY(mime.contains("Content-Type: text/html; charset=utf-8"));
    QVERIFY(mime.contains("Date: Fri, 02 Jan 2026 03:04:05 +0000\r\n"));
    QVERIFY(mime.contains("To: b@example.org, c@example.org\r\n"));
    QVERIFY(mime.contains("Subject: =?UTF-8?B?")); // not ASCII: encoded words
    for (const QByteArray &line : mime.split('\n'))
        QVERIFY2(line.size() <= 78, line.constData());
    QVERIFY(mail.html.contains(QLatin1String("file:///tmp/Bericht%20%C3%BCber%20alles.html")));
    QVERIFY(mail.plainText.contains(QLatin1String("Sample Movie (1999)")));
}

void tst_NotificationFormats::webhookSchema()
{
    const QJsonObject hook = WebhookFormat::message(SyncSummaryBuilder::sample());
    QCOMPARE(hook.value(QLatin1String("schema")).toString(), QStringLiteral("arrscore.sync-summary/1"));
    QVERIFY(hook.value(QLatin1String("sample")).toBool());
    for (const char *key : {"generator", "finished_at", "title", "text", "totals", "instances", "biggest_upgrades"})
        QVERIFY2(hook.contains(QLatin1String(key)), key);
    QVERIFY(hook.value(QLatin1String("report")).isNull());
    const QJsonArray instances = hook.value(QLatin1String("instances")).toArray();
    QCOMPARE(instances.size(), 2);
    QCOMPARE(instances.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(hook.value(QLatin1String("totals")).toObject().value(QLatin1String("failed_instances")).toInt(), 1);
    QCOMPARE(
        hook.value(QLatin1String("biggest_upgrades")).toArray().first().toObject().value(QLatin1String("gain")).toInt(),
        2200);
}

void tst_NotificationFormats::whoWantsWhat()
{
    NotificationTarget target;
    target.name = QStringLiteral("t");
    SyncSummary quiet;
    quiet.instances.append(InstanceSummary{});
    quiet.instances.first().fromSnapshot = 1;
    QString why;
    QVERIFY(!Notifier::wants(target, quiet, &why));
    QCOMPARE(why, QStringLiteral("nothing changed"));
    SyncSummary changed = quiet;
    changed.instances.first().upgraded = 2;
    QVERIFY(Notifier::wants(target, changed));
    target.minChanges = 3;
    QVERIFY(!Notifier::wants(target, changed, &why));
    SyncSummary failed = quiet;
    failed.instances.first().failed = true;
    QVERIFY(Notifier::wants(target, failed)); // a failure is news whatever min_changes says
    target.onFailures = false;
    QVERIFY(!Notifier::wants(target, failed));
    target.onFailures = true;
    target.onChanges = false;
    target.minChanges = 1;
    QVERIFY(!Notifier::wants(target, changed));
    QVERIFY(Notifier::wants(target, failed));
    target.enabled = false;
    QVERIFY(!Notifier::wants(target, failed, &why));
    QCOMPARE(why, QStringLiteral("disabled"));

    // The Gotify token goes in its header; the URL gets /message.
    NotificationTarget gotify;
    gotify.type = NotificationType::Gotify;
    gotify.url.value = QStringLiteral("https://push.example.org/gotify/");
    gotify.token.value = QStringLiteral("tok");
    const HttpPayload payload = NotificationPayload::http(gotify, changed);
    QCOMPARE(payload.url.toString(), QStringLiteral("https://push.example.org/gotify/message"));
    QCOMPARE(payload.headers.size(), 1);
    QCOMPARE(payload.headers.first().first, QByteArray("X-Gotify-Key"));
}

void tst_NotificationFormats::fitLines()
{
    const QStringList lines{QStringLiteral("aaaa"), QStringLiteral("bbbb"), QStringLiteral("cccc")};
    QCOMPARE(SummaryText::fitLines(lines, 100), QStringLiteral("aaaa\nbbbb\ncccc"));
    const QString cut = SummaryText::fitLines(lines, 20);
    QVERIFY2(cut.size() <= 20, qPrintable(cut));
    QVERIFY2(cut.startsWith(QLatin1String("aaaa\n")) && cut.contains(QLatin1String("more")), qPrintable(cut));
    QCOMPARE(SummaryText::clip(QStringLiteral("abcdef"), 4), QStringLiteral("abc…"));
}

QTEST_GUILESS_MAIN(tst_NotificationFormats)
#include "tst_notificationformats.moc"
