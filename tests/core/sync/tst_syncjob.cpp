#include "simserver.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "sync/syncjob.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace arrscore;

namespace {

struct Outcome
{
    bool ok = false;
    Error error;
    LibrarySnapshot snapshot;
    QString strategy;
};

InstanceTarget targetFor(const SimServer &sim, InstanceType type)
{
    InstanceTarget target;
    target.name = QStringLiteral("test-instance");
    target.type = type;
    target.client.baseUrl = sim.baseUrl();
    target.client.apiKey = sim.apiKey();
    target.client.retry.baseDelayMs = 10;
    return target;
}

Outcome runSync(const InstanceTarget &target, const std::function<void(SyncJob &)> &whileRunning = {})
{
    QNetworkAccessManager nam;
    SyncJob job(target, &nam);
    QList<MediaFile> files; // as the batches come; a file the server lists twice comes twice
    QObject::connect(&job, &SyncJob::filesFetched, &job, [&files](const QList<MediaFile> &batch) { files += batch; });
    job.start(SyncJob::Mode::Sync);
    if (whileRunning)
        whileRunning(job);
    QDeadlineTimer deadline(60000);
    while (!job.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    Outcome outcome;
    outcome.ok = job.succeeded();
    outcome.error = job.error();
    outcome.strategy = job.strategy();
    if (outcome.ok) {
        outcome.snapshot = job.takeSnapshot();
        outcome.snapshot.files = std::move(files);
    }
    return outcome;
}

// A Radarr made of canned answers, for bodies the simulator never writes. Answers each GET with what `answer`
// returns for its target (path and query), after `delayMs(target)`; records the targets as they arrive and when
// each was answered.
class CannedServer : public QTcpServer
{
public:
    using Answer = std::function<QByteArray(const QString &target)>;
    explicit CannedServer(Answer answer) : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    for (qsizetype end = buffer->indexOf("\r\n\r\n"); end >= 0; end = buffer->indexOf("\r\n\r\n")) {
                        const QList<QByteArray> line = buffer->first(buffer->indexOf("\r\n")).split(' ');
                        buffer->remove(0, end + 4);
                        const QString target = QString::fromLatin1(line.value(1));
                        arrived << target;
                        const auto respond = [this, target, socket = QPointer<QTcpSocket>(socket)] {
                            answered << target;
                            const QByteArray body = m_answer(target);
                            if (socket)
                                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                        };
                        const int delay = delayMs ? delayMs(target) : 0;
                        if (delay > 0)
                            QTimer::singleShot(delay, socket, respond);
                        else
                            respond();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    // The index in `arrived` of the first target containing `part`, or -1.
    qsizetype firstArrived(const QString &part) const
    {
        for (qsizetype i = 0; i < arrived.size(); ++i) {
            if (arrived[i].contains(part))
                return i;
        }
        return -1;
    }

    std::function<int(const QString &target)> delayMs;
    QStringList arrived;
    QStringList answered;

private:
    Answer m_answer;
};

SimLibraryConfig radarr(const QString &version, int movies = 120)
{
    SimLibraryConfig lib;
    lib.type = SimAppType::Radarr;
    lib.version = version;
    lib.movies = movies;
    return lib;
}

SimLibraryConfig sonarr(const QString &version, int series = 12, int filesPerSeries = 15)
{
    SimLibraryConfig lib;
    lib.type = SimAppType::Sonarr;
    lib.version = version;
    lib.series = series;
    lib.episodeFilesPerSeries = filesPerSeries;
    lib.emptySeries = 2;
    return lib;
}

// A "type" column with a row for each app.
void addTypeRows()
{
    QTest::addColumn<int>("type");
    QTest::newRow("radarr") << int(InstanceType::Radarr);
    QTest::newRow("sonarr") << int(InstanceType::Sonarr);
}

// Seven files, each of another movie or series, with its title: for a server to list twice or leave out.
QList<std::pair<int, QString>> filesToSpoil(const SimLibrary &lib)
{
    QList<std::pair<int, QString>> picked;
    for (const SimMovie &m : lib.movies()) {
        if (m.file && picked.size() < 7)
            picked.append({m.file->id, m.title});
    }
    for (const SimSeries &s : lib.series()) {
        if (!s.files.isEmpty() && picked.size() < 7)
            picked.append({s.files.last().id, s.title});
    }
    return picked;
}

// A sync of a library in which `spoil` did something to the files filesToSpoil() picked.
struct Spoiled
{
    Outcome out;
    QList<std::pair<int, QString>> picked;
    int files = 0; // the library's files
};

Spoiled syncSpoiled(InstanceType type, const std::function<bool(SimLibrary &, int)> &spoil)
{
    const bool isRadarr = type == InstanceType::Radarr;
    SimServer sim(isRadarr ? radarr(QStringLiteral("5.14.0.9383"), 60) : sonarr(QStringLiteral("4.0.9.2244")));
    if (!sim.start())
        qFatal("the simulator did not start");
    SimLibrary &lib = sim.library();
    Spoiled spoiled;
    spoiled.picked = filesToSpoil(lib);
    for (const auto &file : std::as_const(spoiled.picked)) {
        if (!spoil(lib, file.first))
            qFatal("file %d could not be spoiled", file.first);
    }
    spoiled.out = runSync(targetFor(sim, type));
    spoiled.files = isRadarr ? lib.movieFileCount() : lib.episodeFileCount();
    return spoiled;
}

} // namespace

// One instance's sync against the simulator, per app and version: the strategy, the number of
// requests, and every file's score checked against what the server computes.
class tst_SyncJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void radarrStrategies_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("batched");
        QTest::addColumn<bool>("serverScores");
        QTest::newRow("3.2.2") << QStringLiteral("3.2.2.5080") << false << false;
        QTest::newRow("4.7.4") << QStringLiteral("4.7.4.7758") << false << false;
        QTest::newRow("4.7.5") << QStringLiteral("4.7.5.7809") << false << true;
        QTest::newRow("5.0.1") << QStringLiteral("5.0.1.7993") << false << true;
        QTest::newRow("5.0.2") << QStringLiteral("5.0.2.8000") << true << true;
        QTest::newRow("5.14") << QStringLiteral("5.14.0.9383") << true << true;
        QTest::newRow("6.0.3") << QStringLiteral("6.0.3.10000") << true << true;
    }
    void radarrStrategies()
    {
        QFETCH(QString, version);
        QFETCH(bool, batched);
        QFETCH(bool, serverScores);
        SimServer sim(radarr(version, 450));
        QVERIFY(sim.start());
        const Outcome out = runSync(targetFor(sim, InstanceType::Radarr));
        QVERIFY2(out.ok, qPrintable(out.error.message));

        const SimLibrary &lib = sim.library();
        const int files = lib.movieFileCount();
        QCOMPARE(out.snapshot.files.size(), files);
        // status + qualityprofile + customformat + movie, then the files
        const int expected = 4 + (batched ? int(std::ceil(files / 200.0)) : files);
        QCOMPARE(sim.stats().total, expected);
        QCOMPARE(out.snapshot.requestCount, expected);
        QCOMPARE(sim.stats().path(QStringLiteral("/api/v3/moviefile")), expected - 4);
        QVERIFY(out.strategy.contains(batched ? QLatin1String("movieFileIds") : QLatin1String("movieId")));
        QCOMPARE(out.snapshot.profiles.size(), lib.profiles().size());
        QVERIFY(!out.snapshot.formats.isEmpty());

        int withFormats = 0;
        for (const MediaFile &f : out.snapshot.files) {
            const SimMovie *movie = lib.movieByFileId(int(f.fileId));
            QVERIFY(movie && movie->file);
            QCOMPARE(f.itemId, movie->id);
            QCOMPARE(f.title, movie->title);
            QCOMPARE(f.year, movie->year);
            QCOMPARE(f.qualityProfileId, movie->qualityProfileId);
            QCOMPARE(f.customFormats.size(), movie->file->customFormatIds.size());
            QVERIFY(f.customFormatScore.has_value());
            QCOMPARE(*f.customFormatScore, lib.reportedScore(*movie->file, movie->qualityProfileId));
            QCOMPARE(f.scoreComputed, !serverScores);
            QCOMPARE(f.sizeBytes, movie->file->size);
            withFormats += f.customFormats.isEmpty() ? 0 : 1;
        }
        QVERIFY(withFormats > files / 2);
    }

