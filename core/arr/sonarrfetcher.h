#pragma once

#include "arr/libraryfetcher.h"

#include <QHash>

namespace arrscore {

// Sonarr: /series, then for every series with files its episodefile and episode lists, concurrently,
// joined on episodeFileId so a multi-episode file is one file with several episode numbers.
// Sonarr v3 has no custom formats: its scores are unavailable (null), never 0.
class SonarrFetcher : public LibraryFetcher
{
    Q_OBJECT
public:
    SonarrFetcher(ArrClient *client, ServerStatus status, QObject *parent = nullptr);

    void start() override;
    QString strategy() const override;

private:
    struct SeriesParts
    {
        SeriesInfo series;
        QList<MediaFile> files;
        QList<EpisodeInfo> episodes;
        int partsMissing = 2;
    };

    void onSeries(const QByteArray &body, const QString &endpoint);
    void partArrived(qint64 seriesId);
    void assemble() override;
    // Warns of (or, when none came, fails on) files the episodes name that episodefile did not return.
    void checkEpisodesHaveFiles(const QList<qint64> &seriesIds, qsizetype returned);

    QHash<qint64, SeriesParts> m_parts;
    qint64 m_seriesTotal = 0;
    qint64 m_seriesDone = 0;
};

} // namespace arrscore
