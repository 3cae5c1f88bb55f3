// SimRenderer, second half: series, quality profiles, custom formats and system status.
#include "simrenderer.h"

#include <QMap>

namespace arrscore {

namespace {
constexpr qint64 kStartTime = 1717243200; // 2024-06-01T12:00:00Z

struct Stats
{
    int episodeFileCount = 0; // episodes with a file, as the servers count it
    int episodeCount = 0;
    int totalEpisodeCount = 0;
    qint64 sizeOnDisk = 0;
    QStringList releaseGroups;
};

void writeStats(SimJsonWriter &w, const Stats &st, int seasonCount)
{
    w.beginObject();
    if (seasonCount >= 0)
        w.field("seasonCount", seasonCount);
    w.field("episodeFileCount", st.episodeFileCount);
    w.field("episodeCount", st.episodeCount);
    w.field("totalEpisodeCount", st.totalEpisodeCount);
    w.field("sizeOnDisk", st.sizeOnDisk);
    w.key("releaseGroups").beginArray();
    for (const QString &g : st.releaseGroups)
        w.value(g);
    w.endArray();
    w.field("percentOfEpisodes", st.episodeCount ? 100.0 * st.episodeFileCount / st.episodeCount : 0.0);
    w.endObject();
}
} // namespace

void SimRenderer::writeSeries(SimJsonWriter &w, const SimSeries &s) const
{
    const bool v4 = m_library.hasCustomFormats();
    QMap<int, Stats> seasons;
    Stats total;
    for (const SimEpisode &e : s.episodes) {
        Stats &st = seasons[e.seasonNumber];
        ++st.totalEpisodeCount;
        if (e.monitored || e.episodeFileId)
            ++st.episodeCount;
        if (e.episodeFileId)
            ++st.episodeFileCount;
    }
    for (const SimFile &f : s.files) {
        Stats &st = seasons[f.seasonNumber];
        st.sizeOnDisk += f.size;
        if (!f.releaseGroup.isEmpty() && !st.releaseGroups.contains(f.releaseGroup))
            st.releaseGroups.append(f.releaseGroup);
    }
    for (const Stats &st : std::as_const(seasons)) {
        total.episodeFileCount += st.episodeFileCount;
        total.episodeCount += st.episodeCount;
        total.totalEpisodeCount += st.totalEpisodeCount;
        total.sizeOnDisk += st.sizeOnDisk;
        for (const QString &g : st.releaseGroups) {
            if (!total.releaseGroups.contains(g))
                total.releaseGroups.append(g);
        }
    }
    const QString path = QStringLiteral("/tv/%1 (%2)").arg(s.title).arg(s.year);
    w.beginObject();
    w.field("title", s.title);
    w.key("alternateTitles").beginArray();
    w.endArray();
    w.field("sortTitle", s.title.toLower());
    w.field("status", s.status);
    w.field("ended", s.status == QLatin1String("ended"));
    w.optional("overview", s.overview);
    w.field("network", s.network);
    w.key("images").beginArray();
    w.endArray();
    if (v4) {
        w.key("originalLanguage");
        writeLanguage(w, SimCatalog::language(1));
    }
    w.key("seasons").beginArray();
    for (auto it = seasons.cbegin(); it != seasons.cend(); ++it) {
        w.beginObject();
        w.field("seasonNumber", it.key());
        w.field("monitored", it.key() > 0);
        w.key("statistics");
        writeStats(w, it.value(), -1);
        w.endObject();
    }
    w.endArray();
    w.field("year", s.year);
    w.field("path", path);
    w.field("qualityProfileId", s.qualityProfileId);
    if (!v4)
        w.field("languageProfileId", 1);
    w.field("seasonFolder", true);
    w.field("monitored", s.monitored);
    w.field("useSceneNumbering", false);
    w.field("runtime", s.runtime);
    w.field("tvdbId", s.tvdbId);
    w.field("tvRageId", 0);
    w.field("tvMazeId", s.tvdbId / 3);
    w.date("firstAired", s.firstAired);
    w.field("seriesType", "standard");
    w.field("cleanTitle", s.title.toLower().remove(QLatin1Char(' ')));
    w.optional("imdbId", s.imdbId);
    w.field("titleSlug", s.titleSlug);
    w.field("rootFolderPath", "/tv/");
    w.key("genres").beginArray();
    for (const QString &g : s.genres)
        w.value(g);
    w.endArray();
    w.key("tags").beginArray();
    w.endArray();
    w.date("added", s.added);
    w.key("statistics");
    writeStats(w, total, int(seasons.size()) - (seasons.contains(0) ? 1 : 0));
    w.field("id", s.id);
    w.endObject();
}

QByteArray SimRenderer::seriesList() const
{
    SimJsonWriter w(qsizetype(m_library.series().size()) * 3000 + 16);
    w.beginArray();
    for (const SimSeries &s : m_library.series())
        writeSeries(w, s);
    w.endArray();
    return w.take();
}

QByteArray SimRenderer::series(const SimSeries &s) const
{
    SimJsonWriter w;
    writeSeries(w, s);
    return w.take();
}

void SimRenderer::writeProfile(SimJsonWriter &w, const SimProfile &p) const
{
    const bool radarr = m_library.isRadarr();
    const bool formats = m_library.hasCustomFormats();
    auto single = [&](int qualityId, bool allowed) {
        w.beginObject();
        w.key("quality");
        writeQuality(w, qualityId);
        w.key("items").beginArray();
        w.endArray();
        w.field("allowed", allowed);
        w.endObject();
    };
    w.beginObject();
    w.field("name", p.name);
    w.field("upgradeAllowed", p.upgradeAllowed);
    w.field("cutoff", p.cutoff);
    w.key("items").beginArray();
    for (const SimProfileItem &item : p.items) {
        if (!item.groupId) {
            single(item.qualityIds.first(), item.allowed);
            continue;
        }
        w.beginObject();
        w.field("name", item.groupName);
        w.key("items").beginArray();
        for (int q : item.qualityIds)
            single(q, item.allowed);
        w.endArray();
        w.field("allowed", item.allowed);
        w.field("id", item.groupId);
        w.endObject();
    }
    w.endArray();
    if (formats) {
        w.field("minFormatScore", p.minFormatScore);
        w.field("cutoffFormatScore", p.cutoffFormatScore);
        if (radarr ? m_library.versionAtLeast(5, 10, 4) : m_library.versionAtLeast(4, 0, 9))
            w.field("minUpgradeFormatScore", p.minUpgradeFormatScore);
        w.key("formatItems").beginArray();
        const QList<SimCustomFormat> &all = m_library.catalog().customFormats();
        // The servers list formats newest first.
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            w.beginObject();
            w.field("format", it->id);
            w.field("name", it->name);
            w.field("score", p.formatScores.value(it->id));
            w.endObject();
        }
        w.endArray();
    }
    if (radarr) {
        w.key("language").beginObject();
        w.field("id", -2);
        w.field("name", "Original");
        w.endObject();
    }
    w.field("id", p.id);
    w.endObject();
}

