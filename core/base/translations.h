#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace arrscore {

// The program's translations, compiled in as :/i18n/arrscore_<language>.qm, and Qt's own. The English
// one holds only plural forms, so that tr("%n files", nullptr, n) says "1 file".
class Translations
{
public:
    // Installs the translators for a language code ("de", "en"); empty means the system's language.
    // A language without a translation falls back to English. Returns the language installed.
    // Translators installed by an earlier call are removed first.
    static QString install(const QString &language);
    // The language codes shipped in this build, "en" first; empty when it was built without Qt's
    // translation tools.
    static QStringList available();
    // The code install() would pick for a locale: its language when shipped, else "en".
    static QString resolve(const QLocale &locale);

    static QString settingsKey(); // "ui/language"; empty = the system's
};

} // namespace arrscore
