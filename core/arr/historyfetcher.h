#pragma once

#include "arr/apiparser.h"
#include "base/error.h"
#include "base/model.h"

#include <QDateTime>
#include <QObject>
#include <QUrlQuery>

#include <algorithm>

namespace arrscore {

class ArrClient;

// Reads the server's history since a date and hands its events over in batches as they are parsed (eventsFetched),
// so that none is held for the whole sync. After a stored read: one GET history/since, the fewest requests there
// are. A first read (history_days back), whose single body would hold a library's whole history (235 MB at 300,000
// files), and a server that refuses history/since: the paged GET history sorted by date (newest first) with the
// audited eventType values (several in one request from Radarr 5.3.1 / Sonarr 4.0.0.924, else unfiltered pages),
// stopping at the date. A failure is not the sync's: the result is then not `fetched` (the batches handed over
// are then to be dropped) and warnings() says why and what is missing.
class HistoryFetcher : public QObject
{
    Q_OBJECT
public:
    // Rows per page: one page's body is about 15 MB, one request for most first reads.
    static constexpr int kPageSize = 10000;

    // since: where the last read ended; invalid for a first read, which goes back `days` before now.
    HistoryFetcher(ArrClient *client, ServerStatus status, InstanceType type, const QDateTime &since, int days,
                   QObject *parent = nullptr);

    // Rows per page of a paged read (kPageSize unless set): what the tests page a small history with.
    void setPageSize(int rows) { m_pageSize = std::max(rows, 1); }
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
    void fetchSince();
    // Hands over the events from the window's start on; true when one was older (a page reached the date).
    bool handOver(QList<ServerEvent> &events);
    void fetchPage(int page);
    void onPage(const QByteArray &body, const QString &endpoint, int page);
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
    bool m_paged = false; // a first read, or history/since was refused: reading pages
    qint64 m_eventCount = 0;
    int m_pageSize = kPageSize;
    bool m_firstRead = false; // no read stored: the window goes back history_days
    int m_requests = 0;
    bool m_finished = false;
};

} // namespace arrscore
