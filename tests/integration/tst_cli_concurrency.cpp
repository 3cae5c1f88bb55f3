// max_concurrency is reached and never exceeded: a real `arrscore sync` of a Sonarr library whose
// per-series calls queue up, against a simulator that answers after a delay so that they overlap. Qt 6.4
// sends at most six requests per host through one QNetworkAccessManager, so above six this needs more than
// one (ManagerPool); the simulator counts how many requests it held at once.
#include "clitestfixture.h"

#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

class tst_CliConcurrency : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void peakIsTheConfiguredConcurrency_data();
    void peakIsTheConfiguredConcurrency();
};

void tst_CliConcurrency::peakIsTheConfiguredConcurrency_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("6, one manager's limit") << 6;
    QTest::newRow("7, one past it") << 7;
    QTest::newRow("8, the default") << 8;
    QTest::newRow("12, two managers full") << 12;
    QTest::newRow("13, three managers") << 13;
}

void tst_CliConcurrency::peakIsTheConfiguredConcurrency()
{
    QFETCH(int, concurrency);
    // 40 series with files: 80 per-series calls, far more than any row lets run at once.
    const int series = 40;
    SimServerConfig config;
    config.latencyMs = 60; // long against the time a request takes to send, so the queued ones pile up
    const std::unique_ptr<SimServer> sim = startSim(sonarrLibrary(QStringLiteral("4.0.9.2244"), series, 3), config);
    QStringList extra{QStringLiteral("max_concurrency: %1").arg(concurrency)};
    if (concurrency == 8)
        extra.clear(); // the default, unwritten
    m_cli->writeConfig(instanceYaml(QStringLiteral("sonarr"), *sim, extra));

    const CliResult r = m_cli->run({QStringLiteral("sync")});
    CHECK_EXIT(r, 0);
    const SimStats stats = sim->stats();
    QCOMPARE(stats.peakConcurrency, concurrency);
    // The API's minimum and nothing more: status, profiles, formats, series, two calls per series, then the
    // history since 90 days ago (history_days' default), which a first sync reads in pages: one here.
    QCOMPARE(stats.total, 4 + 2 * series + 1);
    QCOMPARE(stats.path(QStringLiteral("/api/v3/history")), 1);
    QCOMPARE(stats.status(200), stats.total);
    QCOMPARE(stats.path(QStringLiteral("/api/v3/episodefile")), series);
    QCOMPARE(stats.path(QStringLiteral("/api/v3/episode")), series);

    const CliResult exported = m_cli->run({QStringLiteral("export")});
    CHECK_EXIT(exported, 0);
    QCOMPARE(jsonOf(exported).value(QLatin1String("files")).toArray().size(), sim->library().episodeFileCount());
}

QTEST_GUILESS_MAIN(tst_CliConcurrency)
#include "tst_cli_concurrency.moc"
