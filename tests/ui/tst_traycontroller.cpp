#include "mainwindow.h"
#include "mainwindowtests.h"
#include "simserver.h"
#include "testsupport.h"
#include "traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QtTest/qtestspontaneevent.h>
#include <QtTest>

using namespace arrscore;

namespace {

void saveSettings(bool showIcon, bool startMinimised, int hours)
{
    TrayController::Settings settings;
    settings.showIcon = showIcon;
    settings.startMinimised = startMinimised;
    settings.syncEveryHours = hours;
    settings.save();
}

// What the window manager's close button sends: a spontaneous close event. Returns whether it was accepted.
bool closeFromTitleBar(QWidget &window)
{
    QCloseEvent event;
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::instance()->notify(&window, &event); // sendEvent() would make it not spontaneous

    return event.isAccepted();
}

constexpr qint64 kHour = 3600; // seconds

// Seconds from now to when; large when it is invalid.
qint64 secondsUntil(const QDateTime &when)
{
    return when.isValid() ? QDateTime::currentDateTimeUtc().secsTo(when) : std::numeric_limits<qint64>::max();
}

// Waits for the load the window starts when it opens: it reads the test's database on a pool thread, which must
// be done before the test removes the folder.
void waitForFirstLoad(QSignalSpy &loaded)
{
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 20000));
}

} // namespace

