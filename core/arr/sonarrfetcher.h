#pragma once

#include "arr/libraryfetcher.h"

#include <QHash>

namespace arrscore {

// Sonarr: /series, then for every series with files its episodefile and episode lists, concurrently,
// joined on episodeFileId so a multi-episode file is one file with several episode numbers; each series'
// files are handed over once both lists have come.
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
    // Joins one series' episodes onto its files, notes the files they name that did not come, hands them over.
    void joinSeries(SeriesParts &parts);
    // Warns of (or, when none came, fails on) files the episodes name that episodefile did not return.
    void assemble() override;

    QHash<qint64, SeriesParts> m_parts; // series still waiting for a part
    QStringList m_missing;
    qint64 m_missingFiles = 0;
    qint64 m_returnedFiles = 0;
    int m_seriesJoined = 0;
    qint64 m_seriesTotal = 0;
    qint64 m_seriesDone = 0;
};

} // namespace arrscore
