#include "sync/syncjob.h"

#include "arr/radarrfetcher.h"
#include "arr/sonarrfetcher.h"
#include "base/logging.h"

#include <QCoreApplication>

namespace arrscore {

SyncJob::SyncJob(InstanceTarget target, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_client(new ArrClient(nam, m_target.client, this))
{
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
    connect(m_fetcher, &LibraryFetcher::progress, this, &SyncJob::progress);
    connect(m_fetcher, &LibraryFetcher::finished, this, &SyncJob::onFetched);
    m_fetcher->start();
}

void SyncJob::onFetched()
{
    if (m_fetcher->error().isError()) {
        finish(m_fetcher->error());
        return;
    }
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
    s.files = m_fetcher->takeFiles();
    s.warnings = m_client->notices() + m_fetcher->warnings();
    s.requestCount = m_client->requestsSent();
    s.finishedAt = QDateTime::currentDateTimeUtc();
    finish();
}

void SyncJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_elapsedMs = m_timer.elapsed();
    qCInfo(lcSync) << m_target.name << (error.isError() ? error.message : QStringLiteral("ok")) << m_elapsedMs << "ms";
    if (error.isError())
        m_client->cancelAll();
    Q_EMIT finished();
}

} // namespace arrscore
