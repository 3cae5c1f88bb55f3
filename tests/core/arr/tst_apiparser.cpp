#include "arr/apiparser.h"

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <climits>

using namespace arrscore;

namespace {
QByteArray sample(const QString &name)
{
    QFile f(QStringLiteral(ARRSCORE_TEST_DATA "/samples/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return f.readAll();
}
// JSON with ' for " (moc misreads brackets in a raw string literal, and escaped quotes are hard to read).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

// Parsing against real and constructed server responses (tests/data/samples, see SOURCES.md there).
class tst_ApiParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void systemStatus()
    {
        Result<ServerStatus> radarr =
            ApiParser::systemStatus(sample(QStringLiteral("radarr-v5-system-status.exportarr.json")), {});
        QVERIFY(radarr);
        QCOMPARE(radarr->appName, QStringLiteral("Radarr"));
        QCOMPARE(radarr->versionNumber, QVersionNumber({5, 0, 3, 8127}));
        Result<ServerStatus> sonarr3 =
            ApiParser::systemStatus(sample(QStringLiteral("sonarr-v3-system-status.pyarr.json")), {});
        QVERIFY(sonarr3);
        QCOMPARE(sonarr3->versionNumber.majorVersion(), 3);
        QVERIFY(!ApiParser::systemStatus("{\"appName\":\"Radarr\"}", QStringLiteral("/status")));
        QVERIFY(!ApiParser::systemStatus("[]", QStringLiteral("/status")));
    }

    void radarrV6MovieFilesCarryFormatsAndScore()
    {
        QStringList warnings;
        Result<QList<MediaFile>> files = ApiParser::movieFiles(
            sample(QStringLiteral("constructed/radarr-v6-moviefile-list.constructed.json")), {}, &warnings);
        QVERIFY(files);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(files->size(), 2);
        const MediaFile &f = files->at(0);
        QCOMPARE(f.kind, MediaKind::Movie);
        QCOMPARE(f.fileId, 118);
        QCOMPARE(f.itemId, 12);
        QCOMPARE(f.customFormatScore, std::optional<int>(5500));
        QCOMPARE(f.customFormatNames(), (QStringList{QStringLiteral("TrueHD ATMOS"), QStringLiteral("DV HDR10"),
                                                     QStringLiteral("x265 (HD)")}));
        QCOMPARE(f.customFormats.at(1).id, 9);
        QCOMPARE(f.quality, QStringLiteral("Bluray-2160p"));
        QCOMPARE(f.qualityId, 19);
        QCOMPARE(f.resolution, 2160);
        QCOMPARE(f.sizeBytes, Q_INT64_C(41234567890));
        QCOMPARE(f.releaseGroup, QStringLiteral("GRP"));
        QCOMPARE(f.videoCodec, QStringLiteral("x265"));
        QCOMPARE(f.audioCodec, QStringLiteral("TrueHD Atmos"));
        QCOMPARE(f.audioChannels, 7.1);
        QCOMPARE(f.dynamicRange, QStringLiteral("DV HDR10"));
        QCOMPARE(f.mediaResolution, QStringLiteral("3840x2160"));
        QCOMPARE(f.languages, QStringList{QStringLiteral("English")});
        QCOMPARE(f.dateAdded, QDateTime(QDate(2024, 3, 1), QTime(18, 22, 10), Qt::UTC));
        QVERIFY(!f.qualityCutoffNotMet);
        // a file that matches no format scores a real 0
        QCOMPARE(files->at(1).customFormatScore, std::optional<int>(0));
        QVERIFY(files->at(1).customFormats.isEmpty());
        QVERIFY(files->at(1).qualityCutoffNotMet);
    }

    void radarrV4FilesHaveNoScore()
    {
        Result<QList<MediaFile>> files =
            ApiParser::movieFiles(sample(QStringLiteral("radarr-moviefile-list.v4shape.pyarr.json")), {}, nullptr);
        QVERIFY(files);
        QCOMPARE(files->size(), 2);
        QVERIFY(!files->at(0).customFormatScore.has_value()); // absent, not 0
    }

    void sonarrV3EpisodeFiles()
    {
        Result<QList<MediaFile>> files =
            ApiParser::episodeFiles(sample(QStringLiteral("sonarr-v3-episodefile-list.pyarr.json")), {}, nullptr);
        QVERIFY(files);
        QCOMPARE(files->size(), 2);
        const MediaFile &f = files->at(0);
        QCOMPARE(f.kind, MediaKind::Episode);
        QCOMPARE(f.itemId, 1);
        QCOMPARE(f.season, 1);
        QCOMPARE(f.languages, QStringList{QStringLiteral("English")}); // singular "language" in v3
        QVERIFY(!f.customFormatScore.has_value());
        QCOMPARE(f.dateAdded.date(), QDate(2017, 1, 16)); // microseconds in the timestamp
    }

    void sonarrV4EpisodesAndFiles()
    {
        Result<QList<MediaFile>> files = ApiParser::episodeFiles(
            sample(QStringLiteral("constructed/sonarr-v4-episodefile-list.constructed.json")), {}, nullptr);
        QVERIFY(files);
        QCOMPARE(files->at(0).customFormatScore, std::optional<int>(3250));
        QCOMPARE(files->at(0).customFormats.size(), 3);
        Result<QList<EpisodeInfo>> episodes = ApiParser::episodes(
            sample(QStringLiteral("constructed/sonarr-v4-episode-list.constructed.json")), {}, nullptr);
        QVERIFY(episodes);
        QCOMPARE(episodes->size(), 2);
        QCOMPARE(episodes->at(0).episodeFileId, 5001);
        QCOMPARE(episodes->at(0).title, QStringLiteral("Good News About Hell"));
        QCOMPARE(episodes->at(1).episodeFileId, 0);
        Result<QList<SeriesInfo>> series =
            ApiParser::series(sample(QStringLiteral("sonarr-v4-series-list.trimmed.greateye.json")), {}, nullptr);
        QVERIFY(series);
        QVERIFY(!series->isEmpty());
    }

    void moviesWithCollectionAndFileId()
    {
        Result<QList<MovieInfo>> movies = ApiParser::movies(
            sample(QStringLiteral("constructed/radarr-v6-movie-list-item.constructed.json")), {}, nullptr);
        QVERIFY(movies);
        const MovieInfo &m = movies->at(0);
        QCOMPARE(m.id, 12);
        QCOMPARE(m.title, QStringLiteral("Blade Runner 2049"));
        QCOMPARE(m.year, 2017);
        QCOMPARE(m.movieFileId, 118);
        QCOMPARE(m.collection, QStringLiteral("Blade Runner Collection"));
        QCOMPARE(m.genres.size(), 2);
        QVERIFY(m.hasFile);
        QCOMPARE(m.titleSlug, QStringLiteral("335984"));
    }

    void qualityProfileWithGroupsAndFormatItems()
    {
        Result<QList<QualityProfile>> profiles = ApiParser::qualityProfiles(
            sample(QStringLiteral("constructed/radarr-v6-qualityprofile-item.constructed.json")), {}, nullptr);
        QVERIFY(profiles);
        const QualityProfile &p = profiles->at(0);
        QCOMPARE(p.id, 4);
        QVERIFY(p.upgradeAllowed);
        QCOMPARE(p.cutoffFormatScore, 10000);
        QCOMPARE(p.minUpgradeFormatScore, std::optional<int>(1));
        QCOMPARE(p.formatItems.size(), 4);
        QCOMPARE(p.scoreOf(4), 5000);
        QCOMPARE(p.scoreOf(21), -10000);
        QCOMPARE(p.scoreOf(999), 0);
        QCOMPARE(p.qualities.size(), 4); // Unknown, the two of "WEB 2160p", Bluray-2160p
        QCOMPARE(p.qualities.at(1).groupName, QStringLiteral("WEB 2160p"));
        // group members share a rank; the cutoff (Bluray-2160p) is above the group
        QCOMPARE(p.qualityRank(18), p.qualityRank(17));
        QCOMPARE(p.cutoffRank(), p.qualityRank(19));
        QVERIFY(p.qualityRank(18) < p.cutoffRank());
        QCOMPARE(p.cutoffName(), QStringLiteral("Bluray-2160p"));
        QVERIFY(!p.definition.isEmpty());
    }

    void sonarrV3ProfilesHaveNoFormatItems()
    {
        Result<QList<QualityProfile>> profiles =
            ApiParser::qualityProfiles(sample(QStringLiteral("sonarr-v3-qualityprofile-list.pyarr.json")), {}, nullptr);
        QVERIFY(profiles);
        QCOMPARE(profiles->size(), 4);
        QVERIFY(profiles->at(0).formatItems.isEmpty());
        QVERIFY(!profiles->at(0).minUpgradeFormatScore.has_value());
    }

    void realCustomFormatList()
    {
        Result<QList<CustomFormat>> formats = ApiParser::customFormats(
            sample(QStringLiteral("radarr-customformat-list.real-user.recyclarr.json")), {}, nullptr);
        QVERIFY(formats);
        QCOMPARE(formats->size(), 56);
        QCOMPARE(formats->at(1).name, QStringLiteral("BR-DISK"));
        QVERIFY(formats->at(1).definition.contains("specifications"));
    }

    void mistypedItemIsSkippedAndNamed()
    {
        const QByteArray body = R"([
            {"id": 1, "movieId": 5, "size": 100, "quality": {"quality": {"id": 3, "name": "WEBDL-1080p"}}},
            {"id": 2, "movieId": 6, "size": "big"},
            {"id": 3, "movieId": 7, "quality": {"quality": "WEBDL"}},
            {"id": 4, "movieId": 8, "customFormats": [{"id": "x", "name": "DV"}]},
            "not an object",
            {"id": 6, "movieId": 9, "customFormatScore": null, "releaseGroup": null}
        ])";
        QStringList warnings;
        Result<QList<MediaFile>> files = ApiParser::movieFiles(body, QStringLiteral("/api/v3/moviefile"), &warnings);
        QVERIFY(files);
        QCOMPARE(files->size(), 2);
        QCOMPARE(files->at(0).fileId, 1);
        QCOMPARE(files->at(1).fileId, 6);
        QVERIFY(!files->at(1).customFormatScore.has_value()); // null is omitted, not 0
        QCOMPARE(warnings.size(), 4);
        QVERIFY2(warnings.at(0).contains(QLatin1String("movie file 2"))
                     && warnings.at(0).contains(QLatin1String("size")),
                 qPrintable(warnings.at(0)));
        QVERIFY(warnings.at(1).contains(QLatin1String("quality.quality")));
        QVERIFY(warnings.at(2).contains(QLatin1String("customFormats[].id")));
        QVERIFY(warnings.at(3).contains(QLatin1String("item 5")));
    }

