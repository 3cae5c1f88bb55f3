#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>

namespace arrscore::test {

TestHome::TestHome()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("config"));
    QDir(m_dir.path()).mkpath(QStringLiteral("data"));
}

void TestHome::writeConfig(const QString &yaml) const
{
    QString text = yaml;
    if (!text.contains(QLatin1String("database:")))
        text.prepend(QStringLiteral("database: %1\n").arg(databasePath()));
    QFile f(configPath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(configPath()));
    f.write(text.toUtf8());
}

QProcessEnvironment TestHome::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), file(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), file(QStringLiteral("data")));
    env.insert(QStringLiteral("ARRSCORE_CONFIG"), configPath());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &var :
         {QStringLiteral("RADARR_URL"), QStringLiteral("RADARR_API_KEY"), QStringLiteral("SONARR_URL"),
          QStringLiteral("SONARR_API_KEY"), QStringLiteral("ARRSCORE_DB")})
        env.remove(var);
    return env;
}

CliResult runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                     int timeoutMs, const QString &workingDirectory)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    process.start();
    if (process.waitForStarted(10000) && process.state() != QProcess::NotRunning)
        loop.exec();

    CliResult result;
    if (process.state() != QProcess::NotRunning) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult runCli(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs,
                 const QString &workingDirectory)
{
    return runProgram(cliPath(), arguments, env, timeoutMs, workingDirectory);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFileBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.errorString()));
    QVERIFY2(f.write(data) == data.size(), qPrintable(f.errorString()));
}

QString cliPath()
{
    return QStringLiteral(ARRSCORE_CLI_PATH);
}

QString simPath()
{
    return QStringLiteral(ARRSIM_PATH);
}

QString testDataPath(const QString &relative)
{
    return QStringLiteral(ARRSCORE_TEST_DATA "/") + relative;
}

} // namespace arrscore::test
