// Scores below the cutoff in the real table page, offscreen: the sign is painted in the score cell (and only
// there, only for them), in the selection's colour on a selected row, and a screen reader hears it in words.

#include "belowcutoffdelegate.h"
#include "models/filetablemodel.h"
#include "models/modelroles.h"
#include "tablepage.h"
#include "theme.h"

#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include <algorithm>
#include <cstdlib>

using namespace arrscore;

namespace {

LibrarySnapshot library()
{
    LibrarySnapshot s;
    s.instance.name = QStringLiteral("radarr");
    QualityProfile p;
    p.id = 1;
    p.name = QStringLiteral("HD");
    p.cutoffFormatScore = 100;
    s.profiles << p;
    for (const int score : {40, 100, 250}) {
        MediaFile f;
        f.fileId = score;
        f.title = QStringLiteral("Film %1").arg(score);
        f.customFormatScore = score;
        f.qualityProfileId = 1;
        s.files << f;
    }
    return s;
}

// How many pixels of the cell's left part (where the sign goes, the number is right-aligned) are colour, give or
// take the scaling of the sign's edges.
int pixelsOf(const QTableView &table, int row, int column, const QColor &colour)
{
    const QRect cell = table.visualRect(table.model()->index(row, column));
    const QImage image = table.viewport()->grab(cell).toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width() / 3; ++x) {
            const QColor c = image.pixelColor(x, y);
            const int distance = std::max({std::abs(c.red() - colour.red()), std::abs(c.green() - colour.green()),
                                           std::abs(c.blue() - colour.blue())});
            count += distance <= 24 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

class tst_BelowCutoffDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(Theme::Mode::Light);
    }

    void theSignIsDrawnOnlyBesideScoresBelowTheCutoff_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("light") << int(Theme::Mode::Light);
        QTest::newRow("dark") << int(Theme::Mode::Dark);
    }

    void theSignIsDrawnOnlyBesideScoresBelowTheCutoff()
    {
        QFETCH(int, mode);
        Theme::apply(Theme::Mode(mode));
        FileTableModel model;
        model.setSnapshots({library()});
        TablePage page(QStringLiteral("library"), &model);
        page.resize(900, 300);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *table = page.table();
        QVERIFY(qobject_cast<BelowCutoffDelegate *>(table->itemDelegate()));
        table->horizontalHeader()->resizeSection(FileColumns::CustomFormatScore, 120);
        table->scrollTo(model.index(0, FileColumns::CustomFormatScore));

        const QColor red = Theme::belowCutoffColour(table->palette());
        const int score = FileColumns::CustomFormatScore;
        QVERIFY2(pixelsOf(*table, 0, score, red) >= 10, "no sign beside 40, below the cutoff of 100");
        QCOMPARE(pixelsOf(*table, 1, score, red), 0);                          // at the cutoff
        QCOMPARE(pixelsOf(*table, 2, score, red), 0);                          // above it
        QCOMPARE(pixelsOf(*table, 0, FileColumns::CutoffFormatScore, red), 0); // the sign is the score's alone

        // A selected row draws the sign in the selection's text colour, which reads on the highlight.
        table->selectionModel()->select(model.index(0, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->setFocus();
        const QColor selected = table->palette().color(QPalette::Active, QPalette::HighlightedText);
        QTRY_VERIFY2(pixelsOf(*table, 0, score, selected) >= 10, "no sign on the selected row");
        QCOMPARE(pixelsOf(*table, 0, score, red), 0);
    }

    void aScreenReaderHearsItInWords()
    {
        FileTableModel model;
        model.setSnapshots({library()});
        TablePage page(QStringLiteral("library"), &model);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(page.table());
        QVERIFY(table && table->tableInterface());
        const QLocale locale;
        QAccessibleInterface *below = table->tableInterface()->cellAt(0, FileColumns::CustomFormatScore);
        QVERIFY(below);
        QCOMPARE(below->text(QAccessible::Name),
                 QStringLiteral("%1, below the cutoff score %2").arg(locale.toString(40), locale.toString(100)));
        QAccessibleInterface *met = table->tableInterface()->cellAt(1, FileColumns::CustomFormatScore);
        QVERIFY(met);
        QCOMPARE(met->text(QAccessible::Name), locale.toString(100));
    }

    void theSignIsAShapeInTheColourAsked()
    {
        const QImage image = BelowCutoffDelegate::sign(Qt::red, 12).pixmap(24, 24).toImage();
        QCOMPARE(image.size(), QSize(24, 24));                           // drawn at twice the size, not scaled
        QCOMPARE(image.pixelColor(12, 10).rgb(), QColor(Qt::red).rgb()); // inside the triangle
        QCOMPARE(image.pixelColor(1, 20).alpha(), 0);                    // below its slope: transparent
        QCOMPARE(image.pixelColor(12, 23).alpha(), 0);                   // under its tip
    }
};

QTEST_MAIN(tst_BelowCutoffDelegate)
#include "tst_belowcutoffdelegate.moc"
