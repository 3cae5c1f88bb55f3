// `arrscore sync --notify`, `--report` and `notify --test`: the real binary against the simulator in this
// process, delivering to a real HTTP receiver and a real SMTP server (aiosmtpd) on 127.0.0.1.
#include "clitestfixture.h"
#include "notificationreceiver.h"

#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

const QString kWebhookSecret = QStringLiteral("SECRETwebhookTOKEN42");
const QString kGotifyToken = QStringLiteral("GotifyAppToken0987");
const QString kSmtpPassword = QStringLiteral("smtpPassw0rdSecret");

QString notificationYaml(const QString &name, const QString &type, const QStringList &lines)
{
    QString text = QStringLiteral("  - name: %1\n    type: %2\n").arg(name, type);
    for (const QString &line : lines)
        text += QStringLiteral("    ") + line + QLatin1Char('\n');
    return text;
}

// Upgrades one movie with a file to the profile's best positive format; returns its id, title and scores.
struct Upgrade
{
    int movieId = 0;
    QString title;
    int before = 0;
    int after = 0;
};

Upgrade upgradeOneMovie(SimLibrary &library)
{
    Upgrade upgrade;
    for (const SimMovie &m : library.movies()) {
        if (!m.file)
            continue;
        const SimProfile *profile = library.profile(m.qualityProfileId);
        int best = -1;
        for (int f = 0; profile && f < profile->formatScores.size(); ++f) {
            if (profile->formatScores[f] > 0 && (best < 0 || profile->formatScores[f] > profile->formatScores[best]))
                best = f;
        }
        const int before = library.customFormatScore(*m.file, m.qualityProfileId);
        if (best < 0 || m.file->customFormatIds.contains(best))
            continue;
        upgrade.movieId = m.id;
        upgrade.title = m.title;
        upgrade.before = before;
        library.replaceMovieFile(m.id, QString(), QList<int>{best});
        const SimMovie *after = library.movie(m.id);
        if (!after || !after->file)
            return {};
        upgrade.after = library.customFormatScore(*after->file, after->qualityProfileId);
        // One file replaced, whatever came of it: a second would be a second change.
        return upgrade.after > upgrade.before ? upgrade : Upgrade{};
    }
    return {};
}

// Moves one matched format's score in some profile: files re-scored by a profile edit.
bool editOneProfile(SimLibrary &library, int except)
{
    for (const SimMovie &m : library.movies()) {
        if (m.id != except && m.file && !m.file->customFormatIds.isEmpty()) {
            const int format = m.file->customFormatIds.first();
            const int score = library.profile(m.qualityProfileId)->formatScores.value(format);
            return library.setFormatScore(m.qualityProfileId, format, score + 37);
        }
    }
    return false;
}

QString python()
{
    // Debian's python3-aiosmtpd is installed for the system's Python, not for a user's pyenv.
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
}

QString smtpSink()
{
    return QStringLiteral(ARRSCORE_SMTP_SINK);
}

// aiosmtpd, started for one test: stopped when its stdin closes.
class SmtpServer
{
public:
    bool start(const QString &outDir, const QStringList &options)
    {
        m_process.setProgram(python());
        m_process.setArguments(QStringList{smtpSink(), outDir} + options);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15000) {
            if (m_process.canReadLine() || m_process.waitForReadyRead(200)) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("READY ")) {
                    m_port = line.mid(6).toInt();
                    return true;
                }
            }
            if (m_process.state() != QProcess::Running)
                break;
        }
        qWarning() << m_process.readAllStandardError();
        return false;
    }
    ~SmtpServer()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

QList<QJsonObject> mails(const QString &dir)
{
    QList<QJsonObject> found;
    QDir folder(dir);
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        found.append(QJsonDocument::fromJson(fileBytes(folder.filePath(name))).object());
    return found;
}

} // namespace

class tst_CliNotify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncNotifiesWhatChanged();
    void failingSlowAndRateLimitedTargets();
    void failedDeliveryKeepsTheSync();
    void email_data();
    void email();
    void usage();
};

