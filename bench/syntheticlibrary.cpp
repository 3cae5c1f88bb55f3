#include "syntheticlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace arrscore::bench {

namespace {

const std::array kWords = {"Silent", "River",  "Empire",  "Night",    "Garden", "Iron",  "Crown",  "Signal",
                           "Harbor", "Winter", "Ghost",   "Ashes",    "Glass",  "Orbit", "Hollow", "Kingdom",
                           "Echo",   "Wild",   "Station", "Frontier", "Summit", "Last",  "Golden", "Lines"};
const std::array kFormats = {"DV HDR10",
                             "HDR10+",
                             "DV",
                             "HDR",
                             "TrueHD Atmos",
                             "DTS-X",
                             "DTS-HD MA",
                             "DD+ Atmos",
                             "DD+",
                             "AAC",
                             "FLAC",
                             "x265 (HD)",
                             "AV1",
                             "Remux Tier 01",
                             "WEB Tier 01",
                             "WEB Tier 02",
                             "WEB Tier 03",
                             "AMZN",
                             "NF",
                             "ATVP",
                             "DSNP",
                             "HMAX",
                             "Repack/Proper",
                             "Repack2",
                             "Multi",
                             "Dual Audio",
                             "10bit",
                             "Scene",
                             "LQ",
                             "Bad Dual Groups",
                             "No-RlsGroup",
                             "Obfuscated",
                             "Retags",
                             "Upscaled",
                             "IMAX",
                             "IMAX Enhanced",
                             "Hybrid",
                             "Remaster",
                             "Criterion",
                             "Season Pack"};
const std::array kGroups = {"NTb", "FLUX", "CMRG", "TEPES", "KiNGS", "SiGMA", "HONE", "EDITH", "NOSiViD", "BLUTONiUM"};
const std::array kVideoCodecs = {"x265", "x264", "AV1", "h265"};
const std::array kAudioCodecs = {"EAC3 Atmos", "TrueHD Atmos", "DTS-HD MA", "AAC", "EAC3", "FLAC"};
const std::array kGenres = {"Drama", "Crime", "Comedy", "Sci-Fi", "Documentary", "Animation", "Thriller"};

struct Quality
{
    int id;
    const char *name;
    int resolution;
};
const std::array kQualities = {
    Quality{1, "SDTV", 480},           Quality{4, "HDTV-720p", 720},           Quality{5, "WEBDL-720p", 720},
    Quality{6, "Bluray-720p", 720},    Quality{9, "HDTV-1080p", 1080},         Quality{3, "WEBDL-1080p", 1080},
    Quality{15, "WEBRip-1080p", 1080}, Quality{7, "Bluray-1080p", 1080},       Quality{20, "Bluray-1080p Remux", 1080},
    Quality{16, "HDTV-2160p", 2160},   Quality{18, "WEBDL-2160p", 2160},       Quality{17, "WEBRip-2160p", 2160},
    Quality{19, "Bluray-2160p", 2160}, Quality{21, "Bluray-2160p Remux", 2160}};

QString words(QRandomGenerator &rng, int count)
{
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts << QLatin1String(kWords[rng.bounded(int(kWords.size()))]);
    return parts.join(QLatin1Char(' '));
}

QList<FormatRef> pickFormats(QRandomGenerator &rng)
{
    QList<FormatRef> refs;
    const int count = 2 + rng.bounded(5); // 2..6 formats per file
    while (refs.size() < count) {
        const int index = rng.bounded(int(kFormats.size()));
        const FormatRef ref{index + 1, QLatin1String(kFormats[index])};
        if (!refs.contains(ref))
            refs.append(ref);
    }
    std::sort(refs.begin(), refs.end(), [](const FormatRef &a, const FormatRef &b) { return a.id < b.id; });
    return refs;
}

int scoreOf(const LibrarySnapshot &snapshot, const MediaFile &file)
{
    const QualityProfile *profile = snapshot.profile(file.qualityProfileId);
    int score = 0;
    for (const FormatRef &ref : file.customFormats)
        score += profile ? profile->scoreOf(ref.id) : 0;
    return score;
}

void pickQuality(QRandomGenerator &rng, MediaFile &file)
{
    const Quality &q = kQualities[rng.bounded(int(kQualities.size()))];
    file.quality = QLatin1String(q.name);
    file.qualityId = q.id;
    file.resolution = q.resolution;
    file.mediaResolution = q.resolution == 2160   ? QStringLiteral("3840x2160")
                           : q.resolution == 1080 ? QStringLiteral("1920x1080")
                           : q.resolution == 720  ? QStringLiteral("1280x720")
                                                  : QStringLiteral("720x480");
}

QList<QualityProfile> makeProfiles(QRandomGenerator &rng)
{
    const std::array names = {"HD-1080p", "UHD-2160p", "Any", "Remux + WEB 2160p"};
    QList<QualityProfile> profiles;
    for (int p = 0; p < int(names.size()); ++p) {
        QualityProfile profile;
        profile.id = p + 1;
        profile.name = QLatin1String(names[p]);
        profile.upgradeAllowed = p != 2;
        profile.cutoff = kQualities[8 + p].id;
        profile.minFormatScore = p == 2 ? 0 : -1000;
        profile.cutoffFormatScore = 1000 + 500 * p;
        profile.minUpgradeFormatScore = 10;
        for (int f = 0; f < int(kFormats.size()); ++f)
            profile.formatItems.append({f + 1, QLatin1String(kFormats[f]), rng.bounded(-100, 101) * 25});
        for (const Quality &q : kQualities)
            profile.qualities.append({q.id, QLatin1String(q.name), q.resolution, q.resolution >= 720, 0, QString()});
        QJsonArray items;
        for (const FormatItem &item : profile.formatItems)
            items.append(QJsonObject{{QStringLiteral("format"), item.formatId},
                                     {QStringLiteral("name"), item.name},
                                     {QStringLiteral("score"), item.score}});
        profile.definition = QJsonDocument(QJsonObject{{QStringLiteral("id"), profile.id},
                                                       {QStringLiteral("name"), profile.name},
                                                       {QStringLiteral("formatItems"), items}})
                                 .toJson(QJsonDocument::Compact);
        profiles.append(profile);
    }
    return profiles;
}

} // namespace

