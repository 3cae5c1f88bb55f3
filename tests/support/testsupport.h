#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace arrscore::test {

// What a finished command printed and returned.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// A private home for one test: its own config and data directories, so nothing touches the user's
// files, and an environment for child processes that points there.
class TestHome
{
public:
    TestHome();

    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString configPath() const { return file(QStringLiteral("arrscore.yaml")); }
    QString databasePath() const { return file(QStringLiteral("arrscore.db")); }
    // Writes arrscore.yaml; a `database:` line pointing into this home is added when yaml has none.
    void writeConfig(const QString &yaml) const;
    QProcessEnvironment environment() const;

private:
    QTemporaryDir m_dir;
};

// Runs the real arrscore binary while this process's event loop keeps running (so a simulator in this
// process can answer it). An empty workingDirectory keeps this process's.
CliResult runCli(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 120000,
                 const QString &workingDirectory = QString());
// The same for any program.
CliResult runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                     int timeoutMs = 120000, const QString &workingDirectory = QString());

// A file's bytes; empty when it cannot be read.
QByteArray fileBytes(const QString &path);
// Replaces a file's bytes; a failure fails the calling test.
void writeFileBytes(const QString &path, const QByteArray &data);

QString cliPath();
QString simPath();
QString testDataPath(const QString &relative);

} // namespace arrscore::test
