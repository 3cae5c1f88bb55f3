// The real arrscore binary against simulators in this process: usage, `sync`, `export`, `instances`, the
// fetch strategy per server version, and Ctrl-C. The `test` command is in tst_cli_testcommand.cpp; faults,
// configuration errors and secrets are in tst_cli_faults.cpp.
#include "clitestfixture.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

class tst_Cli : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors();
    void syncAndExport();
    void exportCsv();
    void exportWithoutSnapshot();
    void strategies_data();
    void strategies();
    void multiEpisodeFiles();
    void cancel();
};

void tst_Cli::usageErrors()
{
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), QStringLiteral("radarr"),
                                    QStringLiteral("http://127.0.0.1:%1").arg(unusedPort())));
    CliResult r = m_cli->run({});
    CHECK_EXIT(r, 2);
    QVERIFY(r.err.contains(QLatin1String("Usage: arrscore")));
    r = m_cli->run({QStringLiteral("--help")});
    CHECK_EXIT(r, 0);
    QVERIFY(r.out.contains(QLatin1String("Exit codes: 0 ok, 1 failed, 2 usage")));
    r = m_cli->run({QStringLiteral("--version")});
    CHECK_EXIT(r, 0);
    const QStringList version = r.out.split(QLatin1Char('\n'));
    QCOMPARE(version.value(0), QStringLiteral("arrscore " ARRSCORE_VERSION));
    QVERIFY2(version.value(1).startsWith(QLatin1String("Commit: ")) && version.value(1).size() > 8, qPrintable(r.out));
    QVERIFY2(version.value(2).startsWith(QLatin1String("Qt: ") + QLatin1String(qVersion())), qPrintable(r.out));
    r = m_cli->run({QStringLiteral("frobnicate")});
    CHECK_EXIT(r, 2);
    QVERIFY(r.err.contains(QLatin1String("Unknown command \"frobnicate\"")));
    r = m_cli->run({QStringLiteral("sync"), QStringLiteral("--no-such-option")});
    CHECK_EXIT(r, 2);
    r = m_cli->run({QStringLiteral("sync"), QStringLiteral("nope")});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("No instance named \"nope\". Configured: radarr.")), qPrintable(r.err));
    r = m_cli->run({QStringLiteral("test"), QStringLiteral("nope")});
    CHECK_EXIT(r, 2);
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK_EXIT(r, 2);
    QVERIFY(r.err.contains(QLatin1String("Unknown export format \"xml\"")));
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("movies")});
    CHECK_EXIT(r, 2);
    QVERIFY(r.err.contains(QLatin1String("Unknown view \"movies\"")));
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("radarr")});
    CHECK_EXIT(r, 2);
    QVERIFY(r.err.contains(QLatin1String("--instance radarr")));
    // None of these touched the network or created a database.
    QVERIFY(!QFile::exists(m_cli->home.databasePath()));
}

