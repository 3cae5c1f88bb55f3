#include "simrenderer.h"

namespace arrscore {

SimRenderer::SimRenderer(const SimLibrary &library) : m_library(library) {}

void SimRenderer::writeQuality(SimJsonWriter &w, int qualityId) const
{
    const SimQuality &q = m_library.catalog().quality(qualityId);
    w.beginObject();
    w.field("id", q.id);
    w.field("name", q.name);
    w.field("source", q.source);
    w.field("resolution", q.resolution);
    if (m_library.isRadarr())
        w.field("modifier", q.modifier);
    w.endObject();
}

void SimRenderer::writeFileQuality(SimJsonWriter &w, const SimFile &f) const
{
    w.beginObject();
    w.key("quality");
    writeQuality(w, f.qualityId);
    w.key("revision").beginObject();
    w.field("version", f.revisionVersion);
    w.field("real", 0);
    w.field("isRepack", f.isRepack);
    w.endObject();
    w.endObject();
}

void SimRenderer::writeLanguage(SimJsonWriter &w, const SimLanguage &l) const
{
    w.beginObject();
    w.field("id", l.id);
    w.field("name", l.name);
    w.endObject();
}

void SimRenderer::writeMediaInfo(SimJsonWriter &w, const SimMediaInfo &mi) const
{
    const bool v3Sonarr = !m_library.isRadarr() && !m_library.hasCustomFormats();
    w.beginObject();
    w.field("audioBitrate", mi.audioBitrate);
    w.field("audioChannels", mi.audioChannels);
    w.field("audioCodec", mi.audioCodec);
    w.field("audioLanguages", mi.audioLanguages);
    w.field("audioStreamCount", mi.audioStreamCount);
    w.field("videoBitDepth", mi.videoBitDepth);
    w.field("videoBitrate", mi.videoBitrate);
    w.field("videoCodec", mi.videoCodec);
    w.field("videoFps", mi.videoFps);
    if (!v3Sonarr) {
        w.field("videoDynamicRange", mi.videoDynamicRange);
        w.field("videoDynamicRangeType", mi.videoDynamicRangeType);
    }
    w.field("resolution", mi.resolution);
    w.field("runTime", mi.runTime);
    w.field("scanType", mi.scanType);
    w.field("subtitles", mi.subtitles);
    w.endObject();
}

void SimRenderer::writeFormats(SimJsonWriter &w, const QList<int> &ids) const
{
    const QList<SimCustomFormat> &all = m_library.catalog().customFormats();
    w.beginArray();
    for (int id : ids) {
        w.beginObject();
        w.field("id", id);
        w.field("name", all.value(id - 1).name);
        w.endObject();
    }
    w.endArray();
}

// The fields of a file on disk that Radarr's MovieFileResource and Sonarr's EpisodeFileResource share.
void SimRenderer::writeFileOnDisk(SimJsonWriter &w, const SimFile &f)
{
    w.field("relativePath", f.relativePath);
    w.field("path", f.path);
    w.field("size", f.size);
    w.date("dateAdded", f.dateAdded);
    w.optional("sceneName", f.sceneName);
    w.optional("releaseGroup", f.releaseGroup);
}

void SimRenderer::writeLanguages(SimJsonWriter &w, const QList<SimLanguage> &languages) const
{
    w.key("languages").beginArray();
    for (const SimLanguage &l : languages)
        writeLanguage(w, l);
    w.endArray();
}

void SimRenderer::writeMovieFile(SimJsonWriter &w, const SimMovie &m, const SimFile &f, const FileShape &shape,
                                 bool embedded) const
{
    w.beginObject();
    w.field("movieId", m.id);
    writeFileOnDisk(w, f);
    w.field("edition", f.edition);
    writeLanguages(w, f.languages);
    w.key("quality");
    writeFileQuality(w, f);
    if (shape.customFormats && !embedded) {
        w.key("customFormats");
        writeFormats(w, f.customFormatIds);
    }
    if (shape.scoreField)
        w.field("customFormatScore", shape.fakeZeroScore ? 0 : m_library.reportedScore(f, m.qualityProfileId));
    w.field("indexerFlags", 0);
    w.key("mediaInfo");
    writeMediaInfo(w, f.mediaInfo);
    if (!embedded && !f.sceneName.isEmpty())
        w.field("originalFilePath", f.sceneName + QStringLiteral("/") + f.sceneName + QStringLiteral(".mkv"));
    w.field("qualityCutoffNotMet", m_library.qualityCutoffNotMet(f, m.qualityProfileId));
    w.field("id", f.id);
    w.endObject();
}

void SimRenderer::writeMovie(SimJsonWriter &w, const SimMovie &m, bool excludeLocalCovers) const
{
    const bool v5 = m_library.versionAtLeast(5);
    const qint64 size = m.file ? m.file->size : 0;
    const QString folder = QStringLiteral("/movies/%1 (%2) {tmdb-%3}").arg(m.title).arg(m.year).arg(m.tmdbId);
    w.beginObject();
    w.field("title", m.title);
    w.field("originalTitle", m.originalTitle);
    w.key("originalLanguage");
    writeLanguage(w, m.originalLanguage);
    w.key("alternateTitles").beginArray();
    w.endArray();
    w.field("secondaryYearSourceId", 0);
    w.field("sortTitle", m.title.toLower());
    w.field("sizeOnDisk", size);
    w.field("status", "released");
    w.optional("overview", m.overview);
    w.date("inCinemas", m.added - 400 * 86400LL);
    w.date("physicalRelease", m.added - 200 * 86400LL);
    w.date("digitalRelease", m.added - 250 * 86400LL);
    if (v5)
        w.date("releaseDate", m.added - 200 * 86400LL);
    w.key("images").beginArray();
    w.beginObject();
    w.field("coverType", "poster");
    w.field("url",
            excludeLocalCovers
                ? QStringLiteral("/MediaCover/%1/poster.jpg").arg(m.id)
                : QStringLiteral("/MediaCover/%1/poster.jpg?lastWrite=%2").arg(m.id).arg(638360344425660016LL + m.id));
    w.field("remoteUrl", QStringLiteral("https://image.tmdb.org/t/p/original/%1.jpg").arg(m.tmdbId));
    w.endObject();
    w.endArray();
    w.field("website", "");
    w.field("year", m.year);
    w.field("youTubeTrailerId", "");
    w.field("studio", m.studio);
    w.field("path", folder);
    w.field("qualityProfileId", m.qualityProfileId);
    w.field("hasFile", m.file.has_value());
    w.field("movieFileId", m.file ? m.file->id : 0);
    w.field("monitored", m.monitored);
    w.field("minimumAvailability", "released");
    w.field("isAvailable", true);
    w.field("folderName", folder);
    w.field("runtime", m.runtime);
    w.field("cleanTitle", m.title.toLower().remove(QLatin1Char(' ')));
    w.optional("imdbId", m.imdbId);
    w.field("tmdbId", m.tmdbId);
    // v5 made the slug the TMDb id; before it was the title plus the id.
    w.field("titleSlug", v5 ? QString::number(m.tmdbId)
                            : m.title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QLatin1Char('-')
                                  + QString::number(m.tmdbId));
    w.field("rootFolderPath", "/movies");
    w.optional("certification", m.certification);
    w.key("genres").beginArray();
    for (const QString &g : m.genres)
        w.value(g);
    w.endArray();
    w.key("tags").beginArray();
    w.endArray();
    w.date("added", m.added);
    w.key("ratings").beginObject();
    w.key("imdb").beginObject();
    w.field("votes", m.imdbVotes);
    w.field("value", m.imdbRating);
    w.field("type", "user");
    w.endObject();
    w.endObject();
    if (m.file) {
        FileShape shape;
        shape.customFormats = false;
        // The embedded file got a never-computed score in 4.7.5, dropped again after 5.22.3.
        shape.scoreField = m_library.versionAtLeast(4, 7, 5) && !m_library.versionAtLeast(5, 22, 4);
        shape.fakeZeroScore = true;
        w.key("movieFile");
        writeMovieFile(w, m, *m.file, shape, true);
    }
    if (!m.collectionTitle.isEmpty()) {
        w.key("collection").beginObject();
        w.field("title", m.collectionTitle);
        w.field("tmdbId", m.collectionTmdbId);
        w.endObject();
    }
    w.field("popularity", m.popularity);
    if (v5) {
        w.key("statistics").beginObject();
        w.field("movieFileCount", m.file ? 1 : 0);
        w.field("sizeOnDisk", size);
        w.key("releaseGroups").beginArray();
        if (m.file && !m.file->releaseGroup.isEmpty())
            w.value(m.file->releaseGroup);
        w.endArray();
        w.endObject();
    }
    w.field("id", m.id);
    w.endObject();
}

QByteArray SimRenderer::movies(bool excludeLocalCovers) const
{
    SimJsonWriter w(qsizetype(m_library.movies().size()) * 4200 + 16);
    w.beginArray();
    for (const SimMovie &m : m_library.movies())
        writeMovie(w, m, excludeLocalCovers);
    w.endArray();
    return w.take();
}

QByteArray SimRenderer::movie(const SimMovie &m, bool excludeLocalCovers) const
{
    SimJsonWriter w;
    writeMovie(w, m, excludeLocalCovers);
    return w.take();
}

QByteArray SimRenderer::movieFiles(const QList<const SimMovie *> &movies, const FileShape &shape) const
{
    SimJsonWriter w(qsizetype(movies.size()) * 2000 + 16);
    w.beginArray();
    for (const SimMovie *m : movies) {
        if (!m || !m->file || m_library.isHidden(m->file->id))
            continue;
        writeMovieFile(w, *m, *m->file, shape, false);
        if (m_library.isListedTwice(m->file->id))
            writeMovieFile(w, *m, *m->file, shape, false);
    }
    w.endArray();
    return w.take();
}

void SimRenderer::writeEpisodeFile(SimJsonWriter &w, const SimSeries &s, const SimFile &f) const
{
    const bool v4 = m_library.hasCustomFormats();
    w.beginObject();
    w.field("seriesId", s.id);
    w.field("seasonNumber", f.seasonNumber);
    writeFileOnDisk(w, f);
    if (v4) {
        writeLanguages(w, f.languages);
    } else {
        w.key("language");
        writeLanguage(w, f.languages.value(0));
    }
    w.key("quality");
    writeFileQuality(w, f);
    if (v4) {
        w.key("customFormats");
        writeFormats(w, f.customFormatIds);
        w.field("customFormatScore", m_library.reportedScore(f, s.qualityProfileId));
        w.field("indexerFlags", 0);
        w.field("releaseType", f.releaseType);
    }
    w.key("mediaInfo");
    writeMediaInfo(w, f.mediaInfo);
    w.field("qualityCutoffNotMet", m_library.qualityCutoffNotMet(f, s.qualityProfileId));
    if (!v4)
        w.field("languageCutoffNotMet", false);
    w.field("id", f.id);
    w.endObject();
}

QByteArray SimRenderer::episodeFiles(const SimSeries &s) const
{
    SimJsonWriter w(qsizetype(s.files.size()) * 1800 + 16);
    w.beginArray();
    for (const SimFile &f : s.files) {
        if (m_library.isHidden(f.id))
            continue;
        writeEpisodeFile(w, s, f);
        if (m_library.isListedTwice(f.id))
            writeEpisodeFile(w, s, f);
    }
    w.endArray();
    return w.take();
}

QByteArray SimRenderer::episodes(const SimSeries &s) const
{
    SimJsonWriter w(qsizetype(s.episodes.size()) * 500 + 16);
    w.beginArray();
    for (const SimEpisode &e : s.episodes) {
        w.beginObject();
        w.field("seriesId", e.seriesId);
        w.field("tvdbId", e.tvdbId);
        w.field("episodeFileId", e.episodeFileId);
        w.field("seasonNumber", e.seasonNumber);
        w.field("episodeNumber", e.episodeNumber);
        w.field("title", e.title);
        w.dateOnly("airDate", e.airDateUtc);
        w.date("airDateUtc", e.airDateUtc);
        if (m_library.hasCustomFormats())
            w.field("runtime", e.runtime);
        w.field("hasFile", e.episodeFileId > 0);
        w.field("monitored", e.monitored);
        w.field("unverifiedSceneNumbering", false);
        w.field("id", e.id);
        w.endObject();
    }
    w.endArray();
    return w.take();
}

} // namespace arrscore
