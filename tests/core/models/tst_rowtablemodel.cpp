// RowTableModel, the table of the small export views (custom formats, quality profiles, changes), and a
// sort proxy over it, both under QAbstractItemModelTester: columns before rows, resets, numeric sorting.
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
};

QTEST_GUILESS_MAIN(tst_RowTableModel)
#include "tst_rowtablemodel.moc"
