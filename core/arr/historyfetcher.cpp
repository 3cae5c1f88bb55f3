#include "arr/historyfetcher.h"

#include "arr/arrclient.h"
#include "arr/historyparser.h"
#include "base/logging.h"

#include <QCoreApplication>

#include <algorithm>

namespace arrscore {

HistoryFetcher::HistoryFetcher(ArrClient *client, ServerStatus status, InstanceType type, const QDateTime &since,
                               int days, QObject *parent)
    : QObject(parent), m_client(client), m_status(std::move(status)), m_type(type)
{
    m_history.from =
        since.isValid() ? since.addSecs(-kOverlapSeconds) : QDateTime::currentDateTimeUtc().addDays(-std::max(days, 1));
    m_firstRead = !since.isValid();
    m_history.grabScores = keepsGrabScores(m_type, m_status.versionNumber);
    m_history.importScores = keepsImportScores(m_type, m_status.versionNumber);
}

bool HistoryFetcher::keepsGrabScores(InstanceType type, const QVersionNumber &version)
{
    return type == InstanceType::Radarr ? version >= QVersionNumber(4, 3, 1) : version.majorVersion() >= 4;
}

bool HistoryFetcher::keepsImportScores(InstanceType type, const QVersionNumber &version)
{
    return type == InstanceType::Radarr ? version >= QVersionNumber(4, 4, 2) : version.majorVersion() >= 4;
}

bool HistoryFetcher::takesSeveralEventTypes(InstanceType type, const QVersionNumber &version)
{
    return type == InstanceType::Radarr ? version >= QVersionNumber(5, 3, 1)
                                        : version >= QVersionNumber({4, 0, 0, 924});
}

QList<int> HistoryFetcher::auditedEventTypes(InstanceType type)
{
    // Radarr: grabbed 1, downloadFolderImported 3, downloadFailed 4, movieFileDeleted 6, movieFileRenamed 8,
    // downloadIgnored 9. Sonarr: grabbed 1, seriesFolderImported 2, downloadFolderImported 3, downloadFailed 4,
    // episodeFileDeleted 5, episodeFileRenamed 6, downloadIgnored 7.
    return type == InstanceType::Radarr ? QList<int>{1, 3, 4, 6, 8, 9} : QList<int>{1, 2, 3, 4, 5, 6, 7};
}

void HistoryFetcher::start()
{
    m_readStart = QDateTime::currentDateTimeUtc();
    if (m_firstRead) {
        fetchFirstPage();
        return;
    }
    fetchSince();
}

QUrlQuery HistoryFetcher::pageQuery(int page, int pageSize) const
{
    QUrlQuery query{{QStringLiteral("page"), QString::number(page)},
                    {QStringLiteral("pageSize"), QString::number(pageSize)},
                    {QStringLiteral("sortKey"), QStringLiteral("date")},
                    {QStringLiteral("sortDirection"), QStringLiteral("descending")}};
    // Older servers take one eventType per request: they read the whole list unfiltered instead of once per
    // type, which costs fewer requests when most rows are grabs and imports anyway.
    if (takesSeveralEventTypes(m_type, m_status.versionNumber)) {
        for (int type : auditedEventTypes(m_type))
            query.addQueryItem(QStringLiteral("eventType"), QString::number(type));
    }
    return query;
}

void HistoryFetcher::fetchFirstPage()
{
    getPage(1, m_firstPageRows, [this](QList<ServerEvent> &events, qint64 totalRecords) {
        const bool reachedDate = handOver(events);
        for (const ServerEvent &e : std::as_const(events))
            m_firstPageIds.insert(e.serverId);
        qCDebug(lcSync) << "history: first read," << totalRecords << "rows in all";
        if (reachedDate || totalRecords <= m_firstPageRows) {
            finish();
        } else if (totalRecords <= m_sinceMaxRows) {
            fetchSince();
        } else {
            m_paged = true;
            fetchPage(1);
        }
    });
}

void HistoryFetcher::fetchSince()
{
    // One unpaged request holds every type since the date: the fewest requests there are.
    ++m_requests;
    const QUrlQuery query{{QStringLiteral("date"), m_history.from.toString(Qt::ISODateWithMs)}};
    // Ahead of the library's queued requests, like the pages.
    m_client->getNext(QStringLiteral("api/v3/history/since"), query, [this](Result<QByteArray> result) {
        if (m_finished)
            return;
        const QString endpoint = QStringLiteral("/api/v3/history/since");
        if (!result) {
            // A server or proxy without the route: read the paged list instead.
            if (result.error().kind == ErrorKind::NotFound) {
                qCInfo(lcSync) << "history/since refused, reading history pages";
                m_paged = true;
                fetchPage(1);
                return;
            }
            failed(result.error());
            return;
        }
        Result<QList<ServerEvent>> events =
            HistoryParser::list(result.value(), endpoint, m_type == InstanceType::Sonarr, &m_warnings);
        if (!events) {
            failed(events.error());
            return;
        }
        handOver(events.value());
        finish();
    });
}

void HistoryFetcher::fetchPage(int page)
{
    getPage(page, m_pageSize, [this, page](QList<ServerEvent> &events, qint64 totalRecords) {
        // Unknown types are dropped by the parser, so the page's length says nothing: its rows' dates and the
        // total do. A page's oldest row before the date ends the read.
        const bool reachedDate = handOver(events);
        const qint64 seen = qint64(page) * m_pageSize;
        if (reachedDate || seen >= totalRecords || totalRecords <= 0) {
            finish();
            return;
        }
        fetchPage(page + 1);
    });
}

void HistoryFetcher::getPage(int page, int rows, std::function<void(QList<ServerEvent> &, qint64)> then)
{
    ++m_requests;
    // Every page goes ahead of the library's queued requests (SyncJob starts the read once the item list is in,
    // when they are queued): each waits for the one before it, and behind the queue the read would end long after
    // the library.
    m_client->getNext(QStringLiteral("api/v3/history"), pageQuery(page, rows),
                      [this, then = std::move(then)](Result<QByteArray> result) {
                          if (m_finished)
                              return;
                          if (!result) {
                              failed(result.error());
                              return;
                          }
                          Result<HistoryParser::Page> parsed =
                              HistoryParser::page(result.value(), QStringLiteral("/api/v3/history"),
                                                  m_type == InstanceType::Sonarr, &m_warnings);
                          if (!parsed) {
                              failed(parsed.error());
                              return;
                          }
                          then(parsed.value().events, parsed->totalRecords);
                      });
}

bool HistoryFetcher::handOver(QList<ServerEvent> &events)
{
    const qsizetype before = events.size();
    events.removeIf([this](const ServerEvent &e) { return e.date < m_history.from; });
    const bool reachedDate = events.size() < before;
    if (!m_firstPageIds.isEmpty())
        events.removeIf([this](const ServerEvent &e) { return m_firstPageIds.contains(e.serverId); });
    if (!events.isEmpty()) {
        m_eventCount += events.size();
        Q_EMIT eventsFetched(events);
    }
    return reachedDate;
}

void HistoryFetcher::failed(const Error &error)
{
    m_error = error;
    m_history.events.clear();
    if (error.kind != ErrorKind::Cancelled) {
        qCWarning(lcSync) << "history read failed:" << error.message;
        m_warnings << QCoreApplication::translate("arrscore::HistoryFetcher",
                                                  "The server's history could not be read, so the audit does not "
                                                  "know what happened since the last sync; the library itself was "
                                                  "stored. The next sync reads it again. %1")
                          .arg(error.message);
    }
    m_finished = true;
    m_history.requestCount = m_requests;
    Q_EMIT finished();
}

void HistoryFetcher::addLimits()
{
    const QString server = m_status.appName + QLatin1Char(' ') + m_status.version;
    if (!m_history.grabScores && !m_history.importScores) {
        m_warnings << QCoreApplication::translate("arrscore::HistoryFetcher",
                                                  "%1 keeps no custom format scores in its history (Radarr keeps "
                                                  "them from 4.3.1, Sonarr from v4): the audit cannot compare grab "
                                                  "and import scores or tell an upgrade loop by its score gain here.")
                          .arg(server);
    } else if (!m_history.importScores) {
        m_warnings << QCoreApplication::translate("arrscore::HistoryFetcher",
                                                  "%1 keeps the score of a grab but not of an import (Radarr keeps "
                                                  "that from 4.4.2): the audit cannot compare grab and import scores "
                                                  "or a file's score at import with today's here.")
                          .arg(server);
    }
}

void HistoryFetcher::finish()
{
    addLimits();
    m_history.fetched = true;
    m_history.through = m_readStart;
    m_history.requestCount = m_requests;
    m_finished = true;
    qCInfo(lcSync) << "history:" << m_eventCount << "events in" << m_requests << "requests"
                   << (m_paged ? "(paged)" : "(since)");
    Q_EMIT finished();
}

} // namespace arrscore