void tst_Cli::syncAndExport()
{
    auto radarr = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 60));
    auto sonarr = startSim(sonarrLibrary(QStringLiteral("4.0.9.2244"), 6, 8));
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), *radarr)
                       + instanceYaml(QStringLiteral("sonarr"), *sonarr));
    const QString db = m_cli->home.databasePath();

    CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // progress and summary go to stderr
    const QRegularExpression instanceLine(
        QStringLiteral("^(\\w+): (\\d+) files in [\\d.]+ s, (\\d+) requests, (\\d+) warnings — snapshot (\\d+)$"),
        QRegularExpression::MultilineOption);
    QHash<QString, QRegularExpressionMatch> lines;
    for (auto it = instanceLine.globalMatch(r.err); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        lines.insert(m.captured(1), m);
    }
    QCOMPARE(lines.size(), 2);
    const int movieFiles = radarr->library().movieFileCount();
    const int episodeFiles = sonarr->library().episodeFileCount();
    QCOMPARE(lines[QStringLiteral("radarr")].captured(2).toInt(), movieFiles);
    QCOMPARE(lines[QStringLiteral("radarr")].captured(3).toInt(), radarr->stats().total);
    QCOMPARE(lines[QStringLiteral("sonarr")].captured(2).toInt(), episodeFiles);
    QCOMPARE(lines[QStringLiteral("sonarr")].captured(3).toInt(), sonarr->stats().total);
    const QRegularExpressionMatch summary =
        QRegularExpression(QStringLiteral("^Synced 2 of 2 instances: (\\d+) files in [\\d.]+ s, (\\d+) requests, "
                                          "(\\d+) warnings\\.$"),
                           QRegularExpression::MultilineOption)
            .match(r.err);
    QVERIFY2(summary.hasMatch(), qPrintable(r.err));
    QCOMPARE(summary.captured(1).toInt(), movieFiles + episodeFiles);
    QCOMPARE(summary.captured(2).toInt(), radarr->stats().total + sonarr->stats().total);
    QCOMPARE(snapshotCount(db, QStringLiteral("radarr")), 1);
    QCOMPARE(snapshotCount(db, QStringLiteral("sonarr")), 1);

    // The JSON shape.
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_EXIT(r, 0);
    QJsonObject json = jsonOf(r);
    const QDateTime generated =
        QDateTime::fromString(json.value(QLatin1String("generated_at")).toString(), Qt::ISODate);
    QVERIFY(generated.isValid());
    QVERIFY(qAbs(generated.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(json.value(QLatin1String("view")).toString(), QStringLiteral("files"));
    const QJsonArray instances = json.value(QLatin1String("instances")).toArray();
    QCOMPARE(instances.size(), 2);
    const QSet<QString> instanceKeys{QStringLiteral("name"),      QStringLiteral("type"),
                                     QStringLiteral("version"),   QStringLiteral("snapshot_id"),
                                     QStringLiteral("synced_at"), QStringLiteral("scores_available")};
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : instances) {
        const QJsonObject o = v.toObject();
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), instanceKeys);
        QVERIFY(QDateTime::fromString(o.value(QLatin1String("synced_at")).toString(), Qt::ISODate).isValid());
        QVERIFY(o.value(QLatin1String("scores_available")).toBool());
        byName.insert(o.value(QLatin1String("name")).toString(), o);
    }
    QCOMPARE(byName[QStringLiteral("radarr")].value(QLatin1String("type")).toString(), QStringLiteral("radarr"));
    QCOMPARE(byName[QStringLiteral("radarr")].value(QLatin1String("version")).toString(),
             QStringLiteral("5.14.0.9383"));
    QCOMPARE(byName[QStringLiteral("radarr")].value(QLatin1String("snapshot_id")).toInteger(),
             lines[QStringLiteral("radarr")].captured(5).toLongLong());
    QCOMPARE(byName[QStringLiteral("sonarr")].value(QLatin1String("type")).toString(), QStringLiteral("sonarr"));
    QCOMPARE(byName[QStringLiteral("sonarr")].value(QLatin1String("version")).toString(), QStringLiteral("4.0.9.2244"));
    QCOMPARE(byName[QStringLiteral("sonarr")].value(QLatin1String("snapshot_id")).toInteger(),
             lines[QStringLiteral("sonarr")].captured(5).toLongLong());

    const QJsonArray files = json.value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), movieFiles + episodeFiles);
    const QStringList columns = documentedFileColumns();
    const QSet<QString> fileKeys(columns.cbegin(), columns.cend());
    QSet<QString> titles;
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        const QStringList keys = f.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), fileKeys);
        const bool movie = f.value(QLatin1String("instance")).toString() == QLatin1String("radarr");
        QCOMPARE(f.value(QLatin1String("kind")).toString(),
                 movie ? QStringLiteral("movie") : QStringLiteral("episode"));
        QCOMPARE(f.value(QLatin1String("season")).isNull(), movie);
        QCOMPARE(f.value(QLatin1String("series_title")).isNull(), movie);
        QVERIFY(f.value(QLatin1String("episodes")).isArray());
        QCOMPARE(f.value(QLatin1String("episodes")).toArray().isEmpty(), movie);
        const SimLibrary &lib = movie ? radarr->library() : sonarr->library();
        const std::optional<int> expected =
            simScore(lib, f.value(QLatin1String("item_id")).toInteger(), f.value(QLatin1String("file_id")).toInteger());
        QVERIFY2(expected, QJsonDocument(f).toJson().constData());
        QVERIFY(f.value(QLatin1String("custom_format_score")).isDouble());
        QCOMPARE(f.value(QLatin1String("custom_format_score")).toInt(), *expected);
        if (movie)
            QCOMPARE(f.value(QLatin1String("title")).toString(),
                     lib.movieByFileId(f.value(QLatin1String("file_id")).toInt())->title);
        titles << f.value(QLatin1String("title")).toString();
    }
    // JSON carries hostile titles verbatim: neutralising is the CSV writer's business.
    QVERIFY(titles.contains(QStringLiteral("<script>alert(1)</script>"))
            || titles.contains(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")));

    // instances: keys masked, last sync known.
    r = m_cli->run({QStringLiteral("instances")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("api key: SECR") + QChar(0x2026) + QStringLiteral("3456")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("radarr  radarr  %1").arg(radarr->baseUrl().toString())));
    QVERIFY(!r.out.contains(QLatin1String("last sync: never")));
    QCOMPARE(r.out.count(QLatin1String("last sync: ")), 2);

    // --instance picks one; an unknown name is a usage error.
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--instance"), QStringLiteral("sonarr")});
    CHECK_EXIT(r, 0);
    json = jsonOf(r);
    QCOMPARE(json.value(QLatin1String("instances")).toArray().size(), 1);
    QCOMPARE(json.value(QLatin1String("files")).toArray().size(), episodeFiles);
    QCOMPARE(filesById(json, QStringLiteral("sonarr")).size(), episodeFiles);
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--instance"), QStringLiteral("nope")});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("No snapshot of an instance named \"nope\"")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("radarr")) && r.err.contains(QLatin1String("sonarr")));

    // --output writes a file and says so.
    const QString out = m_cli->home.file(QStringLiteral("export.json"));
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--output"), out});
    CHECK_EXIT(r, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(
        r.err.contains(QStringLiteral("Wrote %1 files of 2 instances to %2.").arg(movieFiles + episodeFiles).arg(out)),
        qPrintable(r.err));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(written.readAll()).object().value(QLatin1String("files")).toArray().size(),
             movieFiles + episodeFiles);

    // A profile changes on the server; the next sync stores a new snapshot and export shows its scores.
    const SimProfile &profile = radarr->library().profiles().first();
    QVERIFY(radarr->library().setFormatScore(profile.id, 1, profile.formatScores.value(1) + 1000));
    r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    QCOMPARE(snapshotCount(db, QStringLiteral("radarr")), 2);
    QCOMPARE(snapshotCount(db, QStringLiteral("sonarr")), 2);
    // Quiet and successful: not a word.
    r = m_cli->run({QStringLiteral("--quiet"), QStringLiteral("sync"), QStringLiteral("sonarr")});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.all().isEmpty(), qPrintable(r.all()));
    QCOMPARE(snapshotCount(db, QStringLiteral("sonarr")), 3);
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--instance"), QStringLiteral("radarr")});
    CHECK_EXIT(r, 0);
    json = jsonOf(r);
    QVERIFY(json.value(QLatin1String("instances"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("snapshot_id"))
                .toInteger()
            > byName[QStringLiteral("sonarr")].value(QLatin1String("snapshot_id")).toInteger());
    const QHash<qint64, QJsonObject> movies = filesById(json, QStringLiteral("radarr"));
    QCOMPARE(movies.size(), movieFiles);
    for (const QJsonObject &f : movies)
        QCOMPARE(f.value(QLatin1String("custom_format_score")).toInt(),
                 *simScore(radarr->library(), f.value(QLatin1String("item_id")).toInteger(),
                           f.value(QLatin1String("file_id")).toInteger()));
}

