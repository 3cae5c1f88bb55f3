// HistoryParser on constructed Radarr/Sonarr history bodies: the fields kept wherever they come in a row, the frozen
// data{} values (strings, or numbers from a proxy), rows of types an audit does not use dropped, a mistyped row
// skipped with a warning naming it, and a body that is not the expected JSON refused with a message saying why.
#include "arr/historyparser.h"

#include <QtTest>

using namespace arrscore;

namespace {

// JSON with ' for " (moc misreads brackets in a raw string literal, and escaped quotes are hard to read).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QString kSince = QStringLiteral("/api/v3/history/since");
const QString kPaged = QStringLiteral("/api/v3/history");

// A Radarr grab with eventType after everything else, as the servers write it, and a top-level score that is
// today's recomputation.
const char *const kGrab =
    "{'movieId': 12, 'sourceTitle': 'Movie.2020.1080p.WEB-DL-GRP', 'quality': {'quality': {'id': 3, 'name': "
    "'WEBDL-1080p'}, 'revision': {'version': 1}}, 'customFormats': [{'id': 1, 'name': 'x'}], 'customFormatScore': "
    "999, 'date': '2026-11-11T01:50:42Z', 'downloadId': 'SAB_1', 'data': {'indexer': 'Geek', 'releaseGroup': 'GRP', "
    "'size': '6132387957', 'guid': 'https://x/details/1', 'customFormatScore': '40', 'releaseSource': 'Rss', "
    "'torrentInfoHash': 'ABCDEF'}, 'eventType': 'grabbed', 'id': 7}";

} // namespace

class tst_HistoryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheKeptFields();
    void dataValuesAsNumbers();
    void dropsUnusedTypes();
    void skipsMistypedRows();
    void readsAPage();
    void refusesWhatIsNotHistory_data();
    void refusesWhatIsNotHistory();
};

void tst_HistoryParser::readsTheKeptFields()
{
    QStringList warnings;
    const QByteArray body = "[" + json(kGrab) + "]";
    const Result<QList<ServerEvent>> events = HistoryParser::list(body, kSince, false, &warnings);
    QVERIFY2(events, qPrintable(events ? QString() : events.error().message));
    QVERIFY(warnings.isEmpty());
    QCOMPARE(events->size(), 1);
    const ServerEvent &e = events->first();
    QCOMPARE(e.serverId, 7);
    QCOMPARE(e.type, ServerEventType::Grabbed);
    QCOMPARE(e.date, QDateTime(QDate(2026, 11, 11), QTime(1, 50, 42), Qt::UTC));
    QCOMPARE(e.itemId, 12);
    QCOMPARE(e.seriesId, 0);
    QCOMPARE(e.sourceTitle, QStringLiteral("Movie.2020.1080p.WEB-DL-GRP"));
    QCOMPARE(e.quality, QStringLiteral("WEBDL-1080p"));
    QCOMPARE(e.downloadId, QStringLiteral("SAB_1"));
    QCOMPARE(e.score, std::optional<int>(40)); // data's, never the top-level 999
    QCOMPARE(e.indexer, QStringLiteral("Geek"));
    QCOMPARE(e.releaseGroup, QStringLiteral("GRP"));
    QCOMPARE(e.sizeBytes, Q_INT64_C(6132387957));
    QCOMPARE(e.guid, QStringLiteral("https://x/details/1"));
    QCOMPARE(e.releaseSource, QStringLiteral("Rss"));
    QCOMPARE(e.torrentInfoHash, QStringLiteral("abcdef"));
    QVERIFY(e.releaseHash.isNull());

    // Sonarr: the episode is the item, the series kept beside it.
    const QByteArray sonarr = json("[{'episodeId': 31, 'seriesId': 4, 'date': '2026-11-11T01:50:42Z', 'eventType': "
                                   "'episodeFileDeleted', 'data': {'reason': 'Upgrade', 'fileId': '88'}, 'id': 8}]");
    const Result<QList<ServerEvent>> episodes = HistoryParser::list(sonarr, kSince, true, &warnings);
    QVERIFY(episodes);
    QCOMPARE(episodes->size(), 1);
    QCOMPARE(episodes->first().type, ServerEventType::FileDeleted);
    QCOMPARE(episodes->first().itemId, 31);
    QCOMPARE(episodes->first().seriesId, 4);
    QCOMPARE(episodes->first().reason, QStringLiteral("Upgrade"));
    QCOMPARE(episodes->first().fileId, 88);
    QVERIFY(!episodes->first().score.has_value());
}

void tst_HistoryParser::dataValuesAsNumbers()
{
    // A proxy or an old build can send data{} values as numbers, and the type as the enum's number; anything else
    // in data{} is nothing, and a data that is not an object holds no frozen values.
    const QByteArray body =
        json("[{'id': 1, 'date': '2026-01-01T00:00:00Z', 'eventType': 3, 'movieId': 2, 'data': {'customFormatScore': "
             "-25, 'size': 1000, 'fileId': 5, 'indexer': true, 'message': null}},"
             " {'id': 2, 'date': '2026-01-01T00:00:00Z', 'eventType': 1, 'movieId': 2, 'data': 'none'},"
             " {'id': 3, 'date': '2026-01-01T00:00:00Z', 'eventType': 'grabbed', 'movieId': 2, 'data': "
             "{'customFormatScore': '99999999999'}}]");
    QStringList warnings;
    const Result<QList<ServerEvent>> events = HistoryParser::list(body, kSince, false, &warnings);
    QVERIFY(events);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(0).type, ServerEventType::DownloadFolderImported);
    QCOMPARE(events->at(0).score, std::optional<int>(-25));
    QCOMPARE(events->at(0).sizeBytes, 1000);
    QCOMPARE(events->at(0).fileId, 5);
    QVERIFY(events->at(0).indexer.isNull());
    QVERIFY(events->at(0).message.isNull());
    QCOMPARE(events->at(1).type, ServerEventType::Grabbed);
    QVERIFY(!events->at(1).score.has_value());
    QCOMPARE(events->at(2).score, std::optional<int>(INT_MAX)); // clamped
}