    void sonarrV4JoinsEpisodesOntoFiles()
    {
        SimServer sim(sonarr(QStringLiteral("4.0.9.2244")));
        QVERIFY(sim.start());
        const Outcome out = runSync(targetFor(sim, InstanceType::Sonarr));
        QVERIFY2(out.ok, qPrintable(out.error.message));
        const SimLibrary &lib = sim.library();
        QCOMPARE(out.snapshot.files.size(), lib.episodeFileCount());
        int seriesWithFiles = 0;
        for (const SimSeries &s : lib.series())
            seriesWithFiles += s.files.isEmpty() ? 0 : 1;
        QCOMPARE(seriesWithFiles, 10);
        QCOMPARE(sim.stats().total, 4 + 2 * seriesWithFiles);
        QVERIFY(out.snapshot.scoresAvailable);

        int multi = 0;
        int specials = 0;
        for (const MediaFile &f : out.snapshot.files) {
            const SimSeries *series = lib.seriesById(int(f.itemId));
            QVERIFY(series);
            QCOMPARE(f.kind, MediaKind::Episode);
            QCOMPARE(f.title, series->title);
            QCOMPARE(f.seriesTitle, series->title);
            const auto simFile = std::find_if(series->files.cbegin(), series->files.cend(),
                                              [&](const SimFile &sf) { return sf.id == f.fileId; });
            QVERIFY(simFile != series->files.cend());
            QCOMPARE(*f.customFormatScore, lib.reportedScore(*simFile, series->qualityProfileId));
            QList<int> expected;
            for (const SimEpisode &e : series->episodes) {
                if (e.episodeFileId == f.fileId)
                    expected << e.episodeNumber;
            }
            QCOMPARE(f.episodes, expected);
            QCOMPARE(f.episodeIds.size(), f.episodes.size());
            QVERIFY(!f.episodes.isEmpty());
            multi += f.episodes.size() > 1 ? 1 : 0;
            specials += f.season == 0 ? 1 : 0;
            if (f.episodes.size() > 1)
                QVERIFY(f.episodeTitle.contains(QLatin1String(" / ")));
        }
        QVERIFY2(multi > 0, "the simulated library has multi-episode files");
        QVERIFY2(specials > 0, "the simulated library has specials");
    }

