// `notifications:` and `notify_after_sync:` in arrscore.yaml: every type, the errors with file:line, secrets
// masked in every message, and ConfigWriter writing targets back so that they read the same.
#include "config/configloader.h"
#include "config/configwriter.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;
using arrscore::test::fileBytes;
using arrscore::test::writeFileBytes;

namespace {

const QString kHook = QStringLiteral("https://discord.com/api/webhooks/123/HOOKsecretHOOKsecret99");

Result<AppConfig> parse(const QByteArray &yaml, const QProcessEnvironment &env = {})
{
    return ConfigLoader::parse(yaml, QStringLiteral("arrscore.yaml"), env);
}

} // namespace

class tst_NotificationParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyType();
    void defaultsAndFilters();
    void errors_data();
    void errors();
    void secretFromEnvironment();
    void writerRoundTrip();
    void keychainPlacementLeavesNoSecret();
};

void tst_NotificationParser::everyType()
{
    const QByteArray yaml =
        "notify_after_sync: true\n"
        "notifications:\n"
        "  - name: discord\n    type: discord\n    url: "
        + kHook.toUtf8()
        + "\n"
          "  - name: slack\n    type: Slack\n    url: https://hooks.slack.com/services/T/B/X\n"
          "  - name: phone\n    type: ntfy\n    topic: arr-scores\n    priority: 5\n    tags: [tv]\n"
          "  - name: gotify\n    type: gotify\n    url: https://gotify.example.org\n"
          "    token_keychain: true\n"
          "  - name: hook\n    type: webhook\n    url: http://127.0.0.1:9000/x\n    on: [failures]\n"
          "  - name: mail\n    type: email\n    smtp_url: smtp://mail.example.org:587\n"
          "    starttls: true\n    from: arr@example.org\n    to: me@example.org\n"
          "    username: arr\n    password: mailPassword123\n";
    const Result<AppConfig> config = parse(yaml);
    QVERIFY2(config.ok(), qPrintable(config.error().message));
    QVERIFY(config->notifyAfterSync);
    QCOMPARE(config->notifications.size(), 6);
    QCOMPARE(config->notifications[0].url.value, kHook);
    QCOMPARE(config->notifications[1].type, NotificationType::Slack);
    const NotificationTarget &ntfy = config->notifications[2];
    QCOMPARE(ntfy.url.value, QStringLiteral("https://ntfy.sh")); // the public server by default
    QCOMPARE(ntfy.priority, 5);
    QCOMPARE(ntfy.tags, QStringList{QStringLiteral("tv")});
    QVERIFY(config->notifications[3].token.inKeychain);
    QVERIFY(!config->notifications[3].token.isSet());
    QVERIFY(!config->notifications[4].onChanges);
    QVERIFY(config->notifications[4].onFailures);
    const NotificationTarget &mail = config->notifications[5];
    QVERIFY(mail.startTls);
    QCOMPARE(mail.to, QStringList{QStringLiteral("me@example.org")});
    QCOMPARE(mail.password.value, QStringLiteral("mailPassword123"));
    QCOMPARE(mail.label(), QStringLiteral("mail (E-mail)"));
    QCOMPARE(mail.secretFields(), QStringList{QStringLiteral("password")});
    QCOMPARE(config->notification(QStringLiteral("hook"))->type, NotificationType::Webhook);
    QVERIFY(!config->notification(QStringLiteral("nope")));
}

void tst_NotificationParser::defaultsAndFilters()
{
    const Result<AppConfig> config =
        parse("notifications:\n  - name: a\n    type: webhook\n    url: http://127.0.0.1/x\n");
    QVERIFY2(config.ok(), qPrintable(config.error().message));
    QVERIFY(!config->notifyAfterSync);
    const NotificationTarget &a = config->notifications.first();
    QVERIFY(a.onChanges && a.onFailures && a.enabled);
    QCOMPARE(a.minChanges, 1);
    QCOMPARE(a.timeoutSeconds, 15);
}

