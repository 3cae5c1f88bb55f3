#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace arrscore {

// The app's colour scheme: the platform's own look, or Fusion with a light or a dark palette.
// Chosen in Settings › Appearance and kept in QSettings ("ui/theme").
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    // Applies to the whole QApplication at once. The first call remembers the style and palette the
    // app started with, so that System can go back to them later.
    static void apply(Mode mode);
    static Mode current();
    // The mode saved in QSettings; System when none or an unknown one is saved.
    static Mode fromSettings();
    static void save(Mode mode);

    static QString settingsKey();   // "ui/theme"
    static QString name(Mode mode); // "system", "light", "dark": as stored
    static Mode fromName(const QString &name);
    // The Fusion palette of Light or Dark (System has none of its own: the platform's).
    static QPalette palette(Mode mode);
    // The red of scores below the cutoff and of formats that lower a score, readable (4.5:1) on palette's Base and
    // AlternateBase: darker on a light palette, lighter on a dark one. Always beside a sign or words, never alone.
    static QColor belowCutoffColour(const QPalette &palette);
};

} // namespace arrscore
