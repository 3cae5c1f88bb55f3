// The light and dark palettes meet WCAG AA: every text colour on every background it is drawn on has a
// contrast of at least 4.5:1 (disabled text is exempt in WCAG, but is kept readable at 3:1 here).

#include "contrast.h"
#include "theme.h"

#include <QApplication>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

class tst_Theme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contrastCheckCatchesALowPair();
    void palettesMeetWcagAA_data();
    void palettesMeetWcagAA();
    void belowCutoffColourReadsOnTables();
    void applySwitchesTheApplicationPalette();
};

void tst_Theme::contrastCheckCatchesALowPair()
{
    // The formula against WCAG's own figures: black on white is 21:1, #777 on white just under 4.5:1.
    QCOMPARE(qRound(contrastRatio(0x000000, 0xffffff) * 100), 2100);
    QVERIFY(contrastRatio(0x777777, 0xffffff) < 4.5);
    QVERIFY(contrastRatio(0x767676, 0xffffff) >= 4.5);
}

void tst_Theme::palettesMeetWcagAA_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("text");
    QTest::addColumn<int>("background");
    QTest::addColumn<double>("minimum");
    struct Pair
    {
        QPalette::ColorRole text, background;
    };
    const Pair pairs[] = {
        {QPalette::WindowText, QPalette::Window},       {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},      {QPalette::ButtonText, QPalette::Button},
        {QPalette::ToolTipText, QPalette::ToolTipBase}, {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::PlaceholderText, QPalette::Base},    {QPalette::Link, QPalette::Base},
        {QPalette::LinkVisited, QPalette::Base},        {QPalette::Link, QPalette::Window},
    };
    for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            for (const Pair &p : pairs) {
                const QByteArray name = Theme::name(mode).toLatin1() + ' ' + QByteArray::number(group) + ' '
                                        + QByteArray::number(p.text) + '/' + QByteArray::number(p.background);
                QTest::newRow(name.constData()) << int(mode) << int(group) << int(p.text) << int(p.background)
                                                << (group == QPalette::Disabled ? 3.0 : 4.5);
            }
        }
    }
}

void tst_Theme::palettesMeetWcagAA()
{
    QFETCH(int, mode);
    QFETCH(int, group);
    QFETCH(int, text);
    QFETCH(int, background);
    QFETCH(double, minimum);
    const QPalette palette = Theme::palette(Theme::Mode(mode));
    const QColor fg = palette.color(QPalette::ColorGroup(group), QPalette::ColorRole(text));
    const QColor bg = palette.color(QPalette::ColorGroup(group), QPalette::ColorRole(background));
    const double ratio = contrastRatio(fg.rgb() & 0xffffff, bg.rgb() & 0xffffff);
    QVERIFY2(
        ratio >= minimum,
        qPrintable(
            QStringLiteral("%1 on %2: %3:1, below %4:1").arg(fg.name(), bg.name()).arg(ratio, 0, 'f', 2).arg(minimum)));
}

void tst_Theme::belowCutoffColourReadsOnTables()
{
    // The red of scores below the cutoff on the rows and alternate rows of either theme.
    for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
        const QPalette palette = Theme::palette(mode);
        const QColor red = Theme::belowCutoffColour(palette);
        for (const QPalette::ColorRole background : {QPalette::Base, QPalette::AlternateBase}) {
            const QColor bg = palette.color(QPalette::Active, background);
            const double ratio = contrastRatio(red.rgb() & 0xffffff, bg.rgb() & 0xffffff);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(red.name(), bg.name()).arg(ratio)));
        }
    }
}

void tst_Theme::applySwitchesTheApplicationPalette()
{
    Theme::apply(Theme::Mode::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             Theme::palette(Theme::Mode::Dark).color(QPalette::Window));
    Theme::apply(Theme::Mode::Light);
    QCOMPARE(QApplication::palette().color(QPalette::Text), Theme::palette(Theme::Mode::Light).color(QPalette::Text));
    QCOMPARE(Theme::current(), Theme::Mode::Light);
}

QTEST_MAIN(tst_Theme)
#include "tst_theme.moc"
