#include "arr/sonarrfetcher.h"

#include "arr/arrclient.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace arrscore {

SonarrFetcher::SonarrFetcher(ArrClient *client, ServerStatus status, QObject *parent)
    : LibraryFetcher(client, std::move(status), parent)
{
    m_scoresAvailable = m_status.versionNumber.majorVersion() >= 4;
}

QString SonarrFetcher::strategy() const
{
    if (!m_scoresAvailable)
        return QCoreApplication::translate("arrscore::SonarrFetcher",
                                           "/series, then episodefile and episode per series (Sonarr v3: no "
                                           "custom formats, scores unavailable)");
    return QCoreApplication::translate("arrscore::SonarrFetcher",
                                       "/series, then episodefile?seriesId= and episode?seriesId= per series");
}

void SonarrFetcher::start()
{
    request(QStringLiteral("qualityprofile"), {}, [this](const QByteArray &body, const QString &endpoint) {
        take(ApiParser::qualityProfiles(body, endpoint, &m_warnings), m_profiles);
    });
    if (m_scoresAvailable) { // v3 has no /customformat
        request(QStringLiteral("customformat"), {}, [this](const QByteArray &body, const QString &endpoint) {
            take(ApiParser::customFormats(body, endpoint, &m_warnings), m_formats);
        });
    }
    request(QStringLiteral("series"), {},
            [this](const QByteArray &body, const QString &endpoint) { onSeries(body, endpoint); });
}

void SonarrFetcher::onSeries(const QByteArray &body, const QString &endpoint)
{
    QList<SeriesInfo> series;
    if (!take(ApiParser::series(body, endpoint, &m_warnings), series))
        return;
    for (const SeriesInfo &s : std::as_const(series)) {
        if (s.episodeFileCount <= 0)
            continue;
        m_parts.insert(s.id, SeriesParts{s, {}, {}, 2});
    }
    m_seriesTotal = m_parts.size();
    Q_EMIT progress(0, m_seriesTotal);
    qint64 files = 0;
    for (const SeriesInfo &s : std::as_const(series)) {
        if (s.episodeFileCount <= 0)
            continue;
        files += s.episodeFileCount;
        const QUrlQuery query{{QStringLiteral("seriesId"), QString::number(s.id)}};
        const qint64 id = s.id;
        request(QStringLiteral("episodefile"), query, [this, id](const QByteArray &b, const QString &e) {
            if (take(ApiParser::episodeFiles(b, e, &m_warnings), m_parts[id].files))
                partArrived(id);
        });
        request(QStringLiteral("episode"), query, [this, id](const QByteArray &b, const QString &e) {
            if (take(ApiParser::episodes(b, e, &m_warnings), m_parts[id].episodes))
                partArrived(id);
        });
    }
    Q_EMIT listed(files);
}

void SonarrFetcher::partArrived(qint64 seriesId)
{
    if (--m_parts[seriesId].partsMissing > 0)
        return;
    SeriesParts parts = m_parts.take(seriesId);
    joinSeries(parts);
    Q_EMIT progress(++m_seriesDone, m_seriesTotal);
}

void SonarrFetcher::joinSeries(SeriesParts &parts)
{
    ++m_seriesJoined;
    std::sort(parts.episodes.begin(), parts.episodes.end(), [](const EpisodeInfo &a, const EpisodeInfo &b) {
        return std::tie(a.season, a.episode) < std::tie(b.season, b.episode);
    });
    // An episode names its file: every file named must be among the series' files.
    QSet<qint64> files;
    for (const MediaFile &f : std::as_const(parts.files))
        files.insert(f.fileId);
    QHash<qint64, QList<const EpisodeInfo *>> byFile;
    QSet<qint64> named;
    for (const EpisodeInfo &e : std::as_const(parts.episodes)) {
        if (e.episodeFileId <= 0)
            continue;
        byFile[e.episodeFileId].append(&e);
        if (files.contains(e.episodeFileId) || named.contains(e.episodeFileId))
            continue;
        named.insert(e.episodeFileId);
        ++m_missingFiles;
        // The title is the server's: it goes last, so a "%1" in it is not taken for a placeholder.
        m_missing << quoted(parts.series.title)
                         + QStringLiteral(" S%1E%2")
                               .arg(e.season, 2, 10, QLatin1Char('0'))
                               .arg(e.episode, 2, 10, QLatin1Char('0'));
    }
    m_returnedFiles += parts.files.size();
    for (MediaFile &file : parts.files) {
        file.title = parts.series.title;
        file.seriesTitle = parts.series.title;
        file.year = parts.series.year;
        file.titleSlug = parts.series.titleSlug;
        file.qualityProfileId = parts.series.qualityProfileId;
        file.genres = parts.series.genres;
        file.externalId = parts.series.externalId;
        QStringList titles;
        for (const EpisodeInfo *e : byFile.value(file.fileId)) {
            file.episodes << e->episode;
            file.episodeIds << e->id;
            titles << e->title;
        }
        file.episodeTitle = titles.join(QStringLiteral(" / "));
        if (!m_scoresAvailable) {
            file.customFormatScore.reset();
            file.customFormats.clear();
        }
    }
    deliver(parts.files);
}

void SonarrFetcher::assemble()
{
    m_missing.sort(); // series arrive in any order: the examples named should not change from run to run
    const qint64 announced = m_returnedFiles + m_missingFiles;
    checkReturned(announced, m_returnedFiles, m_missing,
                  QCoreApplication::translate("arrscore::SonarrFetcher",
                                              "The episodes of %n series name %1 episode files", nullptr,
                                              int(m_seriesJoined))
                      .arg(announced));
}

} // namespace arrscore
