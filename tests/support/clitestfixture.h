#pragma once

// What tst_cli and tst_cli_faults share: simulators on free ports that expect one distinctive key,
// configuration snippets, a runner that remembers every output (to prove the key never shows), and
// readers for exports, CSV and the SQLite file.

#include "simserver.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QUuid>
#include <QVariant>

#include <csignal>
#include <functional>
#include <memory>

namespace arrscore::test {

// Distinctive enough that finding it anywhere is a leak, not a coincidence.
inline QString secretKey()
{
    return QStringLiteral("SECRETKEY0123456789abcdef0123456");
}

inline std::unique_ptr<SimServer> startSim(const SimLibraryConfig &library, SimServerConfig config = {},
                                           const QString &apiKey = secretKey())
{
    config.apiKey = apiKey;
    auto sim = std::make_unique<SimServer>(library, config);
    QString error;
    if (!sim->start(&error))
        qFatal("the simulator did not start: %s", qPrintable(error));
    return sim;
}

inline SimLibraryConfig radarrLibrary(const QString &version, int movies)
{
    SimLibraryConfig c;
    c.type = SimAppType::Radarr;
    c.version = version;
    c.movies = movies;
    c.seed = 11;
    return c;
}

inline SimLibraryConfig sonarrLibrary(const QString &version, int series, int filesPerSeries)
{
    SimLibraryConfig c;
    c.type = SimAppType::Sonarr;
    c.version = version;
    c.series = series;
    c.episodeFilesPerSeries = filesPerSeries;
    c.seed = 11;
    return c;
}

// One entry of `instances:`; `extra` lines ("timeout: 1") are indented to match.
inline QString instanceYaml(const QString &name, const QString &type, const QString &url, const QStringList &extra = {},
                            const QString &apiKey = secretKey())
{
    QString text =
        QStringLiteral("  - name: %1\n    type: %2\n    url: %3\n    api_key: %4\n").arg(name, type, url, apiKey);
    for (const QString &line : extra)
        text += QStringLiteral("    ") + line + QLatin1Char('\n');
    return text;
}

inline QString instanceYaml(const QString &name, const SimServer &sim, const QStringList &extra = {})
{
    return instanceYaml(name, sim.library().isRadarr() ? QStringLiteral("radarr") : QStringLiteral("sonarr"),
                        sim.baseUrl().toString(), extra);
}

// A port nobody listens on: bound, then released.
inline quint16 unusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot find a free port");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// Runs the CLI in one TestHome and remembers which runs printed the key.
class CliHarness
{
public:
    TestHome home;

    CliResult run(const QStringList &arguments) { return run(arguments, home.environment()); }
    CliResult run(const QStringList &arguments, const QProcessEnvironment &env,
                  const QString &workingDirectory = QString())
    {
        const CliResult result = runCli(arguments, env, 120000, workingDirectory);
        remember(arguments, result);
        return result;
    }
    void remember(const QStringList &arguments, const CliResult &result)
    {
        if (result.out.contains(secretKey()) || result.err.contains(secretKey()))
            m_leaks << QStringLiteral("arrscore ") + arguments.join(QLatin1Char(' '));
    }
    void writeConfig(const QString &instances) const { home.writeConfig(QStringLiteral("instances:\n") + instances); }
    // The runs whose stdout or stderr held the key.
    QStringList leaks() const { return m_leaks; }
    // Files in the home, other than the configuration (and its backup) that holds the key by design, that contain it:
    // the database and its -wal/-shm, exports.
    QStringList filesWithKey() const
    {
        QStringList found;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // The configuration's backup (ConfigWriter's arrscore.yaml.bak) is the configuration too.
            if (path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yaml.bak"))
                || path.endsWith(QLatin1String(".pem")))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secretKey().toUtf8()))
                found << path;
        }
        return found;
    }

private:
    QStringList m_leaks;
};

