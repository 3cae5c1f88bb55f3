#include "demolibrary.h"
#include "filecolumns.h"
#include "filetablemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace arrscore;

// The real main window, offscreen: first run, the demo library, sorting and filtering.
class Tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(DemoLibrary::databasePath());
    }

    void firstRunShowsTheWelcomePage()
    {
        AppConfig config;
        config.database = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                          + QStringLiteral("/arrscore/none.db");
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
            const qint64 v = proxy->index(r, FileColumns::CustomFormatScore).data(FileTableModel::SortRole).toLongLong();
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
            QVERIFY(proxy->index(r, FileColumns::Title).data().toString().contains(QLatin1String("<script>"))
                    || proxy->index(r, FileColumns::RelativePath).data().toString().contains(QLatin1String("<script>")));
        filter->clear();
        QCOMPARE(proxy->rowCount(), all);
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
};

QTEST_MAIN(Tst_MainWindow)
#include "tst_mainwindow.moc"
