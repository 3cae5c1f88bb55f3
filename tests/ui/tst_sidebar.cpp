// Sidebar offscreen: a view's name and count are never cut off, however long the language makes them.
#include "base/translations.h"
#include "sidebar.h"

#include <QFontMetrics>
#include <QSplitter>
#include <QtTest>

using namespace arrscore;

class tst_Sidebar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void longViewNamesFit()
    {
        // French names the candidates "Candidats à la mise à niveau": with its count, wider than the
        // 240 pixels the window gives the sidebar at first.
        QCOMPARE(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
        QSplitter splitter;
        auto *sidebar = new Sidebar;
        splitter.addWidget(sidebar);
        splitter.addWidget(new QWidget);
        splitter.resize(1200, 600);
        splitter.setSizes({240, 960});
        splitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        sidebar->setViewCount(Sidebar::Library, 2523);
        sidebar->setViewCount(Sidebar::Candidates, 2153);
        QTreeWidgetItem *views = sidebar->topLevelItem(0);
        QTreeWidgetItem *candidates = views->child(Sidebar::Candidates);
        QVERIFY2(candidates->text(0).startsWith(QStringLiteral("Candidats à la mise à niveau")),
                 qPrintable(candidates->text(0)));
        const int textWidth = QFontMetrics(candidates->font(0)).horizontalAdvance(candidates->text(0));
        QTRY_VERIFY2(
            sidebar->viewport()->width()
                >= sidebar->visualItemRect(candidates).left() + sidebar->iconSize().width() + textWidth,
            qPrintable(QStringLiteral("%1 px for %2 px of text").arg(sidebar->viewport()->width()).arg(textWidth)));
    }
};

QTEST_MAIN(tst_Sidebar)
#include "tst_sidebar.moc"