// Runs the CLI in `cli`'s home and sends it SIGINT (Ctrl-C) once `ready` holds, polled for 15 s while this
// process's event loop runs (simulators in it keep answering). What it printed and how it ended, remembered
// like cli.run()'s; timedOut when it never got ready (then it was killed) or did not end within 10 s of the signal.
inline CliResult runInterrupted(CliHarness &cli, const QStringList &arguments, const std::function<bool()> &ready)
{
    QProcess process;
    process.setProcessEnvironment(cli.home.environment());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(cliPath(), arguments);
    CliResult result;
    const bool signalled = process.waitForStarted(10000) && QTest::qWaitFor(ready, 15000)
                           && process.state() == QProcess::Running && ::kill(pid_t(process.processId()), SIGINT) == 0;
    result.timedOut =
        !signalled || !QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 10000);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    cli.remember(arguments, result);
    return result;
}

// Every test's cleanup(): the key appeared in no output and in no file but the configuration.
inline void verifyNoSecrets(const CliHarness &cli)
{
    QVERIFY2(cli.leaks().isEmpty(),
             qPrintable(QStringLiteral("the API key was printed by: ") + cli.leaks().join(QStringLiteral("; "))));
    QVERIFY2(cli.filesWithKey().isEmpty(),
             qPrintable(QStringLiteral("the API key is in: ") + cli.filesWithKey().join(QStringLiteral(", "))));
}

// The base of a test class of the CLI: a fresh CliHarness for every test function in m_cli, and after
// each one the check that the API key appeared nowhere.
class CliTestCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_cli = std::make_unique<CliHarness>(); }
    void cleanup()
    {
        const std::unique_ptr<CliHarness> cli = std::move(m_cli);
        verifyNoSecrets(*cli);
    }

protected:
    std::unique_ptr<CliHarness> m_cli;
};

// The lines of `arrscore test` output that start with "NAME: ".
inline QString lineOf(const QString &output, const QString &name)
{
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(name + QStringLiteral(": ")))
            return line;
    }
    return {};
}

// The indented lines ("    note: …") that follow NAME's line.
inline QString detailsOf(const QString &output, const QString &name)
{
    QStringList details;
    bool inside = false;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char(' ')))
            inside = line.startsWith(name + QStringLiteral(": "));
        else if (inside)
            details << line.trimmed();
    }
    return details.join(QLatin1Char('\n'));
}

// What a run returned and printed, for the message of a failed check.
inline QString diagnostics(const CliResult &r)
{
    const QString how = r.crashed    ? QStringLiteral(" (crashed)")
                        : r.timedOut ? QStringLiteral(" (timed out)")
                                     : QString();
    // QTest cuts a message at about 1,000 characters: after a crash the sanitizer's or the handler's report in
    // stderr is what explains it, so it comes first there (its end, where the stack is).
    if (r.crashed)
        return QStringLiteral("exit %1%2\n--- stderr (end)\n%3\n--- stdout\n%4")
            .arg(QString::number(r.exitCode), how, r.err.right(3000), r.out.left(4000));
    return QStringLiteral("exit %1%2\n--- stdout\n%3\n--- stderr\n%4")
        .arg(QString::number(r.exitCode), how, r.out.left(4000), r.err);
}

inline QJsonObject jsonOf(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

// file_id → row, of one instance's rows in a JSON export.
inline QHash<qint64, QJsonObject> filesById(const QJsonObject &exported, const QString &instance)
{
    QHash<qint64, QJsonObject> rows;
    for (const QJsonValue &v : exported.value(QLatin1String("files")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QLatin1String("instance")).toString() == instance)
            rows.insert(row.value(QLatin1String("file_id")).toInteger(), row);
    }
    return rows;
}

