#include "base/translations.h"
#include "config/configloader.h"
#include "config/configwriter.h"
#include "config/databaselocation.h"
#include "config/secretstore.h"
#include "instancedialog.h"
#include "settingsdialog.h"
#include "simserver.h"
#include "testsupport.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTreeWidget>
#include <QtTest>

using namespace arrscore;
using arrscore::test::fileBytes;
using arrscore::test::writeFileBytes;

namespace {

QString configPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/arrscore-tst-settings/arrscore.yaml");
}

QTreeWidgetItem *itemNamed(QTreeWidget *list, const QString &name)
{
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(0) == name)
            return list->topLevelItem(row);
    }
    return nullptr;
}

void select(QTreeWidget *list, const QString &name)
{
    QTreeWidgetItem *item = itemNamed(list, name);
    QVERIFY2(item, qPrintable(name));
    list->clearSelection();
    item->setSelected(true);
}

// Waits for the instance dialog the settings dialog opens (asynchronously, after reading a key).
InstanceDialog *openedInstanceDialog(SettingsDialog &settings)
{
    InstanceDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] { return (dialog = settings.findChild<InstanceDialog *>()) != nullptr && dialog->isVisible(); }, 10000);
    return opened ? dialog : nullptr;
}

// True when the keychain round trip works in this session; a failure is fatal where one was promised.
bool haveKeychain()
{
    SecretStore store;
    const Status written = store.writeKeyBlocking(QStringLiteral("tst-settings-probe"), QStringLiteral("PROBE0000"));
    if (written) {
        bool done = false;
        store.removeKey(QStringLiteral("tst-settings-probe"), [&](const Status &) { done = true; });
        return QTest::qWaitFor([&] { return done; }, 10000);
    }
    if (qEnvironmentVariableIsSet("ARRSCORE_TEST_KEYCHAIN"))
        qFatal("a keychain was promised but failed: %s", qPrintable(written.error().message));
    return false;
}

} // namespace

