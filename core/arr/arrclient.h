#pragma once

#include "arr/circuitbreaker.h"
#include "arr/retrypolicy.h"
#include "base/error.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace arrscore {

// How to reach one Radarr/Sonarr server.
struct ClientSettings
{
    // The largest answer read: the biggest real one is Radarr's movie list, about 3 KB a movie, so a
    // library of 300,000 movies fits; a larger body is refused before it can take the memory.
    static constexpr qint64 kDefaultMaxResponseBytes = qint64(1) << 30;

    QUrl baseUrl; // scheme, host, port and URL base; no credentials
    QString apiKey;
    int timeoutMs = 30000; // the deadline of one attempt, from sending to the last byte; <= 0 = the default
    int maxConcurrency = 8;
    double requestsPerSecond = 0; // 0 = unlimited; slower than one a minute counts as one a minute
    qint64 maxResponseBytes = kDefaultMaxResponseBytes;
    bool verifyTls = true;
    QByteArray tlsFingerprint; // raw SHA-256 of a pinned certificate
    RetryPolicy retry;
    int circuitThreshold = 8;
    int circuitCooldownMs = 15000;
};

// The one place requests to a Radarr/Sonarr server are made: the key goes in a header, and only to the
// configured scheme, host and port (and pinned certificate); at most maxConcurrency requests are in
// flight, an optional requests/s limit applies, transient failures are retried with backoff within a
// time budget, every attempt has a deadline, and every failure comes back as an Error a user can act on.
// Callbacks are always called exactly once, from the event loop, never from inside get()/post().
class ArrClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<QByteArray>)>;

    ArrClient(QNetworkAccessManager *nam, ClientSettings settings, QObject *parent = nullptr);
    ~ArrClient() override;

    // `path` is relative to the URL base, e.g. "api/v3/movie".
    void get(const QString &path, const QUrlQuery &query, Callback callback);
    // A POST is retried only when it certainly was not handled: connection refused, 429 or 503. After a
    // timeout, a dropped connection or a 500/502/504 it fails at once, saying the server may have acted.
    void post(const QString &path, const QByteArray &json, Callback callback);

    // Fails every queued and running request with ErrorKind::Cancelled; later requests fail too.
    void cancelAll();
    bool isCancelled() const { return m_cancelled; }

    QUrl baseUrl() const { return m_settings.baseUrl; }
    // The URL a request goes to (without the key, which travels in a header).
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

    int requestsSent() const { return m_requestsSent; }
    int retries() const { return m_retries; }
    // Things the user should know that did not stop the work (a redirect that was followed, a key sent
    // over plain http...).
    QStringList notices() const { return m_notices; }

Q_SIGNALS:
    void requestFinished();

private:
    struct Pending;
    enum class Abort : quint8;

    void enqueue(std::shared_ptr<Pending> pending);
    void pump();
    void failNewRequests(const Error &error);
    void send(const std::shared_ptr<Pending> &pending);
    void watch(QNetworkReply *reply, const std::shared_ptr<Pending> &pending);
    void onFinished(QNetworkReply *reply, const std::shared_ptr<Pending> &pending);
    bool finishAborted(const Pending &pending, Error *error) const;
    void transportFailure(QNetworkReply *reply, const std::shared_ptr<Pending> &pending, Error error);
    void retryOrFail(const std::shared_ptr<Pending> &pending, const Error &error, bool unavailable,
                     std::optional<qint64> delayMs = std::nullopt);
    void retryLater(const std::shared_ptr<Pending> &pending, qint64 delayMs, const Error &lastError);
    void fail(const std::shared_ptr<Pending> &pending, const Error &error);
    void complete(const std::shared_ptr<Pending> &pending, Result<QByteArray> result);
    bool followRedirect(QNetworkReply *reply, const std::shared_ptr<Pending> &pending, Error *refused);
    Error networkError(QNetworkReply *reply, const Pending &pending) const;
    Error httpError(int status, const QByteArray &body) const;
    QString hostDescription() const;
    QString durationText(qint64 ms) const;
    qint64 budgetEndMs(const Pending &pending) const;

    QNetworkAccessManager *m_nam;
    ClientSettings m_settings;
    CircuitBreaker m_circuit;
    QRandomGenerator m_rng;
    QElapsedTimer m_clock;
    QTimer *m_pumpTimer;
    std::deque<std::shared_ptr<Pending>> m_queue;
    QList<QPointer<QNetworkReply>> m_running;
    int m_inFlight = 0;
    qint64 m_nextStartMs = 0;
    qint64 m_spacingMs = 0;    // between request starts, from requestsPerSecond
    bool m_serverSeen = false; // an HTTP answer came back: a refused connection now means a restart
    int m_requestsSent = 0;
    int m_retries = 0;
    bool m_cancelled = false;
    Error m_lastFailure;
    QStringList m_notices;
};

} // namespace arrscore
