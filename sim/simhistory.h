#pragma once

// The server's download history: grabs, imports and files deleted by upgrades, as Radarr's and Sonarr's
// HistoryService write them, served like their HistoryController (paged, since a date, per item) with the
// fields each version has. A library gets some history of its own the first time history is asked for.

#include "simclock.h"
#include "simhttp.h"
#include "simlibrary.h"
#include "simreleases.h"
#include "simrenderer.h"

namespace arrscore {

struct SimHistoryEvent
{
    int id = 0;
    int eventType = 0; // the app's enum value (grabbed 1, downloadFolderImported 3, file deleted 5 or 6)
    qint64 dateMs = 0;
    QString downloadId;
    int movieId = 0;
    int seriesId = 0;
    int episodeId = 0;
    QString sourceTitle;
    // What the top-level customFormats and customFormatScore are recomputed from on every request.
    int qualityId = 0;
    int revisionVersion = 1;
    bool isRepack = false;
    QList<int> customFormatIds;
    QList<SimLanguage> languages;
    QList<QPair<QString, QString>> data; // in the servers' order; every value a string
};

class SimHistory
{
public:
    SimHistory(const SimLibrary &library, const SimClock &clock);

    // Records a grab (Sonarr: a row per episode); returns its downloadId. source is the releaseSource.
    QString grabbed(const SimRelease &release, const QString &source);
    // The old file an upgrade deleted (reason "Upgrade"), then the import of the new file.
    void deleted(const SimFile &old, int itemId, const QList<int> &episodeIds, const QString &reason);
    void imported(const SimRelease &release, int fileId, const QString &downloadId);

    // GET history (paged), history/since, history/movie (Radarr), history/series (Sonarr).
    SimResponse handle(const QString &subPath, const QUrlQuery &query);
    int eventCount();

private:
    void ensureSeeded();
    void seed();
    void seedItem(int itemId, const QList<int> &episodeIds, const SimFile &file, int profileId);
    SimHistoryEvent base(int eventType, qint64 dateMs, int itemId, int episodeId, const SimFile &file) const;
    void add(SimHistoryEvent event);
    static QString downloadIdOf(const SimRelease &release, qint64 grabbedAtMs);
    QList<int> rowsOf(const QList<int> &episodeIds) const;
    // The rows one event of a release writes: one, or one per episode for Sonarr.
    void addReleaseRows(int eventType, const SimRelease &release, const QString &downloadId, qint64 dateMs,
                        const QList<QPair<QString, QString>> &data);
    void addGrab(const SimRelease &release, const QString &source, const QString &downloadId, qint64 dateMs);
    void addImport(const SimRelease &release, int fileId, const QString &downloadId, const QString &importedPath,
                   qint64 dateMs);
    void addDeleted(const SimFile &old, int itemId, const QList<int> &episodeIds, const QString &reason, qint64 dateMs);
    QString eventName(int eventType) const;
    std::optional<int> eventValue(const QString &text) const;
    int profileOf(int movieId, int seriesId) const;
    QList<QPair<QString, QString>> importData(const SimRelease &release, int fileId, const QString &importedPath,
                                              int score) const;
    QList<QPair<QString, QString>> grabData(const SimRelease &release, const QString &source, int score,
                                            qint64 dateMs) const;
    int deletedType() const { return m_library.isRadarr() ? 6 : 5; }
    bool grabScores() const;
    bool importScores() const;

    const SimLibrary &m_library;
    const SimClock &m_clock;
    SimRenderer m_renderer;
    quint64 m_generation = 0;
    bool m_seeded = false;
    int m_seededItems = 0;
    QList<SimHistoryEvent> m_events; // oldest first by id
    int m_nextId = 1;
};

} // namespace arrscore
