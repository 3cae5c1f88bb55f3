// LibraryLoader::open: the latest snapshot of each instance, each after the first read on a connection and
// thread of its own, comes back whole and in SnapshotStore::latestOf()'s order; an unknown instance is NotFound.
// Every test runs once per backend: global rows "sqlite" (real files) and "postgresql" (ARRSCORE_TEST_PG).
#include "freshdatabase.h"
#include "models/libraryloader.h"
#include "snapshotfixture.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"

#include <QtTest>

using namespace arrscore;
using namespace arrscore::test::snapshots;

class tst_LibraryLoader : public QObject, private test::FreshDatabase
{
    Q_OBJECT

public:
    tst_LibraryLoader() : FreshDatabase(QStringLiteral("tst_loader"), QStringLiteral("loader/history-%1.db")) {}

private Q_SLOTS:
    void initTestCase_data() { test::StorageBackends::addRows(); }
    void init() { openFresh(); }
    void cleanup() { closeAndDrop(); }

    void latestOfEveryInstanceInParallel();
    void namedInstancesOnly();
    void unknownInstance();
    void emptyDatabase();
};

namespace {

// Three instances, named out of order, each synced twice with different files: only the second sync counts.
QList<LibrarySnapshot> storeThree(Database &db)
{
    SnapshotStore store(db);
    QList<LibrarySnapshot> latest;
    for (const QString &name : {QStringLiteral("zeta"), QStringLiteral("Alpha"), QStringLiteral("mid")}) {
        LibrarySnapshot first = library(3, name);
        if (!store.save(first))
            return {};
        LibrarySnapshot second = library(40 + int(name.size()), name);
        second.files.first().title = QStringLiteral("Renamed in %1").arg(name);
        const Result<qint64> id = store.save(second);
        if (!id)
            return {};
        Result<LibrarySnapshot> stored = store.load(*id);
        if (!stored)
            return {};
        latest << std::move(stored).value();
    }
    return latest;
}

QStringList namesOf(const QList<LibrarySnapshot> &snapshots)
{
    QStringList names;
    for (const LibrarySnapshot &s : snapshots)
        names << s.instance.name;
    return names;
}

} // namespace

void tst_LibraryLoader::latestOfEveryInstanceInParallel()
{
    const QList<LibrarySnapshot> stored = storeThree(*db());
    QCOMPARE(stored.size(), 3);
    Result<LibraryLoader::Opened> opened = LibraryLoader::open(m_location);
    QVERIFY2(opened, qPrintable(opened.error().message));
    QVERIFY(opened->database);
    // instanceNames() order: case-insensitive.
    QCOMPARE(namesOf(opened->snapshots),
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("mid"), QStringLiteral("zeta")}));
    Result<QList<LibrarySnapshot>> expected = SnapshotStore(*db()).latestOf();
    QVERIFY(expected);
    QCOMPARE(opened->snapshots.size(), expected->size());
    for (qsizetype i = 0; i < expected->size(); ++i) {
        const LibrarySnapshot &got = opened->snapshots.at(i);
        const LibrarySnapshot &want = expected->at(i);
        QCOMPARE(got.id, want.id);
        QCOMPARE(snapshotDiff(want, got), QString());
        QCOMPARE(got.files.size(), 40 + want.instance.name.size()); // the second sync's
        QCOMPARE(got.files.last().title, QStringLiteral("Renamed in %1").arg(want.instance.name));
    }
}

void tst_LibraryLoader::namedInstancesOnly()
{
    QCOMPARE(storeThree(*db()).size(), 3);
    Result<LibraryLoader::Opened> opened =
        LibraryLoader::open(m_location, {QStringLiteral("zeta"), QStringLiteral("Alpha")});
    QVERIFY2(opened, qPrintable(opened.error().message));
    QCOMPARE(namesOf(opened->snapshots), (QStringList{QStringLiteral("Alpha"), QStringLiteral("zeta")}));
}

void tst_LibraryLoader::unknownInstance()
{
    QCOMPARE(storeThree(*db()).size(), 3);
    Result<LibraryLoader::Opened> opened =
        LibraryLoader::open(m_location, {QStringLiteral("mid"), QStringLiteral("nope")});
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::NotFound);
    QVERIFY2(opened.error().message.contains(QStringLiteral("\"nope\"")), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QStringLiteral("Alpha, mid, zeta")), qPrintable(opened.error().message));
}

void tst_LibraryLoader::emptyDatabase()
{
    Result<LibraryLoader::Opened> opened = LibraryLoader::open(m_location);
    QVERIFY2(opened, qPrintable(opened.error().message));
    QVERIFY(opened->snapshots.isEmpty());
}

QTEST_GUILESS_MAIN(tst_LibraryLoader)
#include "tst_libraryloader.moc"