LibrarySnapshot SyntheticLibrary::make(const QString &instanceName, int fileCount, quint32 seed)
{
    QRandomGenerator rng(seed);
    LibrarySnapshot snapshot;
    snapshot.instance = {instanceName, InstanceType::Sonarr, QStringLiteral("http://127.0.0.1:8989"),
                         QStringLiteral("Sonarr"), QStringLiteral("4.0.9.2244")};
    snapshot.startedAt = QDateTime(QDate(2024, 6, 1), QTime(3, 0), Qt::UTC);
    snapshot.finishedAt = snapshot.startedAt.addSecs(12);
    snapshot.strategy = QStringLiteral("benchmark");
    snapshot.requestCount = 2 * (fileCount / 50) + 4;
    snapshot.profiles = makeProfiles(rng);
    for (int f = 0; f < int(kFormats.size()); ++f)
        snapshot.formats.append({f + 1, QLatin1String(kFormats[f]),
                                 QJsonDocument(QJsonObject{{QStringLiteral("id"), f + 1},
                                                           {QStringLiteral("name"), QLatin1String(kFormats[f])},
                                                           {QStringLiteral("includeCustomFormatWhenRenaming"), false}})
                                     .toJson(QJsonDocument::Compact)});

    snapshot.files.reserve(fileCount);
    qint64 seriesId = 0;
    qint64 episodeId = 100000;
    QString seriesTitle;
    QString slug;
    QStringList genres;
    int year = 0;
    int profileId = 1;
    int season = 1;
    int episode = 0;
    for (int i = 0; i < fileCount; ++i) {
        if (i % 50 == 0) { // a new series every 50 files
            ++seriesId;
            seriesTitle = words(rng, 1 + rng.bounded(3));
            slug = seriesTitle.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QLatin1Char('-')
                   + QString::number(seriesId);
            year = 1990 + rng.bounded(35);
            profileId = 1 + rng.bounded(int(snapshot.profiles.size()));
            genres = {QLatin1String(kGenres[rng.bounded(int(kGenres.size()))]),
                      QLatin1String(kGenres[rng.bounded(int(kGenres.size()))])};
            season = 1;
            episode = 0;
        }
        if (++episode > 10) {
            ++season;
            episode = 1;
        }
        MediaFile file;
        file.kind = MediaKind::Episode;
        file.fileId = i + 1;
        file.itemId = seriesId;
        file.title = seriesTitle;
        file.seriesTitle = seriesTitle;
        file.year = year;
        file.titleSlug = slug;
        file.season = season;
        file.episodes = {episode};
        file.episodeIds = {++episodeId};
        file.episodeTitle = words(rng, 2 + rng.bounded(3));
        pickQuality(rng, file);
        file.qualityProfileId = profileId;
        file.customFormats = pickFormats(rng);
        file.customFormatScore = scoreOf(snapshot, file);
        file.qualityCutoffNotMet = rng.bounded(4) == 0;
        file.sizeBytes = 300'000'000LL + rng.bounded(4'000'000'000LL);
        file.releaseGroup = QLatin1String(kGroups[rng.bounded(int(kGroups.size()))]);
        file.relativePath = QStringLiteral("Season %1/%2 - S%3E%4 - %5 [%6]-%7.mkv")
                                .arg(season, 2, 10, QLatin1Char('0'))
                                .arg(seriesTitle)
                                .arg(season, 2, 10, QLatin1Char('0'))
                                .arg(episode, 2, 10, QLatin1Char('0'))
                                .arg(file.episodeTitle, file.quality, file.releaseGroup);
        file.videoCodec = QLatin1String(kVideoCodecs[rng.bounded(int(kVideoCodecs.size()))]);
        file.audioCodec = QLatin1String(kAudioCodecs[rng.bounded(int(kAudioCodecs.size()))]);
        file.audioChannels = rng.bounded(2) ? 5.1 : 7.1;
        file.dynamicRange = file.resolution == 2160 ? QStringLiteral("DV HDR10") : QString();
        file.languages = rng.bounded(5) == 0 ? QStringList{QStringLiteral("English"), QStringLiteral("German")}
                                             : QStringList{QStringLiteral("English")};
        file.genres = genres;
        file.dateAdded = snapshot.startedAt.addSecs(-qint64(rng.bounded(5 * 365 * 86400)));
        snapshot.files.append(std::move(file));
    }
    return snapshot;
}

int SyntheticLibrary::change(LibrarySnapshot &snapshot, int percent, quint32 seed)
{
    QRandomGenerator rng(seed);
    qint64 nextFileId = 0;
    for (const MediaFile &file : std::as_const(snapshot.files))
        nextFileId = std::max(nextFileId, file.fileId);
    const int step = std::max(1, 100 / std::max(1, percent));
    int changed = 0;
    for (qsizetype i = 0; i < snapshot.files.size(); i += step) {
        MediaFile &file = snapshot.files[i];
        if (changed % 2 == 0) { // an upgrade: a new file replaces the old one
            file.fileId = ++nextFileId;
            pickQuality(rng, file);
            file.customFormats = pickFormats(rng);
            file.sizeBytes += rng.bounded(1'000'000'000LL);
            file.dateAdded = snapshot.startedAt.addDays(1);
        }
        file.customFormatScore = scoreOf(snapshot, file) + (changed % 2 == 0 ? 0 : 25);
        ++changed;
    }
    snapshot.id = 0;
    snapshot.startedAt = snapshot.startedAt.addDays(1);
    snapshot.finishedAt = snapshot.finishedAt.addDays(1);
    return changed;
}

} // namespace arrscore::bench