void tst_CliNotify::syncNotifiesWhatChanged()
{
    NotificationReceiver receiver;
    QVERIFY(receiver.start());
    CliHarness cli;
    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 40));
    QString yaml = QStringLiteral("instances:\n") + instanceYaml(QStringLiteral("radarr"), *sim)
                   + QStringLiteral("notifications:\n");
    yaml += notificationYaml(QStringLiteral("hook"), QStringLiteral("webhook"),
                             {QStringLiteral("url: ") + receiver.url(QStringLiteral("/hook")).toString()});
    yaml += notificationYaml(QStringLiteral("discord"), QStringLiteral("discord"),
                             {QStringLiteral("url_env: DISCORD_HOOK")});
    yaml += notificationYaml(QStringLiteral("slack"), QStringLiteral("slack"),
                             {QStringLiteral("url: ") + receiver.url(QStringLiteral("/slack")).toString()});
    yaml += notificationYaml(QStringLiteral("phone"), QStringLiteral("ntfy"),
                             {QStringLiteral("url: ") + receiver.url(QString()).toString(),
                              QStringLiteral("topic: arrscore-test"), QStringLiteral("tags: [movie_camera]")});
    yaml += notificationYaml(QStringLiteral("gotify"), QStringLiteral("gotify"),
                             {QStringLiteral("url: ") + receiver.url(QStringLiteral("/gotify")).toString(),
                              QStringLiteral("token: ") + kGotifyToken});
    // Only for failures: a sync with changes and no failure sends it nothing.
    yaml += notificationYaml(QStringLiteral("pager"), QStringLiteral("webhook"),
                             {QStringLiteral("url: ") + receiver.url(QStringLiteral("/pager")).toString(),
                              QStringLiteral("on: [failures]")});
    cli.home.writeConfig(yaml);
    QProcessEnvironment env = cli.home.environment();
    env.insert(QStringLiteral("DISCORD_HOOK"), receiver.url(QStringLiteral("/discord/") + kWebhookSecret).toString());
    QStringList outputs;

    // The first sync has nothing to compare with: nothing changed, nothing is sent.
    CliResult r = cli.run({QStringLiteral("sync"), QStringLiteral("--notify")}, env);
    CHECK_EXIT(r, 0);
    outputs << r.all();
    QCOMPARE(receiver.count(), 0);
    QVERIFY2(r.err.contains(QLatin1String("no notification sent")), qPrintable(r.err));

    SimLibrary &library = sim->library();
    const Upgrade upgrade = upgradeOneMovie(library);
    QVERIFY(upgrade.movieId > 0);
    QVERIFY(editOneProfile(library, upgrade.movieId));

    const QString report = cli.home.path() + QStringLiteral("/report.html");
    r = cli.run({QStringLiteral("sync"), QStringLiteral("--notify"), QStringLiteral("--report"), report}, env);
    CHECK_EXIT(r, 0);
    outputs << r.all();
    QVERIFY(QFileInfo(report).size() > 1000);

    r = cli.run({QStringLiteral("diff"), QStringLiteral("--json")}, env);
    CHECK_EXIT(r, 0);
    const QJsonObject diff =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("diffs")).toArray().first().toObject();
    const QJsonObject counts = diff.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("upgraded")).toInt(), 1);
    QVERIFY(counts.value(QStringLiteral("rescored")).toInt() >= 1);

    // The webhook: every count equals the diff's, the upgrade is listed with its scores, the report linked.
    const QList<NotificationReceiver::Request> hooks = receiver.requests(QStringLiteral("/hook"));
    QCOMPARE(hooks.size(), 1);
    const QJsonObject hook = hooks.first().json();
    QCOMPARE(hook.value(QStringLiteral("schema")).toString(), QStringLiteral("arrscore.sync-summary/1"));
    QCOMPARE(hooks.first().headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject totals = hook.value(QStringLiteral("totals")).toObject();
    for (const char *kind : {"upgraded", "downgraded", "replaced", "rescored", "added", "removed"})
        QVERIFY2(totals.value(QLatin1String(kind)).toInt() == counts.value(QLatin1String(kind)).toInt(), kind);
    QCOMPARE(totals.value(QStringLiteral("failed_instances")).toInt(), 0);
    const QJsonObject instance = hook.value(QStringLiteral("instances")).toArray().first().toObject();
    QCOMPARE(instance.value(QStringLiteral("name")).toString(), QStringLiteral("radarr"));
    QCOMPARE(instance.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(instance.value(QStringLiteral("from_snapshot")).toInteger() > 0);
    const QJsonArray upgrades = instance.value(QStringLiteral("upgrades")).toArray();
    QCOMPARE(upgrades.size(), 1);
    QVERIFY(upgrades.first().toObject().value(QStringLiteral("title")).toString().startsWith(upgrade.title));
    QCOMPARE(upgrades.first().toObject().value(QStringLiteral("before")).toInt(), upgrade.before);
    QCOMPARE(upgrades.first().toObject().value(QStringLiteral("after")).toInt(), upgrade.after);
    const QJsonArray causes = instance.value(QStringLiteral("rescore_causes")).toArray();
    QVERIFY(!causes.isEmpty());
    int causedFiles = 0;
    for (const auto &cause : causes)
        causedFiles += cause.toObject().value(QStringLiteral("files")).toInt();
    QCOMPARE(causedFiles, counts.value(QStringLiteral("rescored")).toInt());
    const QString causeText = causes.first().toObject().value(QStringLiteral("text")).toString();
    QVERIFY2(causeText.contains(QLatin1String("profile ")), qPrintable(causeText));
    QCOMPARE(hook.value(QStringLiteral("report")).toObject().value(QStringLiteral("url")).toString(),
             QUrl::fromLocalFile(report).toString(QUrl::FullyEncoded));

    // Discord: embeds within the limits, nobody pinged, the counts in words.
    const QList<NotificationReceiver::Request> discord =
        receiver.requests(QStringLiteral("/discord/") + kWebhookSecret);
    QCOMPARE(discord.size(), 1);
    const QJsonObject message = discord.first().json();
    QCOMPARE(
        message.value(QStringLiteral("allowed_mentions")).toObject().value(QStringLiteral("parse")).toArray().size(),
        0);
    const QJsonArray embeds = message.value(QStringLiteral("embeds")).toArray();
    QVERIFY(!embeds.isEmpty() && embeds.size() <= 10);
    const QString title = embeds.first().toObject().value(QStringLiteral("title")).toString();
    QVERIFY2(title.contains(QLatin1String("1 upgraded")), qPrintable(title));
    QVERIFY(title.size() <= 256);
    QVERIFY(embeds.size() == 2); // the summary and the biggest upgrades
    QVERIFY(embeds.at(1).toObject().value(QStringLiteral("description")).toString().contains(upgrade.title.left(8)));

    // Slack: a header block first, within 50 blocks.
    const QList<NotificationReceiver::Request> slack = receiver.requests(QStringLiteral("/slack"));
    QCOMPARE(slack.size(), 1);
    const QJsonArray blocks = slack.first().json().value(QStringLiteral("blocks")).toArray();
    QVERIFY(blocks.size() >= 3 && blocks.size() <= 50);
    QCOMPARE(blocks.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("header"));

    // ntfy: JSON to the server's root with the topic, a priority and tags.
    const QList<NotificationReceiver::Request> ntfy = receiver.requests(QStringLiteral("/"));
    QCOMPARE(ntfy.size(), 1);
    const QJsonObject push = ntfy.first().json();
    QCOMPARE(push.value(QStringLiteral("topic")).toString(), QStringLiteral("arrscore-test"));
    QCOMPARE(push.value(QStringLiteral("priority")).toInt(), 3);
    QVERIFY(push.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("movie_camera")));
    QVERIFY(push.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("arrow_up")));

    // Gotify: the token in its header, never in the URL.
    const QList<NotificationReceiver::Request> gotify = receiver.requests(QStringLiteral("/gotify/message"));
    QCOMPARE(gotify.size(), 1);
    QCOMPARE(gotify.first().headers.value("x-gotify-key"), kGotifyToken.toUtf8());
    QCOMPARE(gotify.first().json().value(QStringLiteral("priority")).toInt(), 5);

    QCOMPARE(receiver.requests(QStringLiteral("/pager")).size(), 0); // failures only
    QCOMPARE(receiver.count(), 5);

    // Nothing changed since: nothing is sent.
    r = cli.run({QStringLiteral("sync"), QStringLiteral("--notify")}, env);
    CHECK_EXIT(r, 0);
    outputs << r.all();
    QCOMPARE(receiver.count(), 5);

    for (const QString &output : std::as_const(outputs)) {
        QVERIFY(!output.contains(kWebhookSecret));
        QVERIFY(!output.contains(kGotifyToken));
    }
    QVERIFY2(cli.leaks().isEmpty(), qPrintable(cli.leaks().join(QLatin1Char('\n'))));
    QVERIFY(!receiver.everything().contains(secretKey().toUtf8()));
}

