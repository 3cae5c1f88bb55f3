#include "testsupport.h"

#include <QList>
#include <QProcessEnvironment>
#include <QTest>

#include <utility>

using namespace arrscore;
using namespace arrscore::test;

namespace {

// This process's environment without any language or locale variable, then `variables` set.
QProcessEnvironment languageEnvironment(const QList<std::pair<const char *, QString>> &variables)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    for (const auto &[name, value] : variables) {
        if (!value.isEmpty())
            env.insert(QString::fromLatin1(name), value);
    }
    return env;
}

} // namespace

// The command line speaks the system's language: LANGUAGE first, then LC_ALL / LC_MESSAGES / LANG;
// a language it does not ship, and C, give English.
class tst_CliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheSystem_data()
    {
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << "de_DE.UTF-8"
                                << ""
                                << "" << QStringLiteral("Unbekannter Befehl „frobnicate“.");
        // French puts a no-break space inside « » and before : ; ? !
        QTest::newRow("French") << "fr_FR.UTF-8"
                                << ""
                                << "" << QStringLiteral("Commande inconnue «\u00a0frobnicate\u00a0».");
        QTest::newRow("LANGUAGE before LANG") << ""
                                              << "de_DE.UTF-8"
                                              << "fr" << QStringLiteral("Commande inconnue «\u00a0frobnicate\u00a0».");
        QTest::newRow("not shipped") << "ja_JP.UTF-8"
                                     << ""
                                     << "" << QStringLiteral("Unknown command \"frobnicate\".");
        QTest::newRow("C") << "C.UTF-8"
                           << ""
                           << "" << QStringLiteral("Unknown command \"frobnicate\".");
    }
    void followsTheSystem()
    {
        QFETCH(QString, lcAll);
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const CliResult r = runCli({QStringLiteral("frobnicate")},
                                   languageEnvironment({{"LC_ALL", lcAll}, {"LANG", lang}, {"LANGUAGE", language}}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(expected), qPrintable(r.err.left(200)));
    }

    void helpListsTheCommandsInTheLanguage()
    {
        // The command list is a table of literals translated when printed: marked for lupdate or never found.
        const CliResult r =
            runCli({QStringLiteral("--help")}, languageEnvironment({{"LC_ALL", QStringLiteral("fr_FR.UTF-8")}}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("  snapshots [--instance NAME] [--json]\n      Lister les synchronisations "
                                          "enregistrées.\n")),
            qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("List the stored syncs.")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(tst_CliLanguage)
#include "tst_cli_language.moc"
