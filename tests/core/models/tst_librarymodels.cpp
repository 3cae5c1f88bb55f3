#include "analysisfixture.h"
#include "models/candidatetablemodel.h"
#include "models/filetablemodel.h"
#include "models/libraryfiltermodel.h"
#include "models/librarymodels.h"
#include "models/rowtablemodel.h"
#include "models/variantrows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <memory>
#include <vector>

using namespace arrscore;
using namespace arrscore::test;

// The app's tables without a window: a loaded library, a filter, what it leaves stale and what the
// views hold once refreshed, and the copies an export of each view takes.
class tst_LibraryModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<LibraryModels> m_models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    // One added file in each instance, so that the changes view has a row per instance.
    static SnapshotDiff addedIn(const LibrarySnapshot &s)
    {
        SnapshotDiff d;
        d.instanceName = s.instance.name;
        d.type = s.instance.type;
        d.fromId = s.id;
        d.toId = s.id + 10;
        DiffChange c;
        c.kind = ChangeKind::Added;
        c.mediaKind = s.files.first().kind;
        c.itemId = s.files.first().itemId;
        c.after = s.files.first();
        d.changes << c;
        return d;
    }
    void load()
    {
        const LibrarySnapshot radarr = radarrLibrary(), sonarr = sonarrV3Library();
        m_models->setLibrary({radarr, sonarr}, {addedIn(radarr), addedIn(sonarr)});
        m_models->setFilter({});
    }
    static LibraryFilter instance(const QString &name)
    {
        LibraryFilter f;
        f.instances = {name};
        return f;
    }

