// SimHistory's seeded history: what each file's planted case (SimPlanter) wrote before the simulator started,
// and the list of those cases as the audit's findings would name them.
#include "simhistory.h"

#include <algorithm>

namespace arrscore {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
// Files seeded with a download that replaced them get ids no live file has.
constexpr int kEarlierFileIds = 6000000;

QJsonArray jsonList(const QStringList &texts)
{
    QJsonArray out;
    for (const QString &t : texts)
        out.append(t);
    return out;
}

} // namespace

// A share of the items came with downloads: ordinary ones (the grab and import of today's file, for some an
// earlier file an upgrade replaced) long ago, and the planted cases in the last weeks.
void SimHistory::seed()
{
    if (m_library.isRadarr()) {
        for (const SimMovie &m : m_library.movies()) {
            if (m.file)
                seedItem({m.id, {}, &*m.file, m.qualityProfileId});
        }
    } else {
        for (const SimSeries &s : m_library.series()) {
            for (const SimFile &f : s.files) {
                QList<int> episodes;
                for (const SimEpisode &e : s.episodes) {
                    if (e.episodeFileId == f.id)
                        episodes.append(e.id);
                }
                seedItem({s.id, episodes, &f, s.qualityProfileId});
            }
        }
    }
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const SimHistoryEvent &a, const SimHistoryEvent &b) { return a.dateMs < b.dateMs; });
    for (int i = 0; i < m_events.size(); ++i)
        m_events[i].id = i + 1;
    m_nextId = int(m_events.size()) + 1;
}

void SimHistory::seedItem(const SeedItem &item)
{
    const SimPlantInfo plant = m_library.plantOf(item.file->id);
    switch (plant.kind) {
    case SimPlant::None:
        return;
    case SimPlant::OrdinaryDownload:
    case SimPlant::OrdinaryUpgrade:
        seedOrdinary(item, plant.kind == SimPlant::OrdinaryUpgrade);
        return;
    default:
        seedPlanted(item, plant);
    }
}

SimRelease SimHistory::seedRelease(const SeedItem &item, const SimFile &file, const QString &salt) const
{
    const int roll = int(quint32(item.file->id) % 3);
    SimRelease r;
    r.file = file;
    r.file.sceneName = titleOf(file);
    r.torrent = roll == 0;
    r.indexerId = r.torrent ? 4 : 1;
    r.indexer = r.torrent ? QStringLiteral("TorrentLeech (Prowlarr)") : QStringLiteral("NZBgeek (Prowlarr)");
    r.guid = (r.torrent ? QStringLiteral("https://www.torrentleech.org/torrent/")
                        : QStringLiteral("https://api.nzbgeek.info/details/"))
             + hexOf(salt + r.file.sceneName, r.torrent ? 12 : 32);
    r.infoHash = r.torrent ? hexOf(QStringLiteral("hash") + r.guid, 40).toUpper() : QString();
    r.publishDate = file.dateAdded - 86400;
    r.movieId = m_library.isRadarr() ? item.itemId : 0;
    r.seriesId = m_library.isRadarr() ? 0 : item.itemId;
    r.episodeIds = item.episodeIds;
    return r;
}

QString SimHistory::seedDownload(const SimRelease &release, int fileId, int importScore, const QString &importedPath,
                                 qint64 grabbedAtMs)
{
    const QString downloadId = downloadIdOf(release, grabbedAtMs);
    addGrab(release, QStringLiteral("UserInvokedSearch"), downloadId, grabbedAtMs);
    addImport(release, fileId, downloadId, importedPath, grabbedAtMs + kHourMs, importScore);
    return downloadId;
}

