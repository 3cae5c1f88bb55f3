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

void setColor(QPalette &p, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    p.setColor(QPalette::Active, role, active);
    p.setColor(QPalette::Inactive, role, active);
    p.setColor(QPalette::Disabled, role, disabled);
}

void setColor(QPalette &p, QPalette::ColorRole role, const QColor &all)
{
    setColor(p, role, all, all);
}

// Dark greys rather than black, so that frames and alternating rows stay visible; text is not pure
// white to keep the contrast comfortable; every disabled colour is still readable.
QPalette darkPalette()
{
    QPalette p;
    setColor(p, QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    setColor(p, QPalette::WindowText, QColor(0xe8, 0xe8, 0xea), QColor(0x80, 0x80, 0x84));
    setColor(p, QPalette::Base, QColor(0x1e, 0x1e, 0x21), QColor(0x26, 0x26, 0x29));
    setColor(p, QPalette::AlternateBase, QColor(0x27, 0x27, 0x2b), QColor(0x2b, 0x2b, 0x2e));
    setColor(p, QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3f));
    setColor(p, QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf2));
    setColor(p, QPalette::PlaceholderText, QColor(0x96, 0x96, 0x9c), QColor(0x66, 0x66, 0x6a));
    setColor(p, QPalette::Text, QColor(0xe8, 0xe8, 0xea), QColor(0x80, 0x80, 0x84));
    setColor(p, QPalette::Button, QColor(0x38, 0x38, 0x3c), QColor(0x30, 0x30, 0x33));
    setColor(p, QPalette::ButtonText, QColor(0xe8, 0xe8, 0xea), QColor(0x80, 0x80, 0x84));
    setColor(p, QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    setColor(p, QPalette::Light, QColor(0x52, 0x52, 0x57));
    setColor(p, QPalette::Midlight, QColor(0x44, 0x44, 0x48));
    setColor(p, QPalette::Mid, QColor(0x30, 0x30, 0x33));
    setColor(p, QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    setColor(p, QPalette::Shadow, QColor(0x0a, 0x0a, 0x0b));
    setColor(p, QPalette::Highlight, QColor(0x2f, 0x6f, 0xba), QColor(0x40, 0x40, 0x44));
    setColor(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), QColor(0xa0, 0xa0, 0xa4));
    setColor(p, QPalette::Link, QColor(0x6c, 0xb6, 0xff), QColor(0x5a, 0x7a, 0x99));
    setColor(p, QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff), QColor(0x80, 0x70, 0x99));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    setColor(p, QPalette::Window, QColor(0xef, 0xef, 0xf1));
    setColor(p, QPalette::WindowText, QColor(0x1d, 0x1d, 0x1f), QColor(0x8a, 0x8a, 0x8e));
    setColor(p, QPalette::Base, QColor(0xff, 0xff, 0xff), QColor(0xf4, 0xf4, 0xf5));
    setColor(p, QPalette::AlternateBase, QColor(0xf2, 0xf4, 0xf7), QColor(0xf0, 0xf0, 0xf1));
    setColor(p, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe6));
    setColor(p, QPalette::ToolTipText, QColor(0x1d, 0x1d, 0x1f));
    setColor(p, QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x73), QColor(0xa8, 0xa8, 0xac));
    setColor(p, QPalette::Text, QColor(0x1d, 0x1d, 0x1f), QColor(0x8a, 0x8a, 0x8e));
    setColor(p, QPalette::Button, QColor(0xf3, 0xf3, 0xf5), QColor(0xe8, 0xe8, 0xea));
    setColor(p, QPalette::ButtonText, QColor(0x1d, 0x1d, 0x1f), QColor(0x8a, 0x8a, 0x8e));
    setColor(p, QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    setColor(p, QPalette::Light, QColor(0xff, 0xff, 0xff));
    setColor(p, QPalette::Midlight, QColor(0xe3, 0xe3, 0xe6));
    setColor(p, QPalette::Mid, QColor(0xb8, 0xb8, 0xbc));
    setColor(p, QPalette::Dark, QColor(0x9d, 0x9d, 0xa1));
    setColor(p, QPalette::Shadow, QColor(0x76, 0x76, 0x7a));
    setColor(p, QPalette::Highlight, QColor(0x2a, 0x7a, 0xc9), QColor(0xc8, 0xc8, 0xcc));
    setColor(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), QColor(0x6e, 0x6e, 0x73));
    setColor(p, QPalette::Link, QColor(0x0b, 0x5c, 0xad), QColor(0x7a, 0x94, 0xad));
    setColor(p, QPalette::LinkVisited, QColor(0x6b, 0x3f, 0xa0), QColor(0x94, 0x84, 0xa6));
    return p;
}

} // namespace

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
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
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
