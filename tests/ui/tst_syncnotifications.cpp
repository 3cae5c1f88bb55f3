#include "mainwindow.h"
#include "mainwindowtests.h"
#include "models/rowtablemodel.h"
#include "simserver.h"
#include "syncnotifications.h"
#include "testsupport.h"
#include "traycontroller.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace arrscore;
using arrscore::MainWindowTests::syncAndWait;

namespace {

AppConfig configFor(const SimServer &sim, const test::TestHome &home)
{
    AppConfig config;
    config.database = home.databasePath();
    InstanceConfig instance;
    instance.name = QStringLiteral("movies");
    instance.url = sim.baseUrl();
    instance.apiKey = sim.apiKey();
    config.instances << instance;
    return config;
}

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
        MainWindow window(configFor(sim, home));
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

    void noTrayNoSummaryUnlessTargetsWantOne()
    {
        SimLibraryConfig library;
        library.movies = 10;
        SimServer sim(library);
        QVERIFY(sim.start());
        const test::TestHome home;
        MainWindow window(configFor(sim, home));
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