void tst_Cli::exportCsv()
{
    SimLibraryConfig lib = radarrLibrary(QStringLiteral("5.14.0"), 40);
    lib.moviesWithoutFilePercent = 0; // every hostile title has a file, so every one is exported
    auto radarr = startSim(lib);
    auto sonarr = startSim(sonarrLibrary(QStringLiteral("4.0.9"), 5, 3));
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), *radarr)
                       + instanceYaml(QStringLiteral("sonarr"), *sonarr));
    CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);

    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK_EXIT(r, 0);
    const QList<QStringList> rows = parseCsv(r.out);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first(), documentedFileColumns());
    QCOMPARE(rows.size() - 1, radarr->library().movieFileCount() + sonarr->library().episodeFileCount());
    const int titleColumn = int(documentedFileColumns().indexOf(QStringLiteral("title")));
    QSet<QString> titles;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), documentedFileColumns().size());
        const QString title = rows[i].at(titleColumn);
        QVERIFY2(title.isEmpty() || !QStringLiteral("=+-@").contains(title.front()), qPrintable(title));
        titles << title;
    }
    for (const QString &neutralised : {QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("'+cmd"),
                                       QStringLiteral("'-2+3"), QStringLiteral("'@SUM(A1)")})
        QVERIFY2(titles.contains(neutralised), qPrintable(neutralised));
    for (const QString &verbatim : {QStringLiteral("<script>alert(1)</script>"), QStringLiteral("Line One\nLine Two"),
                                    QStringLiteral("Commas, More Commas, Done"),
                                    QStringLiteral("The \"Quoted\" Movie's Title"), QStringLiteral("千と千尋の神隠し")})
        QVERIFY2(titles.contains(verbatim), qPrintable(verbatim));

    // --instance and --bom, to a file.
    const QString path = m_cli->home.file(QStringLiteral("radarr.csv"));
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--bom"), QStringLiteral("--instance"), QStringLiteral("radarr"),
                    QStringLiteral("--output"), path});
    CHECK_EXIT(r, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> radarrRows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(radarrRows.size() - 1, radarr->library().movieFileCount());
    for (qsizetype i = 1; i < radarrRows.size(); ++i)
        QCOMPARE(radarrRows[i].first(), QStringLiteral("radarr"));
}

