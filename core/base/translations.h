#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace arrscore {

// The program's translations, compiled in as :/i18n/arrscore_<language>.qm, and Qt's own, plus the
// locale numbers, sizes and dates are formatted in. The English one holds only plural forms, so that
// tr("%n files", nullptr, n) says "1 file".
class Translations
{
public:
    // Installs the translators for a language code ("de", "fr", "en"); empty means the system's
    // language (its preferred UI languages, in order). A language without a translation falls back to
    // English. Also makes the formatting locale (QLocale()) the system's, or, when a language is chosen,
    // that language in the system's region. Returns the language installed. Translators installed by
    // an earlier call are removed first.
    static QString install(const QString &language);
    // The language codes shipped in this build, "en" first; empty when it was built without Qt's
    // translation tools.
    static QStringList available();
    // The code install() would pick for a locale: the first of its UI languages that is shipped, else "en".
    static QString resolve(const QLocale &locale);
    // The locale numbers and dates are formatted in for a language code chosen over the system's:
    // the language in the system's region where the two make a locale (en_DE), else the language's own.
    static QLocale formattingLocale(const QString &language, const QLocale &system);

    static QString settingsKey(); // "ui/language"; empty = the system's
};

} // namespace arrscore