    // Scores beyond Int32 are clamped with a warning naming the item and the field, never wrapped
    // (3000000000 wrapped to −1294967296 before); the item is kept.
    void scoresBeyondInt32AreClampedWithAWarning()
    {
        const QByteArray files = R"([
            {"id": 1, "movieId": 5, "customFormatScore": 3000000000},
            {"id": 2, "movieId": 6, "customFormatScore": -1e12},
            {"id": 3, "movieId": 7, "customFormatScore": 2147483647},
            {"id": 4, "movieId": 8, "customFormatScore": -2147483648},
            {"id": 5, "movieId": 9, "customFormatScore": 1.5}
        ])";
        QStringList warnings;
        Result<QList<MediaFile>> parsed = ApiParser::movieFiles(files, QStringLiteral("/api/v3/moviefile"), &warnings);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 4); // a fraction is no score: that file is skipped, as before
        QCOMPARE(parsed->at(0).customFormatScore, std::optional<int>(INT_MAX));
        QCOMPARE(parsed->at(1).customFormatScore, std::optional<int>(INT_MIN));
        QCOMPARE(parsed->at(2).customFormatScore, std::optional<int>(INT_MAX));
        QCOMPARE(parsed->at(3).customFormatScore, std::optional<int>(INT_MIN));
        QCOMPARE(warnings.size(), 3);
        QCOMPARE(warnings.at(0), QStringLiteral(R"(movie file 1: field "customFormatScore" is 3000000000, beyond what )"
                                                R"(a score can be; read as 2147483647.)"));
        QVERIFY2(
            warnings.at(1).startsWith(QLatin1String(R"(movie file 2: field "customFormatScore" is -1000000000000)")),
            qPrintable(warnings.at(1)));
        QVERIFY2(warnings.at(2).contains(QLatin1String("movie file 5 skipped")), qPrintable(warnings.at(2)));

        const QByteArray profiles = R"([{"id": 7, "name": "Wide", "cutoffFormatScore": 5e9, "minFormatScore": -5e9,
            "minUpgradeFormatScore": 4294967296,
            "formatItems": [{"format": 1, "name": "HDR", "score": 2147483648}, {"format": 2, "name": "LQ", "score": -10}]
        }])";
        warnings.clear();
        Result<QList<QualityProfile>> wide =
            ApiParser::qualityProfiles(profiles, QStringLiteral("/api/v3/qualityprofile"), &warnings);
        QVERIFY(wide);
        QCOMPARE(wide->size(), 1);
        const QualityProfile &p = wide->first();
        QCOMPARE(p.cutoffFormatScore, INT_MAX);
        QCOMPARE(p.minFormatScore, INT_MIN);
        QCOMPARE(p.minUpgradeFormatScore, std::optional<int>(INT_MAX));
        QCOMPARE(p.formatItems.at(0).score, INT_MAX);
        QCOMPARE(p.formatItems.at(1).score, -10);
        QCOMPARE(warnings.size(), 4);
        for (const char *field :
             {"\"minFormatScore\"", "\"cutoffFormatScore\"", "\"minUpgradeFormatScore\"", "\"formatItems[].score\""}) {
            QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                                 [field](const QString &w) {
                                     return w.startsWith(QLatin1String("quality profile 7: field "))
                                            && w.contains(QLatin1String(field));
                                 }),
                     qPrintable(warnings.join(QLatin1Char('\n'))));
        }
    }

    // Ids and other whole numbers that must fit an int are errors beyond Int32: the item is skipped and
    // named, rather than stored under a wrapped id.
    void idsBeyondInt32SkipTheItem()
    {
        const QByteArray body = R"([
            {"id": 1, "movieId": 5, "quality": {"quality": {"id": 4294967297, "name": "X"}}},
            {"id": 2, "movieId": 6, "customFormats": [{"id": 1, "name": "DV"}]}
        ])";
        QStringList warnings;
        Result<QList<MediaFile>> files = ApiParser::movieFiles(body, QStringLiteral("/api/v3/moviefile"), &warnings);
        QVERIFY(files);
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->first().fileId, 2);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QLatin1String(R"(movie file 1 skipped: field "quality.quality.id" is )"
                                                         R"(4294967297)")),
                 qPrintable(warnings.first()));
    }

    // Radarr 4.7.4 and older send no score: the sum of the profile's scores, in 64 bits and clamped.
    void computedScoreIsSummedIn64Bits()
    {
        QualityProfile profile;
        profile.name = QStringLiteral("Wide");
        profile.formatItems = {
            {1, QStringLiteral("A"), INT_MAX}, {2, QStringLiteral("B"), INT_MAX}, {3, QStringLiteral("C"), INT_MIN}};
        MediaFile file;
        file.fileId = 9;
        file.customFormats = {{1, QStringLiteral("A")}, {2, QStringLiteral("B")}};
        QStringList warnings;
        QCOMPARE(ApiParser::computedScore(profile, file, &warnings), INT_MAX); // 2^32 − 2, not −2
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QLatin1String("movie file 9"))
                     && warnings.first().contains(QLatin1String("4294967294")),
                 qPrintable(warnings.first()));
        file.customFormats.append({3, QStringLiteral("C")});
        warnings.clear();
        QCOMPARE(ApiParser::computedScore(profile, file, &warnings), INT_MAX - 1); // back inside Int32
        QVERIFY(warnings.isEmpty());
        file.customFormats = {{3, QStringLiteral("C")}, {3, QStringLiteral("C")}};
        QCOMPARE(ApiParser::computedScore(profile, file, &warnings), INT_MIN);
    }

    // The lists are read on demand (simdjson): in place when the body has simdjson's padding allocated past its
    // end, from a padded copy when not (a body of its exact size, or one that borrows its bytes). Same results.
    void readInPlaceOrFromACopyAlike()
    {
        const QByteArray sampleBody =
            sample(QStringLiteral("constructed/radarr-v6-moviefile-list.constructed.json")).trimmed();
        QByteArray padded;
        padded.reserve(sampleBody.size() + ApiParser::bodyPadding);
        padded.append(sampleBody);
        QVERIFY(padded.capacity() - padded.size() >= ApiParser::bodyPadding);
        const QByteArray exact(sampleBody.constData(), sampleBody.size());
        const QByteArray borrowed = QByteArray::fromRawData(sampleBody.constData(), sampleBody.size());
        const QList<QByteArray> bodies{padded, exact, borrowed};
        for (const QByteArray &body : bodies) {
            Result<QList<MediaFile>> files = ApiParser::movieFiles(body, {}, nullptr);
            QVERIFY(files);
            QCOMPARE(files->size(), 2);
            QCOMPARE(files->at(0).fileId, 118);
            QCOMPARE(files->at(0).customFormatNames().size(), 3);
            QCOMPARE(files->at(0).dateAdded, QDateTime(QDate(2024, 3, 1), QTime(18, 22, 10), Qt::UTC));
        }
    }

    // Fields the server adds, of any shape and depth, are skipped unread; the fields kept may come in any order,
    // an escaped key is the key it spells, and a field sent twice counts once, the last time (as QJsonDocument had
    // it). An episode file without seasonNumber is in season 0, as before.
    void unreadFieldsOrderAndDuplicates()
    {
        const QByteArray body = R"([
            {"mediaInfo": {"videoCodec": "x264", "extra": [[1, {"a": [true, null]}], "x"]}, "seasonNumber": 2,
             "future": {"nested": {"deeper": [{"id": "not this id"}]}}, "\u0069d": 7, "seriesId": 3,
             "releaseGroup": "OLD", "releaseGroup": "NEW", "quality": {"quality": {"id": 1}},
             "quality": {"quality": {"name": "HDTV-720p"}}, "customFormatScore": 5, "customFormatScore": null},
            {"id": 8, "seriesId": 3, "language": {"name": "French"}, "languages": []}
        ])";
        QStringList warnings;
        Result<QList<MediaFile>> files =
            ApiParser::episodeFiles(body, QStringLiteral("/api/v3/episodefile"), &warnings);
        QVERIFY2(files, qPrintable(files.error().message));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(files->size(), 2);
        const MediaFile &f = files->at(0);
        QCOMPARE(f.fileId, 7);
        QCOMPARE(f.itemId, 3);
        QCOMPARE(f.season, 2);
        QCOMPARE(f.videoCodec, QStringLiteral("x264"));
        QCOMPARE(f.releaseGroup, QStringLiteral("NEW"));
        QCOMPARE(f.qualityId, 0); // the second "quality" has no id
        QCOMPARE(f.quality, QStringLiteral("HDTV-720p"));
        QVERIFY(!f.customFormatScore.has_value());
        QCOMPARE(files->at(1).season, 0);
        QCOMPARE(files->at(1).languages, QStringList{QStringLiteral("French")}); // Sonarr v3's single language
    }

    // A skipped item is named by its id wherever the id stands in it, also after the mistyped field.
    void skippedItemNamedByAnIdThatComesLater()
    {
        const QByteArray body = R"([
            {"title": 12, "id": 41, "seasonNumber": 1},
            {"title": "Pilot", "episodeNumber": "one", "id": "abc"},
            {"title": "Two", "episodeNumber": true},
            {"id": 44, "title": "Fine"}
        ])";
        QStringList warnings;
        Result<QList<EpisodeInfo>> episodes = ApiParser::episodes(body, QStringLiteral("/api/v3/episode"), &warnings);
        QVERIFY(episodes);
        QCOMPARE(episodes->size(), 1);
        QCOMPARE(episodes->first().id, 44);
        QCOMPARE(warnings,
                 (QStringList{QStringLiteral(R"(episode 41 skipped: field "title" should be a string, not a number.)"),
                              QStringLiteral(R"(episode abc skipped: field "episodeNumber" should be a whole number, )"
                                             R"(not a string.)"),
                              QStringLiteral(R"(episode (without id) skipped: field "episodeNumber" should be a whole )"
                                             R"(number, not a boolean.)")}));
    }

    // A title .NET wrote with an escaped lone surrogate is read (as Qt read it), not taken for broken JSON; so is an
    // escape JSON does not have, which Qt read as the letter.
    void loneSurrogateInATitleIsRead()
    {
        const QByteArray body = R"([{"id": 1, "title": "A\ud800B", "year": 2001}, {"id": 2, "title": "\q"}])";
        Result<QList<MovieInfo>> movies = ApiParser::movies(body, QStringLiteral("/api/v3/movie"), nullptr);
        QVERIFY2(movies, qPrintable(movies.error().message));
        QCOMPARE(movies->size(), 2);
        QCOMPARE(movies->first().title.size(), 3);
        QCOMPARE(movies->first().year, 2001);
        QCOMPARE(movies->at(1).title, QStringLiteral("q"));
    }

    // A body found broken after some items were read fails as a whole, in Qt's words, and leaves no warning of the
    // items before: nothing of a half-read list is used.
    void brokenLaterInTheBodyFailsTheWhole_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QByteArray first = json("[{'id': 1, 'movieId': 5, 'customFormatScore': 1e10}, {'id': 2, 'movieId': 6");
        const QString invalid = QStringLiteral("not valid JSON");
        QTest::newRow("broken literal") << first + json(", 'qualityCutoffNotMet': tru, 'size': 10}]") << invalid;
        QTest::newRow("broken number") << first + json(", 'size': 1e999}]") << invalid;
        QTest::newRow("mistyped and broken") << first + json(", 'edition': 00}]") << invalid;
        QTest::newRow("missing comma") << first + json(", 'size': 1 'edition': 'x'}]") << invalid;
        QTest::newRow("cut in an item") << first + json(", 'relativePath': 'Movie (20") << QStringLiteral("cut off");
        QTest::newRow("garbage after the list") << first + "}] and then some" << invalid;
        QTest::newRow("invalid UTF-8") << first + json(", 'edition': '\xff'}]") << invalid;
    }
    void brokenLaterInTheBodyFailsTheWhole()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QStringList warnings;
        Result<QList<MediaFile>> files = ApiParser::movieFiles(body, QStringLiteral("/api/v3/moviefile"), &warnings);
        QVERIFY(!files);
        QCOMPARE(files.error().kind, ErrorKind::Parse);
        QVERIFY2(files.error().message.contains(expected), qPrintable(files.error().message));
        QVERIFY2(files.error().message.contains(QLatin1String("/api/v3/moviefile")), qPrintable(files.error().message));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n')))); // not the first file's clamp
    }

    void truncatedOrWrongBodiesFailTheWhole_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray(R"([{"id": 1, "movieId": 5, "size": 10)") << QStringLiteral("cut off");
        QTest::newRow("garbage") << QByteArray("<html><body>Radarr</body></html>") << QStringLiteral("not valid JSON");
        QTest::newRow("object instead of list") << QByteArray(R"({"message": "x"})") << QStringLiteral("not a list");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("/api/v3/moviefile");
    }
    void truncatedOrWrongBodiesFailTheWhole()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        Result<QList<MediaFile>> files = ApiParser::movieFiles(body, QStringLiteral("/api/v3/moviefile"), nullptr);
        QVERIFY(!files);
        QCOMPARE(files.error().kind, ErrorKind::Parse);
        QVERIFY2(files.error().message.contains(expected), qPrintable(files.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_ApiParser)
#include "tst_apiparser.moc"
