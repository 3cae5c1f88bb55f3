#include "simhistory.h"

#include "simjsonwriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QVersionNumber>

#include <algorithm>
#include <array>

namespace arrscore {

namespace {

constexpr int kGrabbed = 1;
constexpr int kImported = 3;
constexpr int kFailed = 4;

QString number(qint64 v)
{
    return QString::number(v);
}

} // namespace

QString SimHistory::hexOf(const QString &text, int length)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(length));
}

QString SimHistory::titleOf(const SimFile &file)
{
    if (!file.sceneName.isEmpty())
        return file.sceneName;
    return file.relativePath.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, -2);
}

SimHistory::SimHistory(const SimLibrary &library, const SimClock &clock)
    : m_library(library), m_clock(clock), m_renderer(library)
{
}

bool SimHistory::grabScores() const
{
    // Radarr writes data.customFormatScore on grabs since v4.3.1, Sonarr since v4.
    return m_library.isRadarr() ? m_library.versionAtLeast(4, 3, 1) : m_library.hasCustomFormats();
}

bool SimHistory::importScores() const
{
    return m_library.isRadarr() ? m_library.versionAtLeast(4, 4, 2) : m_library.hasCustomFormats();
}

QString SimHistory::eventName(int eventType) const
{
    // MovieHistoryEventType and EpisodeHistoryEventType, camelCase as the servers serialise them.
    static const std::array<const char *, 10> radarr{
        "unknown",          "grabbed",        "unknown",          "downloadFolderImported",
        "downloadFailed",   "unknown",        "movieFileDeleted", "movieFolderImported",
        "movieFileRenamed", "downloadIgnored"};
    static const std::array<const char *, 8> sonarr{"unknown",
                                                    "grabbed",
                                                    "seriesFolderImported",
                                                    "downloadFolderImported",
                                                    "downloadFailed",
                                                    "episodeFileDeleted",
                                                    "episodeFileRenamed",
                                                    "downloadIgnored"};
    if (m_library.isRadarr())
        return QString::fromLatin1(eventType >= 0 && eventType < int(radarr.size()) ? radarr.at(eventType) : "unknown");
    return QString::fromLatin1(eventType >= 0 && eventType < int(sonarr.size()) ? sonarr.at(eventType) : "unknown");
}