// The tray icon's logic and the periodic sync, offscreen: there is no system tray here, so the tests that need
// one say there is (TrayController::setSystemTrayAvailableForTesting) and drive the menu, the timer and a click
// on a notification themselves.
class tst_TrayController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        TrayController::setSystemTrayAvailableForTesting(std::nullopt);
    }

    void cleanup() { TrayController::setSystemTrayAvailableForTesting(std::nullopt); }

    void defaultsAreOff()
    {
        const TrayController::Settings settings = TrayController::Settings::load();
        QVERIFY(!settings.showIcon);
        QVERIFY(!settings.startMinimised);
        QCOMPARE(settings.syncEveryHours, 0);
        QWidget window;
        const TrayController tray(&window);
        QVERIFY(!tray.isIconShown());
        QVERIFY(!tray.nextSync().isValid());
        QVERIFY(!tray.findChild<QTimer *>(QStringLiteral("periodicSyncTimer"))->isActive());
    }

    void withoutATrayNothingHides()
    {
        if (QSystemTrayIcon::isSystemTrayAvailable())
            QSKIP("this desktop has a system tray");
        saveSettings(true, true, 0);
        QWidget window;
        TrayController tray(&window);
        QVERIFY(!tray.isIconShown());
        QVERIFY(!tray.hidesOnClose());
        QVERIFY2(!tray.startsHidden(), "without an icon a hidden window could not be brought back");
        QVERIFY(!tray.notify(QStringLiteral("title"), QStringLiteral("text")));
        QVERIFY(tray.lastMessage().isEmpty());
    }

    void menuShowsHidesSyncsAndQuits()
    {
        TrayController::setSystemTrayAvailableForTesting(true);
        saveSettings(true, false, 0);
        QWidget window;
        window.show();
        TrayController tray(&window);
        QVERIFY(tray.isIconShown());
        QSignalSpy sync(&tray, &TrayController::syncRequested);
        QSignalSpy quit(&tray, &TrayController::quitRequested);

        Q_EMIT tray.menu()->aboutToShow();
        QCOMPARE(tray.showHideAction()->text(), QStringLiteral("&Hide Window"));
        tray.showHideAction()->trigger();
        QVERIFY(!window.isVisible());
        Q_EMIT tray.menu()->aboutToShow();
        QCOMPARE(tray.showHideAction()->text(), QStringLiteral("&Show Window"));
        tray.showHideAction()->trigger();
        QVERIFY(window.isVisible());

        tray.syncAction()->trigger();
        QCOMPARE(sync.count(), 1);
        tray.setSyncing(true);
        QVERIFY(!tray.syncAction()->isEnabled());
        QVERIFY2(tray.toolTip().contains(QLatin1String("Syncing")), qPrintable(tray.toolTip()));
        tray.setSyncing(false);
        QVERIFY(tray.syncAction()->isEnabled());
        tray.quitAction()->trigger();
        QCOMPARE(quit.count(), 1);

        // Switched off in Settings: the icon goes, and with it hiding on close.
        saveSettings(false, false, 0);
        tray.reloadSettings();
        QVERIFY(!tray.isIconShown());
        QVERIFY(!tray.hidesOnClose());
    }

    void scheduleCountsFromTheLastSyncAndSkipsWhileSyncing()
    {
        saveSettings(false, false, 3);
        QWidget window;
        TrayController tray(&window);
        auto *timer = tray.findChild<QTimer *>(QStringLiteral("periodicSyncTimer"));
        QSignalSpy sync(&tray, &TrayController::syncRequested);
        // Nothing synced yet: three hours from the start; the clock is looked at every minute at least.
        QVERIFY(qAbs(secondsUntil(tray.nextSync()) - 3 * kHour) < 60);
        QVERIFY(timer->isActive());
        QVERIFY(timer->interval() <= 60000);

        // The last sync read at start counts; a later one moves the schedule on, an older one does not.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        tray.setLastSync(now.addSecs(-3600), QStringLiteral("Synced 1 of 1 instances."));
        QVERIFY(qAbs(secondsUntil(tray.nextSync()) - 2 * kHour) < 60);
        QVERIFY2(tray.toolTip().contains(QLatin1String("Synced 1 of 1 instances.")), qPrintable(tray.toolTip()));
        QVERIFY(tray.toolTip().contains(QLatin1String("Next sync:")));
        tray.setLastSync(now.addSecs(-10 * kHour), QString());
        QVERIFY(qAbs(secondsUntil(tray.nextSync()) - 2 * kHour) < 60);

        // Due: a sync is asked for, and the next one is N hours on.
        tray.setNextSync(QDateTime::currentDateTimeUtc().addMSecs(50));
        QTRY_COMPARE_WITH_TIMEOUT(sync.count(), 1, 5000);
        QVERIFY(qAbs(secondsUntil(tray.nextSync()) - 3 * kHour) < 60);

        // Due while a sync runs: skipped, and the next is N hours on all the same.
        tray.setSyncing(true);
        tray.setNextSync(QDateTime::currentDateTimeUtc().addMSecs(50));
        QTRY_VERIFY_WITH_TIMEOUT(secondsUntil(tray.nextSync()) > 3600, 5000);
        QCOMPARE(sync.count(), 1);
        tray.setSyncing(false);

        // A sync that stored nothing (every instance failed) is not tried again at once.
        tray.setLastSync(now.addSecs(-10 * kHour), QString());
        QVERIFY(secondsUntil(tray.nextSync()) > 3600);

        // Off: no next sync, no timer.
        saveSettings(false, false, 0);
        tray.reloadSettings();
        QVERIFY(!tray.nextSync().isValid());
        QVERIFY(!timer->isActive());
    }

    void periodicSyncSyncsTheWindow()
    {
        SimLibraryConfig library;
        library.movies = 20;
        SimServer sim(library);
        QVERIFY(sim.start());
        const test::TestHome home;
        saveSettings(false, false, 6);
        MainWindow window(MainWindowTests::simConfig(sim, home.databasePath()));
        window.show();
        QSignalSpy synced(&window, &MainWindow::syncFinished);
        QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
        QTRY_VERIFY(loaded.count() > 0);
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QTRY_VERIFY2(status->text().contains(QLatin1String("next sync")), qPrintable(status->text()));

        window.tray()->setNextSync(QDateTime::currentDateTimeUtc().addMSecs(50));
        QTRY_VERIFY_WITH_TIMEOUT(window.isSyncing() || synced.count() > 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(window.fileModel()->rowCount(), sim.library().movieFileCount(), 30000);
        // Counted from the sync that just landed.
        QTRY_VERIFY(qAbs(secondsUntil(window.tray()->nextSync()) - 6 * kHour) < 60);
        QVERIFY2(window.tray()->toolTip().contains(QLatin1String("Last sync:")), qPrintable(window.tray()->toolTip()));
    }

    void nothingConfiguredNothingSynced()
    {
        const test::TestHome home;
        saveSettings(false, false, 1);
        AppConfig config;
        config.database = home.databasePath();
        MainWindow window(config);
        QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
        window.show();
        waitForFirstLoad(loaded);
        auto *stack = window.findChild<QStackedWidget *>();
        const QString page = stack->currentWidget()->objectName();
        window.tray()->setNextSync(QDateTime::currentDateTimeUtc().addMSecs(10));
        QTest::qWait(300);
        QVERIFY(!window.isSyncing());
        QCOMPARE(stack->currentWidget()->objectName(), page);
    }

    void closeHidesToTheTrayAndSaysSoOnce()
    {
        TrayController::setSystemTrayAvailableForTesting(true);
        saveSettings(true, false, 0);
        const test::TestHome home;
        AppConfig config;
        config.database = home.databasePath();
        MainWindow window(config);
        QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
        window.showAtStart();
        waitForFirstLoad(loaded);
        QVERIFY(window.isVisible());
        QSignalSpy notified(window.tray(), &TrayController::notified);

        QVERIFY(!closeFromTitleBar(window));
        QVERIFY(!window.isVisible());
        QCOMPARE(notified.count(), 1);
        QVERIFY2(window.tray()->lastMessage().contains(QLatin1String("still running")),
                 qPrintable(window.tray()->lastMessage()));
        window.tray()->showWindow();
        QVERIFY(window.isVisible());
        QVERIFY(!closeFromTitleBar(window));
        QCOMPARE(notified.count(), 1); // said once, remembered in the settings
        QVERIFY(QSettings().value(QStringLiteral("ui/trayHideExplained")).toBool());

        // Quit (File ▸ Quit, the tray's Quit, logging out) closes for real.
        window.tray()->showWindow();
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());

        // Without the icon the close button closes.
        saveSettings(false, false, 0);
        window.tray()->reloadSettings();
        window.show();
        QVERIFY(closeFromTitleBar(window));
    }

    void startMinimisedOnlyWithAnIcon()
    {
        TrayController::setSystemTrayAvailableForTesting(true);
        saveSettings(true, true, 0);
        const test::TestHome home;
        AppConfig config;
        config.database = home.databasePath();
        {
            MainWindow window(config);
            QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
            window.showAtStart();
            waitForFirstLoad(loaded);
            QVERIFY(!window.isVisible());
            window.tray()->toggleWindow();
            QVERIFY(window.isVisible());
        }
        TrayController::setSystemTrayAvailableForTesting(false);
        MainWindow window(config);
        QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
        window.showAtStart();
        waitForFirstLoad(loaded);
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(tst_TrayController)
#include "tst_traycontroller.moc"
