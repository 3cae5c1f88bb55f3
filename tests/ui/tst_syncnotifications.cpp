#include "config/configloader.h"
#include "mainwindow.h"
#include "mainwindowtests.h"
#include "models/filetablemodel.h"
#include "models/rowtablemodel.h"
#include "notificationreceiver.h"
#include "simserver.h"
#include "syncnotifications.h"
#include "testsupport.h"
#include "traycontroller.h"

#include <QJsonArray>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace arrscore;
using arrscore::MainWindowTests::syncAndWait;

namespace {

// Gives one movie whose file scores below its profile's best format a new file with only that format: an
// upgrade the next sync finds. Returns the movie's title, empty when there was none to upgrade.
QString upgradeOneMovie(SimLibrary &library)
{
    for (const SimMovie &m : library.movies()) {
        if (!m.file)
            continue;
        const SimProfile *profile = library.profile(m.qualityProfileId);
        int top = -1;
        for (int i = 0; i < profile->formatScores.size(); ++i) {
            if (profile->formatScores[i] > 0 && (top < 0 || profile->formatScores[i] > profile->formatScores[top]))
                top = i;
        }
        if (top >= 0 && library.customFormatScore(*m.file, m.qualityProfileId) < profile->formatScores[top]) {
            const QString title = m.title;
            return library.replaceMovieFile(m.id, QString(), QList<int>{top}) > 0 ? title : QString();
        }
    }
    return {};
}

} // namespace