std::optional<int> SimHistory::eventValue(const QString &text) const
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        return value;
    for (int v = 0; v <= 9; ++v) {
        if (eventName(v).compare(text, Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

void SimHistory::ensureSeeded()
{
    if (m_generation != m_library.generation()) {
        m_generation = m_library.generation();
        m_events.clear();
        m_planted.clear();
        m_seeded = false;
    }
    if (!m_seeded) {
        m_seeded = true;
        m_seededAtMs = m_clock.nowMs();
        seed();
    }
}

int SimHistory::eventCount()
{
    ensureSeeded();
    return int(m_events.size());
}

SimHistoryEvent SimHistory::base(int eventType, qint64 dateMs, int itemId, int episodeId, const SimFile &file) const
{
    SimHistoryEvent e;
    e.eventType = eventType;
    e.dateMs = dateMs;
    if (m_library.isRadarr()) {
        e.movieId = itemId;
    } else {
        e.seriesId = itemId;
        e.episodeId = episodeId;
    }
    e.sourceTitle = titleOf(file);
    e.qualityId = file.qualityId;
    e.revisionVersion = file.revisionVersion;
    e.isRepack = file.isRepack;
    e.customFormatIds = file.customFormatIds;
    e.languages = file.languages;
    return e;
}

void SimHistory::add(SimHistoryEvent event)
{
    event.id = m_nextId++;
    m_events.append(std::move(event));
}

int SimHistory::profileOf(int movieId, int seriesId) const
{
    if (const SimMovie *m = m_library.movie(movieId))
        return m->qualityProfileId;
    if (const SimSeries *s = m_library.seriesById(seriesId))
        return s->qualityProfileId;
    return 0;
}

QList<QPair<QString, QString>> SimHistory::grabData(const SimRelease &r, const QString &source, int score,
                                                    qint64 dateMs) const
{
    const bool radarr = m_library.isRadarr();
    const qint64 ageSeconds = qMax<qint64>(0, dateMs / 1000 - r.publishDate);
    const QString client = r.torrent ? QStringLiteral("qBittorrent") : QStringLiteral("SABnzbd");
    QList<QPair<QString, QString>> d{
        {QStringLiteral("indexer"), r.indexer},
        {QStringLiteral("nzbInfoUrl"), r.guid},
        {QStringLiteral("releaseGroup"), r.file.releaseGroup},
        {QStringLiteral("age"), number(ageSeconds / 86400)},
        {QStringLiteral("ageHours"), QString::number(double(ageSeconds) / 3600.0, 'g', 15)},
        {QStringLiteral("ageMinutes"), QString::number(double(ageSeconds) / 60.0, 'g', 15)},
        {QStringLiteral("publishedDate"), QString::fromLatin1(SimJsonWriter::formatDate(r.publishDate))},
        {QStringLiteral("downloadClient"), client},
        {QStringLiteral("downloadClientName"), client},
        {QStringLiteral("size"), number(r.file.size)},
        {QStringLiteral("downloadUrl"), r.guid + QStringLiteral("/download")},
        {QStringLiteral("guid"), r.guid},
    };
    if (radarr) {
        const SimMovie *m = m_library.movie(r.movieId);
        d.append({QStringLiteral("tmdbId"), number(m ? m->tmdbId : 0)});
        d.append({QStringLiteral("imdbId"), m ? m->imdbId : QString()});
    } else {
        const SimSeries *s = m_library.seriesById(r.seriesId);
        d.append({QStringLiteral("tvdbId"), number(s ? s->tvdbId : 0)});
        d.append({QStringLiteral("tvRageId"), QStringLiteral("0")});
        d.append({QStringLiteral("imdbId"), s ? s->imdbId : QString()});
    }
    d.append({QStringLiteral("protocol"), r.torrent ? QStringLiteral("2") : QStringLiteral("1")});
    if (grabScores())
        d.append({QStringLiteral("customFormatScore"), number(score)});
    d.append({radarr ? QStringLiteral("movieMatchType") : QStringLiteral("seriesMatchType"), QStringLiteral("Id")});
    if (radarr ? m_library.versionAtLeast(4, 5, 1) : m_library.hasCustomFormats())
        d.append({QStringLiteral("releaseSource"), source});
    d.append({QStringLiteral("indexerFlags"), QStringLiteral("0")});
    if (radarr)
        d.append({QStringLiteral("indexerId"), number(r.indexerId)});
    else
        d.append({QStringLiteral("releaseType"), r.fullSeason              ? QStringLiteral("SeasonPack")
                                                 : r.episodeIds.size() > 1 ? QStringLiteral("MultiEpisode")
                                                                           : QStringLiteral("SingleEpisode")});
    if (r.torrent)
        d.append({QStringLiteral("torrentInfoHash"), r.infoHash});
    return d;
}

QList<QPair<QString, QString>> SimHistory::importData(const SimRelease &r, int fileId, const QString &importedPath,
                                                      int score) const
{
    const QString client = r.torrent ? QStringLiteral("qBittorrent") : QStringLiteral("SABnzbd");
    QList<QPair<QString, QString>> d{
        {QStringLiteral("fileId"), number(fileId)},
        {QStringLiteral("droppedPath"), QStringLiteral("/downloads/complete/%1/%1.mkv").arg(r.title())},
        {QStringLiteral("importedPath"), importedPath},
        {QStringLiteral("downloadClient"), client},
        {QStringLiteral("downloadClientName"), client},
        {QStringLiteral("releaseGroup"), r.file.releaseGroup},
    };
    if (importScores())
        d.append({QStringLiteral("customFormatScore"), number(score)});
    d.append({QStringLiteral("size"), number(r.file.size)});
    d.append({QStringLiteral("indexerFlags"), QStringLiteral("0")});
    if (!m_library.isRadarr())
        d.append({QStringLiteral("releaseType"),
                  r.episodeIds.size() > 1 ? QStringLiteral("MultiEpisode") : QStringLiteral("SingleEpisode")});
    return d;
}

QString SimHistory::downloadIdOf(const SimRelease &release, qint64 grabbedAtMs)
{
    // qBittorrent reports the info hash; SABnzbd its nzo id.
    return release.torrent ? release.infoHash
                           : QStringLiteral("SABnzbd_nzo_") + hexOf(release.guid + number(grabbedAtMs), 8);
}

QList<int> SimHistory::rowsOf(const QList<int> &episodeIds) const
{
    // Radarr writes one row per event; Sonarr one per episode.
    return m_library.isRadarr() ? QList<int>{0} : episodeIds;
}

void SimHistory::addReleaseRows(int eventType, const SimRelease &release, const QString &downloadId, qint64 dateMs,
                                const QList<QPair<QString, QString>> &data)
{
    const int itemId = m_library.isRadarr() ? release.movieId : release.seriesId;
    for (int episodeId : rowsOf(release.episodeIds)) {
        SimHistoryEvent e = base(eventType, dateMs, itemId, episodeId, release.file);
        e.sourceTitle = release.title();
        e.downloadId = downloadId;
        e.data = data;
        add(std::move(e));
    }
}

void SimHistory::addGrab(const SimRelease &release, const QString &source, const QString &downloadId, qint64 dateMs)
{
    const int score = m_library.customFormatScore(release.file, profileOf(release.movieId, release.seriesId));
    addReleaseRows(kGrabbed, release, downloadId, dateMs, grabData(release, source, score, dateMs));
}

void SimHistory::addImport(const SimRelease &release, int fileId, const QString &downloadId,
                           const QString &importedPath, qint64 dateMs, int score)
{
    addReleaseRows(kImported, release, downloadId, dateMs, importData(release, fileId, importedPath, score));
}

void SimHistory::addEnded(bool failed, const SimRelease &release, const QString &downloadId, qint64 dateMs)
{
    const QString client = release.torrent ? QStringLiteral("qBittorrent") : QStringLiteral("SABnzbd");
    const QString message = !failed           ? QStringLiteral("Manually ignored")
                            : release.torrent ? QStringLiteral("qBittorrent is reporting an error")
                                              : QStringLiteral("Unpacking failed, write error or disk is full?");
    QList<QPair<QString, QString>> d{
        {QStringLiteral("downloadClient"), client},
        {QStringLiteral("downloadClientName"), client},
        {QStringLiteral("message"), message},
        {QStringLiteral("releaseGroup"), release.file.releaseGroup},
    };
    // Radarr writes the size on more events since 5.3.3.
    if (!m_library.isRadarr() || m_library.versionAtLeast(5, 3, 3))
        d.append({QStringLiteral("size"), number(release.file.size)});
    d.append({QStringLiteral("indexer"), release.indexer});
    const int ignored = m_library.isRadarr() ? 9 : 7;
    addReleaseRows(failed ? kFailed : ignored, release, downloadId, dateMs, d);
}

void SimHistory::addRenamed(const SimFile &file, int itemId, const QList<int> &episodeIds, const QString &fromPath,
                            qint64 dateMs)
{
    const QString folder = file.path.chopped(file.relativePath.size());
    for (int episodeId : rowsOf(episodeIds)) {
        SimHistoryEvent e = base(renamedType(), dateMs, itemId, episodeId, file);
        e.sourceTitle = fromPath.section(QLatin1Char('/'), -1);
        e.data = {{QStringLiteral("sourcePath"), fromPath},
                  {QStringLiteral("sourceRelativePath"), fromPath.mid(folder.size())},
                  {QStringLiteral("path"), file.path},
                  {QStringLiteral("relativePath"), file.relativePath},
                  {QStringLiteral("releaseGroup"), file.releaseGroup},
                  {QStringLiteral("size"), number(file.size)},
                  {QStringLiteral("indexerFlags"), QStringLiteral("0")}};
        add(std::move(e));
    }
}

void SimHistory::addDeleted(const SimFile &old, int itemId, const QList<int> &episodeIds, const QString &reason,
                            qint64 dateMs)
{
    for (int episodeId : rowsOf(episodeIds)) {
        SimHistoryEvent e = base(deletedType(), dateMs, itemId, episodeId, old);
        e.data = {{QStringLiteral("reason"), reason},
                  {QStringLiteral("releaseGroup"), old.releaseGroup},
                  {QStringLiteral("size"), number(old.size)},
                  {QStringLiteral("indexerFlags"), QStringLiteral("0")}};
        add(std::move(e));
    }
}

QString SimHistory::grabbed(const SimRelease &release, const QString &source)
{
    ensureSeeded();
    const qint64 now = m_clock.nowMs();
    const QString downloadId = downloadIdOf(release, now);
    addGrab(release, source, downloadId, now);
    return downloadId;
}

void SimHistory::deleted(const SimFile &old, int itemId, const QList<int> &episodeIds, const QString &reason)
{
    ensureSeeded();
    addDeleted(old, itemId, episodeIds, reason, m_clock.nowMs());
}

void SimHistory::imported(const SimRelease &release, int fileId, const QString &downloadId)
{
    ensureSeeded();
    QString path;
    if (const SimMovie *m = m_library.movie(release.movieId); m && m->file && m->file->id == fileId)
        path = m->file->path;
    if (const SimSeries *s = m_library.seriesById(release.seriesId)) {
        if (const SimFile *f = m_library.episodeFile(*s, fileId))
            path = f->path;
    }
    addImport(release, fileId, downloadId, path, m_clock.nowMs(),
              m_library.customFormatScore(release.file, profileOf(release.movieId, release.seriesId)));
}

std::optional<QList<int>> SimHistory::pagedEventTypes(const QUrlQuery &query) const
{
    const QStringList texts = query.allQueryItemValues(QStringLiteral("eventType"));
    QList<int> out;
    const bool many = m_library.isRadarr()
                          ? m_library.versionAtLeast(5, 3, 1)
                          : QVersionNumber::compare(m_library.version(), QVersionNumber({4, 0, 0, 924})) >= 0;
    const bool typed = many || (m_library.isRadarr() && m_library.versionAtLeast(5));
    if (!typed) {
        // A key=value paging filter: a repeated key arrives as "1,6" and Convert.ToInt32 throws.
        if (texts.isEmpty())
            return out;
        bool ok = false;
        out.append(texts.join(QLatin1Char(',')).toInt(&ok));
        if (!ok)
            return std::nullopt;
        return out;
    }
    for (const QString &t : many ? texts : texts.mid(0, 1)) // an int? parameter binds the first value
        out.append(t.toInt());
    return out;
}

SimResponse SimHistory::handle(const QString &subPath, const QUrlQuery &query)
{
    ensureSeeded();
    const bool radarr = m_library.isRadarr();
    const auto flag = [&query](const char *key) {
        return query.queryItemValue(QString::fromLatin1(key)).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    };
    const auto ints = [&query](const char *key) {
        QList<int> out;
        for (const QString &t : query.allQueryItemValues(QString::fromLatin1(key))) {
            for (const QString &piece : t.split(QLatin1Char(','), Qt::SkipEmptyParts))
                out.append(piece.toInt());
        }
        return out;
    };
    QList<const SimHistoryEvent *> selected;
    selected.reserve(m_events.size());
    bool paged = false;
    QList<int> eventTypes;
    if (subPath.isEmpty()) {
        paged = true;
        const std::optional<QList<int>> types = pagedEventTypes(query);
        if (!types)
            return SimResponse::json(R"({
  "message": "Input string was not in a correct format.",
  "description": "System.FormatException: Input string was not in a correct format."
})",
                                     500);
        eventTypes = *types;
    } else if (const QString single = query.queryItemValue(QStringLiteral("eventType")); !single.isEmpty()) {
        const std::optional<int> v = eventValue(single);
        if (!v)
            return SimResponse::message(400, QStringLiteral("The value '%1' is not valid.").arg(single));
        eventTypes = {*v};
    }
    const QString downloadId = query.queryItemValue(QStringLiteral("downloadId"));
    QList<int> movieIds;
    QList<int> seriesIds;
    int episodeId = 0;
    int seasonNumber = -1;
    qint64 sinceMs = std::numeric_limits<qint64>::min();
    if (subPath.isEmpty()) {
        if (radarr && m_library.versionAtLeast(5, 1, 1))
            movieIds = ints("movieIds");
        if (!radarr && QVersionNumber::compare(m_library.version(), QVersionNumber({4, 0, 0, 741})) >= 0)
            seriesIds = ints("seriesIds");
        if (!radarr)
            episodeId = query.queryItemValue(QStringLiteral("episodeId")).toInt();
    } else if (subPath == QLatin1String("since")) {
        const QString text = query.queryItemValue(QStringLiteral("date"));
        const QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!text.isEmpty() && !date.isValid())
            return SimResponse::message(400, QStringLiteral("The value '%1' is not valid.").arg(text));
        if (date.isValid())
            sinceMs = date.toMSecsSinceEpoch();
    } else if (radarr && subPath == QLatin1String("movie")) {
        movieIds = {query.queryItemValue(QStringLiteral("movieId")).toInt()};
    } else if (!radarr && subPath == QLatin1String("series")) {
        seriesIds = {query.queryItemValue(QStringLiteral("seriesId")).toInt()};
        bool ok = false;
        const int s = query.queryItemValue(QStringLiteral("seasonNumber")).toInt(&ok);
        if (ok)
            seasonNumber = s;
    } else {
        return SimResponse::empty(404);
    }
    for (const SimHistoryEvent &e : m_events) {
        if (!eventTypes.isEmpty() && !eventTypes.contains(e.eventType))
            continue;
        if (!downloadId.isEmpty() && e.downloadId != downloadId)
            continue;
        if (!movieIds.isEmpty() && !movieIds.contains(e.movieId))
            continue;
        if (!seriesIds.isEmpty() && !seriesIds.contains(e.seriesId))
            continue;
        if (episodeId && e.episodeId != episodeId)
            continue;
        if (e.dateMs < sinceMs)
            continue;
        if (seasonNumber >= 0) {
            const SimEpisode *ep = m_library.episode(e.episodeId);
            if (!ep || ep->seasonNumber != seasonNumber)
                continue;
        }
        selected.append(&e);
    }
    int page = 1;
    int pageSize = int(selected.size());
    QString sortKey = QStringLiteral("date");
    bool ascending = subPath == QLatin1String("since"); // history/movie and history/series list newest first
    if (paged) {
        page = qMax(1, query.queryItemValue(QStringLiteral("page")).toInt());
        const QString size = query.queryItemValue(QStringLiteral("pageSize"));
        pageSize = size.isEmpty() ? 10 : qMax(0, size.toInt());
        if (const QString key = query.queryItemValue(QStringLiteral("sortKey")); !key.isEmpty())
            sortKey = key;
        ascending = query.queryItemValue(QStringLiteral("sortDirection"))
                        .compare(QLatin1String("ascending"), Qt::CaseInsensitive)
                    == 0;
    }
    std::stable_sort(selected.begin(), selected.end(), [&](const SimHistoryEvent *a, const SimHistoryEvent *b) {
        const qint64 ka = sortKey == QLatin1String("id") ? a->id : a->dateMs;
        const qint64 kb = sortKey == QLatin1String("id") ? b->id : b->dateMs;
        if (ka != kb)
            return ascending ? ka < kb : ka > kb;
        return ascending ? a->id < b->id : a->id > b->id;
    });
    const qsizetype first = qsizetype(page - 1) * pageSize;
    const QList<const SimHistoryEvent *> shown = selected.mid(qMin(first, selected.size()), pageSize);

    const bool withItem = flag(radarr ? "includeMovie" : "includeSeries");
    const bool withEpisode = !radarr && flag("includeEpisode");
    const bool formats = m_library.hasCustomFormats();
    const bool scoreField = radarr ? m_library.versionAtLeast(4, 4, 2) : formats;
    SimJsonWriter w(1024 * (shown.size() + 1));
    if (paged) {
        w.beginObject();
        w.field("page", page);
        w.field("pageSize", pageSize);
        w.field("sortKey", sortKey);
        w.field("sortDirection", ascending ? "ascending" : "descending");
        w.field("totalRecords", int(selected.size()));
        w.key("records");
    }
    w.beginArray();
    for (const SimHistoryEvent *e : shown) {
        const int profileId = profileOf(e->movieId, e->seriesId);
        SimFile asFile;
        asFile.qualityId = e->qualityId;
        asFile.revisionVersion = e->revisionVersion;
        asFile.isRepack = e->isRepack;
        asFile.customFormatIds = e->customFormatIds;
        w.beginObject();
        if (radarr) {
            w.field("movieId", e->movieId);
        } else {
            w.field("episodeId", e->episodeId);
            w.field("seriesId", e->seriesId);
        }
        w.field("sourceTitle", e->sourceTitle);
        m_renderer.writeLanguages(w,
                                  e->languages.isEmpty() ? QList<SimLanguage>{SimCatalog::language(1)} : e->languages);
        w.key("quality");
        m_renderer.writeFileQuality(w, asFile);
        if (formats) {
            // Recomputed now, from the title and today's profile: not what the event scored.
            w.key("customFormats");
            m_renderer.writeFormats(w, e->customFormatIds);
        }
        if (scoreField)
            w.field("customFormatScore", m_library.customFormatScore(asFile, profileId));
        w.field("qualityCutoffNotMet", m_library.qualityCutoffNotMet(asFile, profileId));
        w.field("date", QString::fromLatin1(SimJsonWriter::formatDate(e->dateMs / 1000)));
        w.optional("downloadId", e->downloadId);
        w.field("eventType", eventName(e->eventType));
        w.key("data").beginObject();
        for (const auto &kv : e->data)
            w.field(kv.first.toUtf8().constData(), kv.second);
        w.endObject();
        if (withItem) {
            if (const SimMovie *m = radarr ? m_library.movie(e->movieId) : nullptr) {
                w.key("movie");
                w.raw(m_renderer.movie(*m, true));
            } else if (const SimSeries *s = radarr ? nullptr : m_library.seriesById(e->seriesId)) {
                w.key("series");
                w.raw(m_renderer.series(*s));
            }
        }
        if (withEpisode) {
            if (const SimEpisode *ep = m_library.episode(e->episodeId)) {
                w.key("episode").beginObject();
                w.field("seriesId", ep->seriesId);
                w.field("tvdbId", ep->tvdbId);
                w.field("episodeFileId", ep->episodeFileId);
                w.field("seasonNumber", ep->seasonNumber);
                w.field("episodeNumber", ep->episodeNumber);
                w.field("title", ep->title);
                w.field("hasFile", ep->episodeFileId != 0);
                w.field("monitored", ep->monitored);
                w.field("id", ep->id);
                w.endObject();
            }
        }
        w.field("id", e->id);
        w.endObject();
    }
    w.endArray();
    if (paged)
        w.endObject();
    return SimResponse::json(w.take());
}

} // namespace arrscore
