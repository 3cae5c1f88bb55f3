#pragma once

// Hand-built libraries for tst_candidates and tst_libraryanalysis. Every score is the sum of the
// profile's formatItems for the matched formats, as the server computes it; docs/ANALYSIS.md and the
// tests work the expectations out by hand from these numbers.

#include "base/model.h"

#include <QDateTime>

#include <climits>

namespace arrscore::test {

enum Format { HDR10Plus = 1, Remux = 2, Proper = 3, X265 = 4, LQ = 5, Zero = 6 };

inline FormatRef fmt(int id)
{
    static const char *names[] = {"", "HDR10+", "Remux", "Proper", "x265 (HD)", "LQ", "Zero"};
    return {id, QString::fromLatin1(names[id])};
}

inline FormatItem item(int id, int score)
{
    return {id, fmt(id).name, score};
}

inline ProfileQuality quality(int id, const char *name, int resolution, int groupId = 0, const char *group = "")
{
    return {id, QString::fromLatin1(name), resolution, true, groupId, QString::fromLatin1(group)};
}

// HD: upgrades allowed, cutoff Bluray-720p (rank 2), cutoffFormatScore 1000, minFormatScore 0: scale 1000.
// Ranks: SDTV 0, the "WEB 720p" group (WEBDL-720p, WEBRip-720p) 1, Bluray-720p 2, WEBDL-1080p 3, Bluray-1080p 4.
inline QualityProfile hdProfile()
{
    QualityProfile p;
    p.id = 1;
    p.name = QStringLiteral("HD");
    p.upgradeAllowed = true;
    p.cutoff = 6;
    p.cutoffFormatScore = 1000;
    p.formatItems = {item(HDR10Plus, 600), item(Remux, 400), item(Proper, 100),
                     item(X265, -2000),    item(LQ, -500),   item(Zero, 0)};
    p.qualities = {quality(1, "SDTV", 480),
                   quality(5, "WEBDL-720p", 720, 1001, "WEB 720p"),
                   quality(14, "WEBRip-720p", 720, 1001, "WEB 720p"),
                   quality(6, "Bluray-720p", 720),
                   quality(3, "WEBDL-1080p", 1080),
                   quality(7, "Bluray-1080p", 1080)};
    return p;
}

// Locked: the same qualities and cutoff, but upgrades are not allowed.
inline QualityProfile lockedProfile()
{
    QualityProfile p = hdProfile();
    p.id = 2;
    p.name = QStringLiteral("Locked");
    p.upgradeAllowed = false;
    p.formatItems = {item(HDR10Plus, 600)};
    return p;
}

// Negative: cutoffFormatScore −100, minFormatScore −1000 (scale 900); one quality, which is the cutoff.
inline QualityProfile negativeProfile()
{
    QualityProfile p;
    p.id = 3;
    p.name = QStringLiteral("Negative");
    p.upgradeAllowed = true;
    p.cutoff = 7;
    p.minFormatScore = -1000;
    p.cutoffFormatScore = -100;
    p.formatItems = {item(LQ, -500), item(Remux, 400)};
    p.qualities = {quality(7, "Bluray-1080p", 1080)};
    return p;
}

inline MediaFile movie(qint64 fileId, const QString &title, const QualityProfile &profile, int qualityId,
                       const QList<int> &formats)
{
    MediaFile f;
    f.kind = MediaKind::Movie;
    f.fileId = fileId;
    f.itemId = fileId + 1000;
    f.title = title;
    f.year = 2020;
    f.qualityProfileId = profile.id;
    f.qualityId = qualityId;
    for (const ProfileQuality &q : profile.qualities) {
        if (q.id == qualityId) {
            f.quality = q.name;
            f.resolution = q.resolution;
        }
    }
    int score = 0;
    for (const int id : formats) {
        f.customFormats.append(fmt(id));
        score += profile.scoreOf(id);
    }
    f.customFormatScore = score;
    f.sizeBytes = fileId * 1000000000LL;
    return f;
}

// The Radarr library of the tests:
//   a1 HD {HDR10+, Remux} 1000, Bluray-1080p: meets both cutoffs
//   a2 HD {HDR10+} 600, Bluray-1080p: 400 below
//   a3 HD {x265, HDR10+} −1400, WEBRip-720p (group rank 1): 2400 below, one quality step below
//   a4 HD {} 0, SDTV: matches no format; 1000 below, two steps below
//   a5 HD {HDR10+, Remux} 1000, WEBDL-720p: quality only, one step below
//   a6 HD {HDR10+, Remux} 1000, an unknown quality, server says cutoff not met
//   a7 HD {HDR10+, Remux} 1000, an unknown quality, server says met
//   b1 Locked {} 0, SDTV: capped
//   c1 Negative {LQ} −500: 400 below −100;  c2 Negative {} 0: above;  c3 Negative {LQ, Remux} −100: at
//   n1 profile 42 (unknown) {HDR10+} 600: not judged
inline LibrarySnapshot radarrLibrary()
{
    LibrarySnapshot s;
    s.id = 1;
    s.instance = {QStringLiteral("radarr"), InstanceType::Radarr, QStringLiteral("http://r"), QStringLiteral("Radarr"),
                  QStringLiteral("5.14.0")};
    s.finishedAt = QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC);
    const QualityProfile hd = hdProfile(), locked = lockedProfile(), negative = negativeProfile();
    s.profiles = {hd, locked, negative};
    for (int id = HDR10Plus; id <= Zero; ++id)
        s.formats.append({id, fmt(id).name, {}});
    s.files = {movie(1, QStringLiteral("Alpha"), hd, 7, {HDR10Plus, Remux}),
               movie(2, QStringLiteral("Bravo"), hd, 7, {HDR10Plus}),
               movie(3, QStringLiteral("Charlie"), hd, 14, {X265, HDR10Plus}),
               movie(4, QStringLiteral("Delta"), hd, 1, {}),
               movie(5, QStringLiteral("Foxtrot"), hd, 5, {HDR10Plus, Remux}),
               movie(6, QStringLiteral("Echo"), hd, 99, {HDR10Plus, Remux}),
               movie(7, QStringLiteral("Golf"), hd, 99, {HDR10Plus, Remux}),
               movie(8, QStringLiteral("Hotel"), locked, 1, {}),
               movie(9, QStringLiteral("India"), negative, 7, {LQ}),
               movie(10, QStringLiteral("Juliet"), negative, 7, {}),
               movie(11, QStringLiteral("Kilo"), negative, 7, {LQ, Remux}),
               movie(12, QStringLiteral("Lima"), hd, 7, {HDR10Plus})};
    s.files[5].qualityCutoffNotMet = true;
    s.files[5].quality = QStringLiteral("Unknown-Q");
    s.files[6].quality = QStringLiteral("Unknown-Q");
    s.files[11].qualityProfileId = 42;
    return s;
}

