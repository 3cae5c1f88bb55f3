#include "base/localeformat.h"
#include "base/translations.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace arrscore;

// Durations as the sync's deadline and the client's waits and errors say them, in the chosen language and locale.
class tst_LocaleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // English holds the plural forms: "1 second", "2 seconds".
    void initTestCase() { cleanup(); }
    void cleanup()
    {
        Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    void durationInEnglish_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("said");
        constexpr qint64 s = 1000;
        constexpr qint64 day = 24 * 3600 * s;
        QTest::newRow("nothing") << qint64(0) << QStringLiteral("0 seconds");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("0 seconds");
        QTest::newRow("a millisecond, never 0") << qint64(1) << QStringLiteral("0.1 s");
        QTest::newRow("a back-off") << qint64(1500) << QStringLiteral("1.5 s");
        QTest::newRow("tenths round up") << qint64(1501) << QStringLiteral("1.6 s");
        QTest::newRow("one second") << s << QStringLiteral("1 second");
        QTest::newRow("above ten, whole seconds") << 10 * s + 1 << QStringLiteral("11 seconds");
        QTest::newRow("just under two minutes") << 119 * s << QStringLiteral("119 seconds");
        QTest::newRow("two minutes") << 120 * s << QStringLiteral("2 minutes");
        QTest::newRow("minutes round up") << 121 * s << QStringLiteral("3 minutes");
        QTest::newRow("the default sync bound") << 30 * 60 * s << QStringLiteral("30 minutes");
        QTest::newRow("three hours") << 3 * 3600 * s << QStringLiteral("3 hours");
        QTest::newRow("a day and a half") << 36 * 3600 * s << QStringLiteral("36 hours");
        QTest::newRow("three days") << 3 * day << QStringLiteral("3 days");
        QTest::newRow("a century at most") << std::numeric_limits<qint64>::max() << QStringLiteral("36500 days");
    }
    void durationInEnglish()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, said);
        QCOMPARE(LocaleFormat::duration(ms), said);
    }

    void durationInGermanAndFrench()
    {
        Translations::install(QStringLiteral("de"));
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(LocaleFormat::duration(1500), QStringLiteral("1,5 s"));
        QCOMPARE(LocaleFormat::duration(1000), QStringLiteral("1 Sekunde"));
        QCOMPARE(LocaleFormat::duration(45 * 1000), QStringLiteral("45 Sekunden"));
        QCOMPARE(LocaleFormat::duration(30 * 60 * 1000), QStringLiteral("30 Minuten"));
        QCOMPARE(LocaleFormat::duration(qint64(3) * 24 * 3600 * 1000), QStringLiteral("3 Tage"));

        Translations::install(QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
        QCOMPARE(LocaleFormat::duration(1500), QStringLiteral("1,5 s"));
        QCOMPARE(LocaleFormat::duration(45 * 1000), QStringLiteral("45 secondes"));
        QCOMPARE(LocaleFormat::duration(5 * 3600 * 1000), QStringLiteral("5 heures"));
    }
};

QTEST_GUILESS_MAIN(tst_LocaleFormat)
#include "tst_localeformat.moc"