private Q_SLOTS:
    void init()
    {
        m_models = std::make_unique<LibraryModels>();
        m_testers.clear();
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_models->files(), m_models->filesProxy(), m_models->candidates(), m_models->candidatesProxy(),
                 m_models->formats(), m_models->formatsProxy(), m_models->profiles(), m_models->profilesProxy(),
                 m_models->changes(), m_models->changesProxy()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    void cleanup()
    {
        m_testers.clear();
        m_models.reset();
    }

    void startsEmptyWithItsColumns()
    {
        QCOMPARE(m_models->files()->rowCount(), 0);
        QVERIFY(m_models->formats()->columnCount() > 0);
        QVERIFY(m_models->profiles()->columnCount() > 0);
        QVERIFY(m_models->changes()->columnOf(QStringLiteral("change")) >= 0);
        QVERIFY(!m_models->isStale(LibraryModels::Candidates));
        QVERIFY(m_models->isStale(LibraryModels::Analyses));
        QVERIFY(m_models->isStale(LibraryModels::Dashboard));
        QVERIFY(m_models->isStale(LibraryModels::Trend));
    }

    // The app shows the files first and gets the candidates from a worker thread: the same rows as at once,
    // and a library replaced before its candidates came never gets them.
    void candidatesInTheBackgroundAreTheSame()
    {
        load();
        const int expected = m_models->candidates()->rowCount();
        QVERIFY(expected > 0);
        QVERIFY(!m_models->candidatesPending());
        QSignalSpy ready(m_models.get(), &LibraryModels::candidatesReady);
        const LibrarySnapshot radarr = radarrLibrary(), sonarr = sonarrV3Library();
        m_models->setLibrary({radarr}, {}, LibraryModels::CandidateSearch::InBackground);
        QVERIFY(m_models->candidatesPending());
        QCOMPARE(m_models->candidates()->rowCount(), 0); // the old rows pointed into the library replaced
        m_models->setLibrary({radarr, sonarr}, {}, LibraryModels::CandidateSearch::InBackground);
        QVERIFY(ready.wait(10000));
        QTest::qWait(50); // the first search's result, if it were taken, would come too
        QCOMPARE(ready.count(), 1);
        QVERIFY(!m_models->candidatesPending());
        QCOMPARE(m_models->candidates()->rowCount(), expected);
        for (int r = 0; r < expected; ++r) {
            const FileRow &row = m_models->candidates()->fileRow(r);
            QVERIFY(m_models->snapshots().constData() <= row.snapshot
                    && row.snapshot < m_models->snapshots().constData() + m_models->snapshots().size());
        }
    }

    void aLoadedLibraryFillsTheFilesAndLeavesTheRestStale()
    {
        load();
        QCOMPARE(m_models->snapshots().size(), 2);
        QCOMPARE(m_models->files()->rowCount(), 16);
        QCOMPARE(m_models->filesProxy()->rowCount(), 16);
        QVERIFY(m_models->candidates()->rowCount() > 0);
        QCOMPARE(m_models->changes()->rowCount(), 2); // the changes follow at once
        for (LibraryModels::Part part :
             {LibraryModels::Candidates, LibraryModels::Analyses, LibraryModels::Dashboard, LibraryModels::Trend})
            QVERIFY(m_models->isStale(part));
        QCOMPARE(m_models->formats()->rowCount(), 0); // not computed until asked for
        QVERIFY(m_models->refresh(LibraryModels::Analyses));
        QVERIFY(!m_models->isStale(LibraryModels::Analyses));
        QVERIFY(m_models->formats()->rowCount() > 0);
        QVERIFY(m_models->profiles()->rowCount() > 0);
        QVERIFY(!m_models->refresh(LibraryModels::Analyses)); // nothing changed since
        QVERIFY(m_models->refresh(LibraryModels::Trend));
        QVERIFY(!m_models->isStale(LibraryModels::Trend));
    }

    void aFilterNarrowsTheFilesAtOnceAndTheRestWhenRefreshed()
    {
        load();
        m_models->refresh(LibraryModels::Candidates);
        m_models->refresh(LibraryModels::Analyses);
        m_models->refresh(LibraryModels::Dashboard);
        m_models->refresh(LibraryModels::Trend);
        const int allCandidates = m_models->candidatesProxy()->rowCount();
        const int instanceColumn = m_models->formats()->columnOf(QStringLiteral("instance"));
        QVERIFY(instanceColumn >= 0);

        m_models->setFilter(instance(QStringLiteral("radarr")));
        QCOMPARE(m_models->filter().instances, QStringList{QStringLiteral("radarr")});
        QCOMPARE(m_models->filesProxy()->rowCount(), 12);
        QVERIFY(m_models->isStale(LibraryModels::Candidates));
        QVERIFY(m_models->isStale(LibraryModels::Analyses));
        QVERIFY(m_models->isStale(LibraryModels::Dashboard));
        QVERIFY(!m_models->isStale(LibraryModels::Trend));                // the trend covers every instance
        QCOMPARE(m_models->candidatesProxy()->rowCount(), allCandidates); // until refreshed
        QCOMPARE(m_models->changes()->rowCount(), 1);
        QCOMPARE(m_models->shownDiffs().size(), 1);
        QCOMPARE(m_models->shownDiffs().first().instanceName, QStringLiteral("radarr"));

        QVERIFY(m_models->refresh(LibraryModels::Candidates));
        for (int r = 0; r < m_models->candidatesProxy()->rowCount(); ++r)
            QCOMPARE(m_models->candidatesProxy()->fileRowAt(r).snapshot->instance.name, QStringLiteral("radarr"));
        QVERIFY(m_models->candidatesProxy()->rowCount() < allCandidates);
        QVERIFY(m_models->refresh(LibraryModels::Analyses));
        QVERIFY(m_models->formats()->rowCount() > 0);
        for (int r = 0; r < m_models->formats()->rowCount(); ++r)
            QCOMPARE(m_models->formats()->raw(r, instanceColumn).toString(), QStringLiteral("radarr"));
        QVERIFY(m_models->refresh(LibraryModels::Dashboard));
        QVERIFY(!m_models->refresh(LibraryModels::Dashboard));
    }

    void theTextFilterSearchesTheSmallViews()
    {
        load();
        LibraryFilter f;
        f.text = QStringLiteral("  alpha ");
        m_models->setFilter(f);
        QCOMPARE(m_models->filesProxy()->rowCount(), 1);
        for (QSortFilterProxyModel *proxy :
             {m_models->formatsProxy(), m_models->profilesProxy(), m_models->changesProxy()})
            QCOMPARE(proxy->filterRegularExpression().pattern(), QStringLiteral("alpha"));
        QCOMPARE(m_models->changes()->rowCount(), 2);
        QCOMPARE(m_models->changesProxy()->rowCount(), 1); // the radarr change is Alpha's file
    }

    void contentsOfEachViewForExport()
    {
        load();
        const auto files = m_models->contents(QStringLiteral("files"));
        QCOMPARE(files.view, QStringLiteral("files"));
        QCOMPARE(files.shownCount, 16);
        QCOMPARE(files.totalCount, 16);
        QVERIFY(!files.filtered);
        QCOMPARE(files.shown.size(), 2);
        QVERIFY(!files.shownRows);

        m_models->setFilter(instance(QStringLiteral("radarr")));
        m_models->refresh(LibraryModels::Candidates);
        const auto filtered = m_models->contents(QStringLiteral("files"));
        QVERIFY(filtered.filtered);
        QCOMPARE(filtered.shownCount, 12);
        QCOMPARE(filtered.totalCount, 16);
        QCOMPARE(filtered.all.size(), 2);
        QCOMPARE(filtered.shown.size(), 1); // the sonarr snapshot has no file shown
        QCOMPARE(filtered.shown.first().files.size(), 12);

        const auto candidates = m_models->contents(QStringLiteral("candidates"));
        QCOMPARE(candidates.shownCount, m_models->candidatesProxy()->rowCount());
        QCOMPARE(candidates.totalCount, m_models->candidates()->rowCount());

        QVERIFY(m_models->isStale(LibraryModels::Analyses));
        const auto formats = m_models->contents(QStringLiteral("formats"));
        QVERIFY(!m_models->isStale(LibraryModels::Analyses)); // exported as shown, so computed first
        QVERIFY(formats.shownRows && formats.allRows);
        QCOMPARE(formats.shownCount, m_models->formatsProxy()->rowCount());
        QCOMPARE(formats.totalCount, formats.allRows->size());
        QCOMPARE(formats.filtered, formats.shownCount != formats.totalCount);

        const auto changes = m_models->contents(QStringLiteral("changes"));
        QCOMPARE(changes.shownCount, 1);
        QCOMPARE(changes.totalCount, 2);
    }
};

QTEST_MAIN(tst_LibraryModels)
#include "tst_librarymodels.moc"
