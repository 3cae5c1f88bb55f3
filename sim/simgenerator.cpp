#include "simgenerator.h"

#include <QSet>

namespace arrscore {

namespace {

// 2019-01-01T00:00:00Z: dates are drawn after it so the same seed always gives the same bytes.
constexpr qint64 kEpoch = 1546300800;
constexpr qint64 kGiB = 1024LL * 1024 * 1024;

QString fileSafe(QString s)
{
    static const QString illegal = QStringLiteral("<>?*|\"\n\t\\/");
    s.replace(QLatin1Char(':'), QStringLiteral(" -"));
    for (QChar c : illegal)
        s.remove(c);
    return s.simplified();
}

QString slug(const QString &title)
{
    QString out;
    for (QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("series") : out;
}

struct Audio
{
    const char *codec;
    double channels;
    const char *format; // custom format name, or nullptr
};

} // namespace

SimGenerator::SimGenerator(const SimCatalog &catalog, quint64 seed)
    : m_catalog(catalog), m_rng(quint32(seed ^ (seed >> 32)) * 2654435761U + 17)
{
    for (const SimCustomFormat &cf : catalog.customFormats())
        m_cf.insert(cf.name, cf.id);
}

int SimGenerator::bounded(int lowest, int highest)
{
    return lowest + int(m_rng.bounded(quint32(highest - lowest + 1)));
}

bool SimGenerator::chance(int percent)
{
    return int(m_rng.bounded(100U)) < percent;
}

int SimGenerator::pickProfile()
{
    const int r = bounded(0, 99);
    return r < 40 ? 1 : r < 65 ? 2 : r < 75 ? 3 : r < 85 ? 4 : r < 95 ? 5 : 6;
}

int SimGenerator::pickQuality(int profileId)
{
    const bool radarr = m_catalog.type() == SimAppType::Radarr;
    const QString remux1080 = radarr ? QStringLiteral("Remux-1080p") : QStringLiteral("Bluray-1080p Remux");
    const QString remux2160 = radarr ? QStringLiteral("Remux-2160p") : QStringLiteral("Bluray-2160p Remux");
    QStringList names;
    // One file in twelve predates its profile: any quality at all.
    if (chance(8))
        profileId = 5;
    switch (profileId) {
    case 1:
        names = {QStringLiteral("Bluray-1080p"), QStringLiteral("Bluray-1080p"), QStringLiteral("WEBDL-1080p"),
                 QStringLiteral("WEBDL-1080p"),  QStringLiteral("WEBRip-1080p"), QStringLiteral("Bluray-720p"),
                 QStringLiteral("WEBDL-720p")};
        break;
    case 2:
        names = {QStringLiteral("Bluray-2160p"), QStringLiteral("Bluray-2160p"), QStringLiteral("WEBDL-2160p"),
                 QStringLiteral("WEBRip-2160p")};
        break;
    case 3:
        names = {remux2160, remux2160, QStringLiteral("WEBDL-2160p")};
        break;
    case 4:
        names = {remux1080, remux1080, QStringLiteral("WEBDL-1080p"), QStringLiteral("WEBRip-1080p")};
        break;
    case 6:
        names = {QStringLiteral("SDTV"), QStringLiteral("DVD"), QStringLiteral("HDTV-720p"),
                 QStringLiteral("WEBDL-480p"), QStringLiteral("WEBRip-720p")};
        break;
    default:
        names = {QStringLiteral("HDTV-720p"),    QStringLiteral("HDTV-1080p"),   QStringLiteral("WEBDL-1080p"),
                 QStringLiteral("Bluray-1080p"), QStringLiteral("DVD"),          QStringLiteral("SDTV"),
                 QStringLiteral("WEBRip-720p"),  QStringLiteral("Bluray-2160p"), QStringLiteral("WEBDL-720p")};
        if (radarr)
            names.append(QStringLiteral("BR-DISK"));
    }
    return m_catalog.qualityId(pick(names));
}

SimGenerator::Style SimGenerator::pickStyle(int qualityId)
{
    const SimQuality &q = m_catalog.quality(qualityId);
    const bool remux = q.modifier == QLatin1String("remux") || q.source == QLatin1String("blurayRaw");
    const bool web = q.source.startsWith(QLatin1String("web"));
    Style st;
    st.qualityId = qualityId;
    QStringList groups;
    if (remux)
        groups = {QStringLiteral("FraMeSToR"), QStringLiteral("3L"),     QStringLiteral("BiZKiT"),
                  QStringLiteral("decibeL"),   QStringLiteral("SiCFoI"), QStringLiteral("EPSiLON")};
    else if (q.source == QLatin1String("bluray") && q.resolution == 2160)
        groups = {QStringLiteral("DON"), QStringLiteral("W4NK3R"), QStringLiteral("HQMUX"), QStringLiteral("SPHD"),
                  QStringLiteral("TERMiNAL")};
    else if (q.source == QLatin1String("bluray"))
        groups = {QStringLiteral("CtrlHD"),  QStringLiteral("EbP"),  QStringLiteral("HiFi"),
                  QStringLiteral("NCmt"),    QStringLiteral("BMF"),  QStringLiteral("SPARKS"),
                  QStringLiteral("AMIABLE"), QStringLiteral("YIFY"), QStringLiteral("YTS")};
    else if (web)
        groups = {QStringLiteral("NTb"),   QStringLiteral("FLUX"),  QStringLiteral("CMRG"),
                  QStringLiteral("KiNGS"), QStringLiteral("TEPES"), QStringLiteral("playWEB"),
                  QStringLiteral("EDITH"), QStringLiteral("GRP"),   QStringLiteral("NOGRP")};
    else
        groups = {QStringLiteral("DIMENSION"), QStringLiteral("LOL"), QStringLiteral("KILLERS"), QStringLiteral("aXXo"),
                  QStringLiteral("DEiMOS")};
    st.group = chance(4)   ? QString()
               : chance(2) ? pick(QStringList{QStringLiteral("alfaHD"), QStringLiteral("BiOMA")})
                           : pick(groups);
    if (web && !chance(15))
        st.service =
            pick(QStringList{QStringLiteral("AMZN"), QStringLiteral("AMZN"), QStringLiteral("NF"), QStringLiteral("NF"),
                             QStringLiteral("ATVP"), QStringLiteral("DSNP"), QStringLiteral("HMAX")});
    return st;
}

SimFile SimGenerator::makeFile(int fileId, const Style &st, const QString &baseName, qint64 sizeScale,
                               bool alwaysSceneName)
{
    static const QHash<QString, QString> tiers = {
        {QStringLiteral("FraMeSToR"), QStringLiteral("Remux Tier 01")},
        {QStringLiteral("3L"), QStringLiteral("Remux Tier 01")},
        {QStringLiteral("BiZKiT"), QStringLiteral("Remux Tier 01")},
        {QStringLiteral("decibeL"), QStringLiteral("Remux Tier 02")},
        {QStringLiteral("SiCFoI"), QStringLiteral("Remux Tier 02")},
        {QStringLiteral("DON"), QStringLiteral("UHD Bluray Tier 01")},
        {QStringLiteral("W4NK3R"), QStringLiteral("UHD Bluray Tier 01")},
        {QStringLiteral("HQMUX"), QStringLiteral("UHD Bluray Tier 01")},
        {QStringLiteral("CtrlHD"), QStringLiteral("HD Bluray Tier 01")},
        {QStringLiteral("EbP"), QStringLiteral("HD Bluray Tier 01")},
        {QStringLiteral("HiFi"), QStringLiteral("HD Bluray Tier 01")},
        {QStringLiteral("NCmt"), QStringLiteral("HD Bluray Tier 02")},
        {QStringLiteral("BMF"), QStringLiteral("HD Bluray Tier 02")},
        {QStringLiteral("NTb"), QStringLiteral("WEB Tier 01")},
        {QStringLiteral("FLUX"), QStringLiteral("WEB Tier 01")},
        {QStringLiteral("CMRG"), QStringLiteral("WEB Tier 01")},
        {QStringLiteral("KiNGS"), QStringLiteral("WEB Tier 02")},
        {QStringLiteral("TEPES"), QStringLiteral("WEB Tier 02")},
        {QStringLiteral("playWEB"), QStringLiteral("WEB Tier 03")},
        {QStringLiteral("EDITH"), QStringLiteral("WEB Tier 03")},
        {QStringLiteral("YIFY"), QStringLiteral("LQ")},
        {QStringLiteral("YTS"), QStringLiteral("LQ")},
        {QStringLiteral("aXXo"), QStringLiteral("LQ")},
        {QStringLiteral("alfaHD"), QStringLiteral("Bad Dual Groups")},
        {QStringLiteral("BiOMA"), QStringLiteral("Bad Dual Groups")},
    };
    const SimQuality &q = m_catalog.quality(st.qualityId);
    const bool remux = q.modifier == QLatin1String("remux") || q.source == QLatin1String("blurayRaw");
    const bool bluray = q.source == QLatin1String("bluray") && !remux;
    const bool web = q.source.startsWith(QLatin1String("web"));
    const bool uhd = q.resolution >= 2160;
    SimFile f;
    f.id = fileId;
    f.qualityId = st.qualityId;
    f.releaseGroup = st.group;
    QList<int> &cfs = f.customFormatIds;
    auto add = [&](const QString &name) {
        const int id = m_cf.value(name);
        if (id > 0 && !cfs.contains(id))
            cfs.append(id);
    };
    const QString tier = tiers.value(st.group);
    if (tier.startsWith(QLatin1String("Remux"))       ? remux
        : tier.startsWith(QLatin1String("UHD"))       ? bluray && uhd
        : tier.startsWith(QLatin1String("HD Bluray")) ? bluray && !uhd
        : tier.startsWith(QLatin1String("WEB"))       ? web
                                                      : !tier.isEmpty())
        add(tier);
    if (st.group.isEmpty())
        add(QStringLiteral("No-RlsGroup"));
    if (!st.service.isEmpty())
        add(st.service);
    if (q.modifier == QLatin1String("brdisk"))
        add(QStringLiteral("BR-DISK"));

    // Video: codec and dynamic range follow the source.
    SimMediaInfo &mi = f.mediaInfo;
    const bool x265 = uhd || (bluray && chance(15)) || (web && chance(5));
    mi.videoCodec = remux ? (uhd ? QStringLiteral("HEVC") : QStringLiteral("AVC"))
                    : web ? (x265 ? QStringLiteral("h265") : QStringLiteral("h264"))
                          : (x265 ? QStringLiteral("x265") : QStringLiteral("x264"));
    mi.videoBitDepth = x265 ? 10 : 8;
    if (x265 && !uhd)
        add(QStringLiteral("x265 (HD)"));
    if (x265 && !uhd && chance(50))
        add(QStringLiteral("10bit"));
    if (uhd) {
        const int r = bounded(0, 99);
        mi.videoDynamicRangeType = r < 30   ? QStringLiteral("DV HDR10")
                                   : r < 65 ? QStringLiteral("HDR10")
                                   : r < 80 ? QStringLiteral("HDR10Plus")
                                   : r < 85 ? QStringLiteral("DV")
                                            : QString();
        mi.videoDynamicRange = mi.videoDynamicRangeType.isEmpty() ? QString() : QStringLiteral("HDR");
        add(mi.videoDynamicRangeType == QLatin1String("HDR10Plus") ? QStringLiteral("HDR10+")
                                                                   : mi.videoDynamicRangeType);
        if (chance(3))
            add(QStringLiteral("Upscaled"));
        if (web && st.service == QLatin1String("DSNP") && chance(30))
            add(QStringLiteral("IMAX Enhanced"));
    }
    const int height = q.resolution ? q.resolution : 480;
    mi.resolution = height >= 2160   ? QStringLiteral("3840x2160")
                    : height >= 1080 ? (chance(40) ? QStringLiteral("1920x800") : QStringLiteral("1920x1080"))
                    : height >= 720  ? QStringLiteral("1280x720")
                                     : QStringLiteral("720x480");

    // Audio.
    static const QList<Audio> lossless = {{"TrueHD Atmos", 7.1, "TrueHD ATMOS"},
                                          {"TrueHD Atmos", 7.1, "TrueHD ATMOS"},
                                          {"DTS-X", 7.1, "DTS X"},
                                          {"DTS-HD MA", 7.1, "DTS-HD MA"},
                                          {"DTS-HD MA", 5.1, "DTS-HD MA"},
                                          {"TrueHD", 5.1, "TrueHD"},
                                          {"FLAC", 2.0, "FLAC"},
                                          {"DTS", 5.1, "DTS"}};
    static const QList<Audio> hdBluray = {
        {"DTS-HD MA", 5.1, "DTS-HD MA"}, {"DTS", 5.1, "DTS"},       {"DTS", 5.1, "DTS"},
        {"AC3", 5.1, nullptr},           {"TrueHD", 7.1, "TrueHD"}, {"AAC", 2.0, "AAC"}};
    static const QList<Audio> webAudio = {{"EAC3 Atmos", 5.1, "DD+ ATMOS"},
                                          {"EAC3", 5.1, "DD+"},
                                          {"EAC3", 5.1, "DD+"},
                                          {"AAC", 2.0, "AAC"},
                                          {"AC3", 5.1, nullptr}};
    static const QList<Audio> tvAudio = {
        {"AC3", 5.1, nullptr}, {"AC3", 2.0, nullptr}, {"AAC", 2.0, "AAC"}, {"MP3", 2.0, nullptr}};
    const Audio &a = (remux || (bluray && uhd)) ? pick(lossless)
                     : bluray                   ? pick(hdBluray)
                     : web                      ? pick(webAudio)
                                                : pick(tvAudio);
    mi.audioCodec = QString::fromLatin1(a.codec);
    mi.audioChannels = a.channels;
    if (a.format)
        add(QString::fromLatin1(a.format));
    mi.audioStreamCount = bounded(1, 3);
    mi.audioLanguages = mi.audioStreamCount == 1 ? QStringLiteral("eng")
                                                 : QStringLiteral("eng/fre/spa").left(4 * mi.audioStreamCount - 1);
    mi.audioBitrate = a.format && QByteArrayView(a.format).startsWith("DD+") ? 768000 : remux ? 0 : 640000;
    mi.videoFps = chance(10) ? 25.0 : 23.976;
    mi.scanType = QStringLiteral("Progressive");
    mi.subtitles = chance(20) ? QString() : QStringLiteral("eng/fre/spa");
    const int minutes = int(sizeScale > 3 ? bounded(85, 175) : bounded(22, 62));
    mi.runTime = minutes >= 60 ? QStringLiteral("%1:%2:%3")
                                     .arg(minutes / 60)
                                     .arg(minutes % 60, 2, 10, QLatin1Char('0'))
                                     .arg(bounded(0, 59), 2, 10, QLatin1Char('0'))
                               : QStringLiteral("%1:%2").arg(minutes).arg(bounded(0, 59), 2, 10, QLatin1Char('0'));

    if (chance(5)) {
        f.revisionVersion = 2;
        f.isRepack = true;
        add(QStringLiteral("Repack/Proper"));
    }
    if (bluray && !uhd && chance(1))
        add(QStringLiteral("3D"));
    if (chance(1))
        add(QStringLiteral("Obfuscated"));

    // Size in GiB by quality, scaled down for episodes.
    const int gib = remux    ? (uhd ? bounded(40, 80) : bounded(20, 40))
                    : bluray ? (uhd ? bounded(15, 40) : bounded(6, 15))
                    : web    ? (uhd              ? bounded(10, 25)
                                : height >= 1080 ? bounded(3, 8)
                                                 : bounded(1, 4))
                             : bounded(1, 3);
    f.size = gib * kGiB * sizeScale / 8 + bounded(0, 1 << 30);
    f.dateAdded = kEpoch + bounded(0, 5 * 365) * 86400LL + bounded(0, 86399);

    const QString hdr =
        mi.videoDynamicRangeType.isEmpty() ? QString() : QStringLiteral("[%1]").arg(mi.videoDynamicRangeType);
    const QString channels = QString::number(a.channels, 'f', 1);
    f.relativePath = QStringLiteral("%1 [%2]%3[%4 %5][%6]%7.mkv")
                         .arg(baseName, q.name, hdr, mi.audioCodec, channels, mi.videoCodec,
                              st.group.isEmpty() ? QString() : QLatin1Char('-') + st.group);
    // The draw happens either way, so a library's files do not depend on whether releases were made.
    if (const bool named = !chance(20); named || alwaysSceneName) {
        // Scene names are title.year (or title.SxxEyy): drop the folder decorations.
        QString scene = baseName.section(QLatin1Char('/'), -1);
        scene.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
        scene = scene.section(QStringLiteral(" {"), 0, 0).section(QStringLiteral(" - "), 0, 0);
        scene.replace(QLatin1Char(' '), QLatin1Char('.'));
        f.sceneName =
            QStringLiteral("%1.%2p.%3%4.%5.%6%7")
                .arg(scene)
                .arg(height)
                .arg(st.service.isEmpty() ? QString() : st.service + QLatin1Char('.'), q.source, mi.audioCodec,
                     mi.videoCodec, st.group.isEmpty() ? QString() : QLatin1Char('-') + st.group);
        f.sceneName.remove(QLatin1Char(' '));
    }
    const int lang = chance(90) ? 1 : pick(QList<int>{2, 3, 4, 8});
    f.languages = {SimCatalog::language(lang)};
    if (chance(5))
        f.languages.append(SimCatalog::language(lang == 1 ? 2 : 1));
    return f;
}

SimFile SimGenerator::release(const QString &baseName, int qualityId, qint64 sizeScale)
{
    return makeFile(0, pickStyle(qualityId), baseName, sizeScale, true);
}

SimFile SimGenerator::restyledEpisodeFile(const SimFile &file, int profileId)
{
    // The name up to its quality tag is the episode's ("Season 01/Title (2010) - S01E02").
    const QString tag = QStringLiteral(" [") + m_catalog.quality(file.qualityId).name + QLatin1Char(']');
    const qsizetype at = file.relativePath.indexOf(tag);
    const QString baseName = at < 0 ? file.relativePath.section(QLatin1Char('.'), 0, -2) : file.relativePath.left(at);
    SimFile f = makeFile(file.id, pickStyle(pickQuality(profileId)), baseName, 2);
    f.ownerId = file.ownerId;
    f.seasonNumber = file.seasonNumber;
    f.releaseType = file.releaseType;
    f.path = file.path.chopped(file.relativePath.size()) + f.relativePath;
    return f;
}

SimFile SimGenerator::movieFile(const SimMovie &movie, int fileId, int qualityId)
{
    const Style st = pickStyle(qualityId < 0 ? pickQuality(movie.qualityProfileId) : qualityId);
    const QString folder =
        QStringLiteral("%1 (%2) {tmdb-%3}").arg(fileSafe(movie.title)).arg(movie.year).arg(movie.tmdbId);
    SimFile f = makeFile(fileId, st, folder, 8);
    f.ownerId = movie.id;
    f.path = QStringLiteral("/movies/%1/%2").arg(folder, f.relativePath);
    f.dateAdded = qMax(f.dateAdded, movie.added + 3600);
    const int r = bounded(0, 99);
    f.edition = r < 5    ? QStringLiteral("Director's Cut")
                : r < 8  ? QStringLiteral("Extended")
                : r < 10 ? QStringLiteral("IMAX")
                         : QString();
    if (movie.originalLanguage.id != 1)
        f.languages = {movie.originalLanguage};
    return f;
}

SimMovie SimGenerator::movie(int id, int index)
{
    static const QStringList base = SimCatalog::movieTitles();
    static const QStringList hostile = SimCatalog::hostileTitles();
    static const QStringList genres = {
        QStringLiteral("Drama"),  QStringLiteral("Science Fiction"), QStringLiteral("Thriller"),
        QStringLiteral("Action"), QStringLiteral("Comedy"),          QStringLiteral("Animation"),
        QStringLiteral("Crime"),  QStringLiteral("Horror"),          QStringLiteral("Romance")};
    static const QStringList studios = {QStringLiteral("Warner Bros. Pictures"),
                                        QStringLiteral("A24"),
                                        QStringLiteral("Toho"),
                                        QStringLiteral("Studio Ghibli"),
                                        QStringLiteral("Legendary Pictures"),
                                        QStringLiteral("Gaumont")};
    SimMovie m;
    m.id = id;
    // The hostile and non-Latin titles come first so even a small library has all of them.
    if (index % 2 == 1 && index / 2 < hostile.size()) {
        m.title = hostile.at(index / 2);
    } else {
        const QString &b = base.at(index % base.size());
        const int round = index / int(base.size());
        m.title = round == 0 ? b : QStringLiteral("%1 %2").arg(b).arg(round + 1);
    }
    m.originalTitle = m.title;
    const QChar first = m.title.isEmpty() ? QChar() : m.title.at(0);
    const ushort u = first.unicode();
    m.originalLanguage = SimCatalog::language(u >= 0x3040 && u < 0xA000   ? 8
                                              : u >= 0x0600 && u < 0x0700 ? 31
                                              : u >= 0x0590 && u < 0x0600 ? 23
                                                                          : (m.title.contains(QChar(0xE9)) ? 2 : 1));
    m.year = bounded(1950, 2024);
    m.tmdbId = 10000 + id * 7 + bounded(0, 6);
    if (!chance(3))
        m.imdbId = QStringLiteral("tt%1").arg(1000000 + id * 13 + bounded(0, 12), 7, 10, QLatin1Char('0'));
    m.studio = pick(studios);
    if (!chance(15))
        m.certification =
            pick(QStringList{QStringLiteral("R"), QStringLiteral("PG-13"), QStringLiteral("PG"), QStringLiteral("G")});
    if (!chance(10))
        m.overview = QStringLiteral("A story about %1.").arg(m.title);
    m.genres = {pick(genres)};
    if (chance(50))
        m.genres.append(pick(genres));
    m.genres.removeDuplicates();
    if (chance(20)) {
        m.collectionTitle = QStringLiteral("%1 Collection").arg(m.title);
        m.collectionTmdbId = 500000 + id;
    }
    m.qualityProfileId = pickProfile();
    m.runtime = bounded(80, 180);
    m.monitored = !chance(10);
    m.added = kEpoch + bounded(0, 4 * 365) * 86400LL + bounded(0, 86399);
    m.popularity = bounded(1, 9999) / 100.0;
    m.imdbRating = bounded(30, 95) / 10.0;
    m.imdbVotes = bounded(100, 2000000);
    return m;
}

QList<SimSeries> SimGenerator::series(int count, const QList<int> &filesPerSeries, int &nextFileId)
{
    static const QStringList base = SimCatalog::seriesTitles();
    static const QStringList hostile = SimCatalog::hostileSeriesTitles();
    static const QStringList networks = {QStringLiteral("AMC"),     QStringLiteral("HBO"),
                                         QStringLiteral("Netflix"), QStringLiteral("Apple TV+"),
                                         QStringLiteral("BBC One"), QStringLiteral("NHK")};
    QList<SimSeries> out;
    out.reserve(count);
    QSet<QString> slugs;
    int nextEpisodeId = 1;
    for (int i = 0; i < count; ++i) {
        SimSeries s;
        s.id = i + 1;
        if (i % 2 == 1 && i / 2 < hostile.size())
            s.title = hostile.at(i / 2);
        else
            s.title = i / int(base.size()) == 0
                          ? base.at(i % base.size())
                          : QStringLiteral("%1 %2").arg(base.at(i % base.size())).arg(i / base.size() + 1);
        s.year = bounded(1995, 2024);
        s.tvdbId = 70000 + s.id * 11 + bounded(0, 10);
        if (!chance(5))
            s.imdbId = QStringLiteral("tt%1").arg(2000000 + s.id * 17, 7, 10, QLatin1Char('0'));
        QString sl = slug(s.title);
        for (int n = 2; slugs.contains(sl); ++n)
            sl = slug(s.title) + QLatin1Char('-') + QString::number(n);
        slugs.insert(sl);
        s.titleSlug = sl;
        s.network = pick(networks);
        s.status = chance(40) ? QStringLiteral("continuing") : QStringLiteral("ended");
        if (!chance(10))
            s.overview = QStringLiteral("A series about %1.").arg(s.title);
        s.genres = {pick(QStringList{QStringLiteral("Drama"), QStringLiteral("Comedy"), QStringLiteral("Animation"),
                                     QStringLiteral("Crime")})};
        s.qualityProfileId = pickProfile();
        s.runtime = pick(QList<int>{22, 30, 45, 50, 60});
        s.monitored = !chance(5);
        s.added = kEpoch + bounded(0, 4 * 365) * 86400LL;
        s.firstAired = kEpoch - bounded(0, 20 * 365) * 86400LL;
        fillSeries(s, filesPerSeries.value(i), nextFileId, nextEpisodeId);
        out.append(std::move(s));
    }
    return out;
}

void SimGenerator::fillSeries(SimSeries &s, int files, int &nextFileId, int &nextEpisodeId)
{
    const QString folder = QStringLiteral("%1 (%2)").arg(fileSafe(s.title)).arg(s.year);
    auto addEpisode = [&](int season, int number) -> SimEpisode & {
        SimEpisode e;
        e.id = nextEpisodeId++;
        e.seriesId = s.id;
        e.tvdbId = 8000000 + e.id;
        e.seasonNumber = season;
        e.episodeNumber = number;
        e.title = season == 0                  ? QStringLiteral("Special %1").arg(number)
                  : number == 1 && season == 1 ? QStringLiteral("Pilot")
                                               : QStringLiteral("Chapter %1").arg(number);
        e.airDateUtc = s.firstAired + (season * 365 + number * 7) * 86400LL;
        e.runtime = s.runtime;
        e.monitored = season > 0;
        s.episodes.append(e);
        return s.episodes.last();
    };
    auto newFile = [&](const Style &st, int season, int first, int last) {
        const QString name =
            QStringLiteral("Season %1/%2 - S%3E%4%5")
                .arg(season, 2, 10, QLatin1Char('0'))
                .arg(folder)
                .arg(season, 2, 10, QLatin1Char('0'))
                .arg(first, 2, 10, QLatin1Char('0'))
                .arg(last > first ? QStringLiteral("-E%1").arg(last, 2, 10, QLatin1Char('0')) : QString());
        SimFile f = makeFile(nextFileId++, st, name, 2);
        f.ownerId = s.id;
        f.seasonNumber = season;
        f.path = QStringLiteral("/tv/%1/%2").arg(folder, f.relativePath);
        f.releaseType = last > first ? QStringLiteral("multiEpisode") : QStringLiteral("singleEpisode");
        s.files.append(f);
        return f.id;
    };
    // Specials first: one with a file when there is a file to spare, one without.
    addEpisode(0, 1);
    if (files > 3)
        s.episodes.last().episodeFileId = newFile(pickStyle(pickQuality(s.qualityProfileId)), 0, 1, 1);
    if (chance(50))
        addEpisode(0, 2);
    int season = 0;
    int number = 0;
    int seasonLength = 0;
    Style st;
    while (int(s.files.size()) < files) {
        if (number >= seasonLength) {
            ++season;
            number = 0;
            seasonLength = bounded(6, 13);
            st = pickStyle(pickQuality(s.qualityProfileId)); // a season tends to come from one release
        }
        if (chance(8)) { // missing episode
            addEpisode(season, ++number);
            continue;
        }
        const int span = (chance(3) && number + 3 <= seasonLength) ? bounded(2, 3) : 1;
        const Style fileStyle = chance(15) ? pickStyle(pickQuality(s.qualityProfileId)) : st;
        const int id = newFile(fileStyle, season, number + 1, number + span);
        for (int k = 0; k < span; ++k)
            addEpisode(season, ++number).episodeFileId = id;
    }
    // A couple of episodes not downloaded (or not aired) yet.
    const int tail = files == 0 ? bounded(3, 8) : bounded(0, 2);
    if (season == 0)
        season = 1;
    for (int k = 0; k < tail; ++k)
        addEpisode(season, ++number);
}

} // namespace arrscore
