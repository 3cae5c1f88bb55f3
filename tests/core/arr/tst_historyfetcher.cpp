// HistoryFetcher against the simulator on 127.0.0.1: a first read takes a short window in its first page, the rest
// of a longer one from history/since, and a long history in pages sorted by date, each handing over the same events
// as the single history/since would; a later read in one history/since; the pages when a server refuses
// history/since; a read that fails half-way is not `fetched`.
#include "arr/arrclient.h"
#include "arr/historyfetcher.h"
#include "arr/historyparser.h"
#include "simfaults.h"
#include "simtestutil.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

ServerStatus radarrStatus(const QString &version)
{
    ServerStatus s;
    s.appName = QStringLiteral("Radarr");
    s.version = version;
    s.versionNumber = QVersionNumber::fromString(version);
    return s;
}

// What one read handed over and how it ended.
struct Read
{
    QList<ServerEvent> events;
    ServerHistory history;
    QStringList warnings;
    Error error;
};

// HistoryFetcher's sizes (its own when < 0).
struct Sizes
{
    int page = -1;
    int firstPage = -1;
    int sinceMaxRows = -1;
    qint64 libraryFiles = -1;
};

Read readHistory(const Sim &sim, const QString &version, const QDateTime &since, Sizes sizes = {})
{
    QNetworkAccessManager nam;
    ClientSettings settings;
    settings.baseUrl = sim->baseUrl();
    settings.apiKey = sim->apiKey();
    settings.timeoutMs = 5000;
    settings.retry.baseDelayMs = 10;
    settings.retry.maxDelayMs = 50;
    ArrClient client(&nam, settings);
    HistoryFetcher fetcher(&client, radarrStatus(version), InstanceType::Radarr, since, 90);
    if (sizes.page >= 0)
        fetcher.setPageSize(sizes.page);
    if (sizes.firstPage >= 0)
        fetcher.setFirstPageRows(sizes.firstPage);
    if (sizes.sinceMaxRows >= 0)
        fetcher.setSinceMaxRows(sizes.sinceMaxRows);
    if (sizes.libraryFiles >= 0)
        fetcher.setLibraryFiles(sizes.libraryFiles);
    Read read;
    QObject::connect(&fetcher, &HistoryFetcher::eventsFetched, &fetcher,
                     [&read](const QList<ServerEvent> &events) { read.events += events; });
    QSignalSpy finished(&fetcher, &HistoryFetcher::finished);
    fetcher.start();
    if (!fetcher.isFinished() && !finished.wait(30000))
        qFatal("the history read did not finish");
    read.history = fetcher.takeHistory();
    read.warnings = fetcher.warnings();
    read.error = fetcher.error();
    return read;
}

// The events history/since gives from `from` on, as one body: what every way of reading must hand over.
QList<ServerEvent> sinceBody(const Sim &sim, const QDateTime &from)
{
    const Reply reply = fetch(sim.api(QStringLiteral("history/since?date=%1").arg(from.toString(Qt::ISODateWithMs))));
    QStringList warnings;
    Result<QList<ServerEvent>> events =
        HistoryParser::list(reply.body, QStringLiteral("/api/v3/history/since"), false, &warnings);
    return events ? events.value() : QList<ServerEvent>();
}

QSet<qint64> ids(const QList<ServerEvent> &events)
{
    QSet<qint64> out;
    for (const ServerEvent &e : events)
        out.insert(e.serverId);
    return out;
}

// Equal as sets of rows (pages come newest first, history/since oldest first).
void compareRows(QList<ServerEvent> a, QList<ServerEvent> b)
{
    const auto byId = [](const ServerEvent &x, const ServerEvent &y) { return x.serverId < y.serverId; };
    std::sort(a.begin(), a.end(), byId);
    std::sort(b.begin(), b.end(), byId);
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        QVERIFY2(a[i] == b[i], qPrintable(QStringLiteral("row %1 differs").arg(a[i].serverId)));
}

const QString kVersion = QStringLiteral("5.14.0.9383");

} // namespace

class tst_HistoryFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortFirstReadIsOnePage();
    void firstReadBeyondItsFirstPageEndsWithOneSince();
    void aLargeLibrarysFirstReadCountsFirst();
    void longFirstReadIsPaged();
    void laterReadIsOneRequest();
    void refusedSinceReadsPages();
    void failedPageEndsTheRead();
};

void tst_HistoryFetcher::shortFirstReadIsOnePage()
{
    // A few hundred rows in all: the first page holds the window.
    Sim sim(radarr(kVersion, 40));
    const Read read = readHistory(sim, kVersion, {});
    QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
    QVERIFY(read.history.fetched);
    QCOMPARE(read.history.requestCount, 1);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history")), 1);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history/since")), 0);
    const QList<ServerEvent> expected = sinceBody(sim, read.history.from);
    QVERIFY(expected.size() > 20);
    compareRows(read.events, expected);
}

void tst_HistoryFetcher::firstReadBeyondItsFirstPageEndsWithOneSince()
{
    // A first page of 7 rows does not reach the date, and the history is short enough for one history/since:
    // the window from it, without the 7 rows again.
    Sim sim(radarr(kVersion, 40));
    const Read read = readHistory(sim, kVersion, {}, {.firstPage = 7});
    QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
    QVERIFY(read.history.fetched);
    QCOMPARE(read.history.requestCount, 2);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history")), 1);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history/since")), 1);
    QCOMPARE(ids(read.events).size(), read.events.size());
    compareRows(read.events, sinceBody(sim, read.history.from));
}

