#include "config/configloader.h"
#include "config/secretstore.h"
#include "notificationdialog.h"
#include "notificationreceiver.h"
#include "settingsdialog.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace arrscore;
using arrscore::test::fileBytes;
using arrscore::test::NotificationReceiver;

namespace {

template <typename T> T *waitForChild(QWidget &parent)
{
    T *child = nullptr;
    const bool shown =
        QTest::qWaitFor([&] { return (child = parent.findChild<T *>()) != nullptr && child->isVisible(); }, 10000);
    return shown ? child : nullptr;
}

void clickSave(NotificationDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
}

} // namespace

// Settings › Notifications, offscreen, on a real configuration file and against a real HTTP receiver on
// 127.0.0.1: a webhook added, tested from its dialog and from the list (delivered, and refused), edited, switched
// off, sending after each sync, removed.
class tst_SettingsNotificationsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addTestEditRemoveAWebhook()
    {
        NotificationReceiver receiver;
        QVERIFY(receiver.start());
        const QString url = receiver.url(QStringLiteral("/hook/SECRETPART")).toString();
        const test::TestHome home;
        const QString path = home.configPath();
        SecretStore secrets;
        SettingsDialog settings(AppConfig(), path, &secrets);
        settings.showPage(SettingsDialog::NotificationsPage);
        settings.show();
        QSignalSpy changed(&settings, &SettingsDialog::configChanged);
        auto *list = settings.findChild<QTreeWidget *>(QStringLiteral("notificationList"));
        auto *result = settings.findChild<QLabel *>(QStringLiteral("notificationResult"));
        QVERIFY(list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!settings.findChild<QPushButton *>(QStringLiteral("editNotificationButton"))->isEnabled());

        // Add: the type's fields only, checked before anything is sent or saved.
        QTest::mouseClick(settings.findChild<QPushButton *>(QStringLiteral("addNotificationButton")), Qt::LeftButton);
        auto *dialog = waitForChild<NotificationDialog>(settings);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("notificationNameEdit")),
                         QStringLiteral("hook"));
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("notificationTypeCombo"));
        type->setCurrentIndex(type->findData(int(NotificationType::Webhook)));
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("smtpUrlEdit"))->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("topicEdit"))->isVisible());
        auto *dialogResult = dialog->findChild<QLabel *>(QStringLiteral("notificationTestResult"));
        clickSave(dialog);
        QVERIFY2(dialogResult->text().contains(QLatin1String("URL")), qPrintable(dialogResult->text()));
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit")), url);

        // Test in the dialog: the sample reaches the receiver before the target is saved.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testNotificationButton")), Qt::LeftButton);
        QTRY_VERIFY2(dialogResult->text().contains(QLatin1String("delivered")), qPrintable(dialogResult->text()));
        QCOMPARE(receiver.requests(QStringLiteral("/hook/SECRETPART")).size(), 1);
        const QJsonObject sample = receiver.requests(QStringLiteral("/hook/SECRETPART")).first().json();
        QCOMPARE(sample.value(QStringLiteral("schema")).toString(), QStringLiteral("arrscore.sync-summary/1"));
        QVERIFY(sample.value(QStringLiteral("sample")).toBool());
        QVERIFY(!QFileInfo::exists(path));
        clickSave(dialog);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("hook"));
        Result<AppConfig> config = ConfigLoader::load(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->notifications.size(), 1);
        const NotificationTarget &saved = config->notifications.first();
        QCOMPARE(saved.type, NotificationType::Webhook);
        // The URL is a secret: in the keychain, or only where there is none, in the file (and the user is told).
        const bool inFile = fileBytes(path).contains("SECRETPART");
        QCOMPARE(saved.url.inKeychain, !inFile);
        if (inFile)
            QVERIFY2(result->text().contains(QLatin1String("instead")), qPrintable(result->text()));

        // Test from the list: delivered; then refused, which says so without the URL.
        QTest::mouseClick(settings.findChild<QPushButton *>(QStringLiteral("testNotificationListButton")),
                          Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(QLatin1String("delivered")), qPrintable(result->text()));
        QCOMPARE(receiver.requests(QStringLiteral("/hook/SECRETPART")).size(), 2);
        NotificationReceiver::Answer refused;
        refused.status = 403;
        receiver.script(QStringLiteral("/hook/SECRETPART"), {refused}, refused);
        QTest::mouseClick(settings.findChild<QPushButton *>(QStringLiteral("testNotificationListButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✖")), 30000);
        QVERIFY2(result->text().contains(QLatin1String("hook (Webhook)")), qPrintable(result->text()));
        QVERIFY2(!result->text().contains(QLatin1String("SECRETPART")), qPrintable(result->text()));

        // Edit: the URL field left empty keeps the stored URL.
        QTest::mouseClick(settings.findChild<QPushButton *>(QStringLiteral("editNotificationButton")), Qt::LeftButton);
        dialog = waitForChild<NotificationDialog>(settings);
        QVERIFY(dialog);
        QVERIFY(dialog->isEditing());
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->text().isEmpty());
        dialog->findChild<QCheckBox *>(QStringLiteral("onFailuresCheck"))->setChecked(false);
        dialog->findChild<QSpinBox *>(QStringLiteral("minChangesSpin"))->setValue(5);
        clickSave(dialog);
        QTRY_COMPARE(changed.count(), 2);
        config = ConfigLoader::load(path);
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->notifications.first().minChanges, 5);
        QVERIFY(config->notifications.first().onChanges);
        QVERIFY(!config->notifications.first().onFailures);
        QCOMPARE(config->notifications.first().url.inKeychain, !inFile);
        QCOMPARE(fileBytes(path).contains("SECRETPART"), inFile);

        // Switched off from the list; every sync sends. The list is filled again after a change (its secrets are
        // looked up first): wait until it shows the edited target before touching its row.
        QTRY_VERIFY(list->topLevelItemCount() == 1 && list->topLevelItem(0)->text(2).contains(QLatin1String("5")));
        list->topLevelItem(0)->setCheckState(3, Qt::Unchecked);
        QTRY_COMPARE(changed.count(), 3);
        settings.findChild<QCheckBox *>(QStringLiteral("notifyAfterSyncCheck"))->setChecked(true);
        QTRY_COMPARE(changed.count(), 4);
        config = ConfigLoader::load(path);
        QVERIFY(!config->notifications.first().enabled);
        QVERIFY(config->notifyAfterSync);

        // Remove, confirmed.
        QTest::mouseClick(settings.findChild<QPushButton *>(QStringLiteral("removeNotificationButton")),
                          Qt::LeftButton);
        auto *box = waitForChild<QMessageBox>(settings);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("removeNotificationConfirmation"));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(changed.count(), 5);
        QCOMPARE(list->topLevelItemCount(), 0);
        config = ConfigLoader::load(path);
        QVERIFY(config->notifications.isEmpty());
        QVERIFY(!fileBytes(path).contains("SECRETPART"));
    }

    void aTargetKeepsItsSecretsInOnePlace()
    {
        SecretStore secrets;
        NotificationDialog dialog({}, {}, &secrets);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("notificationNameEdit")), QStringLiteral("g"));
        auto *type = dialog.findChild<QComboBox *>(QStringLiteral("notificationTypeCombo"));
        type->setCurrentIndex(type->findData(int(NotificationType::Gotify)));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->isVisible());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")),
                         QStringLiteral("https://gotify.lan"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("tokenEnvEdit")), QStringLiteral("GOTIFY_TOKEN"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        clickSave(&dialog);
        QCOMPARE(accepted.count(), 0);
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("notificationTestResult"));
        QVERIFY2(result->text().contains(QLatin1String("one place")), qPrintable(result->text()));
        dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->clear();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEnvEdit")), QStringLiteral("GOTIFY_URL"));
        clickSave(&dialog);
        QCOMPARE(accepted.count(), 1);
        const NotificationTarget target = dialog.target();
        QCOMPARE(target.url.env, QStringLiteral("GOTIFY_URL"));
        QCOMPARE(target.token.env, QStringLiteral("GOTIFY_TOKEN"));
        QVERIFY(!dialog.secretsTyped());
    }
};

QTEST_MAIN(tst_SettingsNotificationsPage)
#include "tst_settingsnotificationspage.moc"
