#include "sync/syncjob.h"

#include "arr/historyfetcher.h"
#include "arr/radarrfetcher.h"
#include "arr/sonarrfetcher.h"
#include "base/localeformat.h"
#include "base/logfields.h"
#include "base/logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <limits>

namespace arrscore {

SyncJob::SyncJob(InstanceTarget target, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_client(new ArrClient(nam, m_target.client, this)),
      m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &SyncJob::onDeadline);
}

SyncJob::~SyncJob() = default;

QStringList SyncJob::notices() const
{
    return m_client->notices();
}

int SyncJob::requestCount() const
{
    return m_client->requestsSent();
}

void SyncJob::start(Mode mode)
{
    m_mode = mode;
    m_timer.start();
    m_deadlineMs =
        m_target.syncTimeoutMs > 0 ? m_target.syncTimeoutMs : automaticDeadlineMs(0, m_target.client.requestsPerSecond);
    m_deadline->start(std::chrono::milliseconds(m_deadlineMs));
    m_snapshot.startedAt = QDateTime::currentDateTimeUtc();
    m_client->get(QStringLiteral("api/v3/system/status"), {},
                  [this](Result<QByteArray> result) { onStatus(std::move(result)); });
}

void SyncJob::cancel()
{
    if (m_finished)
        return;
    m_client->cancelAll(); // every outstanding callback now reports Cancelled, which finishes the job
}

void SyncJob::onStatus(Result<QByteArray> result)
{
    if (!result) {
        finish(result.error());
        return;
    }
    Result<ServerStatus> status = ApiParser::systemStatus(result.value(), QStringLiteral("/api/v3/system/status"));
    if (!status) {
        finish(status.error());
        return;
    }
    m_status = status.value();

    const std::optional<InstanceType> actual = instanceTypeFromName(m_status.appName);
    if (!actual) {
        finish(Error{ErrorKind::Config,
                     QCoreApplication::translate("arrscore::SyncJob", "The server is %1 %2, not Radarr or Sonarr.")
                         .arg(m_status.appName, m_status.version)});
        return;
    }
    if (*actual != m_target.type) {
        finish(Error{
            ErrorKind::Config,
            QCoreApplication::translate("arrscore::SyncJob",
                                        "The server is %1 %2, but the instance is configured as %3. Set "
                                        "type: %4.")
                .arg(m_status.appName, m_status.version, instanceTypeName(m_target.type), instanceTypeName(*actual))});
        return;
    }

    if (m_target.type == InstanceType::Radarr)
        m_fetcher = new RadarrFetcher(m_client, m_status, this);
    else
        m_fetcher = new SonarrFetcher(m_client, m_status, this);
    m_strategy = m_fetcher->strategy();

    if (m_mode == Mode::Test) {
        if (!m_countLibrary) {
            finish();
            return;
        }
        const bool radarr = m_target.type == InstanceType::Radarr;
        m_client->get(radarr ? QStringLiteral("api/v3/movie") : QStringLiteral("api/v3/series"), {},
                      [this, radarr](Result<QByteArray> body) {
                          if (!body) {
                              finish(body.error());
                              return;
                          }
                          QStringList warnings;
                          const QString endpoint =
                              radarr ? QStringLiteral("/api/v3/movie") : QStringLiteral("/api/v3/series");
                          const auto count = [&](auto parsed) -> Error {
                              if (!parsed)
                                  return parsed.error();
                              m_librarySize = int(parsed.value().size());
                              return {};
                          };
                          finish(radarr ? count(ApiParser::movies(body.value(), endpoint, &warnings))
                                        : count(ApiParser::series(body.value(), endpoint, &warnings)));
                      });
        return;
    }
    connect(m_fetcher, &LibraryFetcher::progress, this, [this](qint64 done, qint64 total) {
        m_done = done;
        m_total = total;
        Q_EMIT progress(done, total);
    });
    connect(m_fetcher, &LibraryFetcher::requestsPlanned, this, &SyncJob::extendDeadline);
    connect(m_fetcher, &LibraryFetcher::filesFetched, this, &SyncJob::filesFetched);
    connect(m_fetcher, &LibraryFetcher::finished, this, &SyncJob::onFetched);
    // The history once the item list is in: read alongside the rest of the library, but not competing with the
    // list everything waits on (a server answers one heavy query at a time faster than two).
    if (m_target.historyDays > 0)
        connect(m_fetcher, &LibraryFetcher::listed, this, &SyncJob::fetchHistory, Qt::SingleShotConnection);
    m_fetcher->start();
}

