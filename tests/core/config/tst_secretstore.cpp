#include "config/configloader.h"
#include "config/secretstore.h"

#include <QProcessEnvironment>
#include <QtTest>

using namespace arrscore;

// The OS keychain through QtKeychain. In CI the test command runs the tests inside a private D-Bus
// session with an unlocked gnome-keyring (see scripts/run-tests.sh), so this talks to a real Secret
// Service; without one it checks the "no keychain" message instead.
class tst_SecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughTheKeychain()
    {
        SecretStore store;
        const QString name = QStringLiteral("tst-secretstore-%1").arg(QCoreApplication::applicationPid());
        const Status written = store.writeKeyBlocking(name, QStringLiteral("KEYCHAINSECRET0123456789"));
        if (!written) {
            QVERIFY2(written.error().message.contains(QLatin1String("configuration")),
                     qPrintable(written.error().message));
            if (qEnvironmentVariableIsSet("ARRSCORE_TEST_KEYCHAIN"))
                QFAIL(qPrintable(QStringLiteral("a keychain was promised but failed: ") + written.error().message));
            QSKIP("No keychain in this session (scripts/run-tests.sh starts one)");
        }
        Result<QString> read = store.readKeyBlocking(name);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read.value(), QStringLiteral("KEYCHAINSECRET0123456789"));

        // The configuration says where the key lives; resolveBlocking() fetches it.
        const QByteArray yaml = "instances:\n  - name: " + name.toUtf8()
                                + "\n    type: radarr\n    url: http://127.0.0.1:7878\n    api_key_keychain: true\n";
        Result<AppConfig> config = ConfigLoader::parse(yaml, QStringLiteral("arrscore.yaml"), QProcessEnvironment());
        QVERIFY2(config, qPrintable(config.error().message));
        QVERIFY(config->instances.first().apiKeyInKeychain);
        QVERIFY(config->instances.first().apiKey.isEmpty());
        AppConfig resolved = config.value();
        const Status status = store.resolveBlocking(resolved.instances);
        QVERIFY2(status, qPrintable(status.error().message));
        QCOMPARE(resolved.instances.first().apiKey, QStringLiteral("KEYCHAINSECRET0123456789"));

        bool removed = false;
        store.removeKey(name, [&](Status s) { removed = s.ok(); });
        QTRY_VERIFY(removed);
        Result<QString> gone = store.readKeyBlocking(name);
        QVERIFY(!gone);
        QVERIFY2(gone.error().message.contains(QLatin1String("holds no API key")), qPrintable(gone.error().message));
        QVERIFY(!gone.error().message.contains(QLatin1String("KEYCHAINSECRET")));
    }

    void keychainFlagExcludesOtherKeySources()
    {
        const QByteArray yaml = "instances:\n  - name: r\n    type: radarr\n    url: http://127.0.0.1:7878\n"
                                "    api_key: abcdef0123456789\n    api_key_keychain: true\n";
        Result<AppConfig> config = ConfigLoader::parse(yaml, QStringLiteral("arrscore.yaml"), QProcessEnvironment());
        QVERIFY(!config);
        QVERIFY2(config.error().message.contains(QLatin1String("arrscore.yaml:6")), qPrintable(config.error().message));
        QVERIFY(!config.error().message.contains(QLatin1String("abcdef0123456789")));
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