void SimHistory::seedOrdinary(const SeedItem &item, bool upgrade)
{
    const SimFile &file = *item.file;
    const qint64 importedAt = file.dateAdded * 1000;
    const int score = m_library.customFormatScore(file, item.profileId);
    if (upgrade) {
        // An earlier, lower-scored file of the same quality that this one replaced.
        SimFile older = file;
        const SimProfile *profile = m_library.profile(item.profileId);
        if (profile && !older.customFormatIds.isEmpty()) {
            const auto best =
                std::max_element(older.customFormatIds.begin(), older.customFormatIds.end(), [profile](int a, int b) {
                    return profile->formatScores.value(a) < profile->formatScores.value(b);
                });
            older.customFormatIds.erase(best);
        }
        older.releaseGroup = QStringLiteral("NOGRP");
        older.sceneName = titleOf(file).section(QLatin1Char('-'), 0, -2) + QStringLiteral("-NOGRP");
        seedDownload(seedRelease(item, older, QStringLiteral("older")), file.id + 5000000,
                     m_library.customFormatScore(older, item.profileId), file.path, importedAt - 40 * kDayMs);
        addDeleted(older, item.itemId, item.episodeIds, QStringLiteral("Upgrade"), importedAt - kHourMs - 1000);
    }
    const SimRelease current = seedRelease(item, file, QStringLiteral("current"));
    if (!upgrade && file.id % 4 == 0) {
        // Another release grabbed days before and ignored in the queue: a grab that ended without an import.
        SimFile ignored = file;
        ignored.releaseGroup = QStringLiteral("IGNRD");
        ignored.sceneName = titleOf(file).section(QLatin1Char('-'), 0, -2) + QStringLiteral("-IGNRD");
        const SimRelease r = seedRelease(item, ignored, QStringLiteral("ignored"));
        const qint64 at = importedAt - 3 * kDayMs;
        const QString id = downloadIdOf(r, at);
        addGrab(r, QStringLiteral("Rss"), id, at);
        addEnded(false, r, id, at + 2 * kHourMs);
    }
    seedDownload(current, file.id, score, file.path, importedAt - 2 * kHourMs);
}