    void sonarrV3HasNoScores()
    {
        SimServer sim(sonarr(QStringLiteral("3.0.10.1567"), 6, 10));
        QVERIFY(sim.start());
        const Outcome out = runSync(targetFor(sim, InstanceType::Sonarr));
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QVERIFY(!out.snapshot.scoresAvailable);
        QVERIFY(out.snapshot.formats.isEmpty());
        QCOMPARE(sim.stats().path(QStringLiteral("/api/v3/customformat")), 0);
        QCOMPARE(sim.stats().total, 3 + 2 * 4);
        QVERIFY(!out.snapshot.files.isEmpty());
        for (const MediaFile &f : out.snapshot.files) {
            QVERIFY(!f.customFormatScore.has_value()); // unavailable, never 0
            QVERIFY(!f.languages.isEmpty());
        }
    }

    void profileEditRescoresWithoutAnyFileChanging()
    {
        SimServer sim(radarr(QStringLiteral("5.14.0.9383"), 150));
        QVERIFY(sim.start());
        const Outcome before = runSync(targetFor(sim, InstanceType::Radarr));
        QVERIFY(before.ok);
        // Pick a format some file of profile P matches, and change its score in P.
        const MediaFile *victim = nullptr;
        for (const MediaFile &f : before.snapshot.files) {
            if (!f.customFormats.isEmpty()) {
                victim = &f;
                break;
            }
        }
        QVERIFY(victim);
        const int formatId = victim->customFormats.first().id;
        const QualityProfile *profile = before.snapshot.profile(victim->qualityProfileId);
        QVERIFY(profile);
        const int oldScore = profile->scoreOf(formatId);
        QVERIFY(sim.library().setFormatScore(profile->id, formatId, oldScore + 777));

        const Outcome after = runSync(targetFor(sim, InstanceType::Radarr));
        QVERIFY(after.ok);
        const auto same = std::find_if(after.snapshot.files.cbegin(), after.snapshot.files.cend(),
                                       [&](const MediaFile &f) { return f.fileId == victim->fileId; });
        QVERIFY(same != after.snapshot.files.cend());
        QCOMPARE(*same->customFormatScore, *victim->customFormatScore + 777);
        QCOMPARE(after.snapshot.profile(profile->id)->scoreOf(formatId), oldScore + 777);
    }

