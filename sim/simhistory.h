#pragma once

// The server's download history: grabs, imports and files deleted by upgrades, as Radarr's and Sonarr's
// HistoryService write them, served like their HistoryController (paged, since a date, per item) with the
// fields each version has. A library gets some history of its own the first time history is asked for: ordinary
// downloads and upgrades, and planted cases of each audit finding kind, which planted() lists.

#include "simclock.h"
#include "simhttp.h"
#include "simlibrary.h"
#include "simreleases.h"
#include "simrenderer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace arrscore {

struct SimHistoryEvent
{
    int id = 0;
    int eventType = 0; // the app's enum value (grabbed 1, imported 3, failed 4, file deleted 5/6, renamed 8/6)
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

    // What the seeded history planted, as the audit's findings would name it: [{kind, itemId, episodeId (Sonarr),
    // fileId, detectable, …}] (see simhistoryseed.cpp). detectable is false where this version's data cannot tell.
    QJsonArray planted();

private:
    // The item a seeded file belongs to.
    struct SeedItem
    {
        int itemId = 0;
        QList<int> episodeIds;
        const SimFile *file = nullptr;
        int profileId = 0;
    };
    void ensureSeeded();
    void seed();
    void seedItem(const SeedItem &item);
    void seedOrdinary(const SeedItem &item, bool upgrade);
    void seedPlanted(const SeedItem &item, const SimPlantInfo &plant);
    SimRelease seedRelease(const SeedItem &item, const SimFile &file, const QString &salt) const;
    // A grab and, an hour later, the import of the file it became (fileId, score); returns the downloadId.
    QString seedDownload(const SimRelease &release, int fileId, int importScore, const QString &importedPath,
                         qint64 grabbedAtMs);
    void addPlanted(const char *kind, const SeedItem &item, QJsonObject fields);
    bool detectable(const QString &kind, const QJsonObject &record) const;
    const SimFile *currentFile(int itemId, int fileId) const;
    SimHistoryEvent base(int eventType, qint64 dateMs, int itemId, int episodeId, const SimFile &file) const;
    void add(SimHistoryEvent event);
    static QString downloadIdOf(const SimRelease &release, qint64 grabbedAtMs);
    static QString hexOf(const QString &text, int length);
    static QString titleOf(const SimFile &file); // the scene name, else the file name without extension
    QList<int> rowsOf(const QList<int> &episodeIds) const;
    // The rows one event of a release writes: one, or one per episode for Sonarr.
    void addReleaseRows(int eventType, const SimRelease &release, const QString &downloadId, qint64 dateMs,
                        const QList<QPair<QString, QString>> &data);
    void addGrab(const SimRelease &release, const QString &source, const QString &downloadId, qint64 dateMs);
    void addImport(const SimRelease &release, int fileId, const QString &downloadId, const QString &importedPath,
                   qint64 dateMs, int score);
    // A download that ended without an import: failed (downloadFailed) or ignored by the user (downloadIgnored).
    void addEnded(bool failed, const SimRelease &release, const QString &downloadId, qint64 dateMs);
    void addDeleted(const SimFile &old, int itemId, const QList<int> &episodeIds, const QString &reason, qint64 dateMs);
    void addRenamed(const SimFile &file, int itemId, const QList<int> &episodeIds, const QString &fromPath,
                    qint64 dateMs);
    // The paged route's eventType: several values from Radarr 5.3.1 / Sonarr 4.0.0.924; before, Radarr 5 binds
    // the first, and older servers read it as a key=value filter that a repeated value breaks (a 500).
    std::optional<QList<int>> pagedEventTypes(const QUrlQuery &query) const;
    QString eventName(int eventType) const;
    std::optional<int> eventValue(const QString &text) const;
    int profileOf(int movieId, int seriesId) const;
    QList<QPair<QString, QString>> importData(const SimRelease &release, int fileId, const QString &importedPath,
                                              int score) const;
    QList<QPair<QString, QString>> grabData(const SimRelease &release, const QString &source, int score,
                                            qint64 dateMs) const;
    int deletedType() const { return m_library.isRadarr() ? 6 : 5; }
    int renamedType() const { return m_library.isRadarr() ? 8 : 6; }
    bool grabScores() const;
    bool importScores() const;

    const SimLibrary &m_library;
    const SimClock &m_clock;
    SimRenderer m_renderer;
    quint64 m_generation = 0;
    bool m_seeded = false;
    qint64 m_seededAtMs = 0;
    QList<SimHistoryEvent> m_events; // oldest first by id
    QList<QJsonObject> m_planted;
    int m_nextId = 1;
};

} // namespace arrscore