void SimHistory::seedPlanted(const SeedItem &item, const SimPlantInfo &plant)
{
    const SimFile &file = *item.file;
    const int score = m_library.customFormatScore(file, item.profileId);
    // Planted cases happened in the last weeks, so a first sync's window holds them; minutes apart per file.
    const qint64 t0 = m_seededAtMs - qint64(item.file->id % 720) * 60 * 1000;
    // The release's name matched a format the imported (renamed) file's does not.
    SimFile named = file;
    if (plant.formatId)
        named.customFormatIds.append(plant.formatId);
    const int namedScore = m_library.customFormatScore(named, item.profileId);
    // Other releases of the same file: another group each.
    const auto other = [&](int n) {
        SimFile f = file;
        f.releaseGroup = QStringLiteral("GRP%1").arg(n);
        f.sceneName = titleOf(file).section(QLatin1Char('-'), 0, -2) + QLatin1Char('-') + f.releaseGroup;
        return f;
    };
    const auto grab = [&](const SimRelease &r, qint64 at) {
        const QString id = downloadIdOf(r, at);
        addGrab(r, QStringLiteral("Rss"), id, at);
        return id;
    };
    switch (plant.kind) {
    case SimPlant::SameReleaseLoop: {
        // Grabbed for the formats its name matched, imported and scored lower, so grabbed again: Radarr#11422.
        const SimRelease r = seedRelease(item, named, QStringLiteral("loop"));
        const SimFile first = [&] {
            SimFile f = file;
            f.id = file.id + kEarlierFileIds;
            return f;
        }();
        const QString d1 = grab(r, t0 - 20 * kDayMs);
        addImport(r, first.id, d1, file.path, t0 - 20 * kDayMs + kHourMs, score);
        const QString d2 = grab(r, t0 - 8 * kDayMs);
        addDeleted(first, item.itemId, item.episodeIds, QStringLiteral("Upgrade"), t0 - 8 * kDayMs + kHourMs - 1000);
        addImport(r, file.id, d2, file.path, t0 - 8 * kDayMs + kHourMs, score);
        addPlanted("upgrade-loop", item,
                   {{QStringLiteral("variant"), QStringLiteral("same-release")},
                    {QStringLiteral("grabs"), 2},
                    {QStringLiteral("sourceTitle"), r.title()},
                    {QStringLiteral("downloadIds"), jsonList({d1, d2})},
                    {QStringLiteral("grabScore"), namedScore},
                    {QStringLiteral("importScore"), score}});
        for (const QString &d : {d1, d2})
            addPlanted("grab-import-mismatch", item,
                       {{QStringLiteral("downloadId"), d},
                        {QStringLiteral("grabScore"), namedScore},
                        {QStringLiteral("importScore"), score},
                        {QStringLiteral("inLoop"), true}});
        return;
    }
    case SimPlant::RepeatedGrabLoop: {
        // Three releases of equal score within 30 days, each replacing the last: nothing gained.
        QStringList ids;
        const QList<SimFile> files{other(1), other(2), file};
        for (int i = 0; i < files.size(); ++i) {
            const qint64 at = t0 - (25 - 10 * i) * kDayMs;
            const bool last = i == files.size() - 1;
            SimFile imported = files.at(i);
            imported.id = last ? file.id : file.id + kEarlierFileIds * (i + 1);
            if (i > 0) {
                SimFile previous = files.at(i - 1);
                previous.id = file.id + kEarlierFileIds * i;
                addDeleted(previous, item.itemId, item.episodeIds, QStringLiteral("Upgrade"), at + kHourMs - 1000);
            }
            const SimRelease r = seedRelease(item, files.at(i), QStringLiteral("again"));
            const QString id = grab(r, at);
            addImport(r, imported.id, id, file.path, at + kHourMs,
                      m_library.customFormatScore(imported, item.profileId));
            ids.append(id);
        }
        addPlanted("upgrade-loop", item,
                   {{QStringLiteral("variant"), QStringLiteral("repeated-grabs")},
                    {QStringLiteral("grabs"), 3},
                    {QStringLiteral("downloadIds"), jsonList(ids)},
                    {QStringLiteral("grabScore"), score},
                    {QStringLiteral("importScore"), score}});
        return;
    }
    case SimPlant::GrabImportMismatch: {
        const SimRelease r = seedRelease(item, named, QStringLiteral("mismatch"));
        const QString d = grab(r, t0 - 12 * kDayMs);
        addImport(r, file.id, d, file.path, t0 - 12 * kDayMs + kHourMs, score);
        addPlanted("grab-import-mismatch", item,
                   {{QStringLiteral("downloadId"), d},
                    {QStringLiteral("grabScore"), namedScore},
                    {QStringLiteral("importScore"), score},
                    {QStringLiteral("inLoop"), false}});
        return;
    }
    case SimPlant::ImportCurrentMismatch: {
        // Imported under the release's name, which matched the format; renamed since, and the new name does not.
        const SimRelease r = seedRelease(item, named, QStringLiteral("renamed"));
        const QString droppedPath = file.path.chopped(file.relativePath.size()) + r.title() + QStringLiteral(".mkv");
        const QString d = grab(r, t0 - 15 * kDayMs);
        addImport(r, file.id, d, droppedPath, t0 - 15 * kDayMs + kHourMs, namedScore);
        addRenamed(file, item.itemId, item.episodeIds, droppedPath, t0 - 3 * kDayMs);
        addPlanted("import-current-mismatch", item,
                   {{QStringLiteral("downloadId"), d}, {QStringLiteral("importScore"), namedScore}});
        return;
    }
    case SimPlant::RepeatedFailure: {
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            const qint64 at = t0 - (18 - 12 * i) * kDayMs;
            const SimRelease r = seedRelease(item, other(i + 1), QStringLiteral("failed"));
            const QString id = grab(r, at);
            addEnded(true, r, id, at + 2 * kHourMs);
            ids.append(id);
        }
        addPlanted("repeated-failure", item,
                   {{QStringLiteral("failures"), 2}, {QStringLiteral("downloadIds"), jsonList(ids)}});
        return;
    }
    case SimPlant::ScoreMismatch:
        // Nothing in history: the reported score is what is off (SimLibrary::reportedScore).
        addPlanted("score-mismatch", item,
                   {{QStringLiteral("endpoint"),
                     m_library.isRadarr() ? QStringLiteral("moviefile") : QStringLiteral("episodefile")},
                    {QStringLiteral("skew"), plant.skew}});
        return;
    case SimPlant::None:
    case SimPlant::OrdinaryDownload:
    case SimPlant::OrdinaryUpgrade:
        return;
    }
}

