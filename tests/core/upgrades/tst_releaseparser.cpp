// ReleaseParser: Radarr's and Sonarr's ReleaseResource fields, strict types (a mistyped release is
// skipped with a warning, the others kept), and a body that is not a list refused as a whole.
#include "upgrades/releaseparser.h"

#include <QtTest>

using namespace arrscore;

class tst_ReleaseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void radarrFields();
    void sonarrFields();
    void mistypedReleaseSkipped();
    void notAList();
};

void tst_ReleaseParser::radarrFields()
{
    const QByteArray body = R"([{"guid":"nzb-1","indexerId":3,"indexer":"NZBgeek","title":"Heat.1995.2160p",
        "protocol":"usenet","quality":{"quality":{"id":19,"name":"Bluray-2160p","resolution":2160},
        "revision":{"version":1}},"size":45000000000,"customFormats":[{"id":4,"name":"HDR"},{"id":9,"name":"DV"}],
        "customFormatScore":2500,"approved":false,"temporarilyRejected":true,"rejected":false,
        "rejections":["Release is already mapped","Not an upgrade"],"releaseWeight":4,"age":2,"ageMinutes":3000.5,
        "publishDate":"2024-05-01T10:00:00Z","imdbId":113277,"movieTitles":["Heat"],"indexerFlags":["G_Freeleech"]},
        {"guid":"t-2","indexerId":5,"indexer":"Tracker","title":"Heat","protocol":"torrent","seeders":40,
        "leechers":2,"approved":true,"releaseWeight":0}])";
    QStringList warnings;
    Result<QList<ReleaseInfo>> r =
        ReleaseParser::releases(body, QStringLiteral("release"), InstanceType::Radarr, &warnings);
    QVERIFY(r.ok());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(r->size(), 2);
    const ReleaseInfo &a = r->at(0);
    QCOMPARE(a.guid, QStringLiteral("nzb-1"));
    QCOMPARE(a.indexerId, 3);
    QCOMPARE(a.indexer, QStringLiteral("NZBgeek"));
    QCOMPARE(a.protocol, QStringLiteral("usenet"));
    QCOMPARE(a.quality, QStringLiteral("Bluray-2160p"));
    QCOMPARE(a.qualityId, 19);
    QCOMPARE(a.resolution, 2160);
    QCOMPARE(a.sizeBytes, 45000000000LL);
    QCOMPARE(a.customFormats, (QList<FormatRef>{{4, QStringLiteral("HDR")}, {9, QStringLiteral("DV")}}));
    QCOMPARE(a.customFormatScore, std::optional<int>(2500));
    QVERIFY(!a.approved);
    QVERIFY(a.temporarilyRejected);
    QCOMPARE(a.rejections.size(), 2);
    QCOMPARE(a.releaseWeight, 4);
    QCOMPARE(a.ageMinutes, std::optional<double>(3000.5));
    QCOMPARE(a.publishDate, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(a.seasonNumber, -1);
    const ReleaseInfo &b = r->at(1);
    QCOMPARE(b.seeders, std::optional<int>(40));
    QCOMPARE(b.leechers, std::optional<int>(2));
    QVERIFY(!b.customFormatScore);
    QVERIFY(b.approved);
}

void tst_ReleaseParser::sonarrFields()
{
    const QByteArray body = R"([{"guid":"s-1","indexerId":1,"title":"Show.S01E02E03","protocol":2,
        "seasonNumber":1,"episodeNumbers":[3,2],"fullSeason":false,"customFormatScore":-50,"imdbId":"tt1",
        "indexerFlags":1,"approved":false,"rejections":[]},
        {"guid":"s-2","indexerId":1,"title":"Show.S01","seasonNumber":1,"fullSeason":true,"episodeNumbers":[]}])";
    QStringList warnings;
    Result<QList<ReleaseInfo>> r =
        ReleaseParser::releases(body, QStringLiteral("release"), InstanceType::Sonarr, &warnings);
    QVERIFY(r.ok());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).protocol, QStringLiteral("torrent")); // the enum's number
    QCOMPARE(r->at(0).episodeNumbers, (QList<int>{2, 3}));
    QCOMPARE(r->at(0).seasonNumber, 1);
    QCOMPARE(r->at(0).customFormatScore, std::optional<int>(-50));
    QVERIFY(r->at(1).fullSeason);
}

void tst_ReleaseParser::mistypedReleaseSkipped()
{
    const QByteArray body = R"([{"guid":"ok","indexerId":1,"title":"Fine","approved":true},
        {"guid":"bad","indexerId":1,"title":"Bad score","customFormatScore":"high"},
        {"guid":"eps","indexerId":1,"title":"Bad episodes","episodeNumbers":["x"]},
        {"title":"No key"},
        7])";
    QStringList warnings;
    Result<QList<ReleaseInfo>> r =
        ReleaseParser::releases(body, QStringLiteral("release"), InstanceType::Sonarr, &warnings);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->at(0).guid, QStringLiteral("ok"));
    QCOMPARE(warnings.size(), 4);
    QVERIFY(warnings.at(0).contains(QLatin1String("Bad score")));
    QVERIFY(warnings.at(0).contains(QLatin1String("customFormatScore")));
    QVERIFY(warnings.at(1).contains(QLatin1String("episodeNumbers")));
    QVERIFY(warnings.at(2).contains(QLatin1String("guid")));
    QVERIFY(warnings.at(3).contains(QLatin1String("release 5")));
}

void tst_ReleaseParser::notAList()
{
    Result<QList<ReleaseInfo>> r =
        ReleaseParser::releases(R"({"message":"x"})", QStringLiteral("release"), InstanceType::Radarr, nullptr);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Parse);
    QVERIFY(!ReleaseParser::releases("[{", QStringLiteral("release"), InstanceType::Radarr, nullptr).ok());
}

QTEST_GUILESS_MAIN(tst_ReleaseParser)
#include "tst_releaseparser.moc"
