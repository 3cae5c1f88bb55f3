#include "base/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>

using namespace arrscore;

// The shipped languages, how one is picked from the system's, the formats that come with it, and Qt's
// own strings.
class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    void shipsGermanAndFrench()
    {
        const QStringList codes = Translations::available();
        QCOMPARE(codes.value(0), QStringLiteral("en"));
        QVERIFY2(codes.contains(QStringLiteral("de")) && codes.contains(QStringLiteral("fr")),
                 qPrintable(codes.join(QLatin1Char(' '))));
    }

    void resolvesTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("code");
        QTest::newRow("German in Austria") << "de_AT"
                                           << "de";
        QTest::newRow("French in Canada") << "fr_CA"
                                          << "fr";
        QTest::newRow("English") << "en_GB"
                                 << "en";
        QTest::newRow("not shipped: Japanese") << "ja_JP"
                                               << "en";
        QTest::newRow("C") << "C"
                           << "en";
    }
    void resolvesTheSystemLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, code);
        QCOMPARE(Translations::resolve(QLocale(locale)), code);
    }

    void chosenLanguageTranslatesCoreAndCliStrings()
    {
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("arrscore::SnapshotStore", "none yet"), QStringLiteral("noch keine"));
        QCOMPARE(QCoreApplication::translate("arrscore::SyncCommand", "%Ln files", nullptr, 1),
                 QStringLiteral("1 Datei"));
        QCOMPARE(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("arrscore::SyncCommand", "%Ln files", nullptr, 0),
                 QStringLiteral("0 fichier"));
        QCOMPARE(QCoreApplication::translate("arrscore::SyncCommand", "%Ln files", nullptr, 2),
                 QStringLiteral("2 fichiers"));
        // Switching back removes the earlier translators: English again, with its own plural forms.
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("arrscore::SnapshotStore", "none yet"), QStringLiteral("none yet"));
        QCOMPARE(QCoreApplication::translate("arrscore::SyncCommand", "%Ln files", nullptr, 1),
                 QStringLiteral("1 file"));
    }

    void chosenLanguageBringsItsFormats()
    {
        // The language in the system's region where that is a locale; else the language's own.
        QCOMPARE(Translations::formattingLocale(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))).name(),
                 QStringLiteral("en_DE"));
        QCOMPARE(Translations::formattingLocale(QStringLiteral("de"), QLocale(QStringLiteral("de_CH"))).name(),
                 QStringLiteral("de_CH"));
        QCOMPARE(Translations::formattingLocale(QStringLiteral("fr"), QLocale(QStringLiteral("ja_JP"))).name(),
                 QStringLiteral("fr_FR"));

        Translations::install(QStringLiteral("de"));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"));
        QCOMPARE(QCoreApplication::translate("arrscore::SyncCommand", "%Ln files", nullptr, 1500),
                 QStringLiteral("1.500 Dateien"));
        Translations::install(QStringLiteral("fr"));
        QCOMPARE(QLocale().formattedDataSize(1536 * 1024), QStringLiteral("1,50 Mio"));
    }

    void qtsOwnStringsFollow()
    {
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(dir + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
        Translations::install(QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        Translations::install(QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
