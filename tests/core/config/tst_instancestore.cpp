#include "config/configloader.h"
#include "config/instancestore.h"
#include "config/secretstore.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace arrscore;
using arrscore::test::fileBytes;
using arrscore::test::writeFileBytes;

namespace {

InstanceConfig named(const QString &name, const QString &key, bool inKeychain)
{
    InstanceConfig i;
    i.name = name;
    i.url = QUrl(QStringLiteral("http://127.0.0.1:7878"));
    i.apiKey = key;
    i.apiKeyInKeychain = inKeychain;
    return i;
}

const QByteArray kTwoInstances = "instances:\n"
                                 "  - name: chain\n    type: radarr\n    url: http://127.0.0.1:7878\n"
                                 "    api_key_keychain: true\n"
                                 "  - name: file\n    type: sonarr\n    url: http://127.0.0.1:8989\n"
                                 "    api_key: FILEKEY0123456789\n";

} // namespace

// Saving an instance from the app and reading the configuration back, without asking the keychain twice.
class tst_InstanceStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysAlreadyKnownStayKnown()
    {
        QList<InstanceConfig> instances = {named(QStringLiteral("chain"), {}, true),
                                           named(QStringLiteral("file"), {}, false)};
        // The first known entry with a key wins; an empty one (a key not read yet) does not hide it.
        InstanceStore::keepKnownKeys(instances, {named(QStringLiteral("chain"), {}, true),
                                                 named(QStringLiteral("chain"), QStringLiteral("CHAINKEY"), true),
                                                 named(QStringLiteral("file"), QStringLiteral("OTHER"), false)});
        QCOMPARE(instances[0].apiKey, QStringLiteral("CHAINKEY"));
        QVERIFY(instances[1].apiKey.isEmpty()); // not in the keychain: the file is the truth
    }

    void reloadKeepsTheKeychainKeysAlreadyRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        writeFileBytes(path, kTwoInstances);
        AppConfig known;
        known.instances = {named(QStringLiteral("chain"), QStringLiteral("CHAINKEY0123456789"), true),
                           named(QStringLiteral("file"), QStringLiteral("STALEKEY0123456789"), false)};
        Result<AppConfig> reloaded = InstanceStore::reload(path, known);
        QVERIFY2(reloaded, qPrintable(reloaded.error().message));
        QCOMPARE(reloaded->instance(QStringLiteral("chain"))->apiKey, QStringLiteral("CHAINKEY0123456789"));
        QCOMPARE(reloaded->instance(QStringLiteral("file"))->apiKey, QStringLiteral("FILEKEY0123456789"));

        writeFileBytes(path, "instances: [");
        QVERIFY(!InstanceStore::reload(path, known));
    }

    void anEditThatKeepsTheKeyLeavesItWhereItIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        writeFileBytes(path, kTwoInstances);
        Result<AppConfig> before = ConfigLoader::load(path);
        QVERIFY2(before, qPrintable(before.error().message));
        InstanceConfig edited = *before->instance(QStringLiteral("chain"));
        edited.apiKey = QStringLiteral("CHAINKEY0123456789"); // as read for the edit dialog
        edited.url = QUrl(QStringLiteral("http://127.0.0.1:7879"));

        SecretStore secrets;
        std::optional<InstanceStore::Saved> saved;
        InstanceStore(path, &secrets)
            .save(edited, *before->instance(QStringLiteral("chain")), false, before.value(),
                  [&](const InstanceStore::Saved &s) { saved = s; });
        QVERIFY(saved); // no keychain involved: at once
        QVERIFY(!saved->keyInFile.isError());
        QVERIFY2(saved->written, qPrintable(saved->written.error().message));
        QVERIFY2(saved->reloaded, qPrintable(saved->reloaded.error().message));
        const InstanceConfig *chain = saved->config.instance(QStringLiteral("chain"));
        QCOMPARE(chain->url, QUrl(QStringLiteral("http://127.0.0.1:7879")));
        QVERIFY(chain->apiKeyInKeychain);
        QCOMPARE(chain->apiKey, QStringLiteral("CHAINKEY0123456789")); // known, not read again
        QVERIFY(!fileBytes(path).contains("CHAINKEY"));
    }

    void aNewKeyGoesToTheKeychainOrElseToTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrscore.yaml"));
        const QString name = QStringLiteral("tst-instancestore-%1").arg(QCoreApplication::applicationPid());
        InstanceConfig added = named(name, QStringLiteral("NEWKEY0123456789abcdef"), false);

        SecretStore secrets;
        std::optional<InstanceStore::Saved> saved;
        InstanceStore(path, &secrets).save(added, {}, true, AppConfig(), [&](const InstanceStore::Saved &s) {
            saved = s;
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 30000);
        QVERIFY2(saved->written, qPrintable(saved->written.error().message));
        QVERIFY2(saved->reloaded, qPrintable(saved->reloaded.error().message));
        const InstanceConfig *stored = saved->config.instance(name);
        QVERIFY(stored);
        QCOMPARE(stored->apiKey, added.apiKey);
        const bool keychain = !saved->keyInFile.isError();
        QCOMPARE(stored->apiKeyInKeychain, keychain);
        QCOMPARE(fileBytes(path).contains("NEWKEY0123456789abcdef"), !keychain);
        if (keychain) {
            bool removed = false;
            secrets.removeKey(name, [&](Status) { removed = true; });
            QTRY_VERIFY(removed);
        } else if (qEnvironmentVariableIsSet("ARRSCORE_TEST_KEYCHAIN")) {
            QFAIL(qPrintable(QStringLiteral("a keychain was promised but failed: ") + saved->keyInFile.message));
        }
    }
};

QTEST_GUILESS_MAIN(tst_InstanceStore)
#include "tst_instancestore.moc"
