// TablePage remembers a table's layout under its name, and drops a layout saved for other columns (an older
// version of the view) instead of putting its widths and hidden flags on the wrong columns.
#include "tablepage.h"

#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace arrscore;

class tst_TablePage : public QObject
{
    Q_OBJECT

private:
    static void setColumns(QStandardItemModel &model, const QStringList &names)
    {
        model.clear();
        model.setHorizontalHeaderLabels(names);
        model.appendRow(QList<QStandardItem *>{new QStandardItem(QStringLiteral("row"))});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void layoutRememberedForTheSameColumns()
    {
        QStandardItemModel model;
        setColumns(model, {QStringLiteral("Title"), QStringLiteral("Score"), QStringLiteral("Cutoff")});
        {
            TablePage page(QStringLiteral("remembered"), &model);
            page.restoreState();
            page.table()->setColumnHidden(2, true);
            page.saveState();
        }
        TablePage again(QStringLiteral("remembered"), &model);
        again.restoreState();
        QVERIFY(again.table()->isColumnHidden(2));
        QVERIFY(!again.table()->isColumnHidden(1));
    }

    void layoutOfOtherColumnsDropped()
    {
        QStandardItemModel model;
        setColumns(model, {QStringLiteral("Title"), QStringLiteral("Score"), QStringLiteral("Cutoff")});
        {
            TablePage page(QStringLiteral("changed"), &model);
            page.restoreState();
            page.table()->setColumnHidden(2, true); // "Cutoff" hidden by the user
            page.saveState();
        }
        // A newer version inserts a column before Cutoff: the saved flag would now hide "Best available".
        setColumns(model, {QStringLiteral("Title"), QStringLiteral("Score"), QStringLiteral("Best available"),
                           QStringLiteral("Cutoff")});
        TablePage newer(QStringLiteral("changed"), &model);
        newer.setDefaults({}, {}, 0, Qt::AscendingOrder);
        newer.restoreState();
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY2(!newer.table()->isColumnHidden(column), qPrintable(QString::number(column)));
        // Saved again, the new layout is remembered from then on.
        newer.table()->setColumnHidden(3, true);
        newer.saveState();
        TablePage later(QStringLiteral("changed"), &model);
        later.restoreState();
        QVERIFY(later.table()->isColumnHidden(3));
        QVERIFY(!later.table()->isColumnHidden(2));
    }
};

QTEST_MAIN(tst_TablePage)
#include "tst_tablepage.moc"
