// ScheduleUnits: --every parsing, and the systemd units it writes checked by systemd's own systemd-analyze
// verify (the real arrscore binary as ExecStart), the crontab line, the schtasks command and the plist.

#include "scheduleunits.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace arrscore;

class tst_ScheduleUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEvery_data();
    void parsesEvery();
    void unitsPassSystemdAnalyzeVerify_data();
    void unitsPassSystemdAnalyzeVerify();
    void crontabLine();
    void schtasksAndLaunchd();
};

void tst_ScheduleUnits::parsesEvery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes"); // 0: refused
    QTest::addColumn<QString>("reason");
    QTest::newRow("30m") << "30m" << 30 << "";
    QTest::newRow("6h") << "6h" << 360 << "";
    QTest::newRow("1d") << "1d" << 1440 << "";
    QTest::newRow("upper case, space") << " 2H " << 120 << "";
    QTest::newRow("15m is the least") << "15m" << 15 << "";
    QTest::newRow("10m too often") << "10m" << 0 << "at least every 15 minutes";
    QTest::newRow("0h") << "0h" << 0 << "at least every 15 minutes";
    QTest::newRow("no unit") << "6" << 0 << "30m, 6h or 1d";
    QTest::newRow("seconds") << "900s" << 0 << "30m, 6h or 1d";
    QTest::newRow("too long") << "40d" << 0 << "31 days";
}

void tst_ScheduleUnits::parsesEvery()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    QFETCH(QString, reason);
    QString error;
    const std::optional<int> parsed = ScheduleUnits::parseEvery(text, &error);
    if (minutes > 0) {
        QCOMPARE(parsed, std::optional<int>(minutes));
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(!parsed);
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
}

void tst_ScheduleUnits::unitsPassSystemdAnalyzeVerify_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("schedule");
    QTest::newRow("30 minutes") << 30 << "OnCalendar=*-*-* *:00/30:00";
    QTest::newRow("6 hours") << 360 << "OnCalendar=*-*-* 00/6:00:00";
    QTest::newRow("1 day") << 1440 << "OnCalendar=daily";
    QTest::newRow("5 hours: not a divisor of a day") << 300 << "OnUnitActiveSec=300min";
    QTest::newRow("3 days") << 4320 << "OnUnitActiveSec=4320min";
}

void tst_ScheduleUnits::unitsPassSystemdAnalyzeVerify()
{
    QFETCH(int, minutes);
    QFETCH(QString, schedule);
    // A configuration path with a space, a quote, % and $: systemd must get it back as one argument.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("my conf \"50%\" $HOME.yaml"));
    const ScheduleUnits units(minutes, test::cliPath(),
                              {QStringLiteral("--config"), config, QStringLiteral("sync"), QStringLiteral("--notify")});
    const QString timer = units.timerUnit();
    QVERIFY2(timer.contains(schedule + QLatin1Char('\n')), qPrintable(timer));
    QVERIFY(timer.contains(QStringLiteral("Persistent=true\n")));
    QVERIFY(timer.contains(QStringLiteral("RandomizedDelaySec=")));
    const QString service = units.serviceUnit();
    QVERIFY(service.contains(QStringLiteral("ExecStart=\"%1\" \"--config\"").arg(test::cliPath())));
    QVERIFY(service.contains(QStringLiteral("my conf \\\"50%%\\\" $$HOME.yaml")));
    QVERIFY(service.contains(QStringLiteral("Nice=10\n")));

    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        QSKIP("systemd-analyze is not installed (scripts/install-deps.sh --tests installs systemd)");
    const QString unitDir = dir.filePath(QStringLiteral("systemd/user"));
    QVERIFY(QDir().mkpath(unitDir));
    test::writeFileBytes(unitDir + QStringLiteral("/arrscore-sync.service"), service.toUtf8());
    test::writeFileBytes(unitDir + QStringLiteral("/arrscore-sync.timer"), timer.toUtf8());
    QProcess verify;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    verify.setProcessEnvironment(env);
    verify.setWorkingDirectory(unitDir);
    verify.start(analyze, {QStringLiteral("verify"), QStringLiteral("--man=no"),
                           unitDir + QStringLiteral("/arrscore-sync.timer"),
                           unitDir + QStringLiteral("/arrscore-sync.service")});
    QVERIFY(verify.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(verify.readAllStandardError() + verify.readAllStandardOutput());
    // Complaints about the host's own units (this machine is a container) are not ours: only lines naming
    // our files count.
    QStringList ours;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("arrscore-sync")))
            ours << line;
    }
    QVERIFY2(ours.isEmpty(), qPrintable(output));
    QVERIFY2(verify.exitCode() == 0 || !output.contains(QStringLiteral("arrscore-sync")), qPrintable(output));
}

