// RowTableModel, the table of the small export views (custom formats, quality profiles, changes), and a
// sort proxy over it, both under QAbstractItemModelTester: columns before rows, resets, numeric sorting.
#include "base/translations.h"
#include "models/modelroles.h"
#include "models/rowtablemodel.h"
#include "models/variantrows.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace arrscore;

namespace {

VariantRows formats()
{
    return VariantRows({QStringLiteral("format"), QStringLiteral("score")},
                       {{QStringLiteral("HDR"), 100}, {QStringLiteral("DV"), -5}, {QStringLiteral("x265"), 20}});
}

} // namespace

class tst_RowTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        RowTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({QStringLiteral("format"), QStringLiteral("score")});
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.rowCount(), 0);
        VariantRows rows = formats();
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.raw(1, model.columnOf(QStringLiteral("score"))).toInt(), -5);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 2); // the view keeps its columns
    }

    void proxySortsNumbersAsNumbers()
    {
        RowTableModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ModelRole::Sort);
        VariantRows rows = formats();
        model.setRows(rows);
        proxy.sort(model.columnOf(QStringLiteral("score")), Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, 0).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("DV"), QStringLiteral("x265"), QStringLiteral("HDR")}));
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void displayFollowsTheLocale()
    {
        // Counts, decimals and shares in the formatting locale; the proxy still sorts -1234.5 before 20.
        const QLocale previous;
        const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        RowTableModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VariantRows rows({QStringLiteral("profile_id"), QStringLiteral("files"), QStringLiteral("mean_score"),
                          QStringLiteral("share_at_or_above_cutoff")},
                         {{qint64(12345), qint64(12345), -1234.5, 0.5}, {qint64(2), qint64(2), 20.0, 1.0}});
        model.setRows(rows);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("12345"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("12\u202f345"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("-1\u202f234,5"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("50 %"));
        QCOMPARE(model.index(0, 2).data(ModelRole::Sort).toDouble(), -1234.5);
    }

    void changeKindsInTheLanguage()
    {
        // The changes view's "change" column holds changeKindName() ("upgraded") for export; the table
        // shows it in the user's language, and sorts as before.
        const auto restore = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        RowTableModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VariantRows rows({QStringLiteral("change"), QStringLiteral("title")},
                         {{QStringLiteral("upgraded"), QStringLiteral("A")},
                          {QStringLiteral("rescored"), QStringLiteral("B")},
                          {QStringLiteral("something new"), QStringLiteral("C")}});
        model.setRows(rows);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("verbessert"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("neu bewertet"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("something new"));
        QCOMPARE(model.index(0, 0).data(ModelRole::Raw).toString(), QStringLiteral("upgraded"));
    }
};

QTEST_GUILESS_MAIN(tst_RowTableModel)
#include "tst_rowtablemodel.moc"
