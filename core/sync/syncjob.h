#pragma once

#include "arr/apiparser.h"
#include "arr/arrclient.h"
#include "arr/instancetarget.h"
#include "base/error.h"
#include "base/model.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

namespace arrscore {

class HistoryFetcher;
class LibraryFetcher;

// One instance's sync, or just its connection test: asks system/status which app and version it is,
// picks the fetch strategy, fetches everything (the library and, alongside it, the server's history) and
// hands over the files and history events in batches as they arrive (filesFetched, eventsFetched) and then a
// LibrarySnapshot without them.
// Runs on the event loop of the thread it lives in; storing is the caller's business.
class SyncJob : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Test, Sync };

    SyncJob(InstanceTarget target, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SyncJob() override;

    void start(Mode mode);
    void cancel();
    // In Test mode, also count the movies or series (one more request): what the app's Test button shows.
    void setCountLibrary(bool count) { m_countLibrary = count; }
    int librarySize() const { return m_librarySize; } // -1 when not counted

    const InstanceTarget &target() const { return m_target; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const Error &error() const { return m_error; }
    const ServerStatus &serverStatus() const { return m_status; }
    QString strategy() const { return m_strategy; }
    QStringList notices() const; // redirects followed and the like
    int requestCount() const;
    qint64 elapsedMs() const { return m_elapsedMs; }
    // The fetched library without its files (filesFetched gave them); valid once succeeded() in Sync mode.
    LibrarySnapshot takeSnapshot() { return std::move(m_snapshot); }
    qint64 fileCount() const { return m_fileCount; } // distinct files fetched

    // The bound of a whole sync when sync_timeout is not set: 30 minutes, which a library of 100,000
    // files syncs in about 100 times over (docs/PERFORMANCE.md), unless a requests_per_second limit
    // makes `requests` take longer: then twice what the limit alone needs.
    static qint64 automaticDeadlineMs(int requests, double requestsPerSecond);
    static constexpr qint64 kDefaultDeadlineMs = qint64(30) * 60 * 1000;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void filesFetched(const QList<arrscore::MediaFile> &files);
    // The server's history events as they are read (HistoryFetcher::eventsFetched): the snapshot's history holds
    // none of them, and says whether the read was whole (only then are they to be stored).
    void eventsFetched(const QList<arrscore::ServerEvent> &events);
    void finished();

private:
    void onStatus(Result<QByteArray> result);
    void onFetched();
    // Alongside the library: the server's history since the last read (history_days), whose failure is a warning.
    void fetchHistory(qint64 libraryFiles);
    void onHistory();
    // Once both the library and the history have been read.
    void completeSnapshot();
    void onDeadline();
    void extendDeadline(int requests);
    void finish(const Error &error = {});

    InstanceTarget m_target;
    ArrClient *m_client;
    QPointer<LibraryFetcher> m_fetcher;
    QPointer<HistoryFetcher> m_history;
    Mode m_mode = Mode::Sync;
    ServerStatus m_status;
    QString m_strategy;
    LibrarySnapshot m_snapshot;
    Error m_error;
    QElapsedTimer m_timer;
    QTimer *m_deadline;
    qint64 m_deadlineMs = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_elapsedMs = 0;
    qint64 m_fileCount = 0;
    bool m_libraryDone = false;
    bool m_finished = false;
    bool m_countLibrary = false;
    int m_librarySize = -1;
};

} // namespace arrscore
