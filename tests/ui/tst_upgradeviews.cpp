// The app's side of acting on upgrade candidates, against real simulators and a real SQLite file, offscreen:
// Check for Better Releases (progress, the columns filled as results arrive, lookups beyond the hourly limit
// deferred, cancel), the "better release available" filter, the detail pane's releases and Grab with its
// confirmation, and the Searches view with a recorded search and its outcome after a sync.
#include "checkprogresspanel.h"
#include "filedetailpane.h"
#include "mainwindow.h"
#include "mainwindowtests.h"
#include "models/candidatetablemodel.h"
#include "models/filetablemodel.h"
#include "models/libraryfiltermodel.h"
#include "models/modelroles.h"
#include "models/rowtablemodel.h"
#include "releasegrabber.h"
#include "releaselist.h"
#include "searchespage.h"
#include "simserver.h"
#include "storage/database.h"
#include "tablepage.h"
#include "upgrades/lookupstore.h"
#include "upgrades/searchstore.h"
#include "views/upgradecells.h"

#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>
#include <vector>

using namespace arrscore;
using namespace arrscore::MainWindowTests;

class tst_UpgradeViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimServer> m_radarr;
    std::unique_ptr<SimServer> m_sonarr;
    QTemporaryDir m_dir;
    int m_databases = 0;
    QString m_database;

    AppConfig config(int lookupsPerHour = 20) const
    {
        AppConfig c;
        c.database = m_database;
        InstanceConfig i;
        i.name = QStringLiteral("movies");
        i.type = InstanceType::Radarr;
        i.url = m_radarr->baseUrl();
        i.apiKey = m_radarr->apiKey();
        i.releaseLookupsPerHour = lookupsPerHour;
        c.instances << i;
        InstanceConfig shows;
        shows.name = QStringLiteral("shows");
        shows.type = InstanceType::Sonarr;
        shows.url = m_sonarr->baseUrl();
        shows.apiKey = m_sonarr->apiKey();
        c.instances << shows;
        return c;
    }

    // Selects the first `count` rows of the candidates view of `instance`.
    static QTableView *selectCandidates(MainWindow &window, int count,
                                        const QString &instance = QStringLiteral("movies"))
    {
        LibraryFilter f;
        f.instances = {instance};
        window.setLibraryFilter(f);
        window.showView(Sidebar::Candidates);
        auto *table = window.findChild<QTableView *>(QStringLiteral("candidatesTable"));
        table->selectionModel()->select(
            QItemSelection(window.candidateProxy()->index(0, 0), window.candidateProxy()->index(count - 1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return table;
    }

    static QString cell(MainWindow &window, int row, const char *column, int role = Qt::DisplayRole)
    {
        const int c = window.candidateModel()->columnOf(QString::fromLatin1(column));
        return window.candidateProxy()->index(row, c).data(role).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        SimLibraryConfig radarr;
        radarr.movies = 80;
        SimServerConfig server;
        server.releaseDelayMs = 30;
        server.searchUpgrades = true;
        m_radarr = std::make_unique<SimServer>(radarr, server);
        QVERIFY(m_radarr->start());
        SimLibraryConfig sonarr;
        sonarr.type = SimAppType::Sonarr;
        sonarr.version = QStringLiteral("4.0.10.2544");
        sonarr.series = 4;
        sonarr.episodeFilesPerSeries = 12;
        m_sonarr = std::make_unique<SimServer>(sonarr, server);
        QVERIFY(m_sonarr->start());
    }

    void init()
    {
        // Each test its own database: the hourly limits count what earlier ones did.
        m_database = m_dir.filePath(QStringLiteral("upgrades%1.db").arg(++m_databases));
        m_radarr->resetStats();
        m_sonarr->resetStats();
    }

    void checkFillsTheColumnsAndDefersBeyondTheLimit()
    {
        MainWindow window(config(3));
        QAbstractItemModelTester tester(window.candidateProxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(syncAndWait(window));
        QVERIFY(window.candidateProxy()->rowCount() >= 5);
        selectCandidates(window, 5);
        QList<qint64> movies;
        for (int r = 0; r < 5; ++r)
            movies << window.candidateProxy()->fileRowAt(r).file->itemId;
        // Nothing checked yet: the columns are empty.
        QCOMPARE(cell(window, 0, "best_available"), QString());

        QSignalSpy finished(&window, &MainWindow::checkFinished);
        auto *panel = window.findChild<CheckProgressPanel *>(QStringLiteral("checkProgress"));
        window.checkReleases(false);
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->text().contains(QLatin1String("of 5")), qPrintable(panel->text()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!panel->isVisible());
        QVERIFY2(finished.first().at(1).toStringList().isEmpty(),
                 qPrintable(finished.first().at(1).toStringList().join(QLatin1Char('\n'))));

        // Three lookups, one at a time, each naming its movie; the other two deferred with the time they may run.
        QCOMPARE(m_radarr->stats().releaseLookups.value(QStringLiteral("movie")), 3);
        QCOMPARE(m_radarr->stats().rssFetches, 0);
        QCOMPARE(m_radarr->stats().releaseInFlightPeak, 1);
        int deferred = 0;
        QStringList verdicts;
        for (int r = 0; r < window.candidateProxy()->rowCount(); ++r) {
            const qint64 id = window.candidateProxy()->fileRowAt(r).file->itemId;
            const QString best = cell(window, r, "best_available");
            if (!movies.contains(id)) {
                QCOMPARE(best, QString());
                continue;
            }
            QVERIFY2(!best.isEmpty(), qPrintable(QString::number(id)));
            verdicts << cell(window, r, "best_available", ModelRole::Raw);
            if (best.startsWith(QLatin1String("Deferred until"))) {
                ++deferred;
                QCOMPARE(cell(window, r, "checked_at"), QString());
            } else {
                QCOMPARE(cell(window, r, "checked_at"), QStringLiteral("just now"));
            }
        }
        QCOMPARE(deferred, 2);
        QVERIFY2(finished.first().at(0).toString().contains(QLatin1String("2 deferred")),
                 qPrintable(finished.first().at(0).toString()));

        // What was stored is what the columns show after a restart (deferrals are not stored).
        {
            auto db = Database::open(m_database);
            QVERIFY(db);
            const Result<QList<ItemCheck>> stored = LookupStore(*db.value()).latestChecks();
            QVERIFY(stored);
            QCOMPARE(stored->size(), 3);
        }
        MainWindow again(config(3));
        QSignalSpy loaded(&again, &MainWindow::libraryLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        again.showView(Sidebar::Candidates);
        int shown = 0;
        for (int r = 0; r < again.candidateProxy()->rowCount(); ++r)
            shown += !cell(again, r, "best_available").isEmpty();
        QCOMPARE(shown, 3);

        // "Better release available" keeps exactly the rows whose verdict is better.
        const int better = int(verdicts.count(QStringLiteral("better")));
        LibraryFilter f = again.libraryFilter();
        f.betterOnly = true;
        again.setLibraryFilter(f);
        QCOMPARE(again.candidateProxy()->rowCount(), better);
        for (int r = 0; r < again.candidateProxy()->rowCount(); ++r)
            QCOMPARE(cell(again, r, "best_available", ModelRole::Raw), QStringLiteral("better"));
        again.showView(Sidebar::Library);
        QCOMPARE(again.proxyModel()->rowCount(), better);
    }

    void cancelStopsTheLookups()
    {
        SimServerConfig slow = m_radarr->config();
        slow.releaseDelayMs = 20000;
        m_radarr->setConfig(slow);
        const auto restore = qScopeGuard([this] {
            SimServerConfig fast = m_radarr->config();
            fast.releaseDelayMs = 30;
            m_radarr->setConfig(fast);
        });
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndWait(window));
        selectCandidates(window, 2);
        QSignalSpy finished(&window, &MainWindow::checkFinished);
        window.checkReleases(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_radarr->stats().releaseInFlight, 1, 10000);
        QElapsedTimer timer;
        timer.start();
        window.findChild<QPushButton *>(QStringLiteral("checkCancelButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(finished.first().at(0).toString().contains(QLatin1String("cancelled")),
                 qPrintable(finished.first().at(0).toString()));
        // Only the lookup in flight was sent; the second never went out.
        QCOMPARE(m_radarr->stats().releaseLookups.value(QStringLiteral("movie")), 1);
    }

    void grabFromTheDetailPaneSendsThePick()
    {
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndWait(window));
        const int rows = std::min(window.candidateProxy()->rowCount(), 12);
        selectCandidates(window, rows);
        QSignalSpy finished(&window, &MainWindow::checkFinished);
        window.checkReleases(false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        int betterRow = -1;
        for (int r = 0; r < window.candidateProxy()->rowCount() && betterRow < 0; ++r) {
            if (cell(window, r, "best_available", ModelRole::Raw) == QLatin1String("better"))
                betterRow = r;
        }
        QVERIFY2(betterRow >= 0, "no candidate with a better release among the checked ones");
        const FileRow row = window.candidateProxy()->fileRowAt(betterRow);

        auto *table = window.findChild<QTableView *>(QStringLiteral("candidatesTable"));
        auto *pane = window.findChild<FileDetailPane *>(QStringLiteral("candidatesDetailPane"));
        ReleaseList *releases = pane->releaseList();
        QSignalSpy shown(releases, &ReleaseList::releasesShown);
        table->setCurrentIndex(window.candidateProxy()->index(betterRow, 0));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 10000);
        // The pick first, marked, approved; Grab is enabled for it.
        QVERIFY(releases->list()->topLevelItemCount() >= 1);
        QVERIFY2(releases->list()->topLevelItem(0)->text(0).startsWith(QStringLiteral("★ ")),
                 qPrintable(releases->text()));
        const std::optional<ReleaseInfo> first = releases->releaseAt(0);
        QVERIFY(first.has_value());
        const ReleaseInfo pick = first.value_or(ReleaseInfo{});
        QVERIFY(pick.approved);
        QVERIFY(releases->grabButton()->isEnabled());
        // A rejected release cannot be grabbed.
        for (int r = 1; r < releases->list()->topLevelItemCount(); ++r) {
            const std::optional<ReleaseInfo> other = releases->releaseAt(r);
            if (other.has_value() && !other.value().approved) {
                releases->list()->setCurrentItem(releases->list()->topLevelItem(r));
                QVERIFY(!releases->grabButton()->isEnabled());
                break;
            }
        }
        releases->list()->setCurrentItem(releases->list()->topLevelItem(0));

        QSignalSpy grabbed(&window, &MainWindow::grabFinished);
        answerNextBox(QStringLiteral("grabQuestion"), QStringLiteral("Grab"));
        releases->grabButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(grabbed.count(), 1, 20000);
        QVERIFY2(grabbed.first().at(0).toBool(), qPrintable(grabbed.first().at(1).toString()));
        QCOMPARE(m_radarr->stats().grabs, 1);
        QCOMPARE(m_radarr->stats().grabMisses, 0);

        // Recorded as a grab of the pick, shown in the Searches view.
        auto db = Database::open(m_database);
        QVERIFY(db);
        const Result<QList<SearchRecord>> searches = SearchStore(*db.value()).searches();
        QVERIFY(searches);
        QCOMPARE(searches->size(), 1);
        QCOMPARE(searches->first().kind, SearchRecord::Kind::Grab);
        QCOMPARE(searches->first().releaseGuid, pick.guid);
        QCOMPARE(searches->first().indexerId, pick.indexerId);
        QCOMPARE(searches->first().items.first().itemId, row.file->itemId);
        auto *page = window.findChild<SearchesPage *>(QStringLiteral("searchesPage"));
        QTRY_COMPARE_WITH_TIMEOUT(page->logModel()->rowCount(), 1, 10000);
    }

    void searchIsRecordedWithItsOutcomeAfterASync()
    {
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndWait(window));
        selectCandidates(window, 3);
        QList<qint64> movies;
        for (int r = 0; r < 3; ++r)
            movies << window.candidateProxy()->fileRowAt(r).file->itemId;
        QSignalSpy searched(&window, &MainWindow::searchFinished);
        window.searchUpgrades(false);
        QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 1, 20000);
        QVERIFY2(searched.first().at(1).toStringList().isEmpty(),
                 qPrintable(searched.first().at(1).toStringList().join(QLatin1Char('\n'))));
        // The Last searched column says so at once.
        for (int r = 0; r < window.candidateProxy()->rowCount(); ++r) {
            if (movies.contains(window.candidateProxy()->fileRowAt(r).file->itemId))
                QCOMPARE(cell(window, r, "last_searched"), QStringLiteral("just now"));
        }
        auto *page = window.findChild<SearchesPage *>(QStringLiteral("searchesPage"));
        RowTableModel *log = page->logModel();
        const int state = log->columnOf(QStringLiteral("state"));
        const int outcome = log->columnOf(QStringLiteral("outcome"));
        // The command is followed until the server says it completed.
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() == 1 && log->raw(0, state).toString() == QLatin1String("completed"),
                                 20000);
        QCOMPARE(log->raw(0, log->columnOf(QStringLiteral("kind"))).toString(), QStringLiteral("Search (movies)"));

        // The simulator's search upgraded what it found a better release for; the next sync shows it.
        QVERIFY(syncAndWait(window));
        QTRY_VERIFY_WITH_TIMEOUT(log->raw(0, outcome).toString().contains(QLatin1String("upgraded")), 10000);
        QVERIFY2(page->summaryText().startsWith(QLatin1String("Searched 3")), qPrintable(page->summaryText()));
        window.showView(Sidebar::Searches);
        auto *table = page->logPage()->table();
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(page->itemModel()->rowCount(), 3);
        const int itemOutcome = page->itemModel()->columnOf(QStringLiteral("outcome"));
        QStringList outcomes;
        for (int r = 0; r < 3; ++r)
            outcomes << page->itemModel()->raw(r, itemOutcome).toString();
        QVERIFY2(outcomes.contains(QStringLiteral("Upgraded")), qPrintable(outcomes.join(QLatin1Char(','))));
    }

    void episodesOfOneSeasonAreOneLookup()
    {
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndWait(window));
        selectCandidates(window, 1, QStringLiteral("shows"));
        // Two candidate episode files of the same season of one series.
        QList<int> rows;
        for (int a = 0; a < window.candidateProxy()->rowCount() && rows.isEmpty(); ++a) {
            const MediaFile *fa = window.candidateProxy()->fileRowAt(a).file;
            for (int b = a + 1; b < window.candidateProxy()->rowCount(); ++b) {
                const MediaFile *fb = window.candidateProxy()->fileRowAt(b).file;
                if (fa->itemId == fb->itemId && fa->season == fb->season && fa->episodeIds.size() == 1
                    && fb->episodeIds.size() == 1) {
                    rows = {a, b};
                    break;
                }
            }
        }
        QVERIFY2(!rows.isEmpty(), "no two candidate episodes of one season");
        auto *table = window.findChild<QTableView *>(QStringLiteral("candidatesTable"));
        table->selectionModel()->clearSelection();
        for (int r : rows)
            table->selectionModel()->select(window.candidateProxy()->index(r, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const qint64 fileA = window.candidateProxy()->fileRowAt(rows.first()).file->fileId;
        const qint64 fileB = window.candidateProxy()->fileRowAt(rows.last()).file->fileId;
        QSignalSpy finished(&window, &MainWindow::checkFinished);
        window.checkReleases(false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        // One season lookup for both, never a bare or series-only one.
        QCOMPARE(m_sonarr->stats().releaseLookups.value(QStringLiteral("season")), 1);
        QCOMPARE(m_sonarr->stats().releaseLookups.value(QStringLiteral("episode")), 0);
        QCOMPARE(m_sonarr->stats().rssFetches, 0);
        for (int r = 0; r < window.candidateProxy()->rowCount(); ++r) {
            const qint64 file = window.candidateProxy()->fileRowAt(r).file->fileId;
            if (file == fileA || file == fileB)
                QVERIFY2(!cell(window, r, "best_available").isEmpty(), qPrintable(QString::number(file)));
        }
    }

    void grabQuestionNamesWhatIsSent()
    {
        ItemCheck check;
        check.item.instance = QStringLiteral("movies");
        check.item.type = InstanceType::Radarr;
        check.item.title = QStringLiteral("Heat (1995)");
        check.item.currentScore = 1000;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        check.checkedAt = now.addSecs(qint64(-10) * 60);
        ReleaseInfo release;
        release.guid = QStringLiteral("abc-123");
        release.indexerId = 7;
        release.indexer = QStringLiteral("NZBgeek");
        release.quality = QStringLiteral("Bluray-2160p");
        release.customFormatScore = 3500;
        const QString fresh = ReleaseGrabber::question(check, release, now);
        for (const char *part :
             {"Radarr \"movies\"", "POST /api/v3/release", "abc-123", "indexer id 7", "Heat (1995)", "NZBgeek"})
            QVERIFY2(fresh.contains(QLatin1String(part)),
                     qPrintable(QLatin1String(part) + QStringLiteral(" in ") + fresh));
        // The gain in the locale's digits.
        QVERIFY2(fresh.contains(UpgradeCells::signedNumber(2500) + QStringLiteral(" over the file")),
                 qPrintable(fresh));
        QVERIFY(!fresh.contains(QLatin1String("looked up again")));
        // Older than the server's 30-minute cache: the user is told it is looked up again first.
        check.checkedAt = now.addSecs(qint64(-45) * 60);
        const QString stale = ReleaseGrabber::question(check, release, now);
        QVERIFY2(stale.contains(QLatin1String("looked up again first")), qPrintable(stale));
    }

    void searchAgainSkipsTheCooldownUnlessAnyway()
    {
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndWait(window));
        selectCandidates(window, 2);
        m_radarr->clearCommands();
        QSignalSpy searched(&window, &MainWindow::searchFinished);
        window.searchUpgrades(false);
        QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 1, 20000);
        QCOMPARE(m_radarr->commands().size(), 1);

        // Again: both are in their cooldown, so the question says so and offers to search anyway.
        QString said;
        answerNextBox(QStringLiteral("searchQuestion"), QStringLiteral("Search anyway (ignore cooldown)"), &said);
        window.searchUpgrades(true);
        QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 2, 20000);
        QVERIFY2(said.contains(QLatin1String("Skipped: 2 items searched within their cooldown")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("hourly limit")), qPrintable(said));
        QCOMPARE(m_radarr->commands().size(), 2);
        auto db = Database::open(m_database);
        QVERIFY(db);
        const Result<QList<SearchRecord>> searches = SearchStore(*db.value()).searches();
        QVERIFY(searches);
        QCOMPARE(searches->size(), 2);
        QVERIFY(searches->first().forced); // newest first
        QVERIFY(!searches->last().forced);

        // Without "anyway" (the question cancelled) nothing is sent.
        answerNextBox(QStringLiteral("searchQuestion"), QStringLiteral("Cancel"));
        window.searchUpgrades(true);
        QCOMPARE(m_radarr->commands().size(), 2);
    }
};

QTEST_MAIN(tst_UpgradeViews)
#include "tst_upgradeviews.moc"
