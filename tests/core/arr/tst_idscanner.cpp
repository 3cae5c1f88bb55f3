// IdScanner: the movieFileIds of a /movie body found while it arrives, whatever the chunks, and never from a
// string's text, a value that is not a positive integer, or a key cut at the end of a chunk.
#include "arr/idscanner.h"

#include <QtTest>

using namespace arrscore;

namespace {

// The ids found when `body` arrives `chunk` bytes at a time.
QList<qint64> scanInChunks(const QByteArray &body, qsizetype chunk)
{
    IdScanner scanner(QByteArrayLiteral("movieFileId"));
    QList<qint64> ids;
    for (qsizetype end = std::min(chunk, body.size());; end = std::min(end + chunk, body.size())) {
        ids += scanner.scan(QByteArrayView(body).first(end));
        if (end == body.size())
            break;
    }
    return ids;
}

} // namespace

class tst_IdScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryIdWhateverTheChunks_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        for (qsizetype chunk : {1, 2, 3, 7, 13, 64, 100000})
            QTest::addRow("%lld bytes", static_cast<long long>(chunk)) << chunk;
    }
    void findsEveryIdWhateverTheChunks()
    {
        QFETCH(qsizetype, chunk);
        // Radarr's shape: the key at the top level of each movie, a nested movieFile with its own "id", spaces
        // as a pretty-printing server writes them, and a movie without a file (0).
        const QByteArray body = "[\n"
                                "  {\"title\": \"A\", \"hasFile\": true, \"movieFileId\": 17, \"movieFile\": {\"id\": "
                                "17, \"movieId\": 1}, \"id\": 1},\n"
                                "  {\"title\": \"B\", \"hasFile\": false, \"movieFileId\": 0, \"id\": 2},\n"
                                "  {\"title\":\"C\",\"hasFile\":true,\"movieFileId\":123456789012,\"id\":3},\n"
                                "  {\"title\": \"D\", \"movieFileId\" :\n"
                                "     42}\n"
                                "]";
        QCOMPARE(scanInChunks(body, chunk), (QList<qint64>{17, 123456789012, 42}));
    }

    void ignoresTheKeyInsideStringsAndAsAValue()
    {
        // A title quoting the key is escaped JSON: \"movieFileId\": 5 is text. An odd number of backslashes
        // before the quote escapes it, an even number does not.
        const QByteArray body = "[{\"title\": \"a \\\"movieFileId\\\": 5 b\", \"movieFileId\": 6},\n"
                                "            {\"title\": \"ends in a backslash \\\\\", \"movieFileId\": 7},\n"
                                "            {\"note\": \"movieFileId\", \"movieFileId\": 8},\n"
                                "            {\"tags\": [\"movieFileId\", 9], \"movieFileId\": 10}]";
        QCOMPARE(scanInChunks(body, 5), (QList<qint64>{6, 7, 8, 10}));
    }

    void takesOnlyPositiveIntegers()
    {
        const QByteArray body =
            "[{\"movieFileId\": -3}, {\"movieFileId\": 2.5}, {\"movieFileId\": 1e3},\n"
            "            {\"movieFileId\": \"4\"}, {\"movieFileId\": null}, {\"movieFileId\": 99999999999999999999},\n"
            "            {\"movieFileId\": 11}]";
        QCOMPARE(scanInChunks(body, 4), (QList<qint64>{11}));
    }

    void aValueCutAtTheEndWaitsForTheNextChunk()
    {
        IdScanner scanner(QByteArrayLiteral("movieFileId"));
        const QByteArray body = "[{\"movieFileId\": 1234}, {\"movieFileId\": 5}]";
        // "1234" cut after "12": not taken as 12.
        const qsizetype cut = body.indexOf("34");
        QCOMPARE(scanner.scan(QByteArrayView(body).first(cut)), QList<qint64>{});
        QCOMPARE(scanner.scan(body), (QList<qint64>{1234, 5}));
        // Nothing new: nothing again.
        QCOMPARE(scanner.scan(body), QList<qint64>{});
    }

    void aShorterBodyIsARetryScannedFromItsStart()
    {
        IdScanner scanner(QByteArrayLiteral("movieFileId"));
        const QByteArray first = "[{\"movieFileId\": 1}, {\"movieFileId\": 2}, {\"movieFi";
        QCOMPARE(scanner.scan(first), (QList<qint64>{1, 2}));
        const QByteArray retry = "[{\"movieFileId\": 1}]";
        QCOMPARE(scanner.scan(retry), QList<qint64>{1});
    }

    void anEmptyOrKeylessBodyFindsNothing()
    {
        IdScanner scanner(QByteArrayLiteral("movieFileId"));
        QCOMPARE(scanner.scan({}), QList<qint64>{});
        QCOMPARE(scanner.scan(QByteArrayLiteral("[{\"id\": 1, \"movieFile\": {\"id\": 2}}]")), QList<qint64>{});
    }
};

QTEST_APPLESS_MAIN(tst_IdScanner)
#include "tst_idscanner.moc"