void SyncJob::onFetched()
{
    if (m_fetcher->error().isError()) {
        finish(m_fetcher->error());
        return;
    }
    m_libraryDone = true;
    m_strategy = m_fetcher->strategy(); // now with the batch size it used
    LibrarySnapshot &s = m_snapshot;
    s.instance.name = m_target.name;
    s.instance.type = m_target.type;
    QUrl url = m_client->baseUrl();
    url.setUserInfo(QString());
    s.instance.url = url.toString(QUrl::RemoveQuery);
    s.instance.appName = m_status.appName;
    s.instance.version = m_status.version;
    s.strategy = m_strategy;
    s.scoresAvailable = m_fetcher->scoresAvailable();
    s.profiles = m_fetcher->takeProfiles();
    s.formats = m_fetcher->takeFormats();
    m_fileCount = m_fetcher->fileCount();
    if (!m_history || m_history->isFinished())
        completeSnapshot();
}

void SyncJob::fetchHistory(qint64 libraryFiles)
{
    m_history =
        new HistoryFetcher(m_client, m_status, m_target.type, m_target.historySince, m_target.historyDays, this);
    m_history->setLibraryFiles(libraryFiles);
    connect(m_history, &HistoryFetcher::eventsFetched, this, &SyncJob::eventsFetched);
    connect(m_history, &HistoryFetcher::finished, this, &SyncJob::onHistory);
    m_history->start();
}

void SyncJob::onHistory()
{
    if (m_history->error().kind == ErrorKind::Cancelled) {
        // A failed library fetch cancels the history's requests too: its failure is the one to tell.
        finish(m_fetcher && m_fetcher->error().isError() ? m_fetcher->error() : m_history->error());
        return;
    }
    if (m_libraryDone)
        completeSnapshot();
}

void SyncJob::completeSnapshot()
{
    LibrarySnapshot &s = m_snapshot;
    s.warnings = m_client->notices() + m_fetcher->warnings();
    if (m_history) {
        s.history = m_history->takeHistory();
        s.warnings += m_history->warnings();
    }
    s.requestCount = m_client->requestsSent();
    s.finishedAt = QDateTime::currentDateTimeUtc();
    finish();
}

qint64 SyncJob::automaticDeadlineMs(int requests, double requestsPerSecond)
{
    if (requestsPerSecond <= 0)
        return kDefaultDeadlineMs;
    // In double, and bounded: a limit near 0 must give a long deadline, not an overflowed one.
    const double limitMs = 2.0 * 1000.0 * double(requests) / requestsPerSecond;
    return qint64(std::clamp(limitMs, double(kDefaultDeadlineMs), double(std::numeric_limits<int>::max())));
}

void SyncJob::extendDeadline(int requests)
{
    if (m_target.syncTimeoutMs > 0 || m_finished)
        return; // an explicit sync_timeout is the user's bound
    const qint64 wanted = automaticDeadlineMs(requests, m_target.client.requestsPerSecond);
    if (wanted <= m_deadlineMs)
        return;
    m_deadlineMs = wanted;
    m_deadline->start(std::chrono::milliseconds(std::max<qint64>(1, m_deadlineMs - m_timer.elapsed())));
}

void SyncJob::onDeadline()
{
    if (m_finished)
        return;
    const QString within = LocaleFormat::duration(m_deadlineMs);
    // Twice the bound, in whole minutes: a concrete value to write, not a guess to make.
    const qint64 suggested = std::max<qint64>(120, (2 * m_deadlineMs / 1000 + 59) / 60 * 60);
    QString message;
    if (m_mode == Mode::Test) {
        message = QCoreApplication::translate("arrscore::SyncJob", "%1 did not answer the test within %2.")
                      .arg(m_target.name, within);
    } else {
        const QString done =
            m_total > 0 ? QCoreApplication::translate("arrscore::SyncJob", " (%1 of %2 done)").arg(m_done).arg(m_total)
                        : QString();
        const QString what =
            QCoreApplication::translate("arrscore::SyncJob", "If the server is only slow, give this instance more time "
                                                             "in the configuration: sync_timeout: %1 (seconds).")
                .arg(suggested);
        message = QCoreApplication::translate("arrscore::SyncJob",
                                              "%1 did not finish syncing within %2%3: it was stopped and nothing of "
                                              "it was stored. %4")
                      .arg(m_target.name, within, done, what);
    }
    qCWarning(lcSync) << m_target.name << "ran out of time after" << m_timer.elapsed() << "ms";
    finish(Error{ErrorKind::Network, message});
}

void SyncJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline->stop();
    m_error = error;
    m_elapsedMs = m_timer.elapsed();
    {
        const LogFields fields(
            {{QStringLiteral("instance"), m_target.name}, {QStringLiteral("duration_ms"), m_elapsedMs}});
        qCInfo(lcSync).noquote() << m_target.name
                                 << "fetched:" << (error.isError() ? error.message : QStringLiteral("ok"))
                                 << m_elapsedMs << "ms";
    }
    if (error.isError())
        m_client->cancelAll();
    Q_EMIT finished();
}

} // namespace arrscore
