// BuildInfo: what --version, the About box and problem reports say about the build.
#include "base/buildinfo.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace arrscore;

class tst_BuildInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void commitIsTheCheckedOutOne();
    void qtVersions();
    void applicationIdIsReverseDns();
    void versionText();
};

void tst_BuildInfo::version()
{
    QCOMPARE(BuildInfo::version(), QStringLiteral(ARRSCORE_VERSION));
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d+\.\d+\.\d+$)")).match(BuildInfo::version()).hasMatch(),
             qPrintable(BuildInfo::version()));
}

// The commit is read at build time, so it is the one checked out now (the build runs before the tests).
void tst_BuildInfo::commitIsTheCheckedOutOne()
{
    const QString commit = BuildInfo::gitCommit();
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    QProcess head;
    if (!git.isEmpty())
        head.start(git, {QStringLiteral("-C"), QStringLiteral(ARRSCORE_SOURCE_DIR), QStringLiteral("rev-parse"),
                         QStringLiteral("--short=12"), QStringLiteral("HEAD")});
    if (git.isEmpty() || !head.waitForFinished(10000) || head.exitCode() != 0) {
        QCOMPARE(commit, QStringLiteral("unknown"));
        return;
    }
    const QString expected = QString::fromLatin1(head.readAllStandardOutput()).trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{12}(-dirty)?$")).match(commit).hasMatch(),
             qPrintable(commit));
    QCOMPARE(commit.left(12), expected);
}

void tst_BuildInfo::qtVersions()
{
    QCOMPARE(BuildInfo::qtBuildVersion(), QStringLiteral(QT_VERSION_STR));
    QCOMPARE(BuildInfo::qtRuntimeVersion(), QString::fromLatin1(qVersion()));
}

void tst_BuildInfo::applicationIdIsReverseDns()
{
    // The desktop file, the icon and the metainfo are installed under this name; AppStream wants reverse DNS.
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^[a-z]+(\.[a-z0-9]+)+\.[A-Za-z][A-Za-z0-9]*$)"))
                 .match(BuildInfo::applicationId())
                 .hasMatch(),
             qPrintable(BuildInfo::applicationId()));
}

void tst_BuildInfo::versionText()
{
    const QStringList lines = BuildInfo::versionText(QStringLiteral("arrscore-gui")).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // three lines and the final newline
    QCOMPARE(lines.at(0), QStringLiteral("arrscore-gui ") + BuildInfo::version());
    QCOMPARE(lines.at(1), QStringLiteral("Commit: ") + BuildInfo::gitCommit());
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Qt: ") + BuildInfo::qtRuntimeVersion()), qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).contains(BuildInfo::qtBuildVersion()));
    QVERIFY(lines.at(3).isEmpty());
}

QTEST_GUILESS_MAIN(tst_BuildInfo)
#include "tst_buildinfo.moc"
