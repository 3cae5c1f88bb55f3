#include "base/translations.h"

#include "base/logging.h"

#include <QDir>
#include <QLibraryInfo>
#include <QList>
#include <QTranslator>

namespace arrscore {

namespace {

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

QString resourceDir()
{
    return QStringLiteral(":/i18n");
}

} // namespace

QStringList Translations::available()
{
    QStringList codes;
    const QStringList files = QDir(resourceDir()).entryList({QStringLiteral("arrscore_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(9, file.size() - 9 - 3); // arrscore_<code>.qm
    if (codes.removeAll(QStringLiteral("en")) > 0)
        codes.prepend(QStringLiteral("en"));
    return codes;
}

QString Translations::resolve(const QLocale &locale)
{
    const QStringList shipped = available();
    // uiLanguages() holds LANGUAGE's list ("fr:de") and LC_MESSAGES, then the locale's own language.
    QStringList wanted = locale.uiLanguages();
    wanted << locale.name();
    for (const QString &tag : std::as_const(wanted)) {
        const QString code = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        if (code == QLatin1String("C"))
            continue;
        if (shipped.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QLocale Translations::formattingLocale(const QString &language, const QLocale &system)
{
    const QLocale chosen(language);
    if (chosen.language() == system.language())
        return system;
    const QLocale regional(chosen.language(), system.territory());
    return regional.language() == chosen.language() && regional.territory() == system.territory() ? regional : chosen;
}

QString Translations::install(const QString &language)
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();

    const QString code = language.isEmpty() ? resolve(QLocale::system()) : language;
    // Numbers, sizes and dates follow the system's formats; a language chosen over the system's brings
    // its own where they differ (German text with "1,234.5" would read wrong).
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : formattingLocale(language, QLocale::system()));
    auto load = [](const QString &file, const QString &dir) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(file, dir) && QCoreApplication::installTranslator(translator)) {
            installed().append(translator);
            return true;
        }
        delete translator;
        return false;
    };
    if (!load(QStringLiteral("arrscore_") + code, resourceDir()))
        qCInfo(lcConfig) << "no translation for" << code << "in this build";
    // Qt's own strings (standard buttons, file dialogs): only where the distribution installed them.
    if (code != QLatin1String("en"))
        load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return code;
}

QString Translations::settingsKey()
{
    return QStringLiteral("ui/language");
}

} // namespace arrscore
