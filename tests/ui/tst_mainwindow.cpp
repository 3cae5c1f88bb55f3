#include "base/tsanannotations.h"
#include "config/configloader.h"
#include "demolibrary.h"
#include "instancedialog.h"
#include "mainwindow.h"
#include "mainwindowtests.h"
#include "models/filetablemodel.h"
#include "models/libraryfiltermodel.h"
#include "models/modelroles.h"
#include "simserver.h"
#include "storage/snapshotwatcher.h"
#include "testsupport.h"
#include "views/filecolumns.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace arrscore;

// The real main window, offscreen: first run, the demo library, sorting and filtering.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A first run: nothing left from an earlier run (configuration, databases of another schema).
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/arrscore"))
            .removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/arrscore"))
            .removeRecursively();
        QFile::remove(DemoLibrary::databasePath());
    }

    void firstRunShowsTheWelcomePage()
    {
        AppConfig config;
        config.database =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/arrscore/none.db");
        MainWindow window(config);
        window.show();
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("demoButton")));
    }

    void demoFillsTheTableThenSortAndFilter()
    {
        AppConfig config;
        MainWindow window(config);
        window.show();
        QSignalSpy synced(&window, &MainWindow::syncFinished);
        auto *demo = window.findChild<QPushButton *>(QStringLiteral("demoButton"));
        QTest::mouseClick(demo, Qt::LeftButton);
        QVERIFY(window.isSyncing());
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window.fileModel()->rowCount() > 1000, 20000);
        auto *table = window.findChild<QTableView *>(QStringLiteral("fileTable"));
        QVERIFY(table->isVisible());

        // Sorted by score, ascending, numerically, unknown first.
        QSortFilterProxyModel *proxy = window.proxyModel();
        table->sortByColumn(FileColumns::CustomFormatScore, Qt::AscendingOrder);
        qint64 previous = std::numeric_limits<qint64>::min();
        for (int r = 0; r < proxy->rowCount(); r += 37) {
            const qint64 v = proxy->index(r, FileColumns::CustomFormatScore).data(ModelRole::Sort).toLongLong();
            QVERIFY(v >= previous);
            previous = v;
        }

        // The filter box narrows instantly, on title, release group or path.
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        const int all = proxy->rowCount();
        QTest::keyClicks(filter, QStringLiteral("<script>"));
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < all);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(
                proxy->index(r, FileColumns::Title).data().toString().contains(QLatin1String("<script>"))
                || proxy->index(r, FileColumns::RelativePath).data().toString().contains(QLatin1String("<script>")));
        filter->clear();
        QCOMPARE(proxy->rowCount(), all);

        // Selecting a row explains its score in the detail pane, format by format.
        table->sortByColumn(FileColumns::CustomFormatScore, Qt::DescendingOrder);
        table->selectRow(0);
        const FileRow &row = window.fileModel()->fileRow(proxy->mapToSource(proxy->index(0, 0)).row());
        auto *pane = window.findChild<QWidget *>(QStringLiteral("detailPane"));
        QVERIFY(pane->isVisible());
        const QString text = pane->findChild<QTextBrowser *>(QStringLiteral("detailText"))->toPlainText();
        QVERIFY2(!row.file->customFormats.isEmpty(), "the best file matches formats");
        for (const FormatRef &cf : row.file->customFormats) {
            QVERIFY2(text.contains(cf.name), qPrintable(cf.name + QStringLiteral(" missing in: ") + text));
            const int score = row.profile->scoreOf(cf.id);
            QVERIFY2(text.contains(QLocale().toString(score)), qPrintable(text));
        }
        QVERIFY(text.contains(QLocale().toString(*row.file->customFormatScore)));
        QVERIFY(text.contains(QLocale().toString(row.profile->cutoffFormatScore)));
        auto *open = pane->findChild<QPushButton *>(QStringLiteral("openInArrButton"));
        QVERIFY(open->isVisible());
    }

    void addAnInstanceTestItAndSync()
    {
        SimLibraryConfig library;
        library.movies = 40;
        SimServer sim(library);
        QVERIFY(sim.start());
        AppConfig config;
        config.database = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                          + QStringLiteral("/arrscore/added.db");
        MainWindow window(config);
        window.show();
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addInstanceButton")), Qt::LeftButton);
        InstanceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<InstanceDialog *>()) != nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("my-radarr"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit")), sim.baseUrl().toString());

        // Test without a key says what is missing; with the wrong key, that it was refused.
        auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testButton"));
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY2(result->text().contains(QLatin1String("API key")), qPrintable(result->text()));
        auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
        QTest::keyClicks(key, QStringLiteral("wrong"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(QLatin1String("401")), qPrintable(result->text()));
        key->clear();
        QTest::keyClicks(key, sim.apiKey());
        QTest::mouseClick(test, Qt::LeftButton);
        const QString expected = QStringLiteral("Radarr %1").arg(sim.library().version().toString());
        QTRY_VERIFY2(result->text().contains(QStringLiteral("%1 movies").arg(sim.library().movies().size())),
                     qPrintable(result->text()));
        QVERIFY(result->text().contains(QLatin1String("Radarr")));
        QVERIFY(!result->text().contains(sim.apiKey()));

        QSignalSpy synced(&window, &MainWindow::syncFinished);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 30000);
        QTRY_COMPARE(window.fileModel()->rowCount(), sim.library().movieFileCount());

        // Saved where the command line finds it, the key in the keychain (or, without one, in the file).
        const QString path = qEnvironmentVariableIsSet("ARRSCORE_CONFIG") ? qEnvironmentVariable("ARRSCORE_CONFIG")
                                                                          : ConfigLoader::defaultConfigPath();
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray yaml = written.readAll();
        QVERIFY(yaml.contains("my-radarr"));
        QCOMPARE(yaml.contains(sim.apiKey().toUtf8()), !yaml.contains("api_key_keychain: true"));
        QFile::remove(path);
    }

    void cancelKeepsThePreviousSnapshot()
    {
        AppConfig config;
        MainWindow window(config);
        window.show();
        QSignalSpy synced(&window, &MainWindow::syncFinished);
        window.startDemo();
        QVERIFY(window.isSyncing());
        window.cancelSync();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 30000);
        // The demo database still holds the snapshot of the test before, and the table shows it.
        QTRY_VERIFY_WITH_TIMEOUT(window.fileModel()->rowCount() > 1000, 20000);
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QVERIFY2(status->text().contains(QLatin1String("cancelled")), qPrintable(status->text()));
    }

    // A sync by another process (cron, arrscore sync) into the database the window shows: the window reads it
    // on its own and says so; the app's own sync is not reported as one from elsewhere.
    void aSyncFromElsewhereIsShown()
    {
#ifdef ARRSCORE_TSAN
        QSKIP("Runs arrscore in a second process: TSan's runtime aborts in QProcess's fork; the ASan run covers it.");
#endif
        SimLibraryConfig library;
        library.movies = 30;
        SimServer sim(library);
        QVERIFY(sim.start());
        const test::TestHome home;
        home.writeConfig(
            QStringLiteral("instances:\n  - name: movies\n    type: radarr\n    url: %1\n    api_key: %2\n")
                .arg(sim.baseUrl().toString(), sim.apiKey()));
        Result<AppConfig> config = ConfigLoader::load(home.configPath());
        QVERIFY2(config, qPrintable(config.error().message));
        MainWindow window(config.value());
        window.show();
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QVERIFY(MainWindowTests::syncAndWait(window));
        QCOMPARE(window.fileModel()->rowCount(), sim.library().movieFileCount());
        // The watcher's next look finds the app's own snapshot already seen.
        auto *watcher = window.findChild<SnapshotWatcher *>();
        QVERIFY(watcher && watcher->isActive());
        QSignalSpy changed(watcher, &SnapshotWatcher::snapshotsChanged);
        watcher->checkNow();
        QCOMPARE(changed.count(), 0);
        QVERIFY2(!status->text().contains(QLatin1String("elsewhere")), qPrintable(status->text()));

        QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
        QVERIFY(
            sim.library().addMovie(QStringLiteral("Added Elsewhere"), 2024, sim.library().profiles().first().id, true)
            > 0);
        const test::CliResult sync = test::runCli({QStringLiteral("sync")}, home.environment());
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.all()));
        QVERIFY(!window.isSyncing());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
        QTRY_COMPARE(window.fileModel()->rowCount(), sim.library().movieFileCount());
        QVERIFY2(status->text().contains(QLatin1String("A sync from elsewhere landed")), qPrintable(status->text()));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
