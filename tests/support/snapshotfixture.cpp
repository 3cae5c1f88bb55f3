#include "snapshotfixture.h"

#include "storage/database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <tuple>

namespace arrscore::test::snapshots {

MediaFile movie(qint64 fileId, const QString &title)
{
    MediaFile f;
    f.kind = MediaKind::Movie;
    f.fileId = fileId;
    f.itemId = fileId + 1000000;
    f.title = title;
    f.year = 1990 + int(fileId % 35);
    f.titleSlug = title.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    f.quality = fileId % 2 ? QStringLiteral("Bluray-2160p") : QStringLiteral("WEBDL-1080p");
    f.qualityId = fileId % 2 ? 19 : 3;
    f.resolution = fileId % 2 ? 2160 : 1080;
    f.qualityProfileId = 1 + int(fileId % 3);
    f.customFormats = {{int(fileId % 7) + 1, QStringLiteral("Format %1").arg(fileId % 7)}, {20, QStringLiteral("HDR")}};
    f.customFormatScore = int(fileId % 400) - 100;
    f.qualityCutoffNotMet = fileId % 5 == 0;
    f.sizeBytes = 1000000000LL + fileId * 7919;
    f.relativePath = QStringLiteral("%1 (%2)/%1 (%2) [%3].mkv").arg(title).arg(f.year).arg(f.quality);
    f.releaseGroup = QStringLiteral("GRP%1").arg(fileId % 50);
    f.videoCodec = QStringLiteral("x265");
    f.audioCodec = QStringLiteral("TrueHD Atmos");
    f.audioChannels = 7.1;
    f.dynamicRange = fileId % 3 ? QStringLiteral("DV HDR10") : QString();
    f.mediaResolution = f.resolution == 2160 ? QStringLiteral("3840x2160") : QStringLiteral("1920x1080");
    f.languages = fileId % 4 ? QStringList{QStringLiteral("English")}
                             : QStringList{QStringLiteral("English"), QStringLiteral("French")};
    f.genres = {QStringLiteral("Action"), QStringLiteral("Drama")};
    f.collection = fileId % 9 == 0 ? QStringLiteral("Saga %1").arg(fileId % 90) : QString();
    f.dateAdded = QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC).addSecs(fileId * 3600);
    return f;
}

QualityProfile profile(int id, int hdrScore)
{
    QualityProfile p;
    p.id = id;
    p.name = QStringLiteral("Profile %1").arg(id);
    p.upgradeAllowed = true;
    p.cutoff = 1001;
    p.minFormatScore = -10;
    p.cutoffFormatScore = 500;
    p.minUpgradeFormatScore = id == 1 ? std::optional<int>(10) : std::nullopt;
    p.formatItems = {{20, QStringLiteral("HDR"), hdrScore}, {1, QStringLiteral("Format 0"), 0}};
    p.qualities = {{3, QStringLiteral("WEBDL-1080p"), 1080, true, 1001, QStringLiteral("HD group")},
                   {7, QStringLiteral("Bluray-1080p"), 1080, true, 1001, QStringLiteral("HD group")},
                   {19, QStringLiteral("Bluray-2160p"), 2160, false, 0, QString()}};
    p.definition = QStringLiteral("{\"id\":%1,\"hdr\":%2}").arg(id).arg(hdrScore).toUtf8();
    return p;
}

LibrarySnapshot library(int fileCount, const QString &name)
{
    LibrarySnapshot s;
    s.instance = {name, InstanceType::Radarr, QStringLiteral("http://radarr.local:7878/radarr"),
                  QStringLiteral("Radarr"), QStringLiteral("5.14.0.9383")};
    s.startedAt = QDateTime(QDate(2024, 5, 1), QTime(3, 0), Qt::UTC);
    s.finishedAt = s.startedAt.addSecs(42);
    s.strategy = QStringLiteral("batched moviefile?movieFileIds=");
    s.requestCount = 3 + fileCount / 200;
    s.profiles = {profile(1, 100), profile(2, 50), profile(3, 0)};
    s.formats = {{20, QStringLiteral("HDR"), QByteArray("{\"specifications\":[1]}")},
                 {1, QStringLiteral("Format 0"), QByteArray("{}")}};
    s.files.reserve(fileCount);
    for (int i = 0; i < fileCount; ++i)
        s.files.append(movie(i + 1, QStringLiteral("Movie %1").arg(i + 1, 6, 10, QLatin1Char('0'))));
    return s;
}