void tst_Cli::exportWithoutSnapshot()
{
    auto sim = startSim(radarrLibrary(QStringLiteral("5.14.0"), 10));
    m_cli->writeConfig(instanceYaml(QStringLiteral("radarr"), *sim));
    CliResult r = m_cli->run({QStringLiteral("instances")});
    CHECK_EXIT(r, 0);
    QVERIFY(r.out.contains(QLatin1String("last sync: never")));
    QVERIFY(!QFile::exists(m_cli->home.databasePath())); // listing creates no database
    r = m_cli->run({QStringLiteral("export")});
    CHECK_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("Run \"arrscore sync\"")), qPrintable(r.err));
    r = m_cli->run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK_EXIT(r, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(sim->stats().total, 0);
}

void tst_Cli::strategies_data()
{
    QTest::addColumn<bool>("radarr");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("size"); // movies, or series
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<bool>("scores");

    QTest::newRow("Radarr 6.0.4 batched") << true << QStringLiteral("6.0.4.10291") << 300
                                          << QStringLiteral("moviefile?movieFileIds= in batches of up to 200") << true;
    QTest::newRow("Radarr 5.14 batched") << true << QStringLiteral("5.14.0.9383") << 40
                                         << QStringLiteral("moviefile?movieFileIds= in batches of up to 200") << true;
    QTest::newRow("Radarr 4.7.5 per movie")
        << true << QStringLiteral("4.7.5.7809") << 30
        << QStringLiteral("one moviefile?movieId= per movie (Radarr < 5.0.2)") << true;
    QTest::newRow("Radarr 4.7.4 computed")
        << true << QStringLiteral("4.7.4.7758") << 30 << QStringLiteral("scores computed from the profiles") << true;
    QTest::newRow("Sonarr v4") << false << QStringLiteral("4.0.9.2244") << 8
                               << QStringLiteral("episodefile?seriesId= and episode?seriesId= per series") << true;
    QTest::newRow("Sonarr v3") << false << QStringLiteral("3.0.10.1567") << 6
                               << QStringLiteral("Sonarr v3: no custom formats, scores unavailable") << false;
}