void tst_CliNotify::failingSlowAndRateLimitedTargets()
{
    NotificationReceiver receiver;
    QVERIFY(receiver.start());
    receiver.script(QStringLiteral("/limited"), {{429, "1", 0}});
    receiver.script(QStringLiteral("/broken"), {}, {500, {}, 0});
    receiver.script(QStringLiteral("/slow"), {}, {204, {}, 3000});
    receiver.script(QStringLiteral("/patient"), {{429, "3600", 0}});
    CliHarness cli;
    QString yaml = QStringLiteral("instances:\n")
                   + instanceYaml(QStringLiteral("radarr"), QStringLiteral("radarr"),
                                  QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()))
                   + QStringLiteral("notifications:\n");
    for (const QString &name :
         {QStringLiteral("limited"), QStringLiteral("broken"), QStringLiteral("slow"), QStringLiteral("patient")})
        yaml += notificationYaml(
            name, QStringLiteral("webhook"),
            {QStringLiteral("url: ") + receiver.url(QLatin1Char('/') + name).toString(), QStringLiteral("timeout: 1")});
    cli.home.writeConfig(yaml);

    QElapsedTimer clock;
    clock.start();
    const CliResult r = cli.run({QStringLiteral("notify"), QStringLiteral("--test")});
    CHECK_EXIT(r, 3); // some targets failed, others not
    QVERIFY2(clock.elapsed() < 60000, "the retries are bounded");

    // 429 with Retry-After: 1 — waited, then delivered.
    const QList<NotificationReceiver::Request> limited = receiver.requests(QStringLiteral("/limited"));
    QCOMPARE(limited.size(), 2);
    QVERIFY2(limited.at(1).receivedMs - limited.at(0).receivedMs >= 900,
             qPrintable(QString::number(limited.at(1).receivedMs - limited.at(0).receivedMs)));
    QVERIFY2(r.out.contains(QLatin1String("limited (Webhook): sent")), qPrintable(r.out));
    // 500 every time: tried the policy's four times, then reported by name and status.
    QCOMPARE(receiver.requests(QStringLiteral("/broken")).size(), 4);
    QVERIFY2(r.err.contains(QLatin1String("broken (Webhook) answered HTTP 500")), qPrintable(r.err));
    // Too slow for its one-second timeout: retried, then reported.
    QVERIFY(receiver.requests(QStringLiteral("/slow")).size() >= 2);
    QVERIFY2(r.err.contains(QLatin1String("slow (Webhook): no answer in time")), qPrintable(r.err));
    // A Retry-After of an hour is not waited for.
    QCOMPARE(receiver.requests(QStringLiteral("/patient")).size(), 1);
    QVERIFY2(r.err.contains(QLatin1String("patient (Webhook) answered HTTP 429")), qPrintable(r.err));
    // Errors name the target, never its URL (a webhook URL is a secret).
    QVERIFY2(!r.all().contains(receiver.url(QStringLiteral("/broken")).toString()), qPrintable(r.all()));
    QVERIFY(!r.all().contains(QLatin1String("/broken")));
}