QString fileDiff(const MediaFile &a, const MediaFile &b)
{
    QStringList d;
    const auto text = [&](const char *name, const QString &x, const QString &y) {
        if (x != y || x.isNull() != y.isNull())
            d << QStringLiteral("%1: '%2'%3 vs '%4'%5")
                     .arg(QLatin1String(name), x, x.isNull() ? QStringLiteral("(null)") : QString(), y,
                          y.isNull() ? QStringLiteral("(null)") : QString());
    };
    const auto value = [&](const char *name, auto x, auto y) {
        if (!(x == y))
            d << QLatin1String(name);
    };
    value("kind", a.kind, b.kind);
    value("fileId", a.fileId, b.fileId);
    value("itemId", a.itemId, b.itemId);
    text("title", a.title, b.title);
    value("year", a.year, b.year);
    text("titleSlug", a.titleSlug, b.titleSlug);
    text("seriesTitle", a.seriesTitle, b.seriesTitle);
    value("season", a.season, b.season);
    value("episodes", a.episodes, b.episodes);
    value("episodeIds", a.episodeIds, b.episodeIds);
    text("episodeTitle", a.episodeTitle, b.episodeTitle);
    text("quality", a.quality, b.quality);
    value("qualityId", a.qualityId, b.qualityId);
    value("resolution", a.resolution, b.resolution);
    value("qualityProfileId", a.qualityProfileId, b.qualityProfileId);
    value("customFormats", a.customFormats, b.customFormats);
    value("customFormatScore", a.customFormatScore, b.customFormatScore);
    value("scoreComputed", a.scoreComputed, b.scoreComputed);
    value("qualityCutoffNotMet", a.qualityCutoffNotMet, b.qualityCutoffNotMet);
    value("sizeBytes", a.sizeBytes, b.sizeBytes);
    text("relativePath", a.relativePath, b.relativePath);
    text("releaseGroup", a.releaseGroup, b.releaseGroup);
    text("edition", a.edition, b.edition);
    text("videoCodec", a.videoCodec, b.videoCodec);
    text("audioCodec", a.audioCodec, b.audioCodec);
    value("audioChannels", a.audioChannels, b.audioChannels);
    text("dynamicRange", a.dynamicRange, b.dynamicRange);
    text("mediaResolution", a.mediaResolution, b.mediaResolution);
    value("languages", a.languages, b.languages);
    value("genres", a.genres, b.genres);
    text("collection", a.collection, b.collection);
    value("dateAdded", a.dateAdded, b.dateAdded);
    if (a.dateAdded.isValid() && a.dateAdded.timeSpec() != b.dateAdded.timeSpec())
        d << QStringLiteral("dateAdded spec");
    return d.isEmpty() ? QString() : QStringLiteral("file %1: ").arg(a.fileId) + d.join(QStringLiteral(", "));
}

QString profileDiff(const QualityProfile &a, const QualityProfile &b)
{
    const bool same = a.id == b.id && a.name == b.name && a.upgradeAllowed == b.upgradeAllowed && a.cutoff == b.cutoff
                      && a.minFormatScore == b.minFormatScore && a.cutoffFormatScore == b.cutoffFormatScore
                      && a.minUpgradeFormatScore == b.minUpgradeFormatScore && a.formatItems == b.formatItems
                      && a.qualities == b.qualities && a.definition == b.definition
                      && a.name.isNull() == b.name.isNull();
    return same ? QString() : QStringLiteral("profile %1 differs").arg(a.id);
}