void tst_ScheduleUnits::crontabLine()
{
    const ScheduleUnits hourly(
        360, QStringLiteral("/opt/arr score/arrscore"),
        {QStringLiteral("--config"), QStringLiteral("/home/u/it's 100%.yaml"), QStringLiteral("sync")});
    const QString line = hourly.crontabLine();
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{1,2}) \\*/6 \\* \\* \\* '/opt/arr score/arrscore' --config '/home/u/it'\\\\''s 100\\\\%.yaml' sync$"));
    const QRegularExpressionMatch m = shape.match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    QVERIFY(m.captured(1).toInt() < 60);
    QCOMPARE(hourly.crontabLine(), line); // the same minute every time
    // The line runs in sh: the arguments come back as written.
    QTemporaryDir dir;
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"),
              QStringLiteral("printf '%s\\n' ")
                  + line.section(QLatin1Char(' '), 5).replace(QStringLiteral("\\%"), QStringLiteral("%"))});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()),
             QStringLiteral("/opt/arr score/arrscore\n--config\n/home/u/it's 100%.yaml\nsync\n"));

    QVERIFY(ScheduleUnits(30, QStringLiteral("/a"), {}).crontabLine().startsWith(QStringLiteral("*/30 * * * * /a")));
    QVERIFY(ScheduleUnits(1440, QStringLiteral("/a"), {})
                .crontabLine()
                .contains(QRegularExpression(QStringLiteral("^\\d+ 3 \\* \\* \\* /a$"))));
}

void tst_ScheduleUnits::schtasksAndLaunchd()
{
    const ScheduleUnits units(
        360, QStringLiteral("C:/Program Files/arrscore/arrscore.exe"),
        {QStringLiteral("--config"), QStringLiteral("C:/Users/u/arrscore.yaml"), QStringLiteral("sync")});
    QCOMPARE(
        units.schtasksCommand(),
        QStringLiteral(
            "schtasks /Create /TN \"arrscore-sync\" /SC HOURLY /MO 6 /TR \"\\\"C:/Program "
            "Files/arrscore/arrscore.exe\\\" \\\"--config\\\" \\\"C:/Users/u/arrscore.yaml\\\" \\\"sync\\\"\" /F"));
    QVERIFY(ScheduleUnits(30, QStringLiteral("a"), {}).schtasksCommand().contains(QStringLiteral("/SC MINUTE /MO 30")));
    QVERIFY(ScheduleUnits(2880, QStringLiteral("a"), {}).schtasksCommand().contains(QStringLiteral("/SC DAILY /MO 2")));

    const ScheduleUnits mac(360, QStringLiteral("/Applications/Arr <Score>.app/arrscore"), {QStringLiteral("sync")});
    QXmlStreamReader xml(mac.launchdPlist());
    QStringList strings;
    QString interval;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("string"))
                strings << xml.readElementText();
            else if (xml.name() == QLatin1String("integer") && interval.isEmpty())
                interval = xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(strings, (QStringList{QStringLiteral("org.arrscore.sync"),
                                   QStringLiteral("/Applications/Arr <Score>.app/arrscore"), QStringLiteral("sync")}));
    QCOMPARE(interval, QStringLiteral("21600"));
}

QTEST_GUILESS_MAIN(tst_ScheduleUnits)
#include "tst_scheduleunits.moc"
