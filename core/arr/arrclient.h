#pragma once

#include "arr/circuitbreaker.h"
#include "arr/clientsettings.h"
#include "arr/managerpool.h"
#include "arr/originguard.h"
#include "arr/requesterrors.h"
#include "arr/requestpacing.h"
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

// The one place requests to a Radarr/Sonarr server are made: the key goes in a header, and only to the
// configured scheme, host and port (and pinned certificate); maxConcurrency requests are in flight when there
// are that many to send, never more (on as many managers as Qt needs for that, ManagerPool); an optional
// requests/s limit applies, transient failures are retried with backoff within a time budget, every attempt
// has a deadline, and every failure comes back as an Error a user can act on.
// Callbacks are always called exactly once, from the event loop, never from inside get()/post().
class ArrClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<QByteArray>)>;
    // The body so far, each time more of it has arrived (inflated): a peek for a caller that can act before the
    // end. The view is valid only during the call; a shorter body than the last is a retry starting again.
    using Progress = std::function<void(QByteArrayView bodySoFar)>;

    ArrClient(QNetworkAccessManager *nam, ClientSettings settings, QObject *parent = nullptr);
    ~ArrClient() override;

    // `path` is relative to the URL base, e.g. "api/v3/movie". `progress`, when given, runs as the body arrives
    // (the callback still gets the whole body, and the outcome).
    void get(const QString &path, const QUrlQuery &query, Callback callback, Progress progress = {});
    // get() ahead of the requests already queued (never past maxConcurrency): for the next step of a chain, such
    // as a paged read, which would otherwise wait behind the whole queue after each step.
    void getNext(const QString &path, const QUrlQuery &query, Callback callback);
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

    // The request's path and query for a log line, without any key.
    static QString loggedPath(const Pending &pending);
    static std::shared_ptr<Pending> newGet(const QString &path, const QUrlQuery &query, Callback callback,
                                           Progress progress = {});
    void enqueue(std::shared_ptr<Pending> pending, bool next = false);
    void pump();
    void failNewRequests(const Error &error);
    void send(const std::shared_ptr<Pending> &pending);
    void watch(QNetworkReply *reply, const std::shared_ptr<Pending> &pending);
    void onFinished(QNetworkReply *reply, const std::shared_ptr<Pending> &pending);
    std::optional<Error> abortError(const Pending &pending) const;
    void transportFailure(QNetworkReply *reply, const std::shared_ptr<Pending> &pending, Error error);
    void retryOrFail(const std::shared_ptr<Pending> &pending, const Error &error, bool unavailable,
                     std::optional<qint64> delayMs = std::nullopt);
    void retryLater(const std::shared_ptr<Pending> &pending, qint64 delayMs, const Error &lastError);
    void fail(const std::shared_ptr<Pending> &pending, const Error &error);
    void complete(const std::shared_ptr<Pending> &pending, Result<QByteArray> result);
    bool followRedirect(QNetworkReply *reply, const std::shared_ptr<Pending> &pending, Error *refused);

    ClientSettings m_settings;
    RequestErrors m_errors; // these three read m_settings, whose URL base a redirect may change
    OriginGuard m_guard;
    RequestPacing m_pacing;
    CircuitBreaker m_circuit;
    QRandomGenerator m_rng;
    QElapsedTimer m_clock;
    QTimer *m_pumpTimer;
    ManagerPool m_managers; // after the settings: sized by their maxConcurrency
    std::deque<std::shared_ptr<Pending>> m_queue;
    QList<QPointer<QNetworkReply>> m_running;
    int m_inFlight = 0;
    bool m_serverSeen = false; // an HTTP answer came back: a refused connection now means a restart
    int m_requestsSent = 0;
    int m_retries = 0;
    bool m_cancelled = false;
    Error m_lastFailure;
    QStringList m_notices;
};

} // namespace arrscore
