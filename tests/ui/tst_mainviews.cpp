#include "exportdialog.h"
#include "mainwindow.h"
#include "mainwindowtests.h"
#include "models/candidatetablemodel.h"
#include "models/filetablemodel.h"
#include "models/libraryfiltermodel.h"
#include "models/rowtablemodel.h"
#include "simserver.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>
#include <vector>

using namespace arrscore;
using namespace arrscore::MainWindowTests;

// The main window's views against real simulators and a real SQLite file, offscreen: the sidebar,
// every filter, the candidates, custom formats, profiles and changes views, the column chooser, export
// of the current view and of everything, search for upgrades, and sync errors in the panel.
class tst_MainViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimServer> m_radarr;
    std::unique_ptr<SimServer> m_sonarr;
    QTemporaryDir m_dir;

    AppConfig config() const
    {
        AppConfig c;
        c.database = m_dir.filePath(QStringLiteral("views.db"));
        for (SimServer *sim : {m_radarr.get(), m_sonarr.get()}) {
            InstanceConfig i;
            i.name = sim == m_radarr.get() ? QStringLiteral("movies") : QStringLiteral("shows");
            i.type = sim == m_radarr.get() ? InstanceType::Radarr : InstanceType::Sonarr;
            i.url = sim->baseUrl();
            i.apiKey = sim->apiKey();
            c.instances << i;
        }
        return c;
    }

    static QStringList csvLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        SimLibraryConfig radarr;
        radarr.movies = 120;
        m_radarr = std::make_unique<SimServer>(radarr);
        SimLibraryConfig sonarr;
        sonarr.type = SimAppType::Sonarr;
        sonarr.version = QStringLiteral("4.0.10.2544");
        sonarr.series = 6;
        sonarr.episodeFilesPerSeries = 10;
        m_sonarr = std::make_unique<SimServer>(sonarr);
        QVERIFY(m_radarr->start());
        QVERIFY(m_sonarr->start());
    }

    void sidebarViewsAndFilters()
    {
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndWait(window));
        const int files = window.fileModel()->rowCount();
        QCOMPARE(files, m_radarr->library().movieFileCount() + m_sonarr->library().episodeFileCount());

        // The sidebar lists the views and both instances, each with its last sync.
        auto *sidebar = window.findChild<QTreeWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        const QList<QTreeWidgetItem *> instances = sidebar->findItems(QStringLiteral("movies"), Qt::MatchRecursive);
        QCOMPARE(instances.size(), 1);
        QVERIFY2(instances.first()->toolTip(0).contains(QLatin1String("last sync")),
                 qPrintable(instances.first()->toolTip(0)));

        // Candidates: exactly those of CandidateFinder, ranked.
        window.showView(Sidebar::Candidates);
        auto *views = window.findChild<QStackedWidget *>(QStringLiteral("views"));
        QCOMPARE(views->currentWidget()->objectName(), QStringLiteral("candidatesPage"));
        const int candidates = window.candidateModel()->rowCount();
        QCOMPARE(candidates, window.candidateModel()->report().candidates.size());
        QVERIFY(candidates > 0 && candidates < files);
        QCOMPARE(window.candidateProxy()->rowCount(), candidates);

        // Choosing an instance in the sidebar narrows every view to it.
        sidebar->setCurrentItem(instances.first());
        QCOMPARE(window.libraryFilter().instances, QStringList{QStringLiteral("movies")});
        QCOMPARE(window.proxyModel()->rowCount(), m_radarr->library().movieFileCount());
        for (int r = 0; r < window.candidateProxy()->rowCount(); ++r)
            QCOMPARE(window.candidateProxy()->fileRowAt(r).snapshot->instance.name, QStringLiteral("movies"));
        window.showView(Sidebar::Formats);
        QTRY_VERIFY(window.formatModel()->rowCount() > 0);
        const int instanceColumn = window.formatModel()->columnOf(QStringLiteral("instance"));
        for (int r = 0; r < window.formatModel()->rowCount(); ++r)
            QCOMPARE(window.formatModel()->raw(r, instanceColumn).toString(), QStringLiteral("movies"));
        window.showView(Sidebar::Profiles);
        QTRY_VERIFY(window.profileModel()->rowCount() > 0);

        // The combo boxes: a profile, then a score range; "candidates only" matches the candidates view.
        window.showView(Sidebar::Library);
        auto *profile = window.findChild<QComboBox *>(QStringLiteral("profileFilter"));
        QVERIFY(profile->count() > 2);
        profile->setCurrentIndex(1);
        const QString profileName = profile->currentText();
        QVERIFY(window.proxyModel()->rowCount() > 0);
        for (int r = 0; r < window.proxyModel()->rowCount(); ++r)
            QCOMPARE(window.proxyModel()->fileRowAt(r).profile->name, profileName);
        LibraryFilter f = window.libraryFilter();
        QCOMPARE(f.profiles, QStringList{profileName});
        f.candidatesOnly = true;
        window.setLibraryFilter(f);
        QTRY_COMPARE(window.proxyModel()->rowCount(),
                     window.candidateProxy()->rowCount()); // the hidden view follows a moment later
        window.findChild<QAbstractButton *>(QStringLiteral("clearFiltersButton"))->click();
        QVERIFY(window.libraryFilter().isEmpty());
        QCOMPARE(window.proxyModel()->rowCount(), files);
        QCOMPARE(profile->currentIndex(), 0);
    }

    void columnChooserAndStatePersist()
    {
        {
            MainWindow window(config());
            QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
            const auto testers = testModelsOf(window);
            window.show();
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
            window.showView(Sidebar::Library);
            auto *table = window.findChild<QTableView *>(QStringLiteral("fileTable"));
            QVERIFY(!table->isColumnHidden(FileColumns::ReleaseGroup));
            auto *page = table->parentWidget()->parentWidget();
            Q_EMIT table->horizontalHeader()->customContextMenuRequested(QPoint(5, 5));
            auto *menu = page->findChild<QMenu *>(QStringLiteral("libraryColumnMenu"));
            QVERIFY(menu);
            QTRY_VERIFY(menu->isVisible());
            const QString title = window.fileModel()->headerData(FileColumns::ReleaseGroup, Qt::Horizontal).toString();
            QAction *action = nullptr;
            for (QAction *a : menu->actions())
                if (a->text() == title)
                    action = a;
            QVERIFY(action);
            action->trigger();
            menu->close();
            QVERIFY(table->isColumnHidden(FileColumns::ReleaseGroup));
            table->sortByColumn(FileColumns::SizeBytes, Qt::DescendingOrder);
            window.showView(Sidebar::Profiles);
            window.close();
        }
        MainWindow again(config());
        again.show();
        auto *table = again.findChild<QTableView *>(QStringLiteral("fileTable"));
        QVERIFY(table->isColumnHidden(FileColumns::ReleaseGroup));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(FileColumns::SizeBytes));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(again.currentView(), Sidebar::Profiles);
        table->setColumnHidden(FileColumns::ReleaseGroup, false);
        again.showView(Sidebar::Library);
        again.close();
    }

    void exportCurrentViewOrEverything()
    {
        MainWindow window(config());
        QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
        const auto testers = testModelsOf(window);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        window.showView(Sidebar::Library);
        LibraryFilter f;
        f.instances = {QStringLiteral("shows")};
        f.text = QStringLiteral("s");
        window.setLibraryFilter(f);
        const int shown = window.proxyModel()->rowCount();
        QVERIFY(shown > 0 && shown < window.fileModel()->rowCount());

        const auto runExport = [&](const QString &name, const char *format, bool everything) -> QString {
            window.exportFiles();
            ExportDialog *dialog = nullptr;
            [&] { QTRY_VERIFY((dialog = window.findChild<ExportDialog *>()) != nullptr); }();
            if (!dialog)
                return {};
            const QString path = m_dir.filePath(name);
            dialog->findChild<QRadioButton *>(QString::fromLatin1(format))->setChecked(true);
            dialog
                ->findChild<QRadioButton *>(everything ? QStringLiteral("everythingScope")
                                                       : QStringLiteral("currentViewScope"))
                ->setChecked(true);
            dialog->setPath(path);
            [&] { QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("openResultButton"))->isVisible()); }();
            QSignalSpy done(dialog, &ExportDialog::exported);
            dialog->findChild<QPushButton *>(QStringLiteral("startExportButton"))->click();
            [&] { QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000); }();
            [&] { QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("openResultButton"))->isVisible()); }();
            dialog->close();
            delete dialog;
            return path;
        };
        QCOMPARE(csvLines(runExport(QStringLiteral("shown.csv"), "csvFormat", false)).size(), shown + 1);
        QCOMPARE(csvLines(runExport(QStringLiteral("all.csv"), "csvFormat", true)).size(),
                 window.fileModel()->rowCount() + 1);

        // The candidates view exports the candidates view's columns, filtered like the table.
        window.showView(Sidebar::Candidates);
        const QString json = runExport(QStringLiteral("candidates.json"), "jsonFormat", false);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(doc.value(QLatin1String("view")).toString(), QStringLiteral("candidates"));
        const QJsonArray rows = doc.value(QLatin1String("candidates")).toArray();
        QCOMPARE(rows.size(), window.candidateProxy()->rowCount());
        for (const QJsonValue &row : rows)
            QCOMPARE(row.toObject().value(QLatin1String("instance")).toString(), QStringLiteral("shows"));

        // The HTML report of the filtered library.
        window.showView(Sidebar::Library);
        const QString html = runExport(QStringLiteral("report.html"), "htmlFormat", false);
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray text = page.readAll();
        QVERIFY(text.startsWith("<!DOCTYPE html>"));
        QVERIFY(!text.contains(m_sonarr->apiKey().toUtf8()));
        window.setLibraryFilter({});
    }

    void changesAfterAnUpgradeAndAProfileEdit()
    {
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndWait(window));
        SimLibrary &library = m_radarr->library();
        // A movie whose file scores below what a file with only its profile's best format would.
        const SimMovie *upgraded = nullptr;
        int best = -1;
        for (const SimMovie &m : library.movies()) {
            if (!m.file)
                continue;
            const SimProfile *profile = library.profile(m.qualityProfileId);
            int top = -1;
            for (int i = 0; i < profile->formatScores.size(); ++i)
                if (profile->formatScores[i] > 0 && (top < 0 || profile->formatScores[i] > profile->formatScores[top]))
                    top = i;
            if (top >= 0 && library.reportedScore(*m.file, m.qualityProfileId) < profile->formatScores[top]) {
                upgraded = &m;
                best = top;
                break;
            }
        }
        QVERIFY(upgraded);
        QVERIFY(library.replaceMovieFile(upgraded->id, QString(), QList<int>{best}) > 0);
        QVERIFY(syncAndWait(window));
        window.showView(Sidebar::Changes);
        QVERIFY(window.changeModel()->rowCount() >= 1);
        const int change = window.changeModel()->columnOf(QStringLiteral("change"));
        QStringList kinds;
        for (int r = 0; r < window.changeModel()->rowCount(); ++r)
            kinds << window.changeModel()->raw(r, change).toString();
        QVERIFY2(kinds.contains(QStringLiteral("upgraded")), qPrintable(kinds.join(QLatin1Char(','))));
        auto *caption = window.findChild<QLabel *>(QStringLiteral("changesCaption"));
        QVERIFY2(caption->text().contains(QLatin1String("1 upgraded")), qPrintable(caption->text()));
    }

    void searchForUpgradesOfTheSelectedCandidates()
    {
        MainWindow window(config());
        QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
        const auto testers = testModelsOf(window);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        window.showView(Sidebar::Candidates);
        LibraryFilter f;
        f.instances = {QStringLiteral("movies")};
        window.setLibraryFilter(f);
        QVERIFY(window.candidateProxy()->rowCount() >= 3);
        auto *table = window.findChild<QTableView *>(QStringLiteral("candidatesTable"));
        table->selectionModel()->select(
            QItemSelection(window.candidateProxy()->index(0, 0), window.candidateProxy()->index(2, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QList<qint64> expected;
        for (int r = 0; r < 3; ++r)
            expected << window.candidateProxy()->fileRowAt(r).file->itemId;
        m_radarr->clearCommands();
        QSignalSpy searched(&window, &MainWindow::searchFinished);
        window.searchUpgrades(false);
        QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 1, 20000);
        QVERIFY2(searched.first().at(1).toStringList().isEmpty(),
                 qPrintable(searched.first().at(1).toStringList().join(QLatin1Char('\n'))));
        const QList<QJsonObject> commands = m_radarr->commands();
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.first().value(QLatin1String("name")).toString(), QStringLiteral("MoviesSearch"));
        QList<qint64> ids;
        QCOMPARE(commands.first().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        for (const QJsonValue &v :
             commands.first().value(QLatin1String("body")).toObject().value(QLatin1String("movieIds")).toArray())
            ids << v.toInteger();
        QCOMPARE(ids, expected);
    }

    void everyViewAndSettingsByKeyboard()
    {
        MainWindow window(config());
        QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        for (int v = Sidebar::ViewCount - 1; v >= 0; --v) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + v), Qt::ControlModifier);
            QCOMPARE(window.currentView(), Sidebar::View(v));
        }
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("filterEdit"));
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("fileTable"));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("settingsDialog")));
        window.findChild<QDialog *>(QStringLiteral("settingsDialog"))->close();
    }

    void aDeadServerShowsInThePanelAndKeepsTheLibrary()
    {
        AppConfig c = config();
        c.instances[1].url = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens on the discard port
        MainWindow window(c);
        QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
        const auto testers = testModelsOf(window);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const int before = window.fileModel()->rowCount();
        QVERIFY(syncAndWait(window));
        auto *panel = window.findChild<QWidget *>(QStringLiteral("errorPanel"));
        QVERIFY(panel->isVisible());
        const QString text = window.findChild<QLabel *>(QStringLiteral("errorText"))->text();
        QVERIFY2(text.contains(QLatin1String("shows")) && text.contains(QLatin1String("127.0.0.1:9")),
                 qPrintable(text));
        QVERIFY(!text.contains(m_sonarr->apiKey()));
        QCOMPARE(window.fileModel()->rowCount(), before); // the earlier snapshot of "shows" is still shown
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        auto *sidebar = window.findChild<QTreeWidget *>(QStringLiteral("sidebar"));
        const QList<QTreeWidgetItem *> shows = sidebar->findItems(QStringLiteral("shows"), Qt::MatchRecursive);
        QVERIFY(shows.first()->toolTip(0).contains(QLatin1String("failed")));
    }
};

QTEST_MAIN(tst_MainViews)
#include "tst_mainviews.moc"