void tst_CliNotify::failedDeliveryKeepsTheSync()
{
    NotificationReceiver receiver;
    QVERIFY(receiver.start());
    receiver.script(QStringLiteral("/broken"), {}, {503, {}, 0});
    CliHarness cli;
    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 20));
    cli.home.writeConfig(
        QStringLiteral("instances:\n") + instanceYaml(QStringLiteral("radarr"), *sim)
        + QStringLiteral("notifications:\n")
        + notificationYaml(QStringLiteral("broken"), QStringLiteral("webhook"),
                           {QStringLiteral("url: ") + receiver.url(QStringLiteral("/broken")).toString()})
        + QStringLiteral("notify_after_sync: true\n"));
    CHECK_EXIT(cli.run({QStringLiteral("sync")}), 0);
    QVERIFY(upgradeOneMovie(sim->library()).movieId > 0);
    // notify_after_sync: true notifies without --notify; the delivery fails, the snapshot stays.
    const CliResult r = cli.run({QStringLiteral("sync")});
    CHECK_EXIT(r, 3);
    QVERIFY2(r.err.contains(QLatin1String("Notification failed: broken (Webhook)")), qPrintable(r.err));
    QCOMPARE(receiver.requests(QStringLiteral("/broken")).size(), 4);
    const CliResult snapshots = cli.run({QStringLiteral("snapshots"), QStringLiteral("--json")});
    CHECK_EXIT(snapshots, 0);
    QCOMPARE(
        QJsonDocument::fromJson(snapshots.out.toUtf8()).object().value(QStringLiteral("snapshots")).toArray().size(),
        2);
}