void tst_HistoryParser::dropsUnusedTypes()
{
    const QByteArray body = json("[{'id': 1, 'date': '2026-01-01T00:00:00Z', 'eventType': 'unknown', 'movieId': 2},"
                                 " {'id': 2, 'date': '2026-01-01T00:00:00Z', 'eventType': 'movieFolderImported'},"
                                 " {'eventType': 'unknown', 'id': 3, 'date': 'not a date'},"
                                 " 42,"
                                 " {'id': 4, 'date': '2026-01-01T00:00:00Z', 'eventType': 'movieFileRenamed'}]");
    QStringList warnings;
    const Result<QList<ServerEvent>> events = HistoryParser::list(body, kSince, false, &warnings);
    QVERIFY(events);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().serverId, 4);
    QCOMPARE(events->first().type, ServerEventType::FileRenamed);
}

void tst_HistoryParser::skipsMistypedRows()
{
    const QByteArray body = json("[{'id': 1, 'date': '2026-01-01T00:00:00Z', 'eventType': 'grabbed', 'movieId': 'x'},"
                                 " {'id': 2, 'eventType': 'grabbed'},"
                                 " {'eventType': 'grabbed', 'date': '2026-01-01T00:00:00Z'},"
                                 " {'id': 4, 'date': '2026-01-01T00:00:00Z', 'eventType': 'grabbed'},"
                                 " {'id': 5, 'date': 'never', 'eventType': 'unknown'}]");
    QStringList warnings;
    const Result<QList<ServerEvent>> events = HistoryParser::list(body, kSince, false, &warnings);
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().serverId, 4);
    // A row is read no further than its error: one whose type comes after it is reported whatever its type.
    QCOMPARE(warnings.size(), 4);
    QVERIFY2(warnings[0].startsWith(kSince + QStringLiteral(": history row 1 skipped: ")), qPrintable(warnings[0]));
    QVERIFY2(warnings[0].contains(QLatin1String("movieId")), qPrintable(warnings[0]));
    QVERIFY2(warnings[1].contains(QLatin1String("row 2 skipped: it has no id or date")), qPrintable(warnings[1]));
    QVERIFY2(warnings[2].contains(QLatin1String("it has no id or date")), qPrintable(warnings[2]));
    QVERIFY2(warnings[3].contains(QLatin1String("row 5 skipped")), qPrintable(warnings[3]));
}

void tst_HistoryParser::readsAPage()
{
    // The paging numbers before and after the rows; a mistyped one reads as 0 without failing the page.
    const QByteArray body = "{" + json("'page': 2, 'pageSize': 2, 'sortKey': 'date', 'records': [") + json(kGrab)
                            + json(", {'id': 9, 'eventType': 'grabbed'}], 'totalRecords': 4000000000, 'extra': 'x'}");
    QStringList warnings;
    const Result<HistoryParser::Page> page = HistoryParser::page(body, kPaged, false, &warnings);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
    QCOMPARE(page->page, 2);
    QCOMPARE(page->pageSize, 2);
    QCOMPARE(page->totalRecords, Q_INT64_C(4000000000));
    QCOMPARE(page->events.size(), 1);
    QCOMPARE(page->events.first().serverId, 7);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().startsWith(kPaged + QStringLiteral(": history row 9 skipped")));

    const Result<HistoryParser::Page> odd =
        HistoryParser::page(json("{'page': 'one', 'records': []}"), kPaged, false, &warnings);
    QVERIFY(odd);
    QCOMPARE(odd->page, 0);
    QVERIFY(odd->events.isEmpty());
}

void tst_HistoryParser::refusesWhatIsNotHistory_data()
{
    QTest::addColumn<bool>("page");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("list: not JSON") << false << json("[{'id': 1,") << QStringLiteral("is not valid JSON");
    QTest::newRow("list: an object") << false << json("{'records': []}")
                                     << QStringLiteral("is not a list of history rows");
    QTest::newRow("list: empty body") << false << QByteArray() << QStringLiteral("is not valid JSON");
    QTest::newRow("page: not JSON") << true << json("{'page': 1, 'records': [{") << QStringLiteral("is not valid JSON");
    QTest::newRow("page: a list") << true << json("[]") << QStringLiteral("is not a page of history rows");
    QTest::newRow("page: no records") << true << json("{'page': 1}") << QStringLiteral("is not a page of history rows");
    QTest::newRow("page: records not a list")
        << true << json("{'page': 1, 'records': {}}") << QStringLiteral("is not a page of history rows");
    QTest::newRow("page: a broken row") << true << json("{'page': 1, 'records': [{'id': 1, 'date': tru}]}")
                                        << QStringLiteral("is not valid JSON");
}

void tst_HistoryParser::refusesWhatIsNotHistory()
{
    QFETCH(bool, page);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QStringList warnings;
    const Error error = page ? HistoryParser::page(body, kPaged, false, &warnings).error()
                             : HistoryParser::list(body, kSince, false, &warnings).error();
    QCOMPARE(error.kind, ErrorKind::Parse);
    QVERIFY2(error.message.startsWith(QStringLiteral("The answer to %1 ").arg(page ? kPaged : kSince)),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(warnings.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HistoryParser)
#include "tst_historyparser.moc"
