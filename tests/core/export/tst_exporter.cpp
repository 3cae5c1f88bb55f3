#include "export/exporter.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "views/auditviews.h"
#include "views/filecolumns.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;

namespace {

QualityProfile profile4k()
{
    QualityProfile p;
    p.id = 7;
    p.name = QStringLiteral("UHD");
    p.upgradeAllowed = true;
    p.cutoffFormatScore = 10000;
    p.minFormatScore = -500;
    return p;
}

LibrarySnapshot radarr()
{
    LibrarySnapshot s;
    s.id = 41;
    s.instance = {QStringLiteral("radarr-4k"), InstanceType::Radarr, QStringLiteral("http://r"),
                  QStringLiteral("Radarr"), QStringLiteral("5.2.6.8376")};
    s.finishedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    s.profiles = {profile4k()};
    MediaFile m;
    m.fileId = 11;
    m.itemId = 101;
    m.title = QStringLiteral("=HYPERLINK(\"http://evil\",\"Dune\")");
    m.year = 2021;
    m.quality = QStringLiteral("Bluray-2160p");
    m.resolution = 2160;
    m.qualityProfileId = 7;
    m.customFormats = {{1, QStringLiteral("DV")}, {2, QStringLiteral("HDR10+, \"boost\"")}};
    m.customFormatScore = -10000;
    m.sizeBytes = 60'000'000'000;
    m.relativePath = QStringLiteral("Dune (2021)/Dune.mkv");
    m.releaseGroup = QStringLiteral("-FraMeSToR");
    m.videoCodec = QStringLiteral("x265");
    m.audioCodec = QStringLiteral("TrueHD Atmos");
    m.dynamicRange = QStringLiteral("DV HDR10");
    m.dateAdded = QDateTime(QDate(2023, 1, 2), QTime(3, 4, 5), Qt::UTC);
    MediaFile unknownProfile;
    unknownProfile.fileId = 12;
    unknownProfile.itemId = 102;
    unknownProfile.title = QStringLiteral("<script>alert('x')</script> 🎬\n2nd line\t\x01");
    unknownProfile.qualityProfileId = 99;
    unknownProfile.customFormatScore = 0;
    s.files = {m, unknownProfile};
    return s;
}

LibrarySnapshot sonarrV3()
{
    LibrarySnapshot s;
    s.instance = {QStringLiteral("tv"), InstanceType::Sonarr, QStringLiteral("http://s"), QStringLiteral("Sonarr"),
                  QStringLiteral("3.0.10")};
    s.scoresAvailable = false;
    MediaFile e;
    e.kind = MediaKind::Episode;
    e.fileId = 5;
    e.itemId = 9;
    e.title = QStringLiteral("Show");
    e.seriesTitle = QStringLiteral("Show");
    e.season = 0;
    e.episodes = {3, 4};
    e.episodeTitle = QStringLiteral("Part 1 / Part 2");
    e.customFormatScore = std::nullopt;
    s.files = {e};
    return s;
}

// One Radarr instance of a 4K/1080p pair: the movie with tmdbId 550 is in both, `onlyHere` in this one; its
// profile "UHD" scores format 1 ("DV") `dvScore`. With `loop`, its history holds one release grabbed twice.
LibrarySnapshot twin(const QString &name, qint64 idBase, qint64 onlyHere, int dvScore, bool loop)
{
    LibrarySnapshot s;
    s.instance = {name, InstanceType::Radarr, QStringLiteral("http://r"), QStringLiteral("Radarr"),
                  QStringLiteral("5.14.0.9383")};
    s.finishedAt = QDateTime::currentDateTimeUtc();
    s.startedAt = s.finishedAt.addSecs(-5);
    QualityProfile p = profile4k();
    p.formatItems = {{1, QStringLiteral("DV"), dvScore}};
    s.profiles = {p};
    s.formats = {{1, QStringLiteral("DV"), QByteArray("{}")}};
    for (const qint64 tmdbId : {qint64(550), onlyHere}) {
        MediaFile f;
        f.fileId = idBase + tmdbId % 100;
        f.itemId = idBase + tmdbId % 100;
        f.externalId = tmdbId;
        f.title = tmdbId == 550 ? QStringLiteral("Fight Club") : QStringLiteral("Only in %1").arg(name);
        f.year = 1999;
        f.quality = QStringLiteral("Bluray-2160p");
        f.qualityProfileId = p.id;
        f.customFormats = {{1, QStringLiteral("DV")}};
        f.customFormatScore = dvScore;
        s.files << f;
    }
    s.history.fetched = true;
    s.history.from = s.finishedAt.addDays(-90);
    s.history.through = s.finishedAt;
    if (loop) {
        for (int n = 0; n < 2; ++n) {
            ServerEvent grab;
            grab.serverId = 10 + n * 2;
            grab.type = ServerEventType::Grabbed;
            grab.date = s.finishedAt.addDays(-20 + n * 10);
            grab.itemId = s.files.first().itemId;
            grab.sourceTitle = QStringLiteral("Fight.Club.1999.2160p.UHD.BluRay-GRP");
            grab.torrentInfoHash = QStringLiteral("ABCDEF0123");
            grab.downloadId = QStringLiteral("dl%1").arg(n);
            grab.score = dvScore;
            ServerEvent imported = grab;
            imported.serverId = grab.serverId + 1;
            imported.type = ServerEventType::DownloadFolderImported;
            imported.date = grab.date.addSecs(3600);
            imported.fileId = s.files.first().fileId;
            s.history.events << grab << imported;
        }
    }
    return s;
}

QByteArray exportTo(const QList<LibrarySnapshot> &snapshots, const ExportOptions &options, Status *status = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status result = Exporter::write(snapshots, options, &buffer);
    if (status)
        *status = result;
    return buffer.data();
}

QJsonObject parseJson(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "bad JSON:" << error.errorString() << "at" << error.offset;
    return doc.object();
}

} // namespace

