// The Import from Recyclarr dialog offscreen: what a recyclarr.yml holds, a Test per checked row against the
// simulator, and the checked instances added to a real configuration file.
#include "config/configloader.h"
#include "config/secretstore.h"
#include "instancedialog.h"
#include "recyclarrimportdialog.h"
#include "simserver.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace arrscore;
using arrscore::test::fileBytes;
using arrscore::test::writeFileBytes;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef0123456789abcdef");

} // namespace

class tst_RecyclarrImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No session bus: the keychain is refused at once and the keys go to the file, wherever this runs.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/arrscore-test-bus");
    }

    void listsTestsAndAdds()
    {
        SimServerConfig serverConfig;
        serverConfig.apiKey = kKey;
        SimLibraryConfig library;
        library.type = SimAppType::Radarr;
        library.version = QStringLiteral("5.14.0.9383");
        library.movies = 7;
        SimServer sim(library, serverConfig);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));

        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("arrscore.yaml"));
        writeFileBytes(configPath, "database: " + dir.filePath(QStringLiteral("a.db")).toUtf8()
                                       + "\ninstances:\n  - name: old\n    type: sonarr\n"
                                         "    url: http://127.0.0.1:9\n    api_key: OLDKEY0123456789\n");
        const Result<AppConfig> config = ConfigLoader::load(configPath);
        QVERIFY2(config, qPrintable(config.error().message));
        writeFileBytes(dir.filePath(QStringLiteral("secrets.yml")), "movies_key: " + kKey.toUtf8() + "\n");
        writeFileBytes(dir.filePath(QStringLiteral("recyclarr.yml")),
                       QStringLiteral("radarr:\n  movies:\n    base_url: %1\n    api_key: !secret movies_key\n"
                                      "  wrongkey:\n    base_url: %1/\n    api_key: ffff\n"
                                      "sonarr:\n  again:\n    base_url: http://127.0.0.1:9\n    api_key: x\n"
                                      "  broken:\n    base_url: !env_var TST_UNSET_URL\n    api_key: x\n")
                           .arg(sim.baseUrl().toString())
                           .toUtf8());

        SecretStore secrets;
        RecyclarrImportDialog dialog(config.value(), configPath, &secrets,
                                     dir.filePath(QStringLiteral("recyclarr.yml")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("recyclarrInstances"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
        auto *testAll = dialog.findChild<QPushButton *>(QStringLiteral("testAllButton"));
        QVERIFY(list && add && testAll);

        // Four rows: two ready (checked; the same server twice is one), one already configured, one broken.
        QCOMPARE(list->topLevelItemCount(), 4);
        QCOMPARE(list->topLevelItem(0)->checkState(0), Qt::Checked);
        QCOMPARE(list->topLevelItem(0)->text(2), sim.baseUrl().toString());
        QVERIFY2(list->topLevelItem(1)->text(3).startsWith(QStringLiteral("Skipped: the same server as \"movies\"")),
                 qPrintable(list->topLevelItem(1)->text(3)));
        QVERIFY(!(list->topLevelItem(1)->flags() & Qt::ItemIsEnabled));
        QCOMPARE(list->topLevelItem(2)->text(3), QStringLiteral("Skipped: already configured as \"old\""));
        QVERIFY2(list->topLevelItem(3)->text(3).contains(QStringLiteral("TST_UNSET_URL")),
                 qPrintable(list->topLevelItem(3)->text(3)));
        QCOMPARE(dialog.checked().size(), 1);
        QCOMPARE(add->text(), QStringLiteral("&Add 1"));
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            QVERIFY(!list->topLevelItem(row)->text(3).contains(kKey));

        // Test all reaches the simulator with the secret's key.
        QTest::mouseClick(testAll, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItem(0)->text(3).startsWith(QStringLiteral("✔ Radarr 5.14.0.9383")),
                                 20000);
        QVERIFY(list->topLevelItem(0)->text(3).contains(QStringLiteral("7 movies")));
        QTRY_VERIFY(add->isEnabled());

        // Unchecked, nothing is added and Add is disabled.
        list->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        QVERIFY(!add->isEnabled());
        list->topLevelItem(0)->setCheckState(0, Qt::Checked);

        QSignalSpy imported(&dialog, &RecyclarrImportDialog::imported);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 35000);
        const auto now = imported.first().first().value<AppConfig>();
        QCOMPARE(now.instances.size(), 2);
        QCOMPARE(now.instance(QStringLiteral("movies"))->apiKey, kKey);
        QCOMPARE(now.instance(QStringLiteral("movies"))->url, sim.baseUrl());
        // Without a keychain the dialog stays open to say where the key went; the list now says it is added.
        QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("importMessage"))->text().contains(configPath));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Skipped: already configured as \"movies\""));
        QVERIFY(fileBytes(configPath).contains("name: movies"));
    }

    void aMalformedFileAddsNothing()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("arrscore.yaml"));
        writeFileBytes(dir.filePath(QStringLiteral("recyclarr.yml")), "radarr:\n  - [broken\n");
        SecretStore secrets;
        RecyclarrImportDialog dialog(AppConfig(), configPath, &secrets, dir.filePath(QStringLiteral("recyclarr.yml")));
        QCOMPARE(dialog.findChild<QTreeWidget *>()->topLevelItemCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
        const QString message = dialog.findChild<QLabel *>(QStringLiteral("importMessage"))->text();
        QVERIFY2(message.startsWith(QStringLiteral("✖ ")) && message.contains(QStringLiteral("invalid YAML")),
                 qPrintable(message));
        QVERIFY(!QFileInfo::exists(configPath));
    }

    void theAddDialogOffersTheImport()
    {
        InstanceDialog adding({});
        QSignalSpy requested(&adding, &InstanceDialog::importRequested);
        auto *import = adding.findChild<QPushButton *>(QStringLiteral("importRecyclarrButton"));
        QVERIFY(import);
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(adding.result(), int(QDialog::Rejected));
        // Editing an instance has no import.
        InstanceConfig existing;
        existing.name = QStringLiteral("movies");
        InstanceDialog editing({}, existing);
        QVERIFY(!editing.findChild<QPushButton *>(QStringLiteral("importRecyclarrButton")));
    }
};

QTEST_MAIN(tst_RecyclarrImportDialog)
#include "tst_recyclarrimportdialog.moc"