void tst_NotificationParser::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    const QByteArray head = "notifications:\n  - name: n\n";
    QTest::newRow("not a list") << QByteArray("notifications: yes\n")
                                << QStringLiteral("arrscore.yaml:1: notifications");
    QTest::newRow("no type") << head + "    url: http://x/\n"
                             << QStringLiteral("arrscore.yaml:2: notifications[0]: missing \"type\"");
    QTest::newRow("unknown type") << head + "    type: pager\n"
                                  << QStringLiteral("arrscore.yaml:3: notifications[0].type: expected one of");
    QTest::newRow("no url") << head + "    type: discord\n" << QStringLiteral("missing \"url\"");
    QTest::newRow("url not http") << head + "    type: slack\n    url: ftp://x/" + kHook.toUtf8() + "\n"
                                  << QStringLiteral("arrscore.yaml:4: notifications[0].url: expected an http://");
    QTest::newRow("two sources") << head + "    type: slack\n    url: http://x/\n    url_env: X\n"
                                 << QStringLiteral("set only one of \"url\", \"url_env\" and \"url_keychain\"");
    QTest::newRow("bad event") << head + "    type: slack\n    url: http://x/\n    on: [sometimes]\n"
                               << QStringLiteral(
                                      "arrscore.yaml:5: notifications[0].on: expected \"changes\" or \"failures\"");
    QTest::newRow("ntfy without topic") << head + "    type: ntfy\n" << QStringLiteral("missing \"topic\"");
    QTest::newRow("ntfy priority")
        << head + "    type: ntfy\n    topic: t\n    priority: 6\n"
        << QStringLiteral("arrscore.yaml:5: notifications[0].priority: expected a whole number from 1 to 5");
    QTest::newRow("gotify without token") << head + "    type: gotify\n    url: http://x/\n"
                                          << QStringLiteral("missing \"token\"");
    QTest::newRow("smtp in the clear") << head + "    type: email\n    smtp_url: smtp://mail.example.org\n"
                                       << QStringLiteral("needs \"starttls: true\"");
    QTest::newRow("starttls on smtps")
        << head + "    type: email\n    smtp_url: smtps://m.example.org\n    starttls: true\n"
        << QStringLiteral("\"starttls: true\" is for smtp:// URLs");
    QTest::newRow("bad address") << head + "    type: email\n    smtp_url: smtps://m.example.org\n    from: nobody\n"
                                 << QStringLiteral(
                                        "arrscore.yaml:5: notifications[0].from: expected an e-mail address");
    QTest::newRow("login without password") << head
                                                   + "    type: email\n    smtp_url: smtps://m.example.org\n    from: "
                                                     "a@b.c\n    to: d@e.f\n    username: u\n"
                                            << QStringLiteral("missing \"password\"");
    QTest::newRow("duplicate name") << QByteArray("notifications:\n  - name: n\n    type: webhook\n    url: http://x/\n"
                                                  "  - name: n\n    type: webhook\n    url: http://y/\n")
                                    << QStringLiteral("\"n\" is already used by notifications[0]");
    QTest::newRow("unknown key for the type") << head + "    type: webhook\n    url: http://x/\n    topic: t\n"
                                              << QString(); // a warning, not an error
}

void tst_NotificationParser::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const Result<AppConfig> config = parse(yaml);
    if (expected.isEmpty()) {
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QVERIFY(config->warnings.join(QLatin1Char('\n')).contains(QLatin1String("unknown key \"topic\"")));
        return;
    }
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
    QVERIFY2(!config.error().message.contains(QLatin1String("HOOKsecret")), qPrintable(config.error().message));
}

void tst_NotificationParser::secretFromEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SLACK_HOOK"), QStringLiteral(" https://hooks.slack.com/services/T/B/envSecret123 "));
    const QByteArray yaml = "notifications:\n  - name: s\n    type: slack\n    url_env: SLACK_HOOK\n";
    Result<AppConfig> config = parse(yaml, env);
    QVERIFY2(config.ok(), qPrintable(config.error().message));
    QCOMPARE(config->notifications.first().url.value,
             QStringLiteral("https://hooks.slack.com/services/T/B/envSecret123"));
    QCOMPARE(config->notifications.first().url.env, QStringLiteral("SLACK_HOOK"));
    // Unset: the variable is named, as for api_key_env.
    config = parse(yaml);
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.contains(QLatin1String("arrscore.yaml:4: notifications[0].url_env: the environment "
                                                           "variable SLACK_HOOK is not set")),
             qPrintable(config.error().message));
    // A pasted URL where a variable's name belongs is refused without being echoed.
    config = parse("notifications:\n  - name: s\n    type: slack\n    url_env: " + kHook.toUtf8() + "\n");
    QVERIFY(!config.ok());
    QVERIFY(!config.error().message.contains(QLatin1String("HOOKsecret")));
}

