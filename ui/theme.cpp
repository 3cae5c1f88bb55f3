#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

namespace arrscore {

namespace {

struct StartupLook
{
    bool captured = false;
    QString styleName;
    QPalette palette;
    Theme::Mode current = Theme::Mode::System;
};

StartupLook &startup()
{
    static StartupLook look;
    if (!look.captured && qApp) {
        look.captured = true;
        look.styleName = QApplication::style()->name();
        look.palette = QApplication::palette();
    }
    return look;
}

// Both palettes, role by role: {active and inactive, disabled} for dark, then for light. Dark greys rather
// than black, so that frames and alternating rows stay visible; text not pure white to keep the contrast
// comfortable. Text meets WCAG AA (4.5:1) on the backgrounds it is drawn on, disabled text 3:1 (tst_theme).
struct RoleColors
{
    QPalette::ColorRole role;
    QRgb dark[2];
    QRgb light[2];
};

constexpr RoleColors kPalettes[] = {
    {QPalette::Window, {0x2b2b2e, 0x2b2b2e}, {0xefeff1, 0xefeff1}},
    {QPalette::WindowText, {0xe8e8ea, 0x808084}, {0x1d1d1f, 0x7a7a7e}},
    {QPalette::Base, {0x1e1e21, 0x262629}, {0xffffff, 0xf4f4f5}},
    {QPalette::AlternateBase, {0x27272b, 0x2b2b2e}, {0xf2f4f7, 0xf0f0f1}},
    {QPalette::ToolTipBase, {0x3a3a3f, 0x3a3a3f}, {0xffffe6, 0xffffe6}},
    {QPalette::ToolTipText, {0xf0f0f2, 0xf0f0f2}, {0x1d1d1f, 0x1d1d1f}},
    {QPalette::PlaceholderText, {0x96969c, 0x77777c}, {0x6e6e73, 0x85858a}},
    {QPalette::Text, {0xe8e8ea, 0x808084}, {0x1d1d1f, 0x7a7a7e}},
    {QPalette::Button, {0x38383c, 0x303033}, {0xf3f3f5, 0xe8e8ea}},
    {QPalette::ButtonText, {0xe8e8ea, 0x808084}, {0x1d1d1f, 0x7a7a7e}},
    {QPalette::BrightText, {0xff7b72, 0xff7b72}, {0xffffff, 0xffffff}},
    {QPalette::Light, {0x525257, 0x525257}, {0xffffff, 0xffffff}},
    {QPalette::Midlight, {0x444448, 0x444448}, {0xe3e3e6, 0xe3e3e6}},
    {QPalette::Mid, {0x303033, 0x303033}, {0xb8b8bc, 0xb8b8bc}},
    {QPalette::Dark, {0x1a1a1c, 0x1a1a1c}, {0x9d9da1, 0x9d9da1}},
    {QPalette::Shadow, {0x0a0a0b, 0x0a0a0b}, {0x76767a, 0x76767a}},
    {QPalette::Highlight, {0x2f6fba, 0x404044}, {0x2470bd, 0xc8c8cc}},
    {QPalette::HighlightedText, {0xffffff, 0xa0a0a4}, {0xffffff, 0x6e6e73}},
    {QPalette::Link, {0x6cb6ff, 0x5a7a99}, {0x0b5cad, 0x68819a}},
    {QPalette::LinkVisited, {0xc09cff, 0x807099}, {0x6b3fa0, 0x9484a6}},
};

} // namespace

QPalette Theme::palette(Mode mode)
{
    QPalette p;
    for (const RoleColors &c : kPalettes) {
        const QRgb *colors = mode == Theme::Mode::Dark ? c.dark : c.light;
        p.setColor(QPalette::Active, c.role, QColor(colors[0]));
        p.setColor(QPalette::Inactive, c.role, QColor(colors[0]));
        p.setColor(QPalette::Disabled, c.role, QColor(colors[1]));
    }
    return p;
}

QColor Theme::belowCutoffColour(const QPalette &palette)
{
    constexpr int kMidLightness = 128;
    return palette.color(QPalette::Base).lightness() < kMidLightness ? QColor(0xff, 0x7b, 0x72)
                                                                     : QColor(0xb3, 0x26, 0x1e);
}

void Theme::apply(Mode mode)
{
    StartupLook &look = startup();
    if (mode == Mode::System && look.current == Mode::System)
        return; // untouched, the platform may still change its palette (a desktop switching to dark)
    if (mode == Mode::System) {
        if (QApplication::style()->name().compare(look.styleName, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(look.styleName);
        QApplication::setPalette(look.palette);
    } else {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(palette(mode));
    }
    // Tool tips keep a palette of their own.
    QToolTip::setPalette(QApplication::palette());
    look.current = mode;
}

Theme::Mode Theme::current()
{
    return startup().current;
}

QString Theme::settingsKey()
{
    return QStringLiteral("ui/theme");
}

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::fromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

Theme::Mode Theme::fromSettings()
{
    return fromName(QSettings().value(settingsKey()).toString());
}

void Theme::save(Mode mode)
{
    QSettings().setValue(settingsKey(), name(mode));
}

} // namespace arrscore
