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
    for (const SeriesInfo &s : std::as_const(series)) {
        if (s.episodeFileCount <= 0)
            continue;
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
}

void SonarrFetcher::partArrived(qint64 seriesId)
{
    if (--m_parts[seriesId].partsMissing == 0)
        Q_EMIT progress(++m_seriesDone, m_seriesTotal);
}

void SonarrFetcher::assemble()
{
    qsizetype total = 0;
    for (const SeriesParts &parts : std::as_const(m_parts))
        total += parts.files.size();
    m_files.reserve(total);

    QList<qint64> ids = m_parts.keys();
    std::sort(ids.begin(), ids.end());
    checkEpisodesHaveFiles(ids, total);
    if (m_error.isError())
        return;
    for (qint64 id : std::as_const(ids)) {
        SeriesParts &parts = m_parts[id];
        std::sort(parts.episodes.begin(), parts.episodes.end(), [](const EpisodeInfo &a, const EpisodeInfo &b) {
            return std::tie(a.season, a.episode) < std::tie(b.season, b.episode);
        });
        QHash<qint64, QList<const EpisodeInfo *>> byFile;
        for (const EpisodeInfo &e : std::as_const(parts.episodes)) {
            if (e.episodeFileId > 0)
                byFile[e.episodeFileId].append(&e);
        }
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
            m_files.append(std::move(file));
        }
    }
    m_parts.clear();
}

void SonarrFetcher::checkEpisodesHaveFiles(const QList<qint64> &seriesIds, qsizetype returned)
{
    // An episode names its file: every file named must be among the series' files.
    QStringList missing;
    qint64 missingFiles = 0;
    for (qint64 id : seriesIds) {
        const SeriesParts &parts = m_parts[id];
        QSet<qint64> files;
        for (const MediaFile &f : parts.files)
            files.insert(f.fileId);
        QSet<qint64> named;
        for (const EpisodeInfo &e : parts.episodes) {
            if (e.episodeFileId <= 0 || files.contains(e.episodeFileId) || named.contains(e.episodeFileId))
                continue;
            named.insert(e.episodeFileId);
            ++missingFiles;
            // The title is the server's: it goes last, so a "%1" in it is not taken for a placeholder.
            missing << quoted(parts.series.title)
                           + QStringLiteral(" S%1E%2")
                                 .arg(e.season, 2, 10, QLatin1Char('0'))
                                 .arg(e.episode, 2, 10, QLatin1Char('0'));
        }
    }
    const qint64 announced = returned + missingFiles;
    checkReturned(announced, returned, missing,
                  QCoreApplication::translate("arrscore::SonarrFetcher",
                                              "The episodes of %n series name %1 episode files", nullptr,
                                              int(seriesIds.size()))
                      .arg(announced));
}

} // namespace arrscore