QByteArray SimRenderer::profiles() const
{
    SimJsonWriter w(qsizetype(64) * 1024);
    w.beginArray();
    for (const SimProfile &p : m_library.profiles())
        writeProfile(w, p);
    w.endArray();
    return w.take();
}

QByteArray SimRenderer::customFormats() const
{
    SimJsonWriter w(qsizetype(64) * 1024);
    w.beginArray();
    for (const SimCustomFormat &cf : m_library.catalog().customFormats()) {
        w.beginObject();
        w.field("id", cf.id);
        w.field("name", cf.name);
        w.field("includeCustomFormatWhenRenaming", cf.includeWhenRenaming);
        w.key("specifications").beginArray();
        w.beginObject();
        w.field("name", cf.name);
        w.field("implementation", "ReleaseTitleSpecification");
        w.field("implementationName", "Release Title");
        w.field("infoLink", "https://wiki.servarr.com/radarr/settings#custom-formats-2");
        w.field("negate", false);
        w.field("required", true);
        w.key("fields").beginArray();
        w.beginObject();
        w.field("order", 0);
        w.field("name", "value");
        w.field("label", "Regular Expression");
        w.field("value", cf.regex);
        w.field("type", "textbox");
        w.field("advanced", false);
        w.field("privacy", "normal");
        w.field("isFloat", false);
        w.endObject();
        w.endArray();
        w.endObject();
        w.endArray();
        w.endObject();
    }
    w.endArray();
    return w.take();
}

QByteArray SimRenderer::status(const QString &urlBase) const
{
    const bool radarr = m_library.isRadarr();
    const bool mono = !radarr && m_library.version().majorVersion() < 4;
    const QString version = m_library.config().version;
    SimJsonWriter w;
    w.beginObject();
    w.field("appName", m_library.appName());
    w.field("instanceName", m_library.appName());
    w.field("version", version);
    w.date("buildTime", kStartTime - qint64(30) * 86400);
    w.field("isDebug", false);
    w.field("isProduction", true);
    w.field("isAdmin", false);
    w.field("isUserInteractive", false);
    w.field("startupPath", "/app/bin");
    w.field("appData", "/config");
    w.field("osName", "ubuntu");
    w.field("osVersion", "22.04");
    w.field("isNetCore", !mono);
    w.field("isMono", mono);
    w.field("isLinux", true);
    w.field("isOsx", false);
    w.field("isWindows", false);
    w.field("isDocker", true);
    w.field("mode", "console");
    w.field("branch", radarr ? "master" : "main");
    w.field("databaseType", "sqLite");
    w.field("databaseVersion", "3.45.1");
    w.field("authentication", "forms");
    w.field("migrationVersion", radarr ? 241 : 208);
    w.field("urlBase", urlBase);
    w.field("runtimeVersion", mono ? "6.12.0.122" : "8.0.8");
    w.field("runtimeName", mono ? "mono" : "netCore");
    w.date("startTime", kStartTime);
    w.field("packageVersion", version);
    w.field("packageAuthor", "arrsim");
    w.field("packageUpdateMechanism", "docker");
    w.endObject();
    return w.take();
}

} // namespace arrscore