class tst_Exporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns()
    {
        QCOMPARE(FileColumns::names().size(), FileColumns::count());
        QCOMPARE(FileColumns::names().first(), QStringLiteral("instance"));
        QCOMPARE(FileColumns::names().last(), QStringLiteral("date_added"));
        QCOMPARE(FileColumns::indexOf(QStringLiteral("custom_format_score")), int(FileColumns::CustomFormatScore));
        QCOMPARE(FileColumns::indexOf(QStringLiteral("nope")), -1);
        for (int c = 0; c < FileColumns::count(); ++c)
            QVERIFY2(!FileColumns::description(c).isEmpty(), qPrintable(FileColumns::name(c)));
        QCOMPARE(FileColumns::type(FileColumns::Episodes), CellType::IntegerList);
    }

    void formats()
    {
        QCOMPARE(Exporter::formatFromName(QStringLiteral("JSON")), ExportFormat::Json);
        QCOMPARE(Exporter::formatFromName(QStringLiteral("csv")), ExportFormat::Csv);
        QVERIFY(!Exporter::formatFromName(QStringLiteral("xlsx")));
        // The snapshot views; "history" is written through Exporter::writeRows() from the database.
        QCOMPARE(Exporter::viewNames(), (QStringList{QStringLiteral("files"), QStringLiteral("candidates"),
                                                     QStringLiteral("formats"), QStringLiteral("profiles")}));
    }

    void json()
    {
        ExportOptions options;
        options.generatedAt = QDateTime(QDate(2024, 6, 1), QTime(8, 30), Qt::UTC);
        const QJsonObject root = parseJson(exportTo({radarr(), sonarrV3()}, options));
        QCOMPARE(root.value(QLatin1String("generated_at")).toString(), QStringLiteral("2024-06-01T08:30:00Z"));
        const QJsonArray instances = root.value(QLatin1String("instances")).toArray();
        QCOMPARE(instances.size(), 2);
        const QJsonObject r = instances.at(0).toObject();
        QCOMPARE(r.value(QLatin1String("name")).toString(), QStringLiteral("radarr-4k"));
        QCOMPARE(r.value(QLatin1String("type")).toString(), QStringLiteral("radarr"));
        QCOMPARE(r.value(QLatin1String("version")).toString(), QStringLiteral("5.2.6.8376"));
        QCOMPARE(r.value(QLatin1String("snapshot_id")).toInteger(), 41);
        QCOMPARE(r.value(QLatin1String("synced_at")).toString(), QStringLiteral("2024-05-01T12:00:00Z"));
        QVERIFY(instances.at(1).toObject().value(QLatin1String("snapshot_id")).isNull());
        QVERIFY(instances.at(1).toObject().value(QLatin1String("synced_at")).isNull());

        const QJsonArray files = root.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 3);
        for (const auto &file : files)
            QCOMPARE(file.toObject().keys().size(), FileColumns::count());
        const QJsonObject movie = files.at(0).toObject();
        QCOMPARE(movie.value(QLatin1String("instance")).toString(), QStringLiteral("radarr-4k"));
        QCOMPARE(movie.value(QLatin1String("kind")).toString(), QStringLiteral("movie"));
        QCOMPARE(movie.value(QLatin1String("item_id")).toInteger(), 101);
        QCOMPARE(movie.value(QLatin1String("file_id")).toInteger(), 11);
        QCOMPARE(movie.value(QLatin1String("title")).toString(),
                 radarr().files.at(0).title); // data, not neutralised
        QCOMPARE(movie.value(QLatin1String("year")).toInteger(), 2021);
        QVERIFY(movie.value(QLatin1String("series_title")).isNull());
        QVERIFY(movie.value(QLatin1String("season")).isNull());
        QCOMPARE(movie.value(QLatin1String("episodes")).toArray(), QJsonArray());
        QVERIFY(movie.value(QLatin1String("episode_title")).isNull());
        QCOMPARE(movie.value(QLatin1String("quality")).toString(), QStringLiteral("Bluray-2160p"));
        QCOMPARE(movie.value(QLatin1String("resolution")).toInteger(), 2160);
        QCOMPARE(movie.value(QLatin1String("quality_profile")).toString(), QStringLiteral("UHD"));
        QCOMPARE(movie.value(QLatin1String("custom_formats")).toArray(),
                 (QJsonArray{QStringLiteral("DV"), QStringLiteral("HDR10+, \"boost\"")}));
        QVERIFY(movie.value(QLatin1String("custom_format_score")).isDouble());
        QCOMPARE(movie.value(QLatin1String("custom_format_score")).toInteger(), -10000);
        QCOMPARE(movie.value(QLatin1String("cutoff_format_score")).toInteger(), 10000);
        QCOMPARE(movie.value(QLatin1String("min_format_score")).toInteger(), -500);
        QCOMPARE(movie.value(QLatin1String("upgrade_allowed")).toBool(true), true);
        QVERIFY(movie.value(QLatin1String("quality_cutoff_not_met")).isBool());
        QCOMPARE(movie.value(QLatin1String("size_bytes")).toInteger(), 60'000'000'000);
        QCOMPARE(movie.value(QLatin1String("relative_path")).toString(), QStringLiteral("Dune (2021)/Dune.mkv"));
        QCOMPARE(movie.value(QLatin1String("release_group")).toString(), QStringLiteral("-FraMeSToR"));
        QCOMPARE(movie.value(QLatin1String("video_codec")).toString(), QStringLiteral("x265"));
        QCOMPARE(movie.value(QLatin1String("audio_codec")).toString(), QStringLiteral("TrueHD Atmos"));
        QCOMPARE(movie.value(QLatin1String("dynamic_range")).toString(), QStringLiteral("DV HDR10"));
        QCOMPARE(movie.value(QLatin1String("date_added")).toString(), QStringLiteral("2023-01-02T03:04:05Z"));

        const QJsonObject hostile = files.at(1).toObject();
        QCOMPARE(hostile.value(QLatin1String("title")).toString(),
                 radarr().files.at(1).title); // escapes round-trip
        QVERIFY(hostile.value(QLatin1String("year")).isNull());
        QVERIFY(hostile.value(QLatin1String("quality_profile")).isNull()); // profile 99 is unknown
        QVERIFY(hostile.value(QLatin1String("cutoff_format_score")).isNull());
        QVERIFY(hostile.value(QLatin1String("upgrade_allowed")).isNull());
        QCOMPARE(hostile.value(QLatin1String("custom_format_score")).toInteger(-1), 0); // a real 0 stays 0
        QVERIFY(hostile.value(QLatin1String("date_added")).isNull());

        const QJsonObject episode = files.at(2).toObject();
        QCOMPARE(episode.value(QLatin1String("kind")).toString(), QStringLiteral("episode"));
        QCOMPARE(episode.value(QLatin1String("series_title")).toString(), QStringLiteral("Show"));
        QCOMPARE(episode.value(QLatin1String("season")).toInteger(-1), 0); // specials are season 0, not null
        QCOMPARE(episode.value(QLatin1String("episodes")).toArray(), (QJsonArray{3, 4}));
        QCOMPARE(episode.value(QLatin1String("episode_title")).toString(), QStringLiteral("Part 1 / Part 2"));
        QVERIFY(episode.value(QLatin1String("custom_format_score")).isNull()); // Sonarr v3 cannot score
        QVERIFY(episode.value(QLatin1String("resolution")).isNull());
        QVERIFY(!instances.at(1).toObject().value(QLatin1String("scores_available")).toBool(true));
    }

    void csv()
    {
        ExportOptions options;
        options.format = ExportFormat::Csv;
        const QByteArray data = exportTo({radarr(), sonarrV3()}, options);
        QVERIFY(!data.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = data.split('\n');
        QCOMPARE(lines.first(), FileColumns::names().join(QLatin1Char(',')).toUtf8() + '\r');
        const QByteArray &movie = lines.at(1);
        QVERIFY2(movie.startsWith("radarr-4k,movie,101,11,\"'=HYPERLINK(\"\"http://evil\"\",\"\"Dune\"\")\",2021,,,,,"
                                  "Bluray-2160p,2160,UHD,\"DV; HDR10+, \"\"boost\"\"\",-10000,10000,-500,true,false,"
                                  "60000000000,Dune (2021)/Dune.mkv,'-FraMeSToR,x265,TrueHD Atmos,DV HDR10,"
                                  "2023-01-02T03:04:05Z\r"),
                 movie.constData());
        QVERIFY(data.contains("\"<script>alert('x')</script> \xF0\x9F\x8E\xAC\n2nd line\t\x01\""));
        QVERIFY(data.contains("tv,episode,9,5,Show,,Show,0,3; 4,Part 1 / Part 2,,,,,,,,,false,0,,,,,,\r\n"));
        QVERIFY(data.endsWith("\r\n"));

        options.csvBom = true;
        QVERIFY(exportTo({radarr()}, options).startsWith("\xEF\xBB\xBFinstance,kind,"));
    }

    void instanceFilter()
    {
        ExportOptions options;
        options.instances = {QStringLiteral("tv")};
        const QJsonObject root = parseJson(exportTo({radarr(), sonarrV3()}, options));
        QCOMPARE(root.value(QLatin1String("instances")).toArray().size(), 1);
        const QJsonArray files = root.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0).toObject().value(QLatin1String("instance")).toString(), QStringLiteral("tv"));

        Status status;
        options.instances = {QStringLiteral("tv"), QStringLiteral("ghost")};
        exportTo({radarr(), sonarrV3()}, options, &status);
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QLatin1String("ghost")));
    }

    void emptyLibrary()
    {
        const QJsonObject root = parseJson(exportTo({}, ExportOptions()));
        QCOMPARE(root.value(QLatin1String("instances")).toArray().size(), 0);
        QVERIFY(root.value(QLatin1String("files")).isArray());
        QCOMPARE(root.value(QLatin1String("files")).toArray().size(), 0);
        LibrarySnapshot empty = radarr();
        empty.files.clear();
        ExportOptions csv;
        csv.format = ExportFormat::Csv;
        const QByteArray data = exportTo({empty}, csv);
        QCOMPARE(data.count('\n'), 1); // the header alone
    }

    void errors()
    {
        QBuffer closed;
        Status status = Exporter::write({radarr()}, ExportOptions(), &closed);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::Storage);
        ExportOptions options;
        options.view = QStringLiteral("nope");
        exportTo({radarr()}, options, &status);
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QLatin1String("files")));
        if (QFile::exists(QStringLiteral("/dev/full"))) {
            for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Csv}) {
                QFile full(QStringLiteral("/dev/full"));
                QVERIFY(full.open(QIODevice::WriteOnly));
                options = ExportOptions();
                options.format = format;
                status = Exporter::write({radarr()}, options, &full);
                QVERIFY(!status.ok());
                QCOMPARE(status.error().kind, ErrorKind::Storage);
                QVERIFY2(status.error().message.contains(QLatin1String("/dev/full")),
                         qPrintable(status.error().message));
            }
        }
    }

    void auditAndCompareViewsFromTheDatabase()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Database &db = **opened;
        const QList<LibrarySnapshot> snapshots = {twin(QStringLiteral("hd"), 100, 551, 500, true),
                                                  twin(QStringLiteral("uhd"), 200, 999, 1500, false)};
        for (const LibrarySnapshot &s : snapshots)
            QVERIFY(SnapshotStore(db).save(s));
        QCOMPARE(Exporter::databaseViewNames(),
                 (QStringList{QStringLiteral("history"), QStringLiteral("audit"), QStringLiteral("compare")}));
        QCOMPARE(Exporter::allViewNames(), Exporter::viewNames() + Exporter::databaseViewNames());

        // audit: the loop of "hd", with its events as lines of data.
        ExportOptions options;
        options.view = QStringLiteral("audit");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Status status = Exporter::writeFromDatabase(db, snapshots, options, &buffer);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        const QJsonObject audit = parseJson(buffer.data());
        const QJsonArray findings = audit.value(QStringLiteral("audit")).toArray();
        QCOMPARE(audit.value(QStringLiteral("instances")).toArray().size(), 2);
        QCOMPARE(findings.size(), 1);
        const QJsonObject loop = findings.first().toObject();
        QCOMPARE(loop.keys().size(), AuditViews::auditColumns().size());
        QCOMPARE(loop.value(QStringLiteral("instance")).toString(), QStringLiteral("hd"));
        QCOMPARE(loop.value(QStringLiteral("kind")).toString(), QStringLiteral("upgrade-loop"));
        QCOMPARE(loop.value(QStringLiteral("item_id")).toInteger(), 150);
        QCOMPARE(loop.value(QStringLiteral("file_id")).toInteger(), 150);
        QVERIFY(loop.value(QStringLiteral("series_id")).isNull());
        QVERIFY(loop.value(QStringLiteral("explanation")).toString().contains(QLatin1String("Fight.Club.1999")));
        const QJsonArray events = loop.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 4);
        QVERIFY2(events.first().toString().contains(QLatin1String(" grabbed score=500 ")),
                 qPrintable(events.first().toString()));
        QVERIFY(events.at(1).toString().contains(QLatin1String(" downloadFolderImported ")));

        // compare, as CSV: the copies of the shared movie, one row each of the movies only in one, the drift.
        options.view = QStringLiteral("compare");
        options.format = ExportFormat::Csv;
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        status = Exporter::writeFromDatabase(db, snapshots, options, &csv);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        const QStringList lines = QString::fromUtf8(csv.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), AuditViews::compareColumns().join(QLatin1Char(',')));
        QCOMPARE(
            lines.mid(1),
            (QStringList{
                QStringLiteral("shared,radarr,movie,550,,,,Fight Club (1999),hd,150,150,Bluray-2160p,UHD,,500,,"),
                QStringLiteral("shared,radarr,movie,550,,,,Fight Club (1999),uhd,250,250,Bluray-2160p,UHD,,1500,,"),
                QStringLiteral("only_in,radarr,movie,551,,,,Only in hd (1999),hd,151,151,Bluray-2160p,UHD,,500,,uhd"),
                QStringLiteral("only_in,radarr,movie,999,,,,Only in uhd (1999),uhd,299,299,Bluray-2160p,UHD,,1500,,hd"),
                QStringLiteral("drift,radarr,,,,,,,hd,,,,UHD,DV,500,,"),
                QStringLiteral("drift,radarr,,,,,,,uhd,,,,UHD,DV,1500,,")}));

        // One instance of a kind has nothing to compare with: an error that says so, nothing written.
        QBuffer one;
        one.open(QIODevice::WriteOnly);
        status = Exporter::writeFromDatabase(db, snapshots.mid(0, 1), options, &one);
        QVERIFY(!status);
        QVERIFY(!status.error().message.isEmpty());
        QVERIFY(one.data().isEmpty());
        options.view = QStringLiteral("nope");
        status = Exporter::writeFromDatabase(db, snapshots, options, &one);
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(QLatin1String("compare")), qPrintable(status.error().message));
    }

    void large()
    {
        LibrarySnapshot big = radarr();
        const MediaFile model = big.files.first();
        big.files.clear();
        big.files.reserve(100'000);
        for (int i = 0; i < 100'000; ++i) {
            MediaFile f = model;
            f.fileId = i;
            f.title = QStringLiteral("Movie %1, \"the\" sequel").arg(i);
            f.customFormatScore = i % 7 == 0 ? std::optional<int>() : std::optional<int>(i - 50'000);
            big.files.append(f);
        }
        for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Csv}) {
            ExportOptions options;
            options.format = format;
            QElapsedTimer timer;
            timer.start();
            Status status;
            const QByteArray data = exportTo({big}, options, &status);
            qInfo() << Exporter::formatName(format) << "100,000 files:" << timer.elapsed() << "ms," << data.size()
                    << "bytes";
            QVERIFY(status.ok());
            if (format == ExportFormat::Json) {
                const QJsonArray files = parseJson(data).value(QLatin1String("files")).toArray();
                QCOMPARE(files.size(), 100'000);
                QVERIFY(files.at(7).toObject().value(QLatin1String("custom_format_score")).isNull());
                QCOMPARE(files.at(99'999).toObject().value(QLatin1String("custom_format_score")).toInteger(), 49'999);
            } else {
                QCOMPARE(data.count("\r\n"), 100'001);
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Exporter)
#include "tst_exporter.moc"
