// TextMatcher: finds what QStringMatcher(Qt::CaseInsensitive) finds, in ASCII and beyond.
#include "models/textmatcher.h"

#include <QStringMatcher>
#include <QtTest>

using namespace arrscore;

class tst_TextMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void agreesWithQStringMatcher();
};

void tst_TextMatcher::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("empty pattern") << QString() << QStringLiteral("anything") << true;
    QTest::newRow("empty text") << QStringLiteral("a") << QString() << false;
    QTest::newRow("upper in text") << QStringLiteral("rob") << QStringLiteral("The ROBOT") << true;
    QTest::newRow("upper in pattern") << QStringLiteral("RoB") << QStringLiteral("the robot") << true;
    QTest::newRow("at the end") << QStringLiteral("x264") << QStringLiteral("Movie.X264") << true;
    QTest::newRow("longer than text") << QStringLiteral("robots") << QStringLiteral("robot") << false;
    QTest::newRow("first letter only") << QStringLiteral("rz") << QStringLiteral("r r r R") << false;
    QTest::newRow("punctuation") << QStringLiteral("[a-z]") << QStringLiteral("x [A-Z] y") << true;
    QTest::newRow("accents") << QStringLiteral("émile") << QStringLiteral("ÉMILE Zola") << true;
    QTest::newRow("accent differs") << QStringLiteral("emile") << QStringLiteral("Émile") << false;
    QTest::newRow("kelvin sign folds to k") << QStringLiteral("kel") << QStringLiteral("\u212Aelvin") << true;
    QTest::newRow("greek") << QStringLiteral("σοφία") << QStringLiteral("ΣΟΦΊΑ") << true;
    QTest::newRow("non-BMP") << QStringLiteral("🎬 x") << QStringLiteral("a 🎬 X") << true;
}

void tst_TextMatcher::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, found);
    TextMatcher matcher;
    matcher.setPattern(pattern);
    QCOMPARE(matcher.isEmpty(), pattern.isEmpty());
    QCOMPARE(matcher.foundIn(text), found);
}

void tst_TextMatcher::agreesWithQStringMatcher()
{
    const QStringList texts = {QStringLiteral("Breaking Bad S01E01 Pilot"), QStringLiteral("movies/Ötzi (2020)/x.mkv"),
                               QStringLiteral("ΣΟΦΊΑ and \u212Aelvin"), QStringLiteral("RARBG"), QString()};
    const QStringList patterns = {QStringLiteral("b"),   QStringLiteral("bad s0"), QStringLiteral("ötzi"),
                                  QStringLiteral("k"),   QStringLiteral("σοφ"),    QStringLiteral("rarbg"),
                                  QStringLiteral("mkv"), QStringLiteral("zz"),     QStringLiteral("pilot ")};
    for (const QString &pattern : patterns) {
        TextMatcher ours;
        ours.setPattern(pattern);
        const QStringMatcher qt(pattern, Qt::CaseInsensitive);
        for (const QString &text : texts)
            QVERIFY2(ours.foundIn(text) == (qt.indexIn(text) >= 0),
                     qPrintable(pattern + QStringLiteral(" in ") + text));
    }
}

QTEST_GUILESS_MAIN(tst_TextMatcher)
#include "tst_textmatcher.moc"
