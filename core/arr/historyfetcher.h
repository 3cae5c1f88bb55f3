#pragma once

#include "arr/apiparser.h"
#include "base/error.h"
#include "base/model.h"

#include <QDateTime>
#include <QObject>
#include <QUrlQuery>

namespace arrscore {

class ArrClient;

// Reads the server's history since a date with the fewest requests: one GET history/since; where a server
// refuses that route, the paged GET history sorted by date (newest first) with the audited eventType values
// (several in one request from Radarr 5.3.1 / Sonarr 4.0.0.924, else unfiltered pages), stopping at the date.
// A failure is not the sync's: the result is then not `fetched` and warnings() says why and what is missing.
class HistoryFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 250;

    // since: where the last read ended; invalid for a first read, which goes back `days` before now.
    HistoryFetcher(ArrClient *client, ServerStatus status, InstanceType type, QDateTime since, int days,
                   QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    ServerHistory takeHistory() { return std::move(m_history); }
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
    void finished();

private:
    void fetchSince();
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
    bool m_sincePaged = false; // history/since was refused: reading pages
    int m_requests = 0;
    bool m_finished = false;
};

} // namespace arrscore