// The settings dialog, offscreen, on real files: instances against the simulator, the database, the theme.
class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QFileInfo(configPath()).absolutePath()).removeRecursively();
        QSettings().clear();
        Theme::apply(Theme::Mode::System); // remembers the look the test started with
    }

    void addEditRemoveAnInstance()
    {
        SimLibraryConfig library;
        library.movies = 12;
        SimServer sim(library);
        QVERIFY(sim.start());
        const bool keychain = haveKeychain();
        SecretStore secrets;
        const QString path = configPath();
        SettingsDialog settings(AppConfig(), path, &secrets);
        settings.show();
        QSignalSpy changed(&settings, &SettingsDialog::configChanged);
        auto *list = settings.findChild<QTreeWidget *>(QStringLiteral("instanceList"));
        auto *result = settings.findChild<QLabel *>(QStringLiteral("instanceResult"));
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!settings.findChild<QPushButton *>(QStringLiteral("editButton"))->isEnabled());

        // Add.
        QTest::mouseClick(settings.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        InstanceDialog *dialog = openedInstanceDialog(settings);
        QVERIFY(dialog);
        QVERIFY(!dialog->isEditing());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("movies"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit")), sim.baseUrl().toString());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit")), sim.apiKey());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(2), sim.baseUrl().toString());
        Result<AppConfig> config = ConfigLoader::load(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->instances.size(), 1);
        QCOMPARE(config->instances.first().apiKeyInKeychain, keychain);
        QCOMPARE(fileBytes(path).contains(sim.apiKey().toUtf8()), !keychain);
        QCOMPARE(changed.last().first().value<AppConfig>().instances.first().apiKey, sim.apiKey());

        // Test, from the list: the same words as in the instance dialog.
        select(list, QStringLiteral("movies"));
        QTest::mouseClick(settings.findChild<QPushButton *>(QStringLiteral("testInstanceButton")), Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(QStringLiteral("12 movies")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QLatin1String("Radarr")));
        QVERIFY(!result->text().contains(sim.apiKey()));

        // Edit: a new URL and name, the key field left empty — the key stays (and moves with the name).
        SimServer moved(library);
        QVERIFY(moved.start());
        select(list, QStringLiteral("movies"));
        QTest::mouseClick(settings.findChild<QPushButton *>(QStringLiteral("editButton")), Qt::LeftButton);
        dialog = openedInstanceDialog(settings);
        QVERIFY(dialog);
        QVERIFY(dialog->isEditing());
        auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
        QVERIFY(key->text().isEmpty());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), QStringLiteral("movies"));
        name->setText(QStringLiteral("films"));
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        url->setText(moved.baseUrl().toString());
        // The limits that protect the indexers: the defaults shown, then changed; each says what it protects.
        auto *lookups = dialog->findChild<QSpinBox *>(QStringLiteral("lookupsPerHourSpin"));
        auto *searches = dialog->findChild<QSpinBox *>(QStringLiteral("searchesPerHourSpin"));
        auto *cooldown = dialog->findChild<QSpinBox *>(QStringLiteral("cooldownDaysSpin"));
        QVERIFY(lookups && searches && cooldown);
        QCOMPARE(lookups->value(), 20);
        QCOMPARE(searches->value(), 25);
        QCOMPARE(cooldown->value(), 7);
        for (QSpinBox *spin : {lookups, searches, cooldown})
            QVERIFY2(spin->toolTip().contains(QLatin1String("indexer")), qPrintable(spin->toolTip()));
        lookups->setValue(5);
        searches->setValue(10);
        cooldown->setValue(0);
        QCOMPARE(cooldown->text(), QStringLiteral("none"));
        // The audit's: how much of the server's history to read, and the loop window; each says what it is for.
        auto *history = dialog->findChild<QSpinBox *>(QStringLiteral("historyDaysSpin"));
        auto *loopWindow = dialog->findChild<QSpinBox *>(QStringLiteral("loopWindowDaysSpin"));
        QVERIFY(history && loopWindow);
        QCOMPARE(history->value(), 90);
        QCOMPARE(loopWindow->value(), 30);
        QVERIFY2(history->toolTip().contains(QLatin1String("history")), qPrintable(history->toolTip()));
        QVERIFY2(loopWindow->toolTip().contains(QLatin1String("upgrade loop")), qPrintable(loopWindow->toolTip()));
        history->setValue(0);
        QCOMPARE(history->text(), QStringLiteral("off"));
        loopWindow->setValue(14);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE(changed.count(), 2);
        config = ConfigLoader::load(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->instances.size(), 1);
        QCOMPARE(config->instances.first().name, QStringLiteral("films"));
        QCOMPARE(config->instances.first().url, moved.baseUrl());
        QCOMPARE(config->instances.first().releaseLookupsPerHour, 5);
        QCOMPARE(config->instances.first().searchesPerHour, 10);
        QCOMPARE(config->instances.first().searchCooldownDays, 0);
        QCOMPARE(config->instances.first().historyDays, 0);
        QCOMPARE(config->instances.first().loopWindowDays, 14);
        if (keychain) {
            Result<QString> stored = secrets.readKeyBlocking(QStringLiteral("films"));
            QVERIFY2(stored, qPrintable(stored.error().message));
            QCOMPARE(stored.value(), sim.apiKey());
            QVERIFY(!secrets.readKeyBlocking(QStringLiteral("movies"))); // moved, not copied
        } else {
            QCOMPARE(config->instances.first().apiKey, sim.apiKey());
        }
        // A fresh dialog (keys not yet read) tests the renamed instance with the stored key.
        SettingsDialog fresh(config.value(), path, &secrets);
        auto *freshList = fresh.findChild<QTreeWidget *>(QStringLiteral("instanceList"));
        select(freshList, QStringLiteral("films"));
        fresh.testInstance();
        auto *freshResult = fresh.findChild<QLabel *>(QStringLiteral("instanceResult"));
        QTRY_VERIFY2(freshResult->text().contains(QStringLiteral("12 movies")), qPrintable(freshResult->text()));

        // Enabled: unchecking writes enabled: false.
        itemNamed(list, QStringLiteral("films"))->setCheckState(3, Qt::Unchecked);
        QTRY_COMPARE(changed.count(), 3);
        config = ConfigLoader::load(path);
        QVERIFY(!config->instances.first().enabled);
        itemNamed(list, QStringLiteral("films"))->setCheckState(3, Qt::Checked);
        QTRY_COMPARE(changed.count(), 4);

        // Remove: asks first; Cancel keeps it, Remove takes it out of the file and the keychain.
        select(list, QStringLiteral("films"));
        QTest::mouseClick(settings.findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY(settings.findChild<QMessageBox *>(QStringLiteral("removeConfirmation")) != nullptr);
        box = settings.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QCOMPARE(changed.count(), 4);
        QVERIFY(fileBytes(path).contains("films"));
        QTRY_VERIFY(!settings.findChild<QMessageBox *>(QStringLiteral("removeConfirmation")));
        QTest::mouseClick(settings.findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QTRY_VERIFY(settings.findChild<QMessageBox *>(QStringLiteral("removeConfirmation")) != nullptr);
        box = settings.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(changed.count(), 5);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!fileBytes(path).contains("films"));
        QVERIFY(!fileBytes(path).contains(sim.apiKey().toUtf8()));
        config = ConfigLoader::load(path);
        QVERIFY(config->instances.isEmpty());
        if (keychain) {
            QTRY_VERIFY(!secrets.readKeyBlocking(QStringLiteral("films")));
        }
        QVERIFY(!result->text().contains(sim.apiKey()));
    }

    // A server's text in the Test result is shown as text: markup, links and images in it are not
    // rendered (a QLabel's AutoText would have shown the image and the link).
    void testResultShowsServerTextAsPlainText()
    {
        // Not a raw string: moc stops at one holding quotes.
        const QString hostile = QStringLiteral( // NOLINT(modernize-raw-string-literal)
            "<img src=\"http://127.0.0.1:9/pwn.png\"><a href=\"http://x\">Radarr</a>");
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server, &hostile] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &hostile] {
                    const QByteArray request = socket->peek(socket->bytesAvailable());
                    if (!request.contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    const QByteArray body =
                        request.contains("/system/status")
                            ? QJsonDocument(QJsonObject{{QStringLiteral("appName"), hostile},
                                                        {QStringLiteral("version"), QStringLiteral("5.14.0.9383")}})
                                  .toJson(QJsonDocument::Compact)
                            : QByteArray("[]");
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        const QByteArray yaml = "instances:\n  - name: hostile\n    type: radarr\n    url: http://127.0.0.1:"
                                + QByteArray::number(server.serverPort())
                                + "\n    api_key: 0a1b2c3d4e5f60718293a4b5c6d7e8f9\n";
        Result<AppConfig> config = ConfigLoader::parse(yaml, configPath(), QProcessEnvironment());
        QVERIFY2(config, qPrintable(config.error().message));
        SecretStore secrets;
        SettingsDialog settings(config.value(), configPath(), &secrets);
        settings.show();
        auto *result = settings.findChild<QLabel *>(QStringLiteral("instanceResult"));
        QVERIFY(result);
        select(settings.findChild<QTreeWidget *>(QStringLiteral("instanceList")), QStringLiteral("hostile"));
        settings.testInstance();
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(QLatin1String("<img src=")), qPrintable(result->text()),
                                  20000);
        QCOMPARE(result->textFormat(), Qt::PlainText);
    }

    void closingWhileTheKeychainAnswersIsSafe()
    {
        // The SecretStore belongs to the main window and outlives the dialog; a late answer must not
        // reach a deleted dialog (with or without a keychain, the answer comes asynchronously).
        const QByteArray yaml = "instances:\n  - name: late\n    type: radarr\n    url: http://127.0.0.1:9\n"
                                "    api_key_keychain: true\n";
        Result<AppConfig> config = ConfigLoader::parse(yaml, configPath(), QProcessEnvironment());
        QVERIFY2(config, qPrintable(config.error().message));
        SecretStore secrets;
        auto *settings = new SettingsDialog(config.value(), configPath(), &secrets);
        select(settings->findChild<QTreeWidget *>(QStringLiteral("instanceList")), QStringLiteral("late"));
        settings->testInstance();
        settings->editInstance();
        delete settings;
        QTest::qWait(1500);
    }

    void databaseIsCheckedBeforeItIsSaved()
    {
        SecretStore secrets;
        const QString path = configPath();
        QVERIFY(ConfigWriter::setDatabase(path, QString()));
        Result<AppConfig> config = ConfigLoader::load(path);
        QVERIFY(config);
        SettingsDialog settings(config.value(), path, &secrets);
        settings.showPage(SettingsDialog::DatabasePage);
        settings.show();
        QSignalSpy changed(&settings, &SettingsDialog::configChanged);
        auto *current = settings.findChild<QLabel *>(QStringLiteral("databaseCurrent"));
        QCOMPARE(current->text(), QDir::toNativeSeparators(DatabaseLocation::defaultPath()));
        auto *edit = settings.findChild<QLineEdit *>(QStringLiteral("databaseEdit"));
        auto *apply = settings.findChild<QPushButton *>(QStringLiteral("applyDatabaseButton"));
        auto *result = settings.findChild<QLabel *>(QStringLiteral("databaseResult"));
        const QByteArray before = fileBytes(path);

        // A file that is not a database.
        const QString garbage = QFileInfo(path).absolutePath() + QStringLiteral("/garbage.db");
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        edit->setText(garbage);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY2(result->text().startsWith(QStringLiteral("✖")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QLatin1String("not an SQLite file")), qPrintable(result->text()));
        QCOMPARE(fileBytes(path), before);

        // A path that cannot be created.
        edit->setText(QStringLiteral("/proc/arrscore-cannot-be/here.db"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY2(result->text().startsWith(QStringLiteral("✖ Not changed")), qPrintable(result->text()));
        QCOMPARE(fileBytes(path), before);

        // A PostgreSQL server that is not there; its password is never shown.
        edit->setText(QStringLiteral("postgresql://arr:SECRETPASSWORD@127.0.0.1:9/arrscore"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✖ Not changed")), 30000);
        QVERIFY2(result->text().contains(QLatin1String("127.0.0.1")), qPrintable(result->text()));
        QVERIFY(!result->text().contains(QLatin1String("SECRETPASSWORD")));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(changed.count(), 0);

        // A new SQLite file is created, migrated and saved.
        const QString good = QFileInfo(path).absolutePath() + QStringLiteral("/elsewhere/history.db");
        edit->setText(good);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        QVERIFY2(result->text().startsWith(QStringLiteral("✔")), qPrintable(result->text()));
        QVERIFY(QFileInfo::exists(good));
        QCOMPARE(changed.last().first().value<AppConfig>().database, good);
        config = ConfigLoader::load(path);
        QCOMPARE(config->database, good);
        QCOMPARE(current->text(), QDir::toNativeSeparators(good));
        QCOMPARE(fileBytes(path + QStringLiteral(".bak")), before);

        // A real PostgreSQL, when the test command started one: shown without its password.
        const QString pg = qEnvironmentVariable("ARRSCORE_TEST_PG");
        if (!pg.isEmpty()) {
            edit->setText(pg);
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 30000);
            QVERIFY(changed.last().first().value<AppConfig>().databaseIsPostgres());
            const QString password = QUrl(pg).password();
            if (!password.isEmpty()) {
                QVERIFY(!current->text().contains(password));
                QVERIFY(!result->text().contains(password));
            }
        }
    }

    void themeSwitchesThePalette()
    {
        SecretStore secrets;
        SettingsDialog settings(AppConfig(), configPath(), &secrets);
        settings.showPage(SettingsDialog::AppearancePage);
        settings.show();
        QSignalSpy themed(&settings, &SettingsDialog::themeChanged);
        auto *combo = settings.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        QCOMPARE(combo->currentData().toInt(), int(Theme::Mode::System));
        const QPalette system = QApplication::palette();

        combo->setCurrentIndex(combo->findData(int(Theme::Mode::Dark)));
        QCOMPARE(themed.count(), 1);
        QCOMPARE(Theme::current(), Theme::Mode::Dark);
        QCOMPARE(Theme::fromSettings(), Theme::Mode::Dark);
        const QPalette dark = QApplication::palette();
        QVERIFY(dark.color(QPalette::Window).lightness() < 128);
        QVERIFY(dark.color(QPalette::Base).lightness() < 128);
        QVERIFY(dark.color(QPalette::Text).lightness() > 180);
        QVERIFY(dark.color(QPalette::AlternateBase) != dark.color(QPalette::Base)); // rows stay apart
        QVERIFY(dark.color(QPalette::Disabled, QPalette::Text).lightness()
                > dark.color(QPalette::Base).lightness() + 60);
        QTRY_VERIFY(settings.palette().color(QPalette::Window).lightness() < 128); // the dialog itself follows
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));

        combo->setCurrentIndex(combo->findData(int(Theme::Mode::Light)));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() < 60);

        combo->setCurrentIndex(combo->findData(int(Theme::Mode::System)));
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), system.color(QPalette::Text));
        QCOMPARE(themed.count(), 3);

        // The language is stored for the next start.
        auto *language = settings.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(language->count() >= 2);
        QCOMPARE(language->currentData().toString(), QString());
        language->setCurrentIndex(language->count() - 1);
        QCOMPARE(QSettings().value(Translations::settingsKey()).toString(), language->currentData().toString());
        QVERIFY(
            settings.findChild<QLabel *>(QStringLiteral("languageNote"))->text().contains(QLatin1String("next time")));
    }

    void translations()
    {
#ifndef ARRSCORE_HAVE_TRANSLATIONS
        QSKIP("built without Qt's translation tools");
#else
        QVERIFY(Translations::available().contains(QStringLiteral("de")));
        QCOMPARE(Translations::available().first(), QStringLiteral("en"));

        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("arrscore::InstanceDialog", "%Ln movies", nullptr, 1),
                 QStringLiteral("1 movie"));
        QCOMPARE(QCoreApplication::translate("arrscore::InstanceDialog", "%Ln movies", nullptr, 2),
                 QStringLiteral("2 movies"));
        QCOMPARE(QCoreApplication::translate("arrscore::SettingsDialog", "Settings"), QStringLiteral("Settings"));

        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        {
            SecretStore secrets;
            SettingsDialog settings(AppConfig(), configPath(), &secrets);
            QCOMPARE(settings.windowTitle(), QStringLiteral("Einstellungen"));
            auto *remove = settings.findChild<QPushButton *>(QStringLiteral("removeButton"));
            QCOMPARE(remove->text(), QStringLiteral("&Entfernen"));
        }
        QCOMPARE(QCoreApplication::translate("arrscore::InstanceDialog", "%Ln movies", nullptr, 1),
                 QStringLiteral("1 Film"));
        QCOMPARE(QCoreApplication::translate("arrscore::InstanceDialog", "%Ln movies", nullptr, 2),
                 QStringLiteral("2 Filme"));
        // A language without a translation falls back to English.
        QCOMPARE(Translations::install(QStringLiteral("xx")), QStringLiteral("xx"));
        QCOMPARE(QCoreApplication::translate("arrscore::SettingsDialog", "Settings"), QStringLiteral("Settings"));
        Translations::install(QStringLiteral("en"));
#endif
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
