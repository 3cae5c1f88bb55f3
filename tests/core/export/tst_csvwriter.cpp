#include "export/csvwriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QtTest>

using namespace arrscore;

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("Dune") << QByteArray("Dune");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("comma") << QStringLiteral("Hello, World") << QByteArray("\"Hello, World\"");
        QTest::newRow("quote") << QStringLiteral("The \"Best\" Cut") << QByteArray("\"The \"\"Best\"\" Cut\"");
        QTest::newRow("only quotes") << QStringLiteral("\"\"") << QByteArray("\"\"\"\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("a;b");
        QTest::newRow("unicode") << QStringLiteral("Amélie — 千と千尋") << QStringLiteral("Amélie — 千と千尋").toUtf8();
        QTest::newRow("emoji") << QStringLiteral("🎬 Film, 🍿")
                               << QByteArray("\"\xF0\x9F\x8E\xAC Film, \xF0\x9F\x8D\xBF\"");
        QTest::newRow("apostrophe") << QStringLiteral("'quoted") << QByteArray("'quoted");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                                << QByteArray("<script>alert(1)</script>");
    }

    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(CsvWriter::field(text), expected);
    }

    void formulaNeutralisation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")
                                   << QByteArray("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0") << QByteArray("'+cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QByteArray("'@SUM(A1:A9)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("text that looks negative") << QStringLiteral("-10000") << QByteArray("'-10000");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QByteArray("a=b");
    }

    void formulaNeutralisation()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(CsvWriter::field(text), expected);
    }

    void typedCells()
    {
        QCOMPARE(CsvWriter::field(-10000), QByteArray("-10000"));
        QCOMPARE(CsvWriter::field(qint64(-5'000'000'000)), QByteArray("-5000000000"));
        QCOMPARE(CsvWriter::field(0), QByteArray("0"));
        QCOMPARE(CsvWriter::field(2.5), QByteArray("2.5"));
        QCOMPARE(CsvWriter::field(true), QByteArray("true"));
        QCOMPARE(CsvWriter::field(false), QByteArray("false"));
        QCOMPARE(CsvWriter::field(QVariant()), QByteArray());
        QCOMPARE(CsvWriter::field(QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6), Qt::UTC)),
                 QByteArray("2024-02-03T04:05:06Z"));
        QCOMPARE(CsvWriter::field(QStringList{QStringLiteral("DV"), QStringLiteral("HDR10, Plus")}),
                 QByteArray("\"DV; HDR10, Plus\""));
        QCOMPARE(CsvWriter::field(QStringList{QStringLiteral("-bad"), QStringLiteral("x")}), QByteArray("'-bad; x"));
        QCOMPARE(CsvWriter::field(QStringList()), QByteArray());
        QCOMPARE(CsvWriter::field(QVariantList{1, 2, 3}), QByteArray("1; 2; 3"));
        QCOMPARE(CsvWriter::field(QVariantList{-1, 2}), QByteArray("-1; 2")); // numbers, not text
    }

    void rowsAndBom()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer, true);
            QVERIFY(writer.writeRow(QStringList{QStringLiteral("title"), QStringLiteral("score")}));
            QVERIFY(writer.writeRow(QVariantList{QStringLiteral("=1+1"), -10000}));
            QVERIFY(writer.writeRow(QVariantList{QVariant(), QStringLiteral("a,b")}));
            QVERIFY(writer.flush());
        }
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFtitle,score\r\n'=1+1,-10000\r\n,\"a,b\"\r\n"));

        QBuffer plain;
        plain.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&plain);
            QVERIFY(writer.writeRow(QStringList{QStringLiteral("x")}));
        } // the destructor flushes
        QCOMPARE(plain.data(), QByteArray("x\r\n"));
    }

    void writeFailure()
    {
        QBuffer closed; // never opened: every write fails
        CsvWriter writer(&closed);
        QVERIFY(writer.writeRow(QStringList{QStringLiteral("x")})); // only buffered so far
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        QVERIFY(!writer.flush());
        QVERIFY(!writer.errorString().isEmpty());
        if (QFile::exists(QStringLiteral("/dev/full"))) {
            QFile full(QStringLiteral("/dev/full"));
            QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            CsvWriter fullWriter(&full);
            QVERIFY(fullWriter.writeRow(QStringList{QStringLiteral("x")}));
            QVERIFY(!fullWriter.flush());
            QVERIFY(!fullWriter.errorString().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