void tst_NotificationParser::writerRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
    NotificationTarget mail;
    mail.name = QStringLiteral("mail");
    mail.type = NotificationType::Email;
    mail.smtpUrl = QUrl(QStringLiteral("smtps://mail.example.org:465"));
    mail.from = QStringLiteral("arr@example.org");
    mail.to = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
    mail.username = QStringLiteral("arr");
    mail.password.value = QStringLiteral("writerPassword42");
    mail.onChanges = false;
    mail.minChanges = 5;
    NotificationTarget phone;
    phone.name = QStringLiteral("phone");
    phone.type = NotificationType::Ntfy;
    phone.url.value = QStringLiteral("https://ntfy.example.org");
    phone.topic = QStringLiteral("scores");
    phone.priority = 2;
    phone.tags = {QStringLiteral("tv"), QStringLiteral("movie_camera")};
    QVERIFY(ConfigWriter::upsertNotification(path, mail, ConfigWriter::KeyPlacement::File).ok());
    QVERIFY(ConfigWriter::upsertNotification(path, phone, ConfigWriter::KeyPlacement::File).ok());
    QVERIFY(ConfigWriter::setNotifyAfterSync(path, true).ok());
    Result<AppConfig> config = ConfigLoader::parse(fileBytes(path), path, {});
    QVERIFY2(config.ok(),
             qPrintable(config.error().message + QStringLiteral("\n") + QString::fromUtf8(fileBytes(path))));
    QVERIFY(config->notifyAfterSync);
    QCOMPARE(config->notifications.size(), 2);
    const NotificationTarget &m = config->notifications[0];
    QCOMPARE(m.smtpUrl, mail.smtpUrl);
    QCOMPARE(m.to, mail.to);
    QCOMPARE(m.password.value, mail.password.value);
    QVERIFY(!m.onChanges && m.onFailures);
    QCOMPARE(m.minChanges, 5);
    const NotificationTarget &p = config->notifications[1];
    QCOMPARE(p.url.value, phone.url.value);
    QCOMPARE(p.topic, phone.topic);
    QCOMPARE(p.priority, 2);
    QCOMPARE(p.tags, phone.tags);
    // Renamed in place; then removed.
    phone.name = QStringLiteral("pager");
    QVERIFY(
        ConfigWriter::upsertNotification(path, phone, ConfigWriter::KeyPlacement::Unchanged, QStringLiteral("phone"))
            .ok());
    config = ConfigLoader::parse(fileBytes(path), path, {});
    QVERIFY2(config.ok(), qPrintable(config.error().message));
    QVERIFY(config->notification(QStringLiteral("pager")));
    QCOMPARE(config->notification(QStringLiteral("pager"))->url.value, phone.url.value);
    QVERIFY(ConfigWriter::removeNotification(path, QStringLiteral("pager")).ok());
    QVERIFY(ConfigWriter::setNotifyAfterSync(path, false).ok());
    config = ConfigLoader::parse(fileBytes(path), path, {});
    QVERIFY2(config.ok(), qPrintable(config.error().message));
    QCOMPARE(config->notifications.size(), 1);
    QVERIFY(!config->notifyAfterSync);
}

void tst_NotificationParser::keychainPlacementLeavesNoSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
    NotificationTarget discord;
    discord.name = QStringLiteral("discord");
    discord.type = NotificationType::Discord;
    discord.url.value = kHook;
    QVERIFY(ConfigWriter::upsertNotification(path, discord, ConfigWriter::KeyPlacement::File).ok());
    QVERIFY(fileBytes(path).contains(kHook.toUtf8()));
    QVERIFY(ConfigWriter::upsertNotification(path, discord, ConfigWriter::KeyPlacement::Keychain).ok());
    QVERIFY(!fileBytes(path).contains(kHook.toUtf8()));
    QVERIFY(fileBytes(path).contains("url_keychain: true"));
    // The backup of the previous file does not keep the URL that moved to the keychain either.
    QVERIFY(!fileBytes(path + QStringLiteral(".bak")).contains(kHook.toUtf8()));
    const Result<AppConfig> config = ConfigLoader::parse(fileBytes(path), path, {});
    QVERIFY2(config.ok(), qPrintable(config.error().message));
    QVERIFY(config->notifications.first().url.inKeychain);
}

QTEST_GUILESS_MAIN(tst_NotificationParser)
#include "tst_notificationparser.moc"
