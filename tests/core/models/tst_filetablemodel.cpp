#include "models/filetablemodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace arrscore;

namespace {

LibrarySnapshot library()
{
    LibrarySnapshot s;
    s.id = 7;
    s.instance.name = QStringLiteral("radarr");
    QualityProfile p;
    p.id = 1;
    p.name = QStringLiteral("HD");
    p.cutoffFormatScore = 1000;
    p.upgradeAllowed = true;
    s.profiles << p;
    const struct
    {
        qint64 id;
        const char *title;
        std::optional<int> score;
        qint64 size;
        const char *group;
    } rows[] = {
        {1, "Alpha", 900, 9'000'000'000, "GRP"},
        {2, "beta", -10000, 100, "LQ"},
        {3, "Gamma", std::nullopt, 5'000, "OTHER"},
        {4, "<script>alert(1)</script>", 10, 2'000'000'000'000, "GRP"},
    };
    for (const auto &r : rows) {
        MediaFile f;
        f.fileId = r.id;
        f.itemId = r.id * 10;
        f.title = QString::fromUtf8(r.title);
        f.customFormatScore = r.score;
        f.sizeBytes = r.size;
        f.releaseGroup = QString::fromUtf8(r.group);
        f.qualityProfileId = 1;
        f.relativePath = f.title + QStringLiteral(".mkv");
        s.files << f;
    }
    return s;
}

} // namespace

class tst_FileTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        FileTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshots({library()});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), FileColumns::count());
        model.setSnapshots({});
        QCOMPARE(model.rowCount(), 0);
    }

    void displayAndRawValues()
    {
        FileTableModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshots({library()});
        const QModelIndex score = model.index(1, FileColumns::CustomFormatScore);
        QCOMPARE(model.data(score, ModelRole::Raw).toInt(), -10000);
        QCOMPARE(model.data(model.index(2, FileColumns::CustomFormatScore)).toString(), QStringLiteral("n/a"));
        QVERIFY(!model.data(model.index(2, FileColumns::CustomFormatScore), ModelRole::Raw).isValid());
        QCOMPARE(model.data(model.index(0, FileColumns::QualityProfileName)).toString(), QStringLiteral("HD"));
        QCOMPARE(model.data(model.index(3, FileColumns::Title)).toString(),
                 QStringLiteral("<script>alert(1)</script>"));
        QCOMPARE(model.headerData(FileColumns::CustomFormatScore, Qt::Horizontal).toString(), QStringLiteral("Score"));
    }

    void displayFollowsTheLocale()
    {
        // What the table shows is the formatting locale's (the language setting's); what it sorts on is not.
        const QLocale previous;
        const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        FileTableModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LibrarySnapshot s = library();
        s.files[0].dateAdded = QDateTime(QDate(2026, 11, 24), QTime(12, 0));
        s.files[3].itemId = 12345;
        model.setSnapshots({s});
        const QModelIndex score = model.index(1, FileColumns::CustomFormatScore);
        QCOMPARE(model.data(score).toString(), QStringLiteral("-10.000"));
        QCOMPARE(model.data(score, ModelRole::Sort).toLongLong(), -10000);
        QCOMPARE(model.data(model.index(0, FileColumns::SizeBytes)).toString(), QStringLiteral("8,4 GiB"));
        QCOMPARE(model.data(model.index(0, FileColumns::SizeBytes), ModelRole::Sort).toLongLong(), 9'000'000'000);
        QVERIFY2(model.data(model.index(0, FileColumns::DateAdded)).toString().startsWith(QStringLiteral("24.11.26")),
                 qPrintable(model.data(model.index(0, FileColumns::DateAdded)).toString()));
        // Ids are not quantities: no group separator.
        QCOMPARE(model.data(model.index(3, FileColumns::ItemId)).toString(), QStringLiteral("12345"));
    }

    void numbersSortAsNumbersAndNullFirst()
    {
        FileTableModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshots({library()});
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ModelRole::Sort);
        proxy.sort(FileColumns::CustomFormatScore, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, FileColumns::Title).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("Gamma"), QStringLiteral("beta"),
                                     QStringLiteral("<script>alert(1)</script>"), QStringLiteral("Alpha")}));
        proxy.sort(FileColumns::SizeBytes, Qt::DescendingOrder); // 2 TB > 9 GB, not "9.0 GB" > "2.0 TB"
        QCOMPARE(proxy.index(0, FileColumns::Title).data().toString(), QStringLiteral("<script>alert(1)</script>"));
    }

    void scoresBelowTheCutoffSayItBeyondAColour()
    {
        LibrarySnapshot s = library();
        s.files[3].customFormatScore = 1000; // at the cutoff: not below
        FileTableModel model;
        model.setSnapshots({s});
        QSortFilterProxyModel proxy; // what the views see: the role passes through
        proxy.setSourceModel(&model);
        const auto score = [&proxy](int row, int role) {
            return proxy.data(proxy.index(row, FileColumns::CustomFormatScore), role);
        };
        const QLocale locale;
        QCOMPARE(score(0, ModelRole::BelowCutoff), QVariant(true));  // 900 < 1000
        QCOMPARE(score(1, ModelRole::BelowCutoff), QVariant(true));  // -10000
        QCOMPARE(score(2, ModelRole::BelowCutoff), QVariant(false)); // unknown is never below
        QCOMPARE(score(3, ModelRole::BelowCutoff), QVariant(false)); // at the cutoff
        QVERIFY(!proxy.data(proxy.index(0, FileColumns::Title), ModelRole::BelowCutoff).isValid());
        QVERIFY(!proxy.data(proxy.index(0, FileColumns::CutoffFormatScore), ModelRole::BelowCutoff).isValid());

        // The words a screen reader says for the cell, and the tool tip that explains the sign.
        QCOMPARE(score(0, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("%1, below the cutoff score %2").arg(locale.toString(900), locale.toString(1000)));
        QCOMPARE(
            score(1, Qt::ToolTipRole).toString(),
            QStringLiteral("%1 points below the cutoff score %2").arg(locale.toString(11000), locale.toString(1000)));
        QCOMPARE(score(0, Qt::DisplayRole).toString(), locale.toString(900)); // the number itself stays a number
        for (const int row : {2, 3}) {
            QVERIFY(!score(row, Qt::AccessibleTextRole).isValid());
            QVERIFY(!score(row, Qt::ToolTipRole).isValid());
        }

        // A file whose profile the sync does not know is never called below.
        s.files[0].qualityProfileId = 99;
        model.setSnapshots({s});
        QCOMPARE(score(0, ModelRole::BelowCutoff), QVariant(false));
    }

    void filterTextCoversTitleGroupAndPath()
    {
        FileTableModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshots({library()});
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ModelRole::FilterText);
        proxy.setFilterKeyColumn(0);
        proxy.setFilterFixedString(QStringLiteral("grp"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterFixedString(QStringLiteral("beta.mkv"));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_FileTableModel)
#include "tst_filetablemodel.moc"