void SimHistory::addPlanted(const char *kind, const SeedItem &item, QJsonObject fields)
{
    fields.insert(QStringLiteral("kind"), QString::fromLatin1(kind));
    fields.insert(QStringLiteral("itemId"), item.itemId);
    if (!m_library.isRadarr())
        fields.insert(QStringLiteral("episodeId"), item.episodeIds.value(0));
    fields.insert(QStringLiteral("fileId"), item.file->id);
    m_planted.append(fields);
}

const SimFile *SimHistory::currentFile(int itemId, int fileId) const
{
    if (const SimMovie *m = m_library.isRadarr() ? m_library.movie(itemId) : nullptr)
        return m->file && m->file->id == fileId ? &*m->file : nullptr;
    if (const SimSeries *s = m_library.isRadarr() ? nullptr : m_library.seriesById(itemId))
        return m_library.episodeFile(*s, fileId);
    return nullptr;
}

bool SimHistory::detectable(const QString &kind, const QJsonObject &record) const
{
    // What this version's history and files let a client see.
    if (kind == QLatin1String("repeated-failure"))
        return true;
    if (kind == QLatin1String("upgrade-loop"))
        return record.value(QLatin1String("variant")).toString() == QLatin1String("same-release") || grabScores();
    if (kind == QLatin1String("grab-import-mismatch"))
        return grabScores() && importScores();
    if (kind == QLatin1String("import-current-mismatch"))
        return importScores();
    // score-mismatch: the files must report a score.
    return m_library.isRadarr() ? m_library.versionAtLeast(4, 7, 5) : m_library.hasCustomFormats();
}

QJsonArray SimHistory::planted()
{
    ensureSeeded();
    QJsonArray out;
    for (QJsonObject record : std::as_const(m_planted)) {
        const QString kind = record.value(QLatin1String("kind")).toString();
        const int itemId = record.value(QLatin1String("itemId")).toInt();
        const int fileId = record.value(QLatin1String("fileId")).toInt();
        // The cases about today's file hold while the file does.
        const bool aboutFile =
            kind == QLatin1String("import-current-mismatch") || kind == QLatin1String("score-mismatch");
        const SimFile *file = currentFile(itemId, fileId);
        if (aboutFile && !file)
            continue;
        if (file) {
            const int profileId = profileOf(m_library.isRadarr() ? itemId : 0, m_library.isRadarr() ? 0 : itemId);
            record.insert(QStringLiteral("currentScore"), m_library.reportedScore(*file, profileId));
            record.insert(QStringLiteral("formatsScore"), m_library.customFormatScore(*file, profileId));
        }
        record.insert(QStringLiteral("detectable"), detectable(kind, record));
        out.append(record);
    }
    // Radarr 4.7.5–5.22.3 embed a never-computed 0 as /movie's movieFile.customFormatScore: it differs from
    // /moviefile's wherever that is not 0 (Radarr#9568).
    if (m_library.isRadarr() && m_library.versionAtLeast(4, 7, 5) && !m_library.versionAtLeast(5, 22, 4)) {
        for (const SimMovie &m : m_library.movies()) {
            if (!m.file || m_library.reportedScore(*m.file, m.qualityProfileId) == 0)
                continue;
            out.append(
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("score-mismatch")},
                            {QStringLiteral("endpoint"), QStringLiteral("movie")},
                            {QStringLiteral("itemId"), m.id},
                            {QStringLiteral("fileId"), m.file->id},
                            {QStringLiteral("movieScore"), 0},
                            {QStringLiteral("currentScore"), m_library.reportedScore(*m.file, m.qualityProfileId)},
                            {QStringLiteral("detectable"), true}});
        }
    }
    return out;
}

} // namespace arrscore