void tst_HistoryFetcher::aLargeLibrarysFirstReadCountsFirst()
{
    // The same short history, but said to belong to a library of kManyFiles files: a one-row page to count the
    // rows, then the window from history/since (where a small library's first page held it all).
    Sim sim(radarr(kVersion, 40));
    const Read read = readHistory(sim, kVersion, {}, {.libraryFiles = HistoryFetcher::kManyFiles});
    QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
    QCOMPARE(read.history.requestCount, 2);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history")), 1);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history/since")), 1);
    QCOMPARE(ids(read.events).size(), read.events.size());
    compareRows(read.events, sinceBody(sim, read.history.from));
    // One file fewer is a small library again.
    Sim small(radarr(kVersion, 40));
    QCOMPARE(readHistory(small, kVersion, {}, {.libraryFiles = HistoryFetcher::kManyFiles - 1}).history.requestCount,
             1);
}

void tst_HistoryFetcher::longFirstReadIsPaged()
{
    // More rows than a first read takes from history/since (0 here): pages of 7 after the first page of 7 (the
    // first of them the same rows again, not handed over twice).
    Sim sim(radarr(kVersion, 40));
    const Read read = readHistory(sim, kVersion, {}, {.page = 7, .firstPage = 7, .sinceMaxRows = 0});
    QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
    QVERIFY(read.history.fetched);
    QVERIFY(read.history.events.isEmpty()); // handed over, not kept
    const QList<ServerEvent> expected = sinceBody(sim, read.history.from);
    QVERIFY(expected.size() > qsizetype(7) * 3);                                // several pages
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history/since")), 1);    // sinceBody's own
    const int pages = sim->stats().path(QStringLiteral("/api/v3/history")) - 1; // without the first page
    QCOMPARE(read.history.requestCount, 1 + pages);
    // Every page up to the one that reaches the date (the history holds rows older than the window too).
    QVERIFY(pages >= int((expected.size() + 6) / 7));
    QVERIFY(pages <= int((expected.size() + 6) / 7) + 1);
    QCOMPARE(ids(read.events).size(), read.events.size()); // nothing moved between pages here
    compareRows(read.events, expected);
    for (const ServerEvent &e : read.events)
        QVERIFY(e.date >= read.history.from);
}

void tst_HistoryFetcher::laterReadIsOneRequest()
{
    Sim sim(radarr(kVersion, 40));
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-30);
    const Read read = readHistory(sim, kVersion, since, {.page = 7});
    QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
    QVERIFY(read.history.fetched);
    QCOMPARE(read.history.from, since.addSecs(-HistoryFetcher::kOverlapSeconds));
    QCOMPARE(read.history.requestCount, 1);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history/since")), 1);
    QCOMPARE(sim->stats().path(QStringLiteral("/api/v3/history")), 0);
    const QList<ServerEvent> expected = sinceBody(sim, read.history.from);
    QVERIFY(!expected.isEmpty());
    compareRows(read.events, expected);
}

void tst_HistoryFetcher::refusedSinceReadsPages()
{
    SimServerConfig cfg;
    const std::optional<SimFaultRule> missing =
        SimFaultRule::parse(QStringLiteral("error:status=404,path=history/since"));
    QVERIFY(missing.has_value());
    cfg.faults = {missing.value_or(SimFaultRule())};
    Sim sim(radarr(kVersion, 40), cfg);
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-60);
    const Read read = readHistory(sim, kVersion, since, {.page = 7});
    QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
    QVERIFY(read.history.fetched);
    QVERIFY(sim->stats().path(QStringLiteral("/api/v3/history")) > 1);
    QCOMPARE(read.history.requestCount, 1 + sim->stats().path(QStringLiteral("/api/v3/history")));
    sim->clearFaults();
    compareRows(read.events, sinceBody(sim, read.history.from));
}

void tst_HistoryFetcher::failedPageEndsTheRead()
{
    // The second page of 7 (the third request, after the first page and page 1 again) is refused (a 404 is not
    // retried): what the first handed over is not a whole read.
    SimServerConfig cfg;
    const std::optional<SimFaultRule> second =
        SimFaultRule::parse(QStringLiteral("error:status=404,every=3,path=api/v3/history"));
    QVERIFY(second.has_value());
    cfg.faults = {second.value_or(SimFaultRule())};
    Sim sim(radarr(kVersion, 40), cfg);
    const Read read = readHistory(sim, kVersion, {}, {.page = 7, .firstPage = 7, .sinceMaxRows = 0});
    QCOMPARE(read.events.size(), 7);
    QVERIFY(!read.history.fetched);
    QCOMPARE(read.error.kind, ErrorKind::NotFound);
    QCOMPARE(read.history.requestCount, 3);
    QVERIFY(read.warnings.join(QLatin1Char(' ')).contains(QLatin1String("history could not be read")));
}

QTEST_MAIN(tst_HistoryFetcher)
#include "tst_historyfetcher.moc"
