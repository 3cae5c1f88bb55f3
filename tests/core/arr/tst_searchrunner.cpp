// SearchRunner against simulators in this process: every instance asked at once, the outcome gathered in
// the order of the jobs, a failure of one not hiding the others, cancel, and no jobs at all.
#include "arr/searchrunner.h"
#include "simserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace arrscore;

namespace {

const QString kKey = QStringLiteral("RUNNERKEY0123456789abcdef0123456");

std::unique_ptr<SimServer> startSim(SimAppType type)
{
    SimLibraryConfig lib;
    lib.type = type;
    lib.version = type == SimAppType::Radarr ? QStringLiteral("5.14.0.9383") : QStringLiteral("4.0.9.2244");
    lib.movies = 5;
    lib.series = 2;
    lib.episodeFilesPerSeries = 2;
    SimServerConfig config;
    config.apiKey = kKey;
    auto sim = std::make_unique<SimServer>(lib, config);
    if (!sim->start())
        qFatal("the simulator did not start");
    return sim;
}

SearchRunner::Job job(const QString &name, const SimServer &sim, InstanceType type, const QList<qint64> &ids,
                      const QString &key = kKey)
{
    SearchRunner::Job j;
    j.target.name = name;
    j.target.type = type;
    j.target.client.baseUrl = sim.baseUrl();
    j.target.client.apiKey = key;
    j.target.client.retry.baseDelayMs = 10;
    j.target.client.retry.maxAttempts = 2;
    j.ids = ids;
    return j;
}

} // namespace

class tst_SearchRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asksEveryInstanceAndGathersTheOutcome()
    {
        auto radarr = startSim(SimAppType::Radarr);
        auto sonarr = startSim(SimAppType::Sonarr);
        QNetworkAccessManager nam;
        SearchRunner runner(&nam);
        QSignalSpy one(&runner, &SearchRunner::searchFinished);
        QSignalSpy all(&runner, &SearchRunner::finished);
        runner.start({job(QStringLiteral("movies"), *radarr, InstanceType::Radarr, {1, 2}),
                      job(QStringLiteral("shows"), *sonarr, InstanceType::Sonarr, {3}),
                      job(QStringLiteral("wrong"), *radarr, InstanceType::Radarr, {1},
                          QStringLiteral("WRONGKEY0123456789abcdef01234567"))});
        QVERIFY(runner.isRunning());
        QVERIFY(all.wait(30000));
        QCOMPARE(all.size(), 1);
        QCOMPARE(one.size(), 3);
        QVERIFY(!runner.isRunning());
        QCOMPARE(runner.searches().size(), std::size_t(3));
        QVERIFY(runner.searches()[0]->succeeded());
        QCOMPARE(runner.searches()[0]->target().name, QStringLiteral("movies"));
        QCOMPARE(runner.searches()[0]->idsAccepted(), 2);
        QVERIFY(runner.searches()[1]->succeeded());
        QCOMPARE(runner.searches()[1]->target().name, QStringLiteral("shows"));
        QCOMPARE(runner.searches()[2]->error().kind, ErrorKind::Auth);
        QCOMPARE(runner.failedCount(), 1);
        QVERIFY(!runner.wasCancelled());
    }

    void cancelStopsEverySearch()
    {
        auto radarr = startSim(SimAppType::Radarr);
        QNetworkAccessManager nam;
        SearchRunner runner(&nam);
        QSignalSpy all(&runner, &SearchRunner::finished);
        runner.start({job(QStringLiteral("a"), *radarr, InstanceType::Radarr, {1}),
                      job(QStringLiteral("b"), *radarr, InstanceType::Radarr, {2})});
        runner.cancel();
        QVERIFY(all.wait(30000));
        QVERIFY(runner.wasCancelled());
        QCOMPARE(runner.failedCount(), 2);
    }

    void noJobsFinishesLater()
    {
        QNetworkAccessManager nam;
        SearchRunner runner(&nam);
        QSignalSpy all(&runner, &SearchRunner::finished);
        runner.start({});
        QVERIFY(!runner.isRunning());
        QCOMPARE(all.size(), 0); // asynchronously, as UpgradeSearch does
        QVERIFY(all.wait(5000));
        QVERIFY(runner.searches().empty());
    }
};

QTEST_GUILESS_MAIN(tst_SearchRunner)
#include "tst_searchrunner.moc"
