// PlainToolTips on a real item view, offscreen: a tooltip that looks like markup (as a server's title can)
// is shown as its characters, with its line breaks; an item without a tooltip shows none.
#include "plaintooltips.h"

#include <QApplication>
#include <QHelpEvent>
#include <QTableWidget>
#include <QToolTip>
#include <QtTest>

using namespace arrscore;

class tst_PlainToolTips : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markupIsShownAsText()
    {
        QTableWidget table(2, 1);
        auto *hostile = new QTableWidgetItem(QStringLiteral("Evil"));
        hostile->setToolTip(QStringLiteral("<img src=\"http://127.0.0.1:9/x.png\"><b>Evil</b>\nsecond line"));
        table.setItem(0, 0, hostile);
        table.setItem(1, 0, new QTableWidgetItem(QStringLiteral("plain, no tooltip")));
        PlainToolTips::install(&table);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));

        const QPoint at = table.visualItemRect(hostile).center();
        QHelpEvent event(QEvent::ToolTip, at, table.viewport()->mapToGlobal(at));
        QApplication::sendEvent(table.viewport(), &event);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString shown = QToolTip::text();
        QVERIFY2(shown.contains(QLatin1String("&lt;img src=\"http://127.0.0.1:9/x.png\"&gt;&lt;b&gt;Evil")),
                 qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("<img")) && !shown.contains(QLatin1String("<b>")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("<br>")) && shown.endsWith(QLatin1String("second line</p>")),
                 qPrintable(shown));

        const QPoint none = table.visualItemRect(table.item(1, 0)).center();
        QHelpEvent second(QEvent::ToolTip, none, table.viewport()->mapToGlobal(none));
        QApplication::sendEvent(table.viewport(), &second);
        QTRY_VERIFY(!QToolTip::isVisible());
    }
};

QTEST_MAIN(tst_PlainToolTips)
#include "tst_plaintooltips.moc"
