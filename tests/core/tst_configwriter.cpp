#include "configloader.h"
#include "configwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

InstanceConfig instance(const QString &name, const QString &url)
{
    InstanceConfig i;
    i.name = name;
    i.type = InstanceType::Sonarr;
    i.url = QUrl(url);
    i.apiKey = QStringLiteral("WRITERKEY0123456789abcdef");
    return i;
}

Result<AppConfig> reload(const QString &path)
{
    return ConfigLoader::parse(readAll(path), path, QProcessEnvironment());
}

} // namespace

// What the app writes to arrscore.yaml is what the CLI reads back.
class Tst_ConfigWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addsToANewFileWithTheKeyInTheKeychain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/arrscore.yaml"));
        QVERIFY(ConfigWriter::upsertInstance(path, instance(QStringLiteral("tv"), QStringLiteral("http://nas:8989/sonarr")),
                                             ConfigWriter::KeyPlacement::Keychain));
        QVERIFY(!readAll(path).contains("WRITERKEY"));
        Result<AppConfig> config = reload(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->instances.size(), 1);
        const InstanceConfig &i = config->instances.first();
        QCOMPARE(i.name, QStringLiteral("tv"));
        QCOMPARE(i.type, InstanceType::Sonarr);
        QCOMPARE(i.url, QUrl(QStringLiteral("http://nas:8989/sonarr")));
        QVERIFY(i.apiKeyInKeychain);
        QVERIFY(i.apiKey.isEmpty());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void editKeepsOtherSettingsAndInstancesAndABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        const QByteArray before = "database: /tmp/x.db\ninstances:\n"
                                  "  - name: movies\n    type: radarr\n    url: http://nas:7878\n    api_key_env: K\n"
                                  "  - name: tv\n    type: sonarr\n    url: http://old:8989\n    api_key: OLDKEY00000000\n"
                                  "    timeout: 90\n";
        writeAll(path, before);
        InstanceConfig edited = instance(QStringLiteral("shows"), QStringLiteral("http://new:8989"));
        QVERIFY(ConfigWriter::upsertInstance(path, edited, ConfigWriter::KeyPlacement::File, QStringLiteral("tv")));
        QCOMPARE(readAll(path + QStringLiteral(".bak")), before);
        QProcessEnvironment env;
        env.insert(QStringLiteral("K"), QStringLiteral("ENVKEY000000"));
        Result<AppConfig> config = ConfigLoader::parse(readAll(path), path, env);
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
        QVERIFY(!readAll(path).contains("OLDKEY"));

        QVERIFY(ConfigWriter::removeInstance(path, QStringLiteral("shows")));
        config = ConfigLoader::parse(readAll(path), path, env);
        QVERIFY(config);
        QCOMPARE(config->instances.size(), 1);
    }

    void refusesFilesItCannotRewriteFaithfully_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("legacy") << QByteArray("radarr:\n  url: http://x:7878\n  api_key: abc\n") << QStringLiteral("older tool");
        QTest::newRow("broken") << QByteArray("instances: [\n  - name: x\n") << QStringLiteral("not valid YAML");
        QTest::newRow("not a list") << QByteArray("instances: 5\n") << QStringLiteral("not a list");
    }
    void refusesFilesItCannotRewriteFaithfully()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        writeAll(path, content);
        const Status status = ConfigWriter::upsertInstance(path, instance(QStringLiteral("tv"), QStringLiteral("http://a:1")),
                                                           ConfigWriter::KeyPlacement::Keychain);
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(expected), qPrintable(status.error().message));
        QCOMPARE(readAll(path), content); // untouched
    }
};

QTEST_GUILESS_MAIN(Tst_ConfigWriter)
#include "tst_configwriter.moc"
