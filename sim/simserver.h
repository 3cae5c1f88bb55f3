#pragma once

// arrsim: a Radarr/Sonarr simulator on QtHttpServer, for tests, benchmarks and the GUI's demo.
// Serves a SimLibrary over the real API shapes with auth, URL base, latency, a concurrency cap,
// faults and request counters; /__sim/ is an admin API that needs no key.

#include "simclock.h"
#include "simhttp.h"
#include "simlibrary.h"
#include "simserverconfig.h"
#include "simstats.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QQueue>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace arrscore {

class SimApi;
class SimAdmin;

class SimServer : public QObject
{
    Q_OBJECT

public:
    explicit SimServer(const SimLibraryConfig &library = {}, const SimServerConfig &config = {},
                       QObject *parent = nullptr);
    ~SimServer() override;

    // Listens on config().host:config().port (0 = a free port). False and *error on failure.
    bool start(QString *error = nullptr);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // http(s)://127.0.0.1:PORT/urlbase — what a client is configured with.
    QUrl baseUrl() const;
    QString apiKey() const { return m_config.apiKey; }

    SimLibrary &library() { return *m_library; }
    const SimLibrary &library() const { return *m_library; }

    const SimServerConfig &config() const { return m_config; }
    // Runtime knobs (host, port and TLS only take effect at start()).
    void setConfig(const SimServerConfig &config);
    bool applyConfig(const QJsonObject &object, QString *error = nullptr);
    void setLatencyMs(int ms) { m_config.latencyMs = ms; }
    void setMaxConcurrency(int max);
    void setStartup(int requests, int ms);
    void setFaults(const QList<SimFaultRule> &faults);
    void addFault(const SimFaultRule &fault);
    void clearFaults() { setFaults({}); }
    QList<SimFaultRule> faults() const;

    const SimStats &stats() const { return m_stats; }
    // API requests that arrived, answered or not (stats() counts answers), and every distinct key they
    // presented, in any of the three places: what a test needs to prove a key never reached a server.
    int requestsReceived() const { return m_received; }
    QStringList keysReceived() const { return m_keysReceived; }
    // Clears counters, received requests and keys, peak concurrency, fault counters and the startup window.
    void resetStats();
    // The commands POSTed to api/v3/command and accepted, oldest first (also GET /__sim/commands).
    QList<QJsonObject> commands() const;
    void clearCommands();
    // The audit cases the seeded history planted, as findings would name them (also GET /__sim/planted).
    QJsonArray planted() const;
    // Moves the simulator's clock (release cache expiry, command progress, dates it writes) forward.
    void advanceClock(qint64 seconds) { m_clock.advance(seconds); }
    const SimClock &clock() const { return m_clock; }

Q_SIGNALS:
    void requestFinished(const QString &path, int status);

private:
    struct Job;
    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void pump();
    void prepare(const std::shared_ptr<Job> &job);
    void process(const std::shared_ptr<Job> &job);
    SimResponse route(const Job &job);
    void send(Job &job, const SimResponse &response);
    void sendFault(Job &job, const SimFaultRule &fault);
    void record(const QString &path, int status);
    bool keyValid(const SimRequest &request) const;
    static QString presentedKey(const SimRequest &request);

    SimServerConfig m_config;
    SimClock m_clock;
    SimStats m_stats;
    std::unique_ptr<SimLibrary> m_library;
    std::unique_ptr<SimApi> m_api;
    std::unique_ptr<SimAdmin> m_admin;
    std::unique_ptr<QHttpServer> m_http;
    SimFaults m_faults;
    QQueue<std::shared_ptr<Job>> m_queue;
    QElapsedTimer m_sinceStart;
    int m_startupSeen = 0;
    int m_received = 0;
    QStringList m_keysReceived;
    quint16 m_port = 0;
};

} // namespace arrscore