void tst_Cli::strategies()
{
    QFETCH(bool, radarr);
    QFETCH(QString, version);
    QFETCH(int, size);
    QFETCH(QString, strategy);
    QFETCH(bool, scores);

    SimLibraryConfig lib = radarr ? radarrLibrary(version, size) : sonarrLibrary(version, size, 4);
    lib.emptySeries = radarr ? 0 : 2; // series without files cost no calls
    auto sim = startSim(lib);
    m_cli->writeConfig(instanceYaml(QStringLiteral("arr"), *sim));

    CliResult r = m_cli->run({QStringLiteral("test")});
    CHECK_EXIT(r, 0);
    QVERIFY2(detailsOf(r.out, QStringLiteral("arr")).contains(strategy), qPrintable(r.out));
    sim->resetStats();

    r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    const SimStats &stats = sim->stats();
    const auto calls = [&stats](const char *resource) {
        return stats.path(QStringLiteral("/api/v3/") + QLatin1String(resource));
    };
    QCOMPARE(calls("system/status"), 1);
    QCOMPARE(calls("qualityprofile"), 1);
    QCOMPARE(calls("customformat"), scores ? 1 : 0);
    // The server's history of the last history_days: a first sync reads it in pages of HistoryFetcher::kPageSize
    // rows, one here; a later one in one history/since.
    QCOMPARE(calls("history"), 1);
    QCOMPARE(calls("history/since"), 0);
    int files = 0;
    if (radarr) {
        files = sim->library().movieFileCount();
        const bool batched = strategy.contains(QLatin1String("batches"));
        const int fileCalls = batched ? (files + 199) / 200 : files;
        if (version.startsWith(QLatin1Char('6')))
            QCOMPARE(fileCalls, 2); // enough files for two batches
        QCOMPARE(calls("movie"), 1);
        QCOMPARE(calls("moviefile"), fileCalls);
        QCOMPARE(stats.total, 5 + fileCalls);
    } else {
        files = sim->library().episodeFileCount();
        const int withFiles = size - 2;
        QCOMPARE(calls("series"), 1);
        QCOMPARE(calls("episodefile"), withFiles);
        QCOMPARE(calls("episode"), withFiles);
        QCOMPARE(stats.total, 2 + 2 * withFiles + (scores ? 3 : 2));
    }
    QCOMPARE(stats.status(200), stats.total);

    r = m_cli->run({QStringLiteral("export")});
    CHECK_EXIT(r, 0);
    const QJsonObject json = jsonOf(r);
    const QJsonObject instance = json.value(QLatin1String("instances")).toArray().first().toObject();
    QCOMPARE(instance.value(QLatin1String("version")).toString(), version);
    QCOMPARE(instance.value(QLatin1String("scores_available")).toBool(), scores);
    const QJsonArray rows = json.value(QLatin1String("files")).toArray();
    QCOMPARE(rows.size(), files);
    for (const QJsonValue &v : rows) {
        const QJsonObject f = v.toObject();
        const QJsonValue score = f.value(QLatin1String("custom_format_score"));
        if (!scores) {
            QVERIFY2(score.isNull(), QJsonDocument(f).toJson().constData()); // never 0 for "unknown"
            QVERIFY(f.value(QLatin1String("custom_formats")).toArray().isEmpty());
            continue;
        }
        QVERIFY2(score.isDouble(), QJsonDocument(f).toJson().constData());
        const std::optional<int> expected = simScore(sim->library(), f.value(QLatin1String("item_id")).toInteger(),
                                                     f.value(QLatin1String("file_id")).toInteger());
        QVERIFY(expected);
        QCOMPARE(score.toInt(), *expected);
    }
}

