// TerminalOutput on a real file: which characters reach a terminal as escapes, which as they are, and that a
// character cut between two writes (QTextStream flushes where its buffer ends) is judged whole.
#include "terminaloutput.h"

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace arrscore;

namespace {

// What a TerminalOutput writes when given utf8 in pieces of `piece` bytes (all at once for 0).
QByteArray written(const QByteArray &utf8, qsizetype piece = 0)
{
    const std::unique_ptr<FILE, int (*)(FILE *)> file(std::tmpfile(), &std::fclose);
    if (!file)
        return "tmpfile() failed";
    {
        TerminalOutput out(file.get());
        const qsizetype step = piece > 0 ? piece : std::max<qsizetype>(utf8.size(), 1);
        for (qsizetype i = 0; i < utf8.size(); i += step)
            out.write(utf8.mid(i, step));
    }
    std::rewind(file.get());
    QFile read;
    if (!read.open(file.get(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return "cannot read back";
    return read.readAll();
}

} // namespace

class tst_TerminalOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralise_data();
    void neutralise();
    void charactersCutBetweenWrites();
};

void tst_TerminalOutput::neutralise_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("shown");

    QTest::newRow("plain, tab, newline") << QStringLiteral("Title\t1500\n") << QByteArray("Title\t1500\n");
    QTest::newRow("OSC retitle, CSI clear, CR")
        << QStringLiteral("a\x1b]0;x\x07\x1b[2J\rb") << QByteArray(R"(a\u001b]0;x\u0007\u001b[2J\u000db)");
    QTest::newRow("DEL and C1 CSI") << QStringLiteral("a\x7f\u009b31m") << QByteArray(R"(a\u007f\u009b31m)");
    QTest::newRow("override") << QStringLiteral("\u202e1500\u202c") << QByteArray(R"(\u202e1500\u202c)");
    QTest::newRow("embeddings") << QStringLiteral("\u202a\u202b\u202d") << QByteArray(R"(\u202a\u202b\u202d)");
    QTest::newRow("isolates") << QStringLiteral("\u2066\u2067\u2068x\u2069")
                              << QByteArray(R"(\u2066\u2067\u2068x\u2069)");
    QTest::newRow("marks") << QStringLiteral("\u200e\u200f\u061c") << QByteArray(R"(\u200e\u200f\u061c)");
    // Letters of either direction and the neighbours of the controls in UTF-8 pass as they are.
    const QString seen = QStringLiteral("\u05e9\u05dc\u05d5\u05dd \u0645 \u00e9\u00a0\u2014\u2026\u200b\u2070\u061b"
                                        "\u2026\U0001F3AC");
    QTest::newRow("seen characters") << seen << seen.toUtf8();
}

void tst_TerminalOutput::neutralise()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, shown);
    QCOMPARE(TerminalOutput::neutralise(text.toUtf8()), shown);
    QCOMPARE(written(text.toUtf8()), shown);
}

void tst_TerminalOutput::charactersCutBetweenWrites()
{
    const QString text = QStringLiteral("x\u202ey\u009bz\u200f\u05e9\U0001F3AC\u2069\u00e9\x1b.");
    const QByteArray whole = TerminalOutput::neutralise(text.toUtf8());
    QCOMPARE(whole, QByteArray("x\\u202ey\\u009bz\\u200f") + QStringLiteral("\u05e9\U0001F3AC").toUtf8()
                        + QByteArray("\\u2069") + QStringLiteral("\u00e9").toUtf8() + QByteArray("\\u001b."));
    for (const qsizetype piece : {1, 2, 3, 5})
        QCOMPARE(written(text.toUtf8(), piece), whole);
    // A write ending in the start of a character that never comes: the bytes are written at the end.
    QCOMPARE(written(QByteArray("a\xe2\x80")), QByteArray("a\xe2\x80"));
}

QTEST_GUILESS_MAIN(tst_TerminalOutput)
#include "tst_terminaloutput.moc"
