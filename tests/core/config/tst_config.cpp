#include "config/configloader.h"
#include "config/databaselocation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef0123456789abcdef");

QProcessEnvironment envOf(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : vars)
        env.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    return env;
}

Result<AppConfig> parse(const char *yaml, const QProcessEnvironment &env = {})
{
    return ConfigLoader::parse(QByteArray(yaml), QStringLiteral("arrscore.yaml"), env);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Runs a block in another working directory and always comes back.
struct WorkingDirectory
{
    explicit WorkingDirectory(const QString &path) : m_old(QDir::currentPath()) { QDir::setCurrent(path); }
    ~WorkingDirectory() { QDir::setCurrent(m_old); }
    QString m_old;
};

} // namespace

class tst_Config : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fullInstance()
    {
        const auto result = parse(R"(
database: data/scores.db
instances:
  - name: radarr-4k
    type: radarr
    url: https://user:pw@nas.local:7878/radarr/
    api_key: "0123456789abcdef0123456789abcdef"
    timeout: 12
    max_concurrency: 3
    requests_per_second: 2.5
    verify_tls: false
    tls_fingerprint: "sha256:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"
    enabled: false
    release_lookups_per_hour: 0
    searches_per_hour: 1000
    search_cooldown_days: 0
  - name: tv
    type: Sonarr
    url: http://localhost:8989
    api_key: shortkey
)");
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const AppConfig &config = *result;
        QCOMPARE(config.instances.size(), 2);
        QCOMPARE(config.database, QDir::current().absoluteFilePath(QStringLiteral("data/scores.db")));
        QVERIFY(config.warnings.isEmpty());
        const InstanceConfig *r = config.instance(QStringLiteral("radarr-4k"));
        QVERIFY(r);
        QCOMPARE(r->type, InstanceType::Radarr);
        QCOMPARE(r->url.path(), QStringLiteral("/radarr")); // trailing slash dropped
        QCOMPARE(r->displayUrl(), QStringLiteral("https://nas.local:7878/radarr"));
        QCOMPARE(r->apiKey, kKey);
        QCOMPARE(r->maskedApiKey(), QStringLiteral("0123…cdef"));
        QCOMPARE(r->timeoutSeconds, 12);
        QCOMPARE(r->maxConcurrency, 3);
        QCOMPARE(r->requestsPerSecond, 2.5);
        QCOMPARE(r->verifyTls, false);
        QCOMPARE(r->tlsFingerprint.size(), 32);
        QCOMPARE(r->tlsFingerprint.toHex(),
                 QByteArray("abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"));
        QCOMPARE(r->enabled, false);
        QCOMPARE(r->releaseLookupsPerHour, 0);
        QCOMPARE(r->searchesPerHour, 1000);
        QCOMPARE(r->searchCooldownDays, 0);
        QCOMPARE(r->origin, QStringLiteral("arrscore.yaml:4"));
        const InstanceConfig *s = config.instance(QStringLiteral("tv"));
        QVERIFY(s);
        QCOMPARE(s->type, InstanceType::Sonarr);
        QCOMPARE(s->timeoutSeconds, 30);
        QCOMPARE(s->maxConcurrency, 8);
        QCOMPARE(s->requestsPerSecond, 0.0);
        QVERIFY(s->verifyTls);
        QVERIFY(s->tlsFingerprint.isEmpty());
        QCOMPARE(s->releaseLookupsPerHour, 20);
        QCOMPARE(s->searchesPerHour, 25);
        QCOMPARE(s->searchCooldownDays, 7);
        QCOMPARE(s->maskedApiKey(), QStringLiteral("****"));
        QCOMPARE(config.enabledInstances().size(), 1);
        QVERIFY(!config.instance(QStringLiteral("nope")));
    }

    void masking()
    {
        InstanceConfig instance;
        QCOMPARE(instance.maskedApiKey(), QStringLiteral("(not set)"));
        instance.apiKey = QStringLiteral("abcd");
        QCOMPARE(instance.maskedApiKey(), QStringLiteral("****"));
        instance.apiKey = kKey;
        QVERIFY(!instance.maskedApiKey().contains(kKey.mid(4, 8)));
        AppConfig config;
        config.database = QStringLiteral("postgresql://arr:secret@db:5432/arrscore?password=secret&sslmode=require");
        QVERIFY(config.databaseIsPostgres());
        QVERIFY(!config.displayDatabase().contains(QStringLiteral("secret")));
        QVERIFY(config.displayDatabase().contains(QStringLiteral("sslmode=require")));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        const QByteArray head =
            "instances:\n  - name: a\n    type: radarr\n    url: http://h:7878\n    api_key: k1234\n";
        QTest::newRow("syntax") << QByteArray("instances:\n  - name: a\n    type: [radarr\n")
                                << QStringLiteral("arrscore.yaml:4: invalid YAML");
        QTest::newRow("type")
            << QByteArray(head + "  - name: b\n    type: lidarr\n    url: http://h\n    api_key: k\n")
            << QStringLiteral("arrscore.yaml:7: instances[1].type: expected \"radarr\" or \"sonarr\", got \"lidarr\"");
        QTest::newRow("timeout text") << QByteArray(head + "    timeout: \"abc\"\n")
                                      << QStringLiteral("arrscore.yaml:6: instances[0].timeout: expected a "
                                                        "whole number from 1 to 3600, got \"abc\"");
        QTest::newRow("timeout fraction") << QByteArray(head + "    timeout: 2.5\n")
                                          << QStringLiteral("instances[0].timeout: expected a whole number");
        QTest::newRow("concurrency 0") << QByteArray(head + "    max_concurrency: 0\n")
                                       << QStringLiteral("arrscore.yaml:6: instances[0].max_concurrency: "
                                                         "expected a whole number from 1 to 64, got \"0\"");
        QTest::newRow("concurrency 65") << QByteArray(head + "    max_concurrency: 65\n")
                                        << QStringLiteral("instances[0].max_concurrency:");
        QTest::newRow("lookups 1001") << QByteArray(head + "    release_lookups_per_hour: 1001\n")
                                      << QStringLiteral("arrscore.yaml:6: instances[0].release_lookups_per_hour: "
                                                        "expected a whole number from 0 to 1000, got \"1001\"");
        QTest::newRow("searches negative") << QByteArray(head + "    searches_per_hour: -1\n")
                                           << QStringLiteral("instances[0].searches_per_hour: expected a whole number "
                                                             "from 0 to 1000");
        QTest::newRow("cooldown text") << QByteArray(head + "    search_cooldown_days: week\n")
                                       << QStringLiteral("arrscore.yaml:6: instances[0].search_cooldown_days: "
                                                         "expected a whole number from 0 to 365, got \"week\"");
        QTest::newRow("negative rps")
            << QByteArray(head + "    requests_per_second: -1\n")
            << QStringLiteral("arrscore.yaml:6: instances[0].requests_per_second: expected 0 (unlimited) or a number");
        QTest::newRow("rps near 0")
            << QByteArray(head + "    requests_per_second: 0.0000001\n")
            << QStringLiteral("arrscore.yaml:6: instances[0].requests_per_second: expected 0 (unlimited) or a number "
                              "from 0.1 to 1000, got \"0.0000001\"");
        QTest::newRow("rps below minimum") << QByteArray(head + "    requests_per_second: 0.05\n")
                                           << QStringLiteral("requests_per_second: expected 0 (unlimited)");
        QTest::newRow("rps huge") << QByteArray(head + "    requests_per_second: 1e9\n")
                                  << QStringLiteral("requests_per_second: expected 0 (unlimited)");
        QTest::newRow("rps nan") << QByteArray(head + "    requests_per_second: .nan\n")
                                 << QStringLiteral("requests_per_second: expected 0 (unlimited)");
        QTest::newRow("key as api_key_env")
            << QByteArray("instances:\n  - name: a\n    type: radarr\n    url: http://h\n    api_key_env: "
                          + kKey.toUtf8() + "\n")
            << QStringLiteral("arrscore.yaml:5: instances[0].api_key_env: expected the name of an environment variable "
                              "that holds the key (e.g. RADARR_API_KEY), but this looks like a key itself. Put the key "
                              "in \"api_key\"");
        QTest::newRow("api_key_env not a name")
            << QByteArray("instances:\n  - name: a\n    type: radarr\n    url: http://h\n    api_key_env: my key\n")
            << QStringLiteral("instances[0].api_key_env: expected the name of an environment variable (letters, "
                              "digits and '_', not starting with a digit, e.g. RADARR_API_KEY), got \"my key\"");
        QTest::newRow("bool") << QByteArray(head + "    verify_tls: maybe\n")
                              << QStringLiteral("arrscore.yaml:6: instances[0].verify_tls: expected true or false");
        QTest::newRow("duplicate")
            << QByteArray(head + "  - name: a\n    type: sonarr\n    url: http://h\n    api_key: k\n")
            << QStringLiteral("arrscore.yaml:6: instances[1].name: \"a\" is already used by instances[0]");
        QTest::newRow("name chars") << QByteArray("instances:\n  - name: Radarr 4K\n")
                                    << QStringLiteral(
                                           "arrscore.yaml:2: instances[0].name: expected lower-case letters");
        QTest::newRow("no name") << QByteArray("instances:\n  - type: radarr\n")
                                 << QStringLiteral("arrscore.yaml:2: instances[0]: missing \"name\"");
        QTest::newRow("no type") << QByteArray("instances:\n  - name: a\n")
                                 << QStringLiteral("instances[0]: missing \"type\"");
        QTest::newRow("no url") << QByteArray("instances:\n  - name: a\n    type: radarr\n")
                                << QStringLiteral("arrscore.yaml:2: instances[0]: missing \"url\"");
        QTest::newRow("no key") << QByteArray("instances:\n  - name: a\n    type: radarr\n    url: http://h\n")
                                << QStringLiteral("instances[0]: missing \"api_key\"");
        QTest::newRow("no scheme")
            << QByteArray("instances:\n  - name: a\n    type: radarr\n    url: localhost:7878\n    api_key: k\n")
            << QStringLiteral("arrscore.yaml:4: instances[0].url: expected an http:// or https:// URL");
        QTest::newRow("password, no scheme")
            << QByteArray(
                   "instances:\n  - name: a\n    type: radarr\n    url: admin:hunter2@nas:7878\n    api_key: k\n")
            << QStringLiteral(
                   "arrscore.yaml:4: instances[0].url: expected an http:// or https:// URL with a host, e.g. "
                   "http://localhost:7878/radarr; got \"nas:7878\"");
        QTest::newRow("ftp") << QByteArray(
            "instances:\n  - name: a\n    type: radarr\n    url: ftp://h\n    api_key: k\n")
                             << QStringLiteral("instances[0].url: expected an http");
        QTest::newRow("no host") << QByteArray(
            "instances:\n  - name: a\n    type: radarr\n    url: \"http://\"\n    api_key: k\n")
                                 << QStringLiteral("instances[0].url: expected an http");
        QTest::newRow("fingerprint")
            << QByteArray(head + "    tls_fingerprint: \"sha256:abcd\"\n")
            << QStringLiteral("arrscore.yaml:6: instances[0].tls_fingerprint: expected a SHA-256 fingerprint");
        QTest::newRow("fingerprint not hex") << QByteArray(head + "    tls_fingerprint: " + QByteArray(64, 'g') + "\n")
                                             << QStringLiteral("tls_fingerprint: expected");
        QTest::newRow("instances not list")
            << QByteArray("instances: 3\n") << QStringLiteral("arrscore.yaml:1: instances: expected a list");
        QTest::newRow("top scalar") << QByteArray("hello\n") << QStringLiteral("expected a mapping");
        QTest::newRow("both keys") << QByteArray(head + "    api_key_env: X\n")
                                   << QStringLiteral("set either \"api_key\" or \"api_key_env\"");
        QTest::newRow("key twice") << QByteArray(head + "    timeout: 3\n    timeout: 4\n")
                                   << QStringLiteral("arrscore.yaml:7: instances[0].timeout: given twice");
        QTest::newRow("legacy bad url") << QByteArray("radarr:\n  url: nope\n  api_key: k\n")
                                        << QStringLiteral("arrscore.yaml:2: radarr.url: expected");
        QTest::newRow("legacy vs new") << QByteArray(
            "instances:\n  - name: radarr\n    type: radarr\n    url: http://h\n    api_key: "
            "k\nradarr:\n  url: http://h\n  api_key: k\n")
                                       << QStringLiteral("radarr.name: \"radarr\" is already used by instances[0]");
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const auto result = ConfigLoader::parse(yaml, QStringLiteral("arrscore.yaml"), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Config);
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    }

    void apiKeyNeverInMessages_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        const QByteArray key = kKey.toUtf8();
        const QByteArray head = "instances:\n  - name: a\n    type: radarr\n    url: http://h:7878\n";
        QTest::newRow("unterminated quote") << QByteArray(head + "    api_key: \"" + key + "\n    timeout: 3\n");
        QTest::newRow("missing colon") << QByteArray(head + "    api_key " + key + "\n    timeout: [\n");
        QTest::newRow("key as timeout") << QByteArray(head + "    api_key: x\n    timeout: " + key + "\n");
        QTest::newRow("key as type") << QByteArray("instances:\n  - name: a\n    type: " + key + "\n");
        QTest::newRow("key as name") << QByteArray("instances:\n  - name: " + key + "X\n");
        QTest::newRow("key as key") << QByteArray(head + "    api_key: x\n    " + key + ": 1\n");
        QTest::newRow("spaces in key") << QByteArray(head + "    api_key: \"" + key + " tail\"\n");
        QTest::newRow("key in url") << QByteArray(
            "instances:\n  - name: a\n    type: radarr\n    url: http://h/?apikey=" + key + "\n    api_key: x\n");
        QTest::newRow("key as api_key_env") << QByteArray(head + "    api_key_env: " + key + "\n");
        QTest::newRow("key as api_key_env, disabled")
            << QByteArray(head + "    api_key_env: " + key + "\n    enabled: false\n");
        QTest::newRow("token as api_key_env") << QByteArray(head + "    api_key_env: \"Zx81" + key.mid(8) + "QpR7\"\n");
        QTest::newRow("url without scheme, user:key@") << QByteArray(
            "instances:\n  - name: a\n    type: radarr\n    url: user:" + key + "@h:7878\n    api_key: x\n");
        QTest::newRow("url with a bad scheme, user:key@") << QByteArray(
            "instances:\n  - name: a\n    type: radarr\n    url: ftp://user:" + key + "@h\n    api_key: x\n");
        QTest::newRow("key in url path, bad scheme")
            << QByteArray("instances:\n  - name: a\n    type: radarr\n    url: htp://h/" + key + "\n    api_key: x\n");
        QTest::newRow("key in bad url") << QByteArray("instances:\n  - name: a\n    type: radarr\n    url: " + key
                                                      + "\n    api_key: " + key + "\n");
    }

    void apiKeyNeverInMessages()
    {
        QFETCH(QByteArray, yaml);
        const auto result = ConfigLoader::parse(yaml, QStringLiteral("arrscore.yaml"), {});
        const QString text = result.ok() ? result->warnings.join(QLatin1Char('\n')) : result.error().message;
        qInfo().noquote() << text;
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(kKey), qPrintable(text));
        QVERIFY2(!text.contains(kKey.mid(4, 20)), qPrintable(text));
        QVERIFY2(!text.contains(kKey.mid(8, 20)), qPrintable(text));
    }

    void unknownKeysWarn()
    {
        const auto result = parse("instances:\n  - name: a\n    type: radarr\n    url: http://h\n    api_key: k\n"
                                  "    tiemout: 5\nextra: 1\n");
        QVERIFY(result.ok());
        QCOMPARE(result->warnings.size(), 2);
        QVERIFY(result->warnings.contains(
            QStringLiteral("arrscore.yaml:6: unknown key \"tiemout\" ignored (did you mean \"timeout\"?)")));
        QVERIFY(result->warnings.contains(QStringLiteral("arrscore.yaml:7: unknown key \"extra\" ignored")));
        QCOMPARE(result->instances.first().timeoutSeconds, 30);
    }

    void retention()
    {
        const auto none = parse("database: x.db\n");
        QVERIFY(none.ok());
        QVERIFY(!none->retention.isSet());
        const auto set = parse("retention:\n  keep_all_days: 30\n  keep_weekly_weeks: 52\n  keep_al_days: 3\n");
        QVERIFY2(set.ok(), qPrintable(set.error().message));
        QCOMPARE(set->retention.keepAllDays, 30);
        QCOMPARE(set->retention.keepDailyDays, 0);
        QCOMPARE(set->retention.keepWeeklyWeeks, 52);
        QCOMPARE(set->retention.keepMonthlyMonths, 0);
        QCOMPARE(set->warnings,
                 QStringList{QStringLiteral("arrscore.yaml:4: unknown key \"keep_al_days\" ignored (did you mean "
                                            "\"keep_all_days\"?)")});
        const auto nothing = parse("retention:\n  keep_all_days: 0\n");
        QVERIFY(!nothing.ok());
        QVERIFY2(nothing.error().message.startsWith(QStringLiteral("arrscore.yaml:2: retention: keeps nothing")),
                 qPrintable(nothing.error().message));
        const auto negative = parse("retention:\n  keep_daily_days: -3\n");
        QVERIFY(!negative.ok());
        QVERIFY2(negative.error().message.contains(QStringLiteral("retention.keep_daily_days")),
                 qPrintable(negative.error().message));
        QVERIFY(!parse("retention: 30\n").ok());
    }

    void emptyAndDefaults()
    {
        const auto result = parse("");
        QVERIFY(result.ok());
        QVERIFY(result->instances.isEmpty());
        QCOMPARE(result->database, DatabaseLocation::defaultPath());
        QVERIFY(DatabaseLocation::defaultPath().endsWith(QLatin1String("/arrscore/arrscore.db")));
        QVERIFY(ConfigLoader::defaultConfigPath().endsWith(QLatin1String("/arrscore/arrscore.yaml")));
        const auto pg = parse("database: postgresql://u:p@db/arr\n");
        QVERIFY(pg.ok());
        QCOMPARE(pg->database, QStringLiteral("postgresql://u:p@db/arr"));
        const auto relative =
            ConfigLoader::parse("database: scores.db\n", QStringLiteral("/etc/arr/arrscore.yaml"), {});
        QCOMPARE(relative->database, QStringLiteral("/etc/arr/scores.db"));
        const auto absolute =
            ConfigLoader::parse("database: /var/x.db\n", QStringLiteral("/etc/arr/arrscore.yaml"), {});
        QCOMPARE(absolute->database, QStringLiteral("/var/x.db"));
    }

    void legacyFormat()
    {
        const auto result = parse("radarr:\n  url: http://r:7878\n  api_key: rkey\n  enabled: true\n"
                                  "sonarr:\n  url: \"\"\n  api_key: \"\"\n  enabled: false\n");
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->instances.size(), 1); // a disabled legacy section is skipped
        QCOMPARE(result->instances.first().name, QStringLiteral("radarr"));
        QCOMPARE(result->instances.first().type, InstanceType::Radarr);
        QCOMPARE(result->instances.first().apiKey, QStringLiteral("rkey"));
        const auto both =
            parse("radarr:\n  url: http://r\n  api_key: a\nsonarr:\n  url: http://s:8989\n  api_key: b\n");
        QCOMPARE(both->instances.size(), 2);
        QCOMPARE(both->instances.at(1).type, InstanceType::Sonarr);
    }

    void environment()
    {
        const char *yaml =
            "instances:\n  - name: radarr-4k\n    type: radarr\n    url: http://file\n    api_key: filekey\n"
            "  - name: tv\n    type: sonarr\n    url: http://tv\n    api_key_env: TV_KEY\n";
        const auto result = parse(yaml, envOf({{"ARRSCORE_RADARR_4K_URL", "https://env:9000/r"},
                                               {"ARRSCORE_RADARR_4K_API_KEY", "envkey"},
                                               {"TV_KEY", "tvkey"},
                                               {"ARRSCORE_DB", "/tmp/x.db"},
                                               {"ARRSCORE_GHOST_URL", "http://g"}}));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->database, QStringLiteral("/tmp/x.db"));
        QCOMPARE(result->instance(QStringLiteral("radarr-4k"))->url.toString(), QStringLiteral("https://env:9000/r"));
        QCOMPARE(result->instance(QStringLiteral("radarr-4k"))->apiKey, QStringLiteral("envkey"));
        QCOMPARE(result->instance(QStringLiteral("tv"))->apiKey, QStringLiteral("tvkey"));
        QCOMPARE(result->instance(QStringLiteral("tv"))->apiKeyEnv, QStringLiteral("TV_KEY"));
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY(result->warnings.first().contains(QLatin1String("ARRSCORE_GHOST_URL")));

        const auto unset = parse(yaml);
        QVERIFY(!unset.ok());
        QVERIFY2(unset.error().message.contains(QLatin1String(
                     "arrscore.yaml:9: instances[1].api_key_env: the environment variable TV_KEY is not set")),
                 qPrintable(unset.error().message));

        const auto badEnvUrl = parse(yaml, envOf({{"TV_KEY", "k"}, {"ARRSCORE_TV_URL", "nope"}}));
        QVERIFY(!badEnvUrl.ok());
        QVERIFY(badEnvUrl.error().message.startsWith(QLatin1String("environment variable ARRSCORE_TV_URL:")));
        // A key from the environment fills in a missing one.
        QVERIFY(parse("instances:\n  - name: a\n    type: radarr\n    url: http://h\n",
                      envOf({{"ARRSCORE_A_API_KEY", "k"}}))
                    .ok());
    }

    void environmentOnly()
    {
        const auto none = parse("", envOf({{"RADARR_URL", "http://r:7878"},
                                           {"RADARR_API_KEY", "rk"},
                                           {"SONARR_URL", "http://s:8989"},
                                           {"SONARR_API_KEY", "sk"}}));
        QVERIFY(none.ok());
        QCOMPARE(none->instances.size(), 2);
        QCOMPARE(none->instance(QStringLiteral("sonarr"))->type, InstanceType::Sonarr);
        QCOMPARE(none->instance(QStringLiteral("radarr"))->apiKey, QStringLiteral("rk"));
        const auto half = parse("", envOf({{"RADARR_URL", "http://r"}}));
        QVERIFY(half.ok());
        QVERIFY(half->instances.isEmpty());
        QCOMPARE(half->warnings.size(), 1);
        // The legacy variables override a file's instance of that name...
        const auto over = parse("radarr:\n  url: http://file\n  api_key: f\n", envOf({{"RADARR_URL", "http://env"}}));
        QCOMPARE(over->instance(QStringLiteral("radarr"))->url.host(), QStringLiteral("env"));
        // ...and are ignored, with a warning, when the file lists other instances.
        const auto other = parse("instances:\n  - name: a\n    type: radarr\n    url: http://h\n    api_key: k\n",
                                 envOf({{"RADARR_URL", "http://r"}, {"RADARR_API_KEY", "rk"}}));
        QCOMPARE(other->instances.size(), 1);
        QCOMPARE(other->warnings.size(), 1);
        const auto bad = parse("", envOf({{"SONARR_URL", "s:8989"}, {"SONARR_API_KEY", "sk"}}));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("SONARR_URL")));
    }

    void discovery()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cwd = dir.filePath(QStringLiteral("cwd"));
        QVERIFY(QDir().mkpath(cwd));
        WorkingDirectory chdir(cwd);
        const QString platform = ConfigLoader::defaultConfigPath();
        QFile::remove(platform);
        const auto cleanup = qScopeGuard([&] { QFile::remove(platform); });

        // Nothing anywhere: an empty configuration.
        auto located = ConfigLoader::locate(QString(), {});
        QVERIFY(located.ok());
        QVERIFY(located->isEmpty());
        auto loaded = ConfigLoader::load(QString(), {});
        QVERIFY(loaded.ok());
        QVERIFY(loaded->sourcePath.isEmpty());

        QVERIFY(writeFile(platform, "database: platform.db\n"));
        QCOMPARE(*ConfigLoader::locate(QString(), {}), platform);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("cwd/arrscore.yaml")), "database: local.db\n"));
        QCOMPARE(*ConfigLoader::locate(QString(), {}), QDir(cwd).absoluteFilePath(QStringLiteral("arrscore.yaml")));
        loaded = ConfigLoader::load(QString(), {});
        QCOMPARE(loaded->database, QDir(cwd).absoluteFilePath(QStringLiteral("local.db")));
        const QString fromEnv = dir.filePath(QStringLiteral("env.yaml"));
        QVERIFY(writeFile(fromEnv, "database: env.db\n"));
        const QProcessEnvironment env = envOf({{"ARRSCORE_CONFIG", qPrintable(fromEnv)}});
        QCOMPARE(*ConfigLoader::locate(QString(), env), fromEnv);
        const QString explicitPath = dir.filePath(QStringLiteral("explicit.yaml"));
        QVERIFY(writeFile(explicitPath, "database: explicit.db\n"));
        loaded = ConfigLoader::load(explicitPath, env);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->sourcePath, explicitPath);
        QCOMPARE(loaded->database, dir.filePath(QStringLiteral("explicit.db")));

        const auto missing = ConfigLoader::load(dir.filePath(QStringLiteral("gone.yaml")), env);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::Config);
        QVERIFY(missing.error().message.contains(QLatin1String("gone.yaml")));
        const auto missingEnv = ConfigLoader::load(QString(), envOf({{"ARRSCORE_CONFIG", "/nonexistent/a.yaml"}}));
        QVERIFY(!missingEnv.ok());
        QVERIFY(missingEnv.error().message.contains(QLatin1String("ARRSCORE_CONFIG")));
        const auto isDir = ConfigLoader::load(dir.path(), {});
        QVERIFY(!isDir.ok());
    }
};

QTEST_GUILESS_MAIN(tst_Config)
#include "tst_config.moc"