// What the app says after its own syncs, offscreen against the simulator: the desktop notification (through a
// tray icon the test says is there) with the summary, which opens the Changes view when clicked, and nothing
// after a sync that changed nothing.
class tst_SyncNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup() { TrayController::setSystemTrayAvailableForTesting(std::nullopt); }

    void desktopNotificationOpensTheChanges()
    {
        TrayController::setSystemTrayAvailableForTesting(true);
        TrayController::Settings settings;
        settings.showIcon = true;
        settings.save();
        SimLibraryConfig library;
        library.movies = 40;
        SimServer sim(library);
        QVERIFY(sim.start());
        const test::TestHome home;
        MainWindow window(MainWindowTests::simConfig(sim, home.databasePath()));
        const auto testers = MainWindowTests::testModelsOf(window);
        window.show();
        auto *notifications = window.findChild<SyncNotifications *>();
        QVERIFY(notifications);
        QSignalSpy summaries(notifications, &SyncNotifications::summaryReady);
        QSignalSpy notified(window.tray(), &TrayController::notified);
        QVERIFY(syncAndWait(window));
        QTRY_COMPARE(summaries.count(), 1);
        const int afterFirst = int(notified.count());

        const QString title = upgradeOneMovie(sim.library());
        QVERIFY(!title.isEmpty());
        QVERIFY(syncAndWait(window));
        QTRY_COMPARE(summaries.count(), 2);
        const auto summary = summaries.last().first().value<SyncSummary>();
        QCOMPARE(summary.count(&InstanceSummary::upgraded), 1);
        QCOMPARE(notified.count(), afterFirst + 1);
        const QString heading = notified.last().at(0).toString();
        const QString text = notified.last().at(1).toString();
        QVERIFY2(heading.contains(QLatin1String("1 upgraded")), qPrintable(heading));
        QVERIFY2(text.contains(QLatin1String("movies")), qPrintable(text));
        QVERIFY2(text.contains(title), qPrintable(text));
        QVERIFY(!text.contains(sim.apiKey()));

        // Clicked: the window comes back, on the Changes view, which lists the upgrade.
        window.showView(Sidebar::Library);
        window.hide();
        window.tray()->openFromMessage();
        QVERIFY(window.isVisible());
        QCOMPARE(window.currentView(), Sidebar::Changes);
        QVERIFY(window.changeModel()->rowCount() >= 1);

        // Nothing changed: no notification.
        QVERIFY(syncAndWait(window));
        QTRY_COMPARE(summaries.count(), 3);
        QVERIFY(summaries.last().first().value<SyncSummary>().isQuiet());
        QTest::qWait(100);
        QCOMPARE(notified.count(), afterFirst + 1);
    }

    // notify_after_sync: the app's sync sends its summary to every enabled target, as arrscore sync would; a
    // target that refuses is reported and the sync stays stored; a sync that changed nothing sends nothing.
    void sendsToTheTargetsAfterTheAppsSync()
    {
        SimLibraryConfig library;
        library.movies = 40;
        SimServer sim(library);
        QVERIFY(sim.start());
        test::NotificationReceiver receiver;
        QVERIFY(receiver.start());
        test::NotificationReceiver::Answer refused;
        refused.status = 400;
        receiver.script(QStringLiteral("/down"), {}, refused);
        const test::TestHome home;
        home.writeConfig(QStringLiteral("notify_after_sync: true\n"
                                        "instances:\n  - name: movies\n    type: radarr\n    url: %1\n"
                                        "    api_key: %2\n"
                                        "notifications:\n  - name: hook\n    type: webhook\n    url: %3\n"
                                        "  - name: down\n    type: webhook\n    url: %4\n    on: [changes]\n")
                             .arg(sim.baseUrl().toString(), sim.apiKey(),
                                  receiver.url(QStringLiteral("/hook")).toString(),
                                  receiver.url(QStringLiteral("/down")).toString()));
        Result<AppConfig> config = ConfigLoader::load(home.configPath());
        QVERIFY2(config, qPrintable(config.error().message));
        MainWindow window(config.value());
        window.show();
        QSignalSpy delivered(&window, &MainWindow::notificationsDelivered);
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));

        // The first sync of an instance has nothing to compare with: nothing to tell.
        QVERIFY(syncAndWait(window));
        QTest::qWait(1000);
        QCOMPARE(delivered.count(), 0);
        QCOMPARE(receiver.count(), 0);

        // An upgrade: the payload counts it and names it.
        const QString title = upgradeOneMovie(sim.library());
        QVERIFY(!title.isEmpty());
        QVERIFY(syncAndWait(window));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 60000);
        QCOMPARE(receiver.requests(QStringLiteral("/hook")).size(), 1);
        // The target that refused is reported, by name; the sync is stored all the same.
        QCOMPARE(window.fileModel()->rowCount(), sim.library().movieFileCount());
        const QString failures = delivered.last().at(1).toStringList().join(QLatin1Char(' '));
        QVERIFY2(failures.contains(QLatin1String("down (Webhook)")), qPrintable(failures));
        QVERIFY2(!failures.contains(receiver.url(QStringLiteral("/down")).toString()), qPrintable(failures));
        QVERIFY2(status->text().contains(QLatin1String("could not be delivered")), qPrintable(status->text()));
        QVERIFY(!receiver.everything().contains(sim.apiKey().toUtf8()));
        const QJsonObject payload = receiver.requests(QStringLiteral("/hook")).last().json();
        QVERIFY(!payload.value(QStringLiteral("sample")).toBool());
        QCOMPARE(payload.value(QStringLiteral("totals")).toObject().value(QStringLiteral("upgraded")).toInt(), 1);
        const QJsonArray biggest = payload.value(QStringLiteral("biggest_upgrades")).toArray();
        QCOMPARE(biggest.size(), 1);
        QCOMPARE(biggest.first().toObject().value(QStringLiteral("title")).toString().left(title.size()), title);

        // Nothing changed: nothing is sent.
        QVERIFY(syncAndWait(window));
        QTest::qWait(1500);
        QCOMPARE(delivered.count(), 1);
        QCOMPARE(receiver.requests(QStringLiteral("/hook")).size(), 1);
    }

    void noTrayNoSummaryUnlessTargetsWantOne()
    {
        SimLibraryConfig library;
        library.movies = 10;
        SimServer sim(library);
        QVERIFY(sim.start());
        const test::TestHome home;
        MainWindow window(MainWindowTests::simConfig(sim, home.databasePath()));
        window.show();
        QSignalSpy summaries(window.findChild<SyncNotifications *>(), &SyncNotifications::summaryReady);
        QVERIFY(syncAndWait(window));
        QTest::qWait(200);
        QCOMPARE(summaries.count(), 0);
    }

    void desktopTextIsShort()
    {
        SyncSummary summary;
        for (int i = 0; i < 5; ++i) {
            InstanceSummary instance;
            instance.name = QStringLiteral("radarr-%1").arg(i);
            instance.fromSnapshot = 1;
            instance.toSnapshot = 2;
            instance.upgraded = 1;
            UpgradeLine line;
            line.instanceName = instance.name;
            line.title = QStringLiteral("Movie %1").arg(i);
            line.before = 10;
            line.after = 100 + i;
            instance.upgrades << line;
            summary.instances << instance;
        }
        const QStringList lines = SyncNotifications::desktopText(summary, 6).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.first().contains(QLatin1String("radarr-0")));
        QVERIFY2(lines.last().contains(QLatin1String("5 more")), qPrintable(lines.last()));
    }
};

QTEST_MAIN(tst_SyncNotifications)
#include "tst_syncnotifications.moc"