// A Sonarr v3 library: no scores at all. Profile "Any": cutoff WEBDL-1080p (rank 1), cutoffFormatScore 10
// (so that reading null as 0 would wrongly make every file a score candidate).
inline LibrarySnapshot sonarrV3Library()
{
    LibrarySnapshot s;
    s.id = 2;
    s.instance = {QStringLiteral("sonarr"), InstanceType::Sonarr, QStringLiteral("http://s"), QStringLiteral("Sonarr"),
                  QStringLiteral("3.0.10")};
    s.scoresAvailable = false;
    QualityProfile p;
    p.id = 1;
    p.name = QStringLiteral("Any");
    p.upgradeAllowed = true;
    p.cutoff = 3;
    p.cutoffFormatScore = 10;
    p.qualities = {quality(4, "HDTV-720p", 720), quality(3, "WEBDL-1080p", 1080)};
    s.profiles = {p};
    const auto episode = [&](qint64 id, int season, int number, int qualityId) {
        MediaFile f;
        f.kind = MediaKind::Episode;
        f.fileId = id;
        f.itemId = 50;
        f.title = QStringLiteral("Show");
        f.seriesTitle = QStringLiteral("Show");
        f.season = season;
        f.episodes = {number};
        f.episodeIds = {id + 500};
        f.qualityProfileId = 1;
        f.qualityId = qualityId;
        f.quality = qualityId == 4 ? QStringLiteral("HDTV-720p") : QStringLiteral("WEBDL-1080p");
        return f;
    };
    //   s1 S01E01 HDTV-720p: quality candidate; s2 S01E03 WEBDL-1080p: fine; s3 S01E02 HDTV-720p; s4 S00E05 HDTV-720p
    s.files = {episode(21, 1, 1, 4), episode(22, 1, 3, 3), episode(23, 1, 2, 4), episode(24, 0, 5, 4)};
    return s;
}

// Scores at the ends of Int32, which a server may legally send: profile "Extremes" (id 1, upgrades
// allowed, cutoffFormatScore INT_MAX, minFormatScore INT_MIN: scale 2^32 − 1) scores HDR10+ INT_MAX and
// x265 INT_MIN. Every quality is the cutoff, so only scores judge a file.
//   x1 {x265} INT_MIN;  x2 {HDR10+} INT_MAX: meets the cutoff;  x3 {} −2,100,000,000;  x4 {} 0;
//   x5 {HDR10+, x265} −1 (INT_MAX + INT_MIN)
inline LibrarySnapshot extremeLibrary()
{
    LibrarySnapshot s;
    s.id = 3;
    s.instance = {QStringLiteral("extreme"), InstanceType::Radarr, QStringLiteral("http://x"), QStringLiteral("Radarr"),
                  QStringLiteral("5.14.0")};
    s.finishedAt = QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC);
    QualityProfile p;
    p.id = 1;
    p.name = QStringLiteral("Extremes");
    p.upgradeAllowed = true;
    p.cutoff = 7;
    p.minFormatScore = INT_MIN;
    p.cutoffFormatScore = INT_MAX;
    p.formatItems = {item(HDR10Plus, INT_MAX), item(X265, INT_MIN)};
    p.qualities = {quality(7, "Bluray-1080p", 1080)};
    s.profiles = {p};
    s.formats = {{HDR10Plus, fmt(HDR10Plus).name, {}}, {X265, fmt(X265).name, {}}};
    const auto file = [&p](qint64 id, const char *title, const QList<int> &formats, int score) {
        MediaFile f = movie(id, QString::fromLatin1(title), p, 7, {});
        for (const int format : formats)
            f.customFormats.append(fmt(format));
        f.customFormatScore = score; // as the server sends it, not summed here
        return f;
    };
    s.files = {file(1, "X-Ray", {X265}, INT_MIN), file(2, "Yankee", {HDR10Plus}, INT_MAX),
               file(3, "Zulu", {}, -2100000000), file(4, "Oscar", {}, 0), file(5, "Papa", {HDR10Plus, X265}, -1)};
    return s;
}

} // namespace arrscore::test
