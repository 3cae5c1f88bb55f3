#pragma once

#include "arr/apiparser.h"
#include "base/error.h"
#include "base/model.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <functional>

namespace arrscore {

class ArrClient;

// Reads the server's history since a date and hands its events over in batches as they are parsed (eventsFetched),
// so that none is held for the whole sync. After a stored read: one GET history/since, the fewest requests there
// are. A first read (history_days back) starts with the newest kFirstPageRows rows of the paged GET history
// (sorted by date, newest first, with the audited eventType values: several in one request from Radarr 5.3.1 /
// Sonarr 4.0.0.924, else unfiltered), which hold the whole window of most libraries; of a library of kManyFiles
// files or more, with one row, only to count them. When they do not hold the window, the page's totalRecords
// decides: up to kSinceMaxRows, history/since, exactly the window in one body; beyond, its single
// body could hold a library's whole history (235 MB at 300,000 files), so pages of kPageSize rows, stopping at the
// date. Pages too when a server refuses history/since. A failure is not the sync's: the result is then not
// `fetched` (the batches handed over are then to be dropped) and warnings() says why and what is missing.
class HistoryFetcher : public QObject
{
    Q_OBJECT
public:
    // Rows per page: one page's body is about 15 MB.
    static constexpr int kPageSize = 10000;
    // A first read's first page: 90 days of a 2,000-movie library (about 960 rows) in one request of 3 MB.
    static constexpr int kFirstPageRows = 2000;
    // A library of this many files has more rows in its window than a first page holds (Radarr 6 with 10,000
    // movies: 4,790 in 90 days), so its first request only counts them: a page of one row.
    static constexpr qint64 kManyFiles = 5000;
    // The most rows a first read takes in one history/since body (about 30 MB, as much as a 10,000-movie /movie):
    // pages of 10,000 rows read what lies before the window too (Radarr 6 with 10,000 movies: 10,000 rows where
    // the 90 days hold 4,790), history/since only the window.
    static constexpr int kSinceMaxRows = 20000;

    // since: where the last read ended; invalid for a first read, which goes back `days` before now.
    HistoryFetcher(ArrClient *client, ServerStatus status, InstanceType type, const QDateTime &since, int days,
                   QObject *parent = nullptr);

    // Rows per page of a paged read (kPageSize unless set), of a first read's first page (kFirstPageRows), and
    // the most a first read takes from history/since (kSinceMaxRows): what the tests page a small history with.
    void setPageSize(int rows) { m_pageSize = std::max(rows, 1); }
    void setFirstPageRows(int rows) { m_firstPageRows = std::max(rows, 1); }
    void setSinceMaxRows(int rows) { m_sinceMaxRows = std::max(rows, 0); }
    // The files of the library the history belongs to: kManyFiles or more make a first read's first page one row.
    void setLibraryFiles(qint64 files)
    {
        if (files >= kManyFiles)
            m_firstPageRows = 1;
    }
    void start();
    bool isFinished() const { return m_finished; }
    // The read without its events (eventsFetched gave them).
    ServerHistory takeHistory() { return std::move(m_history); }
    qint64 eventCount() const { return m_eventCount; } // events handed over, a row two pages repeat counted twice
    // Why the history could not be read, and what this server's version does not keep (scores).
    QStringList warnings() const { return m_warnings; }
    // The failure that stopped the read (kind None when it succeeded); Cancelled when the sync was stopped.
    const Error &error() const { return m_error; }
    // How much earlier than the end of the last read a read starts: rows the server wrote while the last sync
    // ran, or stamped by a clock a little behind ours, are read again and deduplicated rather than missed.
    static constexpr qint64 kOverlapSeconds = 600;

    // What each version keeps and serves (docs/ANALYSIS.md).
    static bool keepsGrabScores(InstanceType type, const QVersionNumber &version);        // Radarr >= 4.3.1, Sonarr v4
    static bool keepsImportScores(InstanceType type, const QVersionNumber &version);      // Radarr >= 4.4.2, Sonarr v4
    static bool takesSeveralEventTypes(InstanceType type, const QVersionNumber &version); // R 5.3.1, S 4.0.0.924
    // The eventType values an audit reads, as this app numbers them.
    static QList<int> auditedEventTypes(InstanceType type);

Q_SIGNALS:
    // Events of [from, now), in no particular order; a row can come twice when it moved between two pages.
    void eventsFetched(const QList<arrscore::ServerEvent> &events);
    void finished();

private:
    // A first read's newest rows; then, when the window goes on, history/since or pages.
    void fetchFirstPage();
    void fetchSince();
    // Hands over the events from the window's start on; true when one was older (a page reached the date).
    bool handOver(QList<ServerEvent> &events);
    void fetchPage(int page);
    QUrlQuery pageQuery(int page, int pageSize) const;
    // GET history's page `page` of `rows` rows; `then` gets its events and totalRecords (a failure ends the read).
    void getPage(int page, int rows, std::function<void(QList<ServerEvent> &events, qint64 totalRecords)> then);
    void addLimits();
    void failed(const Error &error);
    void finish();

    ArrClient *m_client;
    ServerStatus m_status;
    InstanceType m_type;
    ServerHistory m_history;
    QStringList m_warnings;
    Error m_error;
    QDateTime m_readStart;
    bool m_paged = false; // a long first read, or history/since was refused: reading pages
    qint64 m_eventCount = 0;
    int m_pageSize = kPageSize;
    int m_sinceMaxRows = kSinceMaxRows;
    int m_firstPageRows = kFirstPageRows;
    QSet<qint64> m_firstPageIds; // the rows the first page handed over: not handed over again
    bool m_firstRead = false;    // no read stored: the window goes back history_days
    int m_requests = 0;
    bool m_finished = false;
};

} // namespace arrscore