QString snapshotDiff(const LibrarySnapshot &expected, const LibrarySnapshot &actual)
{
    const InstanceInfo &e = expected.instance;
    const InstanceInfo &a = actual.instance;
    if (e.name != a.name || e.type != a.type || e.url != a.url || e.appName != a.appName || e.version != a.version)
        return QStringLiteral("instance info");
    if (expected.startedAt != actual.startedAt || expected.finishedAt != actual.finishedAt
        || expected.strategy != actual.strategy || expected.scoresAvailable != actual.scoresAvailable
        || expected.requestCount != actual.requestCount || expected.warnings != actual.warnings)
        return QStringLiteral("snapshot metadata");
    if (expected.profiles.size() != actual.profiles.size())
        return QStringLiteral("profile count %1 vs %2").arg(expected.profiles.size()).arg(actual.profiles.size());
    for (qsizetype i = 0; i < expected.profiles.size(); ++i) {
        if (const QString d = profileDiff(expected.profiles[i], actual.profiles[i]); !d.isEmpty())
            return d;
    }
    if (expected.formats.size() != actual.formats.size())
        return QStringLiteral("format count");
    for (qsizetype i = 0; i < expected.formats.size(); ++i) {
        const CustomFormat &x = expected.formats[i];
        const CustomFormat &y = actual.formats[i];
        if (x.id != y.id || x.name != y.name || x.definition != y.definition)
            return QStringLiteral("format %1").arg(x.id);
    }
    if (expected.files.size() != actual.files.size())
        return QStringLiteral("file count %1 vs %2").arg(expected.files.size()).arg(actual.files.size());
    for (qsizetype i = 0; i < expected.files.size(); ++i) {
        if (const QString d = fileDiff(expected.files[i], actual.files[i]); !d.isEmpty())
            return QStringLiteral("#%1 ").arg(i) + d;
    }
    return {};
}

void sortLikeLoad(LibrarySnapshot &s)
{
    std::sort(s.files.begin(), s.files.end(), [](const MediaFile &a, const MediaFile &b) {
        const auto key = [](const MediaFile &f) {
            return std::make_tuple(int(f.kind), f.title, f.season, f.episodes.isEmpty() ? -1 : f.episodes.first(),
                                   f.fileId);
        };
        return key(a) < key(b);
    });
    std::sort(s.profiles.begin(), s.profiles.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    std::sort(s.formats.begin(), s.formats.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
}

qint64 count(Database &db, const QString &table, const QString &where)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table
                + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList dump(Database &db)
{
    QStringList out;
    for (const char *table :
         {"schema_version", "instances", "snapshots", "profile_versions", "format_versions", "file_versions"}) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        const QString order = qstrcmp(table, "schema_version") == 0 ? QStringLiteral("version") : QStringLiteral("id");
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(QLatin1String(table), order))) {
            out << QStringLiteral("error: ") + q.lastError().text();
            continue;
        }
        while (q.next()) {
            QStringList row{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

LibrarySnapshot awkwardLibrary()
{
    const QStringList texts = {QStringLiteral("tab\there\t"),
                               QStringLiteral("two\nlines\n"),
                               QStringLiteral("dos\r\nline\r"),
                               QStringLiteral("C:\\Media\\ends\\"),
                               QStringLiteral("\\N"),
                               QStringLiteral("\\."),
                               QStringLiteral("\\\\double"),
                               QStringLiteral("it's \"quoted\" ''"),
                               QStringLiteral("Amélie – 東京 🎬"),
                               QString(QLatin1String("")),
                               QString()};
    LibrarySnapshot s = library(0);
    s.instance.type = InstanceType::Sonarr;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &t = texts[i];
        const QString &u = texts[(i + 3) % texts.size()];
        MediaFile m = movie(100 + i, t);
        m.relativePath = u + QStringLiteral("/") + t;
        m.releaseGroup = t;
        m.edition = u;
        m.collection = t;
        m.customFormats = {{1, t}, {2, u}};
        m.languages = {t, u};
        MediaFile e;
        e.kind = MediaKind::Episode;
        e.fileId = 200 + i;
        e.itemId = 50 + i % 3;
        e.title = u;
        e.seriesTitle = t;
        e.episodeTitle = u + QStringLiteral("\t") + t;
        e.season = 1;
        e.episodes = {int(i), int(i) + 1};
        e.episodeIds = {5000 + i, 5001 + i};
        e.releaseGroup = u;
        e.relativePath = t;
        e.genres = {t};
        s.files << m << e;
    }
    s.profiles[0].name = texts[0] + texts[2] + texts[3];
    s.profiles[0].formatItems = {{20, texts[1], 5}};
    s.profiles[1].definition = QByteArray("\\\t\n\r\0\xff\\N", 8);
    s.profiles[2].name = QString(QLatin1String(""));
    s.formats[0].name = texts[4];
    s.formats[1].definition = QByteArray("");
    return s;
}

QStringList tableRows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

QStringList episodeLinks(Database &db)
{
    return tableRows(db, QStringLiteral("SELECT * FROM file_episodes ORDER BY instance_id, episode_id, file_id"));
}

} // namespace arrscore::test::snapshots
