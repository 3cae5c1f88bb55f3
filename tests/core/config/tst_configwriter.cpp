#include "config/configloader.h"
#include "config/configwriter.h"
#include "config/databaselocation.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace arrscore;
using arrscore::test::fileBytes;
using arrscore::test::writeFileBytes;

namespace {

InstanceConfig instance(const QString &name, const QString &url)
{
    InstanceConfig i;
    i.name = name;
    i.type = InstanceType::Sonarr;
    i.url = QUrl(url);
    i.apiKey = QStringLiteral("WRITERKEY0123456789abcdef");
    return i;
}

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

Result<AppConfig> reload(const QString &path)
{
    return ConfigLoader::parse(fileBytes(path), path, QProcessEnvironment());
}

} // namespace

// What the app writes to arrscore.yaml is what the CLI reads back.
class tst_ConfigWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addsToANewFileWithTheKeyInTheKeychain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/arrscore.yaml"));
        QVERIFY(ConfigWriter::upsertInstance(path,
                                             instance(QStringLiteral("tv"), QStringLiteral("http://nas:8989/sonarr")),
                                             ConfigWriter::KeyPlacement::Keychain));
        QVERIFY(!fileBytes(path).contains("WRITERKEY"));
        Result<AppConfig> config = reload(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->instances.size(), 1);
        const InstanceConfig &i = config->instances.first();
        QCOMPARE(i.name, QStringLiteral("tv"));
        QCOMPARE(i.type, InstanceType::Sonarr);
        QCOMPARE(i.url, QUrl(QStringLiteral("http://nas:8989/sonarr")));
        QVERIFY(i.apiKeyInKeychain);
        QVERIFY(i.apiKey.isEmpty());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    // The upgrade limits the app edits are written when they differ from the defaults and removed when
    // set back, so a file keeps following the defaults.
    void upgradeLimitsWrittenBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        InstanceConfig tv = instance(QStringLiteral("tv"), QStringLiteral("http://nas:8989"));
        tv.releaseLookupsPerHour = 0;
        tv.searchesPerHour = 5;
        tv.searchCooldownDays = 30;
        QVERIFY(ConfigWriter::upsertInstance(path, tv, ConfigWriter::KeyPlacement::File));
        Result<AppConfig> config = reload(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->instances.at(0).releaseLookupsPerHour, 0);
        QCOMPARE(config->instances.at(0).searchesPerHour, 5);
        QCOMPARE(config->instances.at(0).searchCooldownDays, 30);
        tv = InstanceConfig{};
        tv.name = QStringLiteral("tv");
        tv.type = InstanceType::Sonarr;
        tv.url = QUrl(QStringLiteral("http://nas:8989"));
        QVERIFY(ConfigWriter::upsertInstance(path, tv, ConfigWriter::KeyPlacement::Unchanged));
        QVERIFY(!fileBytes(path).contains("per_hour"));
        QVERIFY(!fileBytes(path).contains("cooldown"));
        config = reload(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->instances.at(0).releaseLookupsPerHour, 20);
        QCOMPARE(config->instances.at(0).searchCooldownDays, 7);
    }

    void editKeepsOtherSettingsAndInstancesAndABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        const QByteArray before =
            "database: /tmp/x.db\ninstances:\n"
            "  - name: movies\n    type: radarr\n    url: http://nas:7878\n    api_key_env: K\n"
            "  - name: tv\n    type: sonarr\n    url: http://old:8989\n    api_key: OLDKEY00000000\n"
            "    timeout: 90\n";
        writeFileBytes(path, before);
        InstanceConfig edited = instance(QStringLiteral("shows"), QStringLiteral("http://new:8989"));
        QVERIFY(ConfigWriter::upsertInstance(path, edited, ConfigWriter::KeyPlacement::File, QStringLiteral("tv")));
        // The replaced key is not kept in the backup either.
        QCOMPARE(fileBytes(path + QStringLiteral(".bak")),
                 QByteArray(before).replace("OLDKEY00000000", "REMOVED-key-no-longer-in-arrscore.yaml"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("K"), QStringLiteral("ENVKEY000000"));
        Result<AppConfig> config = ConfigLoader::parse(fileBytes(path), path, env);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->database, QStringLiteral("/tmp/x.db"));
        QCOMPARE(config->instances.size(), 2);
        QCOMPARE(config->instances.at(0).name, QStringLiteral("movies"));
        QCOMPARE(config->instances.at(0).apiKeyEnv, QStringLiteral("K"));
        const InstanceConfig &tv = config->instances.at(1);
        QCOMPARE(tv.name, QStringLiteral("shows"));
        QCOMPARE(tv.url.host(), QStringLiteral("new"));
        QCOMPARE(tv.apiKey, QStringLiteral("WRITERKEY0123456789abcdef")); // placed in the file: no keychain
        QCOMPARE(tv.timeoutSeconds, 90);                                  // kept from the old entry
        QVERIFY(!fileBytes(path).contains("OLDKEY"));

        QVERIFY(ConfigWriter::removeInstance(path, QStringLiteral("shows")));
        config = ConfigLoader::parse(fileBytes(path), path, env);
        QVERIFY(config);
        QCOMPARE(config->instances.size(), 1);
    }

    void unchangedKeyPlacementKeepsTheKeyLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        writeFileBytes(path, "instances:\n"
                             "  - name: a\n    type: radarr\n    url: http://a:7878\n    api_key_env: AKEY\n"
                             "  - name: b\n    type: sonarr\n    url: http://b:8989\n    api_key_keychain: true\n");
        InstanceConfig a = instance(QStringLiteral("a2"), QStringLiteral("http://a-new:7878"));
        a.type = InstanceType::Radarr;
        a.apiKey.clear(); // "keep the stored key"
        QVERIFY(ConfigWriter::upsertInstance(path, a, ConfigWriter::KeyPlacement::Unchanged, QStringLiteral("a")));
        InstanceConfig b = instance(QStringLiteral("b"), QStringLiteral("http://b-new:8989"));
        QVERIFY(ConfigWriter::upsertInstance(path, b, ConfigWriter::KeyPlacement::Unchanged));
        QVERIFY(!fileBytes(path).contains("WRITERKEY"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("AKEY"), QStringLiteral("ENVKEY000000"));
        Result<AppConfig> config = ConfigLoader::parse(fileBytes(path), path, env);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->instances.size(), 2);
        QCOMPARE(config->instances.at(0).name, QStringLiteral("a2"));
        QCOMPARE(config->instances.at(0).url.host(), QStringLiteral("a-new"));
        QCOMPARE(config->instances.at(0).apiKeyEnv, QStringLiteral("AKEY"));
        QCOMPARE(config->instances.at(0).apiKey, QStringLiteral("ENVKEY000000"));
        QCOMPARE(config->instances.at(1).url.host(), QStringLiteral("b-new"));
        QVERIFY(config->instances.at(1).apiKeyInKeychain);
    }

    void removeOfAMissingNameChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        QVERIFY(ConfigWriter::removeInstance(path, QStringLiteral("nothing")));
        QVERIFY(!QFileInfo::exists(path)); // no file is created just to remove nothing
        QVERIFY(ConfigWriter::upsertInstance(path, instance(QStringLiteral("tv"), QStringLiteral("http://a:1")),
                                             ConfigWriter::KeyPlacement::Keychain));
        QVERIFY(ConfigWriter::removeInstance(path, QStringLiteral("other")));
        Result<AppConfig> config = reload(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->instances.size(), 1);
        QVERIFY(ConfigWriter::removeInstance(path, QStringLiteral("tv")));
        config = reload(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QVERIFY(config->instances.isEmpty());
    }

    void enablesAndDisablesAnInstance()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        QVERIFY(ConfigWriter::upsertInstance(path, instance(QStringLiteral("tv"), QStringLiteral("http://a:1")),
                                             ConfigWriter::KeyPlacement::File));
        QVERIFY(ConfigWriter::setInstanceEnabled(path, QStringLiteral("tv"), false));
        Result<AppConfig> config = reload(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QVERIFY(!config->instances.first().enabled);
        QVERIFY(config->enabledInstances().isEmpty());
        QVERIFY(ConfigWriter::setInstanceEnabled(path, QStringLiteral("tv"), true));
        config = reload(path);
        QVERIFY(config->instances.first().enabled);

        const QByteArray before = fileBytes(path);
        const Status missing = ConfigWriter::setInstanceEnabled(path, QStringLiteral("nope"), false);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QLatin1String("\"nope\"")), qPrintable(missing.error().message));
        QCOMPARE(fileBytes(path), before);
    }

    void setsAndClearsTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        QVERIFY(ConfigWriter::upsertInstance(path, instance(QStringLiteral("tv"), QStringLiteral("http://a:1")),
                                             ConfigWriter::KeyPlacement::Keychain));
        const QString db = dir.filePath(QStringLiteral("elsewhere/history.db"));
        QVERIFY(ConfigWriter::setDatabase(path, db));
        Result<AppConfig> config = reload(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->database, db);
        QCOMPARE(config->instances.size(), 1); // the rest stays

        const QString pg = QStringLiteral("postgresql://arr@db.example:5433/arrscore?sslmode=require");
        QVERIFY(ConfigWriter::setDatabase(path, pg));
        config = reload(path);
        QVERIFY(config->databaseIsPostgres());
        QCOMPARE(config->database, pg);

        QVERIFY(ConfigWriter::setDatabase(path, QString()));
        QVERIFY(!fileBytes(path).contains("database"));
        config = reload(path);
        QCOMPARE(config->database, DatabaseLocation::defaultPath());

        writeFileBytes(path, "radarr:\n  url: http://x:7878\n");
        QVERIFY(!ConfigWriter::setDatabase(path, db));
        QCOMPARE(fileBytes(path), QByteArray("radarr:\n  url: http://x:7878\n"));
    }

    // Whatever the umask or the old file's mode, the file and its backup are the owner's alone.
    void fileAndBackupAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        const mode_t oldMask = ::umask(0);
        const auto restore = qScopeGuard([oldMask] { ::umask(oldMask); });
        QVERIFY(ConfigWriter::upsertInstance(path, instance(QStringLiteral("tv"), QStringLiteral("http://a:1")),
                                             ConfigWriter::KeyPlacement::File));
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(ConfigWriter::setDatabase(path, QStringLiteral("/tmp/a.db")));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QStringLiteral(".bak")), 0600);
        QVERIFY(fileBytes(path + QStringLiteral(".bak")).contains("WRITERKEY")); // still in the file: kept

        // A file the user wrote world-readable, key included: the rewrite and the backup are not.
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(path + QStringLiteral(".bak")).constData(), 0644) == 0);
        QVERIFY(ConfigWriter::setInstanceEnabled(path, QStringLiteral("tv"), false));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QStringLiteral(".bak")), 0600);
    }

    // A key that moved to the keychain, or left with its instance, stays in no backup; the other
    // instances' keys and the rest of the old file do.
    void backupDropsKeysThatLeftTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        const QByteArray before = "# my notes\ninstances:\n"
                                  "  - name: movies\n    type: radarr\n    url: http://nas:7878\n"
                                  "    api_key: \"MOVIESKEY0123456789abcdef0123456\"\n"
                                  "  - name: tv\n    type: sonarr\n    url: http://nas:8989\n"
                                  "    api_key: TVKEY0123456789abcdef01234567890 # from Settings\n"
                                  "  - name: old\n    type: sonarr\n    url: http://nas:9000\n"
                                  "    api_key: OLDKEY0123456789abcdef012345678\n";
        writeFileBytes(path, before);
        InstanceConfig tv = instance(QStringLiteral("tv"), QStringLiteral("http://nas:8989"));
        QVERIFY(ConfigWriter::upsertInstance(path, tv, ConfigWriter::KeyPlacement::Keychain));
        QByteArray backup = fileBytes(path + QStringLiteral(".bak"));
        QVERIFY2(!backup.contains("TVKEY"), backup.constData());
        QVERIFY(backup.contains("api_key: REMOVED-key-no-longer-in-arrscore.yaml # from Settings"));
        QVERIFY(backup.contains("MOVIESKEY0123456789abcdef0123456"));
        QVERIFY(backup.contains("# my notes"));
        QVERIFY(ConfigLoader::parse(backup, path, QProcessEnvironment()).ok()); // still a valid file

        QVERIFY(ConfigWriter::removeInstance(path, QStringLiteral("old")));
        backup = fileBytes(path + QStringLiteral(".bak"));
        QVERIFY2(!backup.contains("OLDKEY"), backup.constData());
        QVERIFY(backup.contains("MOVIESKEY0123456789abcdef0123456"));
        QVERIFY(fileBytes(path).contains("MOVIESKEY0123456789abcdef0123456"));
    }

    void refusesFilesItCannotRewriteFaithfully_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("legacy") << QByteArray("radarr:\n  url: http://x:7878\n  api_key: abc\n")
                                << QStringLiteral("older tool");
        QTest::newRow("broken") << QByteArray("instances: [\n  - name: x\n") << QStringLiteral("not valid YAML");
        QTest::newRow("truncated") << QByteArray("instances:\n  - name: tv\n    type: sonarr\n    api_key: \"0123")
                                   << QStringLiteral("not valid YAML (line 4");
        QTest::newRow("scalar") << QByteArray("just some text\n") << QStringLiteral("not a YAML mapping");
        QTest::newRow("not a list") << QByteArray("instances: 5\n") << QStringLiteral("not a list");
    }
    void refusesFilesItCannotRewriteFaithfully()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        writeFileBytes(path, content);
        const Status status = ConfigWriter::upsertInstance(
            path, instance(QStringLiteral("tv"), QStringLiteral("http://a:1")), ConfigWriter::KeyPlacement::Keychain);
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(expected), qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(QStringLiteral("has not been changed")),
                 qPrintable(status.error().message));
        QVERIFY2(!status.error().message.contains(QStringLiteral("0123")), qPrintable(status.error().message));
        QCOMPARE(fileBytes(path), content); // untouched
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak")));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigWriter)
#include "tst_configwriter.moc"