// The first column of the first row of `sql` on the SQLite file; -1 when there is no file or no row.
inline qint64 sqlValue(const QString &databasePath, const QString &sql)
{
    if (!QFile::exists(databasePath))
        return -1;
    const QString connection = QUuid::createUuid().toString();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

// Runs one statement on the SQLite file (a test's way to age what a run stored); false when it failed.
inline bool sqlExec(const QString &databasePath, const QString &sql)
{
    const QString connection = QUuid::createUuid().toString();
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            done = query.exec(sql);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

// Complete snapshots of one instance: 0 also when the instance, or the database, was never stored.
inline qint64 snapshotCount(const QString &databasePath, const QString &instance)
{
    if (!QFile::exists(databasePath))
        return 0;
    return sqlValue(databasePath, QStringLiteral("SELECT COUNT(*) FROM snapshots s JOIN instances i ON i.id = "
                                                 "s.instance_id WHERE i.name = '%1' AND s.complete = 1")
                                      .arg(instance));
}

inline qint64 totalSnapshots(const QString &databasePath)
{
    return sqlValue(databasePath, QStringLiteral("SELECT COUNT(*) FROM snapshots"));
}

// RFC 4180, with quoted fields that may hold commas, quotes and line breaks.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

// The columns of the files view, as documented.
inline QStringList documentedFileColumns()
{
    return {QStringLiteral("instance"),
            QStringLiteral("kind"),
            QStringLiteral("item_id"),
            QStringLiteral("file_id"),
            QStringLiteral("title"),
            QStringLiteral("year"),
            QStringLiteral("series_title"),
            QStringLiteral("season"),
            QStringLiteral("episodes"),
            QStringLiteral("episode_title"),
            QStringLiteral("quality"),
            QStringLiteral("resolution"),
            QStringLiteral("quality_profile"),
            QStringLiteral("custom_formats"),
            QStringLiteral("custom_format_score"),
            QStringLiteral("cutoff_format_score"),
            QStringLiteral("min_format_score"),
            QStringLiteral("upgrade_allowed"),
            QStringLiteral("quality_cutoff_not_met"),
            QStringLiteral("size_bytes"),
            QStringLiteral("relative_path"),
            QStringLiteral("release_group"),
            QStringLiteral("video_codec"),
            QStringLiteral("audio_codec"),
            QStringLiteral("dynamic_range"),
            QStringLiteral("date_added")};
}

// The episode ids of one episode file, in episode order, as the simulator has them.
inline QList<qint64> episodeIdsOf(const SimLibrary &library, qint64 fileId)
{
    QList<qint64> ids;
    for (const SimSeries &s : library.series()) {
        for (const SimEpisode &e : s.episodes) {
            if (e.episodeFileId == fileId)
                ids << e.id;
        }
    }
    return ids;
}

// A movie (Radarr) or an episode (Sonarr) of one instance: what search and releases act on.
struct RankedItem
{
    QString instance;
    qint64 id = 0;
    friend bool operator==(const RankedItem &, const RankedItem &) = default;
};

// The items of `candidates --json`, in rank order, each once: a movie file's movie, every episode of an
// episode file (from the Sonarr simulator's library). What `search` and `releases` take with --candidates.
inline QList<RankedItem> rankedItems(const QJsonObject &candidates, const SimLibrary &sonarr)
{
    QList<RankedItem> items;
    for (const QJsonValue &v : candidates.value(QLatin1String("candidates")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString instance = c.value(QLatin1String("instance")).toString();
        const QList<qint64> ids = c.value(QLatin1String("kind")).toString() == QLatin1String("movie")
                                      ? QList<qint64>{c.value(QLatin1String("item_id")).toInteger()}
                                      : episodeIdsOf(sonarr, c.value(QLatin1String("file_id")).toInteger());
        for (qint64 id : ids) {
            if (!items.contains(RankedItem{instance, id}))
                items << RankedItem{instance, id};
        }
    }
    return items;
}

// The score the simulator reports for a file, looked up by the export's item and file ids; nullopt when
// the simulator has no such file.
inline std::optional<int> simScore(const SimLibrary &library, qint64 itemId, qint64 fileId)
{
    if (library.isRadarr()) {
        const SimMovie *movie = library.movieByFileId(int(fileId));
        if (!movie || movie->id != itemId || !movie->file)
            return std::nullopt;
        return library.reportedScore(*movie->file, movie->qualityProfileId);
    }
    const SimSeries *series = library.seriesById(int(itemId));
    if (!series)
        return std::nullopt;
    for (const SimFile &file : series->files) {
        if (file.id == fileId)
            return library.reportedScore(file, series->qualityProfileId);
    }
    return std::nullopt;
}

} // namespace arrscore::test

// A run ended with this exit code; when not, the failure shows what it printed. `result` is evaluated once:
// QVERIFY2 builds its message even when the check holds, so CHECK_EXIT(cli.run(…), 0) ran the command twice.
#define CHECK_EXIT(result, code)                                                                                       \
    do {                                                                                                               \
        const arrscore::test::CliResult &checkExitResult = (result);                                                   \
        QVERIFY2(checkExitResult.exitCode == (code), qPrintable(arrscore::test::diagnostics(checkExitResult)));        \
    } while (false)