void tst_Cli::multiEpisodeFiles()
{
    auto sim = startSim(sonarrLibrary(QStringLiteral("4.0.9"), 5, 20));
    m_cli->writeConfig(instanceYaml(QStringLiteral("sonarr"), *sim));
    CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    r = m_cli->run({QStringLiteral("export")});
    CHECK_EXIT(r, 0);
    const QJsonObject json = jsonOf(r);
    const QHash<qint64, QJsonObject> rows = filesById(json, QStringLiteral("sonarr"));
    QCOMPARE(json.value(QLatin1String("files")).toArray().size(), sim->library().episodeFileCount());
    QCOMPARE(rows.size(), sim->library().episodeFileCount()); // one row per file, never one per episode

    int multi = 0;
    for (const SimSeries &series : sim->library().series()) {
        for (const SimFile &file : series.files) {
            QJsonArray expected;
            for (const SimEpisode &e : series.episodes) {
                if (e.episodeFileId == file.id)
                    expected.append(e.episodeNumber);
            }
            const QJsonObject row = rows.value(file.id);
            QCOMPARE(row.value(QLatin1String("episodes")).toArray(), expected);
            QCOMPARE(row.value(QLatin1String("season")).toInt(), file.seasonNumber);
            QCOMPARE(row.value(QLatin1String("series_title")).toString(), series.title);
            if (file.releaseType == QLatin1String("multiEpisode")) {
                QVERIFY(expected.size() >= 2);
                QVERIFY2(row.value(QLatin1String("episode_title")).toString().contains(QLatin1String(" / ")),
                         qPrintable(row.value(QLatin1String("episode_title")).toString()));
                ++multi;
            }
        }
    }
    QVERIFY2(multi > 0, "the library should hold multi-episode files");
}

void tst_Cli::cancel()
{
    auto sim = startSim(sonarrLibrary(QStringLiteral("4.0.9"), 30, 2));
    m_cli->writeConfig(instanceYaml(QStringLiteral("sonarr"), *sim, {QStringLiteral("max_concurrency: 2")}));
    const QString db = m_cli->home.databasePath();
    CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    r = m_cli->run({QStringLiteral("export")});
    CHECK_EXIT(r, 0);
    const QJsonValue before = jsonOf(r).value(QLatin1String("files"));
    QCOMPARE(before.toArray().size(), sim->library().episodeFileCount());
    const qint64 snapshotsBefore = totalSnapshots(db);
    QCOMPARE(snapshotsBefore, 1);

    // A new score on the server: a sync that completed would change the export.
    const SimProfile &profile = sim->library().profiles().first();
    for (int format = 0; format < profile.formatScores.size(); ++format)
        sim->library().setFormatScore(profile.id, format, profile.formatScores.value(format) + 7);
    sim->setLatencyMs(200);
    sim->resetStats();

    // Cancel once the per-series calls have begun: well inside the ~6 s this sync would take.
    int sentBeforeSignal = 0;
    const CliResult cancelled = runInterrupted(*m_cli, {QStringLiteral("sync")}, [&] {
        sentBeforeSignal = sim->stats().total;
        return sentBeforeSignal >= 5;
    });
    QVERIFY(!cancelled.timedOut);
    QVERIFY(sentBeforeSignal < 30);
    QVERIFY(!cancelled.crashed);
    CHECK_EXIT(cancelled, 130);
    QVERIFY2(cancelled.err.contains(QLatin1String("Cancelled.")), qPrintable(cancelled.err));
    QVERIFY2(cancelled.err.contains(QLatin1String("the previous snapshot remains the current one")),
             qPrintable(cancelled.err));
    QVERIFY(!cancelled.err.contains(QLatin1String("Synced ")));

    // Nothing was stored; the earlier snapshot is still what export shows.
    QCOMPARE(totalSnapshots(db), snapshotsBefore);
    sim->setLatencyMs(0);
    r = m_cli->run({QStringLiteral("export")});
    CHECK_EXIT(r, 0);
    QCOMPARE(jsonOf(r).value(QLatin1String("files")), before);
    QVERIFY(sim->stats().total < 2 * 30); // it stopped asking
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