    void wrongTypeIsAConfigError()
    {
        SimServer sim(radarr(QStringLiteral("5.14.0.9383"), 5));
        QVERIFY(sim.start());
        const Outcome out = runSync(targetFor(sim, InstanceType::Sonarr));
        QVERIFY(!out.ok);
        QCOMPARE(out.error.kind, ErrorKind::Config);
        QVERIFY2(out.error.message.contains(QLatin1String("type: radarr")), qPrintable(out.error.message));
    }

    void malformedBatchFailsTheInstance_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        QTest::newRow("malformed moviefile")
            << QStringLiteral("malformed:path=moviefile,first=1") << int(ErrorKind::Parse);
        QTest::newRow("malformed movie") << QStringLiteral("malformed:path=/movie") << int(ErrorKind::Parse);
        QTest::newRow("500 on a batch") << QStringLiteral("error:status=500,path=moviefile") << int(ErrorKind::Server);
        QTest::newRow("html profile") << QStringLiteral("html:path=qualityprofile") << int(ErrorKind::NotFound);
    }
    void malformedBatchFailsTheInstance()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        SimServer sim(radarr(QStringLiteral("5.14.0.9383"), 900));
        QVERIFY(sim.start());
        sim.addFault(*SimFaultRule::parse(fault));
        const Outcome out = runSync(targetFor(sim, InstanceType::Radarr));
        QVERIFY(!out.ok);
        QCOMPARE(int(out.error.kind), kind);
        QVERIFY(out.snapshot.files.isEmpty());
    }

    void cancelStopsTheSync()
    {
        SimServerConfig config;
        config.latencyMs = 100;
        SimServer sim(sonarr(QStringLiteral("4.0.9.2244"), 40, 5), config);
        QVERIFY(sim.start());
        const Outcome out = runSync(targetFor(sim, InstanceType::Sonarr), [&](SyncJob &job) {
            QTRY_VERIFY(sim.stats().total >= 6);
            job.cancel();
        });
        QVERIFY(!out.ok);
        QCOMPARE(out.error.kind, ErrorKind::Cancelled);
        QVERIFY(sim.stats().total < 4 + 2 * 38);
    }

    void deadlineEndsASlowSync_data() { addTypeRows(); }
    void deadlineEndsASlowSync()
    {
        QFETCH(int, type);
        const bool isRadarr = InstanceType(type) == InstanceType::Radarr;
        SimServerConfig config;
        config.latencyMs = 250; // every request: the sync needs at least 3 × 250 ms
        SimServer sim(isRadarr ? radarr(QStringLiteral("5.14.0.9383"), 30) : sonarr(QStringLiteral("4.0.9.2244")),
                      config);
        QVERIFY(sim.start());
        InstanceTarget target = targetFor(sim, InstanceType(type));
        target.syncTimeoutMs = 400;
        const Outcome out = runSync(target);
        QVERIFY(!out.ok);
        QCOMPARE(out.error.kind, ErrorKind::Network);
        // Which instance, that nothing was stored, and what to change.
        QVERIFY2(out.error.message.startsWith(QLatin1String("test-instance did not finish syncing within 0.4 s:")),
                 qPrintable(out.error.message));
        QVERIFY2(out.error.message.contains(QLatin1String("nothing of it was stored")), qPrintable(out.error.message));
        QVERIFY2(out.error.message.contains(QLatin1String("sync_timeout: 120")), qPrintable(out.error.message));
        QVERIFY(out.snapshot.files.isEmpty());
        // The client was cancelled: nothing more reaches the server once the job has given up.
        const int sent = sim.stats().total;
        QTest::qWait(600);
        QCOMPARE(sim.stats().total, sent);
    }

    void automaticDeadlineCoversARateLimit()
    {
        QCOMPARE(SyncJob::automaticDeadlineMs(5000, 0), SyncJob::kDefaultDeadlineMs);
        QCOMPARE(SyncJob::automaticDeadlineMs(100, 10), SyncJob::kDefaultDeadlineMs); // 20 s needed
        // 10,000 requests at 2 per second need 83 minutes; twice that is the bound.
        QCOMPARE(SyncJob::automaticDeadlineMs(10000, 2), qint64(10000) * 1000);
        // A limit near zero gives the longest timer there is, never an overflowed (negative) one.
        QCOMPARE(SyncJob::automaticDeadlineMs(10000, 1e-300), qint64(std::numeric_limits<int>::max()));
    }

    void duplicateFileIsKeptOnce_data() { addTypeRows(); }
    void duplicateFileIsKeptOnce()
    {
        QFETCH(int, type);
        const Spoiled spoiled =
            syncSpoiled(InstanceType(type), [](SimLibrary &lib, int id) { return lib.listFileTwice(id); });
        QVERIFY2(spoiled.out.ok, qPrintable(spoiled.out.error.message));
        const Outcome &out = spoiled.out;
        const QList<std::pair<int, QString>> &picked = spoiled.picked;
        const int files = spoiled.files;
        // The batches carry each of the seven twice; the store keeps one of each.
        QCOMPARE(out.snapshot.files.size(), files + 7);
        QSet<qint64> ids;
        for (const MediaFile &f : out.snapshot.files)
            ids.insert(f.fileId);
        QCOMPARE(ids.size(), files);
        QTemporaryDir dir;
        Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("dup.db")));
        QVERIFY(db);
        SnapshotStore store(*db.value());
        const Result<qint64> id = store.save(out.snapshot);
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(store.load(id.value())->files.size(), files);
        QCOMPARE(store.header(id.value())->fileCount, files);
        const QString warning = out.snapshot.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warning.contains(
                     QRegularExpression(QStringLiteral("The server listed 7 file(s|\\(s\\)) more than once: "))),
                 qPrintable(warning));
        QVERIFY2(warning.contains(
                     QStringLiteral("\u201C%1\u201D (file %2)").arg(picked.first().second).arg(picked.first().first)),
                 qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String(" and 2 more")), qPrintable(warning));
    }

    void someFilesNotReturnedAreAWarning_data() { addTypeRows(); }
    void someFilesNotReturnedAreAWarning()
    {
        QFETCH(int, type);
        const Spoiled spoiled =
            syncSpoiled(InstanceType(type), [](SimLibrary &lib, int id) { return lib.hideFile(id, true); });
        QVERIFY2(spoiled.out.ok, qPrintable(spoiled.out.error.message));
        const Outcome &out = spoiled.out;
        const QList<std::pair<int, QString>> &picked = spoiled.picked;
        const int files = spoiled.files;
        QCOMPARE(out.snapshot.files.size(), files - 7);
        // The first warning, so the CLI's first five always show it; the count and the first few named.
        QVERIFY(!out.snapshot.warnings.isEmpty());
        const QString warning = out.snapshot.warnings.first();
        QVERIFY2(warning.contains(QStringLiteral("returned only %1 of %2 files; missing: ").arg(files - 7).arg(files)),
                 qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("\u201C%1\u201D").arg(picked.first().second)), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String(" and 2 more")), qPrintable(warning));
    }

    void filesAnnouncedButNotReturnedFailTheSync_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("radarr") << int(InstanceType::Radarr);
        QTest::newRow("radarr 4.7") << int(InstanceType::Radarr);
        QTest::newRow("sonarr") << int(InstanceType::Sonarr);
    }
    void filesAnnouncedButNotReturnedFailTheSync()
    {
        QFETCH(int, type);
        const bool isRadarr = InstanceType(type) == InstanceType::Radarr;
        const QString version = QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("radarr 4.7")
                                    ? QStringLiteral("4.7.5.7809")
                                    : QStringLiteral("5.14.0.9383");
        SimServer sim(isRadarr ? radarr(version, 40) : sonarr(QStringLiteral("4.0.9.2244")));
        QVERIFY(sim.start());
        sim.library().setFilesHidden(true);
        const Outcome out = runSync(targetFor(sim, InstanceType(type)));
        QVERIFY(!out.ok);
        QCOMPARE(out.error.kind, ErrorKind::Server);
        const int files = isRadarr ? sim.library().movieFileCount() : 0;
        const QString announced =
            isRadarr ? QStringLiteral("/movie lists %1 movie").arg(files)
                     : QStringLiteral("The episodes of %1 series name").arg(10); // 12 series, 2 without files
        QVERIFY2(out.error.message.startsWith(announced), qPrintable(out.error.message));
        QVERIFY2(out.error.message.contains(QLatin1String("returned none of their files. Nothing was stored")),
                 qPrintable(out.error.message));
    }

    void radarrFilesAreAskedForWhileTheListArrivesAndOnlyListedOnesKept()
    {
        // 250 movies with a file each; movie 1 also has a nested object holding a "movieFileId" key that is not
        // its file (IdScanner finds keys at any depth). The server has a file 999999 too, of movie 1: asked for
        // early from that key, it must not enter the library. The history is read once the list is in: the
        // list's answer is held back 300 ms, and no history request may arrive meanwhile.
        constexpr int kMovies = 250;
        QByteArray movies = "[";
        for (int id = 1; id <= kMovies; ++id) {
            movies += (id > 1 ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(id) + ",\"title\":\"Movie "
                      + QByteArray::number(id) + "\",\"year\":2000,\"qualityProfileId\":1,"
                      + (id == 1 ? "\"collection\":{\"title\":\"Saga\",\"movieFileId\":999999}," : "")
                      + "\"hasFile\":true,\"movieFileId\":" + QByteArray::number(1000 + id) + "}";
        }
        movies += "]";
        const auto file = [](qint64 fileId, qint64 movieId) -> QByteArray {
            return QByteArray("{\"id\":") + QByteArray::number(fileId) + ",\"movieId\":" + QByteArray::number(movieId)
                   + ",\"relativePath\":\"f.mkv\",\"size\":1000,\"customFormats\":[],\"customFormatScore\":0,"
                   + "\"quality\":{\"quality\":{\"id\":7,\"name\":\"Bluray-1080p\"},\"revision\":{\"version\":1,"
                     "\"real\":0}}}";
        };
        CannedServer server([&](const QString &target) -> QByteArray {
            if (target.startsWith(QLatin1String("/api/v3/system/status")))
                return "{\"appName\":\"Radarr\",\"version\":\"6.0.3.10000\"}";
            if (target.startsWith(QLatin1String("/api/v3/qualityprofile")))
                return "[{\"id\":1,\"name\":\"HD\",\"upgradeAllowed\":true,\"cutoff\":7,\"minFormatScore\":0,"
                       "\"cutoffFormatScore\":100,\"formatItems\":[]}]";
            if (target.startsWith(QLatin1String("/api/v3/customformat")))
                return "[]";
            if (target.startsWith(QLatin1String("/api/v3/movie?")))
                return movies;
            if (target.startsWith(QLatin1String("/api/v3/moviefile?"))) {
                QByteArray out = "[";
                for (const QString &id :
                     QUrlQuery(QUrl(target).query()).allQueryItemValues(QStringLiteral("movieFileIds"))) {
                    const qint64 fileId = id.toLongLong();
                    out += (out.size() > 1 ? "," : "") + file(fileId, fileId == 999999 ? 1 : fileId - 1000);
                }
                return out + "]";
            }
            if (target.startsWith(QLatin1String("/api/v3/history")))
                return "{\"page\":1,\"pageSize\":10000,\"sortKey\":\"date\",\"sortDirection\":\"descending\","
                       "\"totalRecords\":0,\"records\":[]}";
            return "{}";
        });
        server.delayMs = [](const QString &target) {
            return target.startsWith(QLatin1String("/api/v3/movie?")) ? 300 : 0;
        };
        InstanceTarget target;
        target.name = QStringLiteral("canned");
        target.type = InstanceType::Radarr;
        target.client.baseUrl = server.url();
        target.client.apiKey = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        target.historyDays = 90;
        const Outcome out = runSync(target);
        QVERIFY2(out.ok, qPrintable(out.error.message));

        // The early batch asked for the nested key's id...
        const qsizetype early = server.firstArrived(QStringLiteral("movieFileIds=999999"));
        QVERIFY2(early >= 0, qPrintable(server.arrived.join(QLatin1Char('\n'))));
        // ...the library holds only the listed files, each once, and nothing was asked for twice.
        QSet<qint64> ids;
        for (const MediaFile &f : out.snapshot.files)
            ids.insert(f.fileId);
        QCOMPARE(out.snapshot.files.size(), kMovies);
        QCOMPARE(ids.size(), kMovies);
        QVERIFY(!ids.contains(999999));
        QVERIFY2(out.snapshot.warnings.isEmpty(), qPrintable(out.snapshot.warnings.join(QLatin1Char('\n'))));
        QStringList asked;
        for (const QString &t : std::as_const(server.arrived)) {
            if (t.startsWith(QLatin1String("/api/v3/moviefile?")))
                asked += QUrlQuery(QUrl(t).query()).allQueryItemValues(QStringLiteral("movieFileIds"));
        }
        QCOMPARE(asked.size(), kMovies + 1);
        QCOMPARE(QSet<QString>(asked.cbegin(), asked.cend()).size(), kMovies + 1);
        // The history only once the list had been answered.
        const qsizetype history = server.firstArrived(QStringLiteral("/api/v3/history"));
        QVERIFY(history >= 0);
        QStringList answered; // without the moviefile batches' long queries
        for (const QString &t : std::as_const(server.answered))
            answered << t.section(QLatin1Char('?'), 0, 0);
        const qsizetype listAnswered = answered.indexOf(QStringLiteral("/api/v3/movie"));
        QVERIFY2(listAnswered >= 0 && listAnswered < answered.indexOf(QStringLiteral("/api/v3/history")),
                 qPrintable(answered.join(QLatin1Char(' '))));
    }

    void testModeOnlyAsksForTheStatus()
    {
        SimServer sim(radarr(QStringLiteral("4.7.4.7758"), 30));
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        SyncJob job(targetFor(sim, InstanceType::Radarr), &nam);
        job.start(SyncJob::Mode::Test);
        QTRY_VERIFY(job.isFinished());
        QVERIFY(job.succeeded());
        QCOMPARE(job.serverStatus().version, QStringLiteral("4.7.4.7758"));
        QVERIFY(job.strategy().contains(QLatin1String("computed")));
        QCOMPARE(sim.stats().total, 1);
    }
};

QTEST_GUILESS_MAIN(tst_SyncJob)
#include "tst_syncjob.moc"