void tst_CliNotify::email_data()
{
    QTest::addColumn<QString>("mode"); // plain | starttls | smtps
    QTest::addColumn<bool>("auth");
    QTest::addColumn<bool>("wrongPassword");
    QTest::newRow("plain on loopback") << QStringLiteral("plain") << false << false;
    QTest::newRow("STARTTLS with login") << QStringLiteral("starttls") << true << false;
    QTest::newRow("TLS with login") << QStringLiteral("smtps") << true << false;
    QTest::newRow("STARTTLS, wrong password") << QStringLiteral("starttls") << true << true;
}

void tst_CliNotify::email()
{
    QFETCH(QString, mode);
    QFETCH(bool, auth);
    QFETCH(bool, wrongPassword);
    CliHarness cli;
    const QString dir = cli.home.path();
    const QString outDir = dir + QStringLiteral("/mail");
    QVERIFY(QDir().mkpath(outDir));
    QStringList options;
    const QString cert = dir + QStringLiteral("/smtp-cert.pem");
    const QString key = dir + QStringLiteral("/smtp-key.pem");
    if (mode != QLatin1String("plain")) {
        // A throw-away certificate for 127.0.0.1, trusted through ca_file.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        options << (mode == QLatin1String("smtps") ? QStringLiteral("--smtps") : QStringLiteral("--starttls")) << cert
                << key;
    }
    if (auth)
        options << QStringLiteral("--auth") << QStringLiteral("arrscore") << kSmtpPassword;
    SmtpServer server;
    QVERIFY2(server.start(outDir, options), "aiosmtpd did not start (Debian: python3-aiosmtpd)");

    QStringList lines{QStringLiteral("smtp_url: %1://127.0.0.1:%2")
                          .arg(mode == QLatin1String("smtps") ? QStringLiteral("smtps") : QStringLiteral("smtp"))
                          .arg(server.port()),
                      QStringLiteral("from: arrscore@example.org"),
                      QStringLiteral("to: [me@example.org, you@example.org]")};
    if (mode == QLatin1String("starttls"))
        lines << QStringLiteral("starttls: true");
    if (mode != QLatin1String("plain"))
        lines << QStringLiteral("ca_file: ") + cert;
    const QString password = wrongPassword ? QStringLiteral("wrongPassw0rdSecret") : kSmtpPassword;
    if (auth)
        lines << QStringLiteral("username: arrscore") << QStringLiteral("password_env: SMTP_PASSWORD");
    cli.home.writeConfig(QStringLiteral("instances:\n")
                         + instanceYaml(QStringLiteral("radarr"), QStringLiteral("radarr"),
                                        QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()))
                         + QStringLiteral("notifications:\n")
                         + notificationYaml(QStringLiteral("mail"), QStringLiteral("email"), lines));
    QProcessEnvironment env = cli.home.environment();
    env.insert(QStringLiteral("SMTP_PASSWORD"), password);

    const CliResult r = cli.run({QStringLiteral("notify"), QStringLiteral("--test")}, env);
    QVERIFY(!r.all().contains(password));
    QVERIFY(!r.all().contains(kSmtpPassword));
    if (wrongPassword) {
        CHECK_EXIT(r, 1);
        QVERIFY2(r.err.contains(QLatin1String("mail (E-mail)"))
                     && r.err.contains(QLatin1String("user name or password")),
                 qPrintable(r.err));
        QVERIFY(mails(outDir).isEmpty());
        return;
    }
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("mail (E-mail): sent")), qPrintable(r.out));
    const QList<QJsonObject> received = mails(outDir);
    QCOMPARE(received.size(), 1);
    const QJsonObject &mail = received.first();
    QCOMPARE(mail.value(QStringLiteral("mail_from")).toString(), QStringLiteral("arrscore@example.org"));
    QCOMPARE(mail.value(QStringLiteral("rcpt_tos")).toArray().size(), 2);
    QCOMPARE(mail.value(QStringLiteral("content_type")).toString(), QStringLiteral("multipart/alternative"));
    QCOMPARE(mail.value(QStringLiteral("tls")).toBool(), mode != QLatin1String("plain"));
    QCOMPARE(mail.value(QStringLiteral("authenticated")).toBool(), auth);
    QVERIFY(mail.value(QStringLiteral("subject")).toString().contains(QLatin1String("12 upgraded")));
    QVERIFY(mail.value(QStringLiteral("plain")).toString().contains(QLatin1String("Sample Movie (1999)")));
    const QString html = mail.value(QStringLiteral("html")).toString();
    QVERIFY(html.contains(QLatin1String("<strong>radarr (Radarr)</strong>")));
    QVERIFY(!mail.value(QStringLiteral("raw")).toString().contains(kSmtpPassword));
}

