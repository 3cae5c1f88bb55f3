// The app's side of the audit, against real simulators and a real SQLite file, offscreen: the Audit view's rows
// and filters and the selected finding's timeline after a sync of simulators with planted cases, its empty state
// before one; the Compare view pairing two Radarr that share a catalogue (and its empty state with one); the
// candidates' Findings column; a search of an item in an upgrade loop asking first.
#include "audit/auditor.h"
#include "auditpage.h"
#include "comparepage.h"
#include "findingdetailpane.h"
#include "mainwindow.h"
#include "mainwindowtests.h"
#include "models/candidatetablemodel.h"
#include "models/comparerows.h"
#include "models/findingfiltermodel.h"
#include "models/findingtablemodel.h"
#include "models/libraryfiltermodel.h"
#include "models/modelroles.h"
#include "models/rowtablemodel.h"
#include "simserver.h"
#include "storage/database.h"
#include "tablepage.h"
#include "upgrades/upgradeitem.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace arrscore;
using namespace arrscore::MainWindowTests;

class tst_AuditViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimServer> m_hd;  // a 1080p Radarr …
    std::unique_ptr<SimServer> m_uhd; // … and a 4K one, sharing the catalogue
    std::unique_ptr<SimServer> m_sonarr;
    QTemporaryDir m_dir;
    int m_databases = 0;
    QString m_database;

    static InstanceConfig instance(const QString &name, InstanceType type, const SimServer &server)
    {
        InstanceConfig i;
        i.name = name;
        i.type = type;
        i.url = server.baseUrl();
        i.apiKey = server.apiKey();
        return i;
    }

    AppConfig config(bool twins = true) const
    {
        AppConfig c;
        c.database = m_database;
        c.instances << instance(QStringLiteral("movies"), InstanceType::Radarr, *m_hd);
        if (twins)
            c.instances << instance(QStringLiteral("movies-4k"), InstanceType::Radarr, *m_uhd);
        c.instances << instance(QStringLiteral("shows"), InstanceType::Sonarr, *m_sonarr);
        return c;
    }

    // A sync, and the audit read after the library it stored (not the one of the window's first load).
    static bool syncAndAudit(MainWindow &window)
    {
        int audited = 0;
        const QMetaObject::Connection loaded =
            connect(&window, &MainWindow::libraryLoaded, &window, [&audited] { audited = 0; });
        const QMetaObject::Connection audit =
            connect(&window, &MainWindow::auditLoaded, &window, [&audited] { ++audited; });
        const bool ok = syncAndWait(window) && QTest::qWaitFor([&] { return audited > 0; }, 30000);
        disconnect(loaded);
        disconnect(audit);
        return ok;
    }

    // The detectable planted cases of a simulator as "kind item-id" (a Radarr's items are its movies).
    static QSet<QString> plantedItems(const SimServer &server, const QStringList &kinds)
    {
        QSet<QString> keys;
        for (const auto &v : server.planted()) {
            const QJsonObject o = v.toObject();
            const QString kind = o.value(QLatin1String("kind")).toString();
            if (o.value(QLatin1String("detectable")).toBool() && kinds.contains(kind))
                keys << QStringLiteral("%1 %2").arg(kind).arg(o.value(QLatin1String("itemId")).toInteger());
        }
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        SimLibraryConfig movies;
        movies.version = QStringLiteral("6.0.3.10276");
        movies.movies = 60;
        movies.seed = 3;
        movies.twin = QStringLiteral("1080p");
        m_hd = std::make_unique<SimServer>(movies);
        QVERIFY(m_hd->start());
        movies.twin = QStringLiteral("4k");
        m_uhd = std::make_unique<SimServer>(movies);
        QVERIFY(m_uhd->start());
        SimLibraryConfig shows;
        shows.type = SimAppType::Sonarr;
        shows.version = QStringLiteral("4.0.9.2244");
        shows.series = 4;
        shows.episodeFilesPerSeries = 10;
        m_sonarr = std::make_unique<SimServer>(shows);
        QVERIFY(m_sonarr->start());
    }

    void init() { m_database = m_dir.filePath(QStringLiteral("audit%1.db").arg(++m_databases)); }

    void emptyStatesBeforeASync()
    {
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        QSignalSpy audited(&window, &MainWindow::auditLoaded);
        window.show();
        window.showView(Sidebar::Audit);
        auto *audit = window.findChild<AuditPage *>(QStringLiteral("auditPage"));
        QVERIFY(audit);
        QVERIFY(audit->isShowingEmptyState());
        QVERIFY2(audit->emptyStateText().contains(QLatin1String("next sync")), qPrintable(audit->emptyStateText()));
        QVERIFY(!audit->kindFilter()->isEnabled());
        window.showView(Sidebar::Compare);
        auto *compare = window.findChild<ComparePage *>(QStringLiteral("comparePage"));
        QVERIFY(compare);
        QVERIFY(compare->isShowingEmptyState());
        QVERIFY(compare->emptyStateText().contains(QLatin1String("two Radarr or two Sonarr")));
        QCOMPARE(compare->leftChoice()->count(), 0);
    }

    void auditRowsFiltersAndTimeline()
    {
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndAudit(window));
        window.showView(Sidebar::Audit);
        auto *audit = window.findChild<AuditPage *>(QStringLiteral("auditPage"));
        QVERIFY(!audit->isShowingEmptyState());
        FindingTableModel *model = audit->model();

        // The view shows exactly what the audit of the database finds, every instance's.
        auto db = Database::open(m_database);
        QVERIFY(db);
        const Result<Auditor::Outcome> outcome = Auditor(*db.value()).run({});
        QVERIFY(outcome);
        QCOMPARE(model->rowCount(), int(outcome->findings.size()));
        QSet<QString> shown;
        for (int r = 0; r < model->rowCount(); ++r) {
            const Finding &f = model->finding(r);
            shown << QStringLiteral("%1 %2 %3").arg(f.instance, Finding::kindName(f.kind)).arg(f.itemId);
        }
        // Among them every upgrade loop and repeated failure planted in the 1080p Radarr.
        for (const QString &planted :
             plantedItems(*m_hd, {QStringLiteral("upgrade-loop"), QStringLiteral("repeated-failure")}))
            QVERIFY2(shown.contains(QStringLiteral("movies ") + planted), qPrintable(planted));
        QVERIFY(!plantedItems(*m_hd, {QStringLiteral("upgrade-loop")}).isEmpty());

        // Grouped by kind: the default sort keeps the kinds in their own order.
        FindingFilterModel *proxy = audit->proxy();
        int previous = -1;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const int kind = proxy->index(r, FindingTableModel::Kind).data(ModelRole::Sort).toInt();
            QVERIFY(kind >= previous);
            previous = kind;
        }

        // The kind filter lists each kind with its count and narrows the rows to it.
        QComboBox *kinds = audit->kindFilter();
        QVERIFY(kinds->isEnabled());
        QCOMPARE(kinds->count(), 1 + int(Finding::allKinds().size()));
        const int loops = kinds->findData(Finding::kindName(FindingKind::UpgradeLoop));
        kinds->setCurrentIndex(loops);
        const auto loopCount = std::count_if(outcome->findings.cbegin(), outcome->findings.cend(),
                                             [](const Finding &f) { return f.kind == FindingKind::UpgradeLoop; });
        QCOMPARE(proxy->rowCount(), int(loopCount));
        QVERIFY(kinds->currentText().contains(QLocale().toString(qint64(loopCount))));
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, FindingTableModel::Kind).data().toString(),
                     Finding::kindTitle(FindingKind::UpgradeLoop));

        // Words narrow further: the title of one loop leaves that loop.
        const QString title = proxy->index(0, FindingTableModel::Title).data().toString();
        QTest::keyClicks(audit->textFilter(), title);
        QVERIFY(proxy->rowCount() >= 1);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, FindingTableModel::Title).data().toString(), title);

        // Selecting it shows its whole explanation and the item's timeline, dates in the locale's format and
        // the score the server gave at each step.
        QTableView *table = audit->tablePage()->table();
        table->setCurrentIndex(proxy->index(0, FindingTableModel::Title));
        const Finding &selected = model->finding(proxy->mapToSource(proxy->index(0, 0)).row());
        const QString text = audit->detailPane()->text();
        QVERIFY2(text.contains(selected.explanation), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Timeline")));
        QVERIFY(!selected.events.isEmpty());
        for (const ServerEvent &e : selected.events) {
            QVERIFY2(text.contains(QLocale().toString(e.date.toLocalTime(), QLocale::ShortFormat)), qPrintable(text));
            QVERIFY(text.contains(serverEventTypeTitle(e.type)));
            if (e.score)
                QVERIFY(text.contains(QLocale().toString(*e.score)));
        }
        QVERIFY(text.contains(serverEventTypeTitle(ServerEventType::Grabbed)));

        // Every kind again, no words: every row.
        audit->textFilter()->clear();
        kinds->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), model->rowCount());
    }

    void candidatesMarkItemsWithFindings()
    {
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndAudit(window));
        window.showView(Sidebar::Candidates);
        CandidateTableModel *candidates = window.candidateModel();
        const int column = candidates->columnOf(QStringLiteral("findings"));
        QVERIFY(column >= 0);
        const FindingIndex &index = window.models()->findingIndex();
        int marked = 0;
        for (int r = 0; r < candidates->rowCount(); ++r) {
            const FileRow &row = candidates->fileRow(r);
            QSet<FindingKind> kinds; // a multi-episode file's: each episode's
            for (const UpgradeItem &item : UpgradeItem::fromFileRow(row)) {
                for (FindingKind kind : index.kindsOf(item.instance, item.itemId))
                    kinds << kind;
            }
            const QModelIndex cell = candidates->index(r, column);
            const QString shown = cell.data().toString();
            QCOMPARE(kinds.isEmpty(), shown.isEmpty());
            if (kinds.isEmpty()) {
                QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), QStringLiteral("No findings"));
                continue;
            }
            ++marked;
            // In words, not a colour or a sign alone, also for a screen reader; the explanations in the tool tip.
            for (FindingKind kind : kinds) {
                QVERIFY(shown.contains(Finding::kindTitle(kind)));
                QVERIFY(cell.data(Qt::AccessibleTextRole).toString().contains(Finding::kindTitle(kind)));
            }
            QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(marked > 0);
    }

    void searchOfALoopAsksFirst()
    {
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndAudit(window));
        // A movie of the 1080p Radarr in an upgrade loop, selected in the Library.
        const QList<Finding> &findings = window.models()->findings();
        const auto loop = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
            return f.kind == FindingKind::UpgradeLoop && f.instance == QLatin1String("movies") && f.fileId > 0;
        });
        QVERIFY(loop != findings.cend());
        LibraryFilter filter;
        filter.instances = {QStringLiteral("movies")};
        window.setLibraryFilter(filter);
        window.showView(Sidebar::Library);
        LibraryFilterModel *proxy = window.proxyModel();
        int row = -1;
        for (int r = 0; r < proxy->rowCount() && row < 0; ++r) {
            if (proxy->fileRowAt(r).file->fileId == loop->fileId)
                row = r;
        }
        QVERIFY(row >= 0);
        auto *table = window.findChild<QTableView *>(QStringLiteral("fileTable"));
        table->selectionModel()->select(proxy->index(row, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_hd->clearCommands();

        // Cancelled: the question named the loop, and nothing was sent.
        QString said;
        answerNextBox(QStringLiteral("loopQuestion"), QStringLiteral("Cancel"), &said);
        window.searchUpgrades(true);
        QVERIFY2(said.contains(loop->explanation), qPrintable(said));
        QVERIFY(said.contains(QLatin1String("upgrade loop")));
        QTest::qWait(200);
        QCOMPARE(m_hd->commands().size(), 0);

        // Search Anyway: then the usual question, and the search is sent.
        QSignalSpy searched(&window, &MainWindow::searchFinished);
        answerNextBox(QStringLiteral("loopQuestion"), QStringLiteral("Search Anyway"));
        answerNextBox(QStringLiteral("searchQuestion"), QStringLiteral("Search"));
        window.searchUpgrades(true);
        QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 1, 20000);
        QCOMPARE(m_hd->commands().size(), 1);

        // An item in no loop is not asked about.
        QVERIFY(window.models()->upgradeLoopsOf({}).isEmpty());
    }

    void comparePairsTwoRadarrSharingACatalogue()
    {
        MainWindow window(config());
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndAudit(window));
        window.showView(Sidebar::Compare);
        auto *compare = window.findChild<ComparePage *>(QStringLiteral("comparePage"));
        QSignalSpy compared(compare, &ComparePage::compared);
        // The default pair: the two Radarr (the only kind with two), the Sonarr not offered.
        QTRY_VERIFY(!compare->isShowingEmptyState());
        QCOMPARE(compare->leftChoice()->count(), 2);
        QCOMPARE(compare->leftChoice()->currentData().toString(), QStringLiteral("movies"));
        QCOMPARE(compare->rightChoice()->count(), 1);
        QCOMPARE(compare->rightChoice()->currentData().toString(), QStringLiteral("movies-4k"));

        // Shared and one-sided movies by tmdbId, as the simulators have them.
        QHash<int, int> hdScore;
        QHash<int, int> uhdScore;
        for (auto [server, scores] : {std::pair{m_hd.get(), &hdScore}, std::pair{m_uhd.get(), &uhdScore}}) {
            for (const SimMovie &m : server->library().movies()) {
                if (m.file)
                    scores->insert(m.tmdbId, server->library().reportedScore(*m.file, m.qualityProfileId));
            }
        }
        int shared = 0;
        for (auto it = hdScore.cbegin(); it != hdScore.cend(); ++it)
            shared += uhdScore.contains(it.key());
        const int onlyOne = int(hdScore.size() + uhdScore.size()) - 2 * shared;
        QVERIFY(shared > 0 && onlyOne > 0);
        RowTableModel *sharedModel = compare->sharedModel();
        QCOMPARE(sharedModel->rowCount(), shared);
        QCOMPARE(compare->onlyInModel()->rowCount(), onlyOne);
        QVERIFY(compare->driftModel()->rowCount() > 0);
        QVERIFY(compare->tabs()->tabText(0).contains(QLocale().toString(shared)));

        // Headers name the instances; the difference is the second's score minus the first's, and sorts.
        const int left = sharedModel->columnOf(QStringLiteral("left_score"));
        const int right = sharedModel->columnOf(QStringLiteral("right_score"));
        const int difference = sharedModel->columnOf(QStringLiteral("difference"));
        QCOMPARE(sharedModel->headerData(left, Qt::Horizontal).toString(), QStringLiteral("Score in movies"));
        QCOMPARE(sharedModel->headerData(right, Qt::Horizontal).toString(), QStringLiteral("Score in movies-4k"));
        for (int r = 0; r < sharedModel->rowCount(); ++r) {
            const QVariant l = sharedModel->raw(r, left);
            const QVariant rr = sharedModel->raw(r, right);
            if (l.isValid() && rr.isValid())
                QCOMPARE(sharedModel->raw(r, difference).toLongLong(), rr.toLongLong() - l.toLongLong());
        }
        QTableView *table = compare->sharedPage()->table();
        table->sortByColumn(difference, Qt::DescendingOrder);
        QAbstractItemModel *sorted = table->model();
        for (int r = 1; r < sorted->rowCount(); ++r)
            QVERIFY(sorted->index(r - 1, difference).data(ModelRole::Sort).toLongLong()
                    >= sorted->index(r, difference).data(ModelRole::Sort).toLongLong());

        // The other way round: the same items, the differences negated.
        compared.clear();
        compare->compare(QStringLiteral("movies-4k"), QStringLiteral("movies"));
        QTRY_VERIFY(compared.count() > 0);
        QCOMPARE(sharedModel->rowCount(), shared);
        QCOMPARE(sharedModel->headerData(left, Qt::Horizontal).toString(), QStringLiteral("Score in movies-4k"));
    }

    void compareNeedsTwoOfAKind()
    {
        MainWindow window(config(false));
        const auto testers = testModelsOf(window);
        window.show();
        QVERIFY(syncAndAudit(window));
        window.showView(Sidebar::Compare);
        auto *compare = window.findChild<ComparePage *>(QStringLiteral("comparePage"));
        QVERIFY(compare->isShowingEmptyState());
        QCOMPARE(compare->leftChoice()->count(), 0);
        QVERIFY(!compare->leftChoice()->isEnabled());
    }
};

QTEST_MAIN(tst_AuditViews)
#include "tst_auditviews.moc"