void tst_CliNotify::usage()
{
    CliHarness cli;
    cli.writeConfig(instanceYaml(QStringLiteral("radarr"), QStringLiteral("radarr"),
                                 QStringLiteral("http://127.0.0.1:%1").arg(unusedPort())));
    CliResult r = cli.run({QStringLiteral("sync"), QStringLiteral("--notify")});
    CHECK_EXIT(r, 2); // said before any server is asked
    QVERIFY2(r.err.contains(QLatin1String("no notification target")), qPrintable(r.err));
    r = cli.run({QStringLiteral("notify"), QStringLiteral("--test")});
    CHECK_EXIT(r, 2);
    r = cli.run(
        {QStringLiteral("sync"), QStringLiteral("--report"), cli.home.path() + QStringLiteral("/no/such/r.html")});
    CHECK_EXIT(r, 2);
    // A secret in the wrong place is masked in the error, and the line is named.
    cli.home.writeConfig(QStringLiteral("notifications:\n  - name: g\n    type: gotify\n    url: http://127.0.0.1:1\n"
                                        "    token: %1\n    priority: 11\n")
                             .arg(kGotifyToken));
    r = cli.run({QStringLiteral("notify"), QStringLiteral("--test")});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral(R"(\.yaml:\d+: notifications\[0\]\.priority)"))),
             qPrintable(r.err));
    cli.home.writeConfig(
        QStringLiteral("notifications:\n  - name: d\n    type: discord\n    url: not-a-url/%1\n").arg(kWebhookSecret));
    r = cli.run({QStringLiteral("notify"), QStringLiteral("--test")});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("notifications[0].url")), qPrintable(r.err));
    QVERIFY(!r.err.contains(kWebhookSecret));
}

QTEST_GUILESS_MAIN(tst_CliNotify)
#include "tst_cli_notify.moc"
