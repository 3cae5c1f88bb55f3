// The floor of a sync: what a perfect client needs from the same simulator in the same run. It makes the
// requests `arrscore sync` makes (the API's minimum, in the order the API forces: the status, then profiles,
// formats and the library list, then the per-item calls the list makes possible, then the history since 90
// days ago, which the sync reads once the library is in), with the same headers so that the server does the
// same work, keeps `--concurrency` requests in flight on plain QTcpSockets (no per-host connection limit),
// reads every body and drops it, and prints its wall time.
//
//   bench_floor --url URL --key KEY [--concurrency 8]
//
// Before the timed run it makes one untimed request of each kind, which warms the simulator (its rendered
// lists are cached) and tells it the ids the per-item calls need; the timed run parses nothing, so its time is
// the network's and the server's alone. bench/bench_sync.sh runs it before the real sync of each case.
#include "stopwatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>
#include <QVersionNumber>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace {

using Done = std::function<void(int status, const QByteArray &body)>;

struct Request
{
    QByteArray target; // path and query, e.g. /api/v3/movie?excludeLocalCovers=true
    Done done;
};

// A minimal HTTP/1.1 client over a fixed number of keep-alive connections: one request at a time on each,
// bodies read (and kept only when asked for) as they arrive. The simulator always sends Content-Length.
class FloorClient : public QObject
{
public:
    FloorClient(QUrl url, QByteArray key, int connections, bool gzip)
        : m_url(std::move(url)), m_key(std::move(key)), m_gzip(gzip)
    {
        for (int i = 0; i < connections; ++i) {
            m_connections.push_back(std::make_unique<Connection>());
            Connection *c = m_connections.back().get();
            connect(&c->socket, &QTcpSocket::readyRead, this, [this, c] { read(*c); });
            connect(&c->socket, &QTcpSocket::errorOccurred, this, [this, c] { broken(*c); });
        }
    }

    // `keep`: the body is handed to `done`; otherwise it is counted and dropped.
    void get(const QByteArray &target, bool keep, Done done)
    {
        m_queue.push_back({target, std::move(done)});
        m_keep.push_back(keep);
        pump();
    }

    int requests() const { return m_requests; }
    qint64 bytes() const { return m_bytes; }
    int peakInFlight() const { return m_peak; }
    bool failed() const { return m_failed; }

private:
    struct Connection
    {
        QTcpSocket socket;
        bool busy = false;
        bool keep = false;
        Done done;
        QByteArray head;
        QByteArray body;
        qint64 remaining = -1; // body bytes still to come; -1 while the head is read
        int status = 0;
    };

    void pump()
    {
        for (const std::unique_ptr<Connection> &c : m_connections) {
            if (m_queue.empty())
                return;
            if (!c->busy)
                start(*c);
        }
    }

    void start(Connection &c)
    {
        Request request = std::move(m_queue.front());
        m_queue.pop_front();
        c.keep = m_keep.front();
        m_keep.pop_front();
        c.busy = true;
        c.done = std::move(request.done);
        c.head.clear();
        c.body.clear();
        c.remaining = -1;
        ++m_requests;
        m_peak = std::max(m_peak, int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                                                    [](const auto &other) { return other->busy; })));
        QByteArray message = "GET " + request.target + " HTTP/1.1\r\nHost: " + m_url.host().toLatin1() + ':'
                             + QByteArray::number(m_url.port()) + "\r\nX-Api-Key: " + m_key
                             + "\r\nAccept: application/json\r\n";
        if (m_gzip)
            message += "Accept-Encoding: gzip\r\n";
        message += "User-Agent: arrscore-floor\r\n\r\n";
        if (c.socket.state() == QAbstractSocket::UnconnectedState)
            c.socket.connectToHost(m_url.host(), quint16(m_url.port()));
        c.socket.write(message);
    }

    void read(Connection &c)
    {
        while (c.busy && c.socket.bytesAvailable() > 0) {
            if (c.remaining < 0) {
                c.head += c.socket.read(c.socket.bytesAvailable());
                const qsizetype end = c.head.indexOf("\r\n\r\n");
                if (end < 0)
                    continue;
                c.status = c.head.mid(9, 3).toInt();
                const qsizetype at = c.head.toLower().indexOf("\r\ncontent-length:");
                const qsizetype eol = at < 0 ? -1 : c.head.indexOf("\r\n", at + 2);
                c.remaining = at < 0 ? 0 : c.head.mid(at + 17, eol - at - 17).trimmed().toLongLong();
                const QByteArray rest = c.head.mid(end + 4);
                c.head.clear();
                take(c, rest);
            } else {
                take(c, c.socket.read(std::min(c.remaining, c.socket.bytesAvailable())));
            }
        }
    }

    void take(Connection &c, const QByteArray &chunk)
    {
        m_bytes += chunk.size();
        c.remaining -= chunk.size();
        if (c.keep)
            c.body += chunk;
        if (c.remaining > 0)
            return;
        c.busy = false;
        const Done done = std::move(c.done);
        c.done = nullptr;
        const QByteArray body = std::move(c.body);
        c.body.clear();
        done(c.status, body); // may start the next request on this connection
        pump();
    }

    void broken(Connection &c)
    {
        if (!c.busy)
            return; // an idle keep-alive connection the server closed: reconnected on its next request
        std::fprintf(stderr, "bench_floor: %s\n", qPrintable(c.socket.errorString()));
        m_failed = true;
    }

    QUrl m_url;
    QByteArray m_key;
    bool m_gzip;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::deque<Request> m_queue;
    std::deque<bool> m_keep;
    int m_requests = 0;
    qint64 m_bytes = 0;
    int m_peak = 0;
    bool m_failed = false;
};

// What the per-item calls need, learnt in the untimed warm-up.
struct Library
{
    bool radarr = true;
    QVersionNumber version;
    QList<qint64> fileIds;     // Radarr: movieFileId of each movie with a file
    QList<qint64> movieIds;    // Radarr < 5.0.2: the movies with a file
    QList<qint64> seriesIds;   // Sonarr: series with episode files
    QByteArray pathBase;       // the URL base, e.g. /radarr
    QList<QByteArray> targets; // the per-item calls, in order
    QList<QByteArray> lists;   // profiles, formats and the library list
    QByteArray history;        // the history since 90 days ago, read once the library is in
};

QByteArray api(const Library &lib, const QByteArray &rest)
{
    return lib.pathBase + "/api/v3/" + rest;
}

// As arrscore's RadarrFetcher: sorted ids, up to 200 a batch, the request line under 4,000 characters.
QList<QByteArray> movieFileBatches(const Library &lib)
{
    QList<qint64> ids = lib.fileIds;
    std::sort(ids.begin(), ids.end());
    const qint64 largest = ids.isEmpty() ? 1 : ids.last();
    const int fixed = 4 + int(lib.pathBase.size()) + int(sizeof("/api/v3/moviefile?") - 1) + 9;
    const int perId = int(sizeof("movieFileIds=&") - 1) + int(QByteArray::number(largest).size());
    const int batch = std::clamp((4000 - fixed) / perId, 1, 200);
    QList<QByteArray> out;
    for (qsizetype i = 0; i < ids.size(); i += batch) {
        QByteArray query;
        for (qsizetype j = i; j < std::min<qsizetype>(i + batch, ids.size()); ++j)
            query += (query.isEmpty() ? "" : "&") + QByteArray("movieFileIds=") + QByteArray::number(ids[j]);
        out << api(lib, "moviefile?" + query);
    }
    return out;
}

void plan(Library &lib)
{
    lib.history = api(lib, "history/since?date=")
                  + QDateTime::currentDateTimeUtc().addDays(-90).toString(Qt::ISODateWithMs).toLatin1();
    lib.lists = {api(lib, "qualityprofile")};
    if (lib.radarr || lib.version.majorVersion() >= 4)
        lib.lists << api(lib, "customformat");
    if (lib.radarr) {
        const bool batches = lib.version >= QVersionNumber(5, 0, 2);
        lib.lists << api(lib, batches ? "movie?excludeLocalCovers=true" : "movie");
        if (batches) {
            lib.targets = movieFileBatches(lib);
        } else {
            for (qint64 id : std::as_const(lib.movieIds))
                lib.targets << api(lib, "moviefile?movieId=" + QByteArray::number(id));
        }
    } else {
        lib.lists << api(lib, "series");
        for (qint64 id : std::as_const(lib.seriesIds)) {
            lib.targets << api(lib, "episodefile?seriesId=" + QByteArray::number(id));
            lib.targets << api(lib, "episode?seriesId=" + QByteArray::number(id));
        }
    }
}

// Runs the event loop until `pending` calls have finished (or the client failed).
bool waitFor(FloorClient &client, const int &pending)
{
    while (pending > 0 && !client.failed())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return !client.failed();
}

bool ok(int status, const QByteArray &target)
{
    if (status == 200)
        return true;
    std::fprintf(stderr, "bench_floor: %s answered %d\n", target.constData(), status);
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The floor of a sync against arrsim (see the source's head)."));
    parser.addHelpOption();
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("The simulator's URL."),
                                       QStringLiteral("url"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("Its API key."), QStringLiteral("key"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QStringLiteral("Requests in flight."),
                                               QStringLiteral("n"), QStringLiteral("8"));
    parser.addOptions({urlOption, keyOption, concurrencyOption});
    parser.process(app);
    const QUrl url(parser.value(urlOption));
    const QByteArray key = parser.value(keyOption).toLatin1();
    const int concurrency = std::max(1, parser.value(concurrencyOption).toInt());
    if (!url.isValid() || url.port() <= 0 || key.isEmpty()) {
        std::fprintf(stderr, "bench_floor: --url http://HOST:PORT and --key are required\n");
        return 2;
    }
    Library lib;
    lib.pathBase = url.path().toLatin1();
    if (lib.pathBase.endsWith('/'))
        lib.pathBase.chop(1);

    // The warm-up: one of each kind, plain (no gzip) so that the lists can be read here, untimed.
    {
        FloorClient warm(url, key, 1, false);
        int pending = 1;
        bool good = true;
        warm.get(api(lib, "system/status"), true, [&](int status, const QByteArray &body) {
            good = ok(status, "system/status");
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            lib.version = QVersionNumber::fromString(o.value(QLatin1String("version")).toString());
            lib.radarr =
                o.value(QLatin1String("appName")).toString().compare(QLatin1String("Sonarr"), Qt::CaseInsensitive) != 0;
            --pending;
        });
        if (!waitFor(warm, pending) || !good)
            return 2;
        plan(lib); // the lists first, to learn the ids
        pending = int(lib.lists.size());
        for (const QByteArray &target : std::as_const(lib.lists)) {
            warm.get(target, true, [&, target](int status, const QByteArray &body) {
                good = good && ok(status, target);
                const QJsonArray items = QJsonDocument::fromJson(body).array();
                for (const auto &v : items) {
                    const QJsonObject o = v.toObject();
                    if (target.contains("/movie") && o.value(QLatin1String("hasFile")).toBool()
                        && o.value(QLatin1String("movieFileId")).toInteger() > 0) {
                        lib.fileIds << o.value(QLatin1String("movieFileId")).toInteger();
                        lib.movieIds << o.value(QLatin1String("id")).toInteger();
                    } else if (target.contains("/series")
                               && o.value(QLatin1String("statistics"))
                                          .toObject()
                                          .value(QLatin1String("episodeFileCount"))
                                          .toInt()
                                      > 0) {
                        lib.seriesIds << o.value(QLatin1String("id")).toInteger();
                    }
                }
                --pending;
            });
        }
        if (!waitFor(warm, pending) || !good)
            return 2;
        plan(lib);
        QList<QByteArray> once = lib.targets.mid(0, 2);
        once << lib.history;
        pending = int(once.size());
        for (const QByteArray &target : std::as_const(once))
            warm.get(target, false, [&](int, const QByteArray &) { --pending; });
        if (!waitFor(warm, pending))
            return 2;
    }

    // The timed run, with gzip asked for as arrscore does (the server compresses; the bodies are dropped).
    FloorClient client(url, key, concurrency, true);
    arrscore::bench::Stopwatch watch;
    int pending = 1;
    bool good = true;
    // The history is read once the library is in, as the sync does (history_days 90, the default).
    int libraryLeft = int(lib.lists.size()) + int(lib.targets.size());
    const auto libraryCallDone = [&](int status, const QByteArray &target) {
        good = good && ok(status, target);
        --pending;
        if (--libraryLeft > 0)
            return;
        ++pending;
        client.get(lib.history, false, [&](int s, const QByteArray &) {
            good = good && ok(s, lib.history);
            --pending;
        });
    };
    client.get(api(lib, "system/status"), false, [&](int status, const QByteArray &) {
        good = ok(status, "system/status");
        --pending;
        // The status picks the strategy; then the lists together; the per-item calls once the list is in.
        pending += int(lib.lists.size());
        for (const QByteArray &target : std::as_const(lib.lists)) {
            const bool isLibrary = target.contains("/movie") || target.contains("/series");
            client.get(target, false, [&, target, isLibrary](int s, const QByteArray &) {
                if (isLibrary) {
                    pending += int(lib.targets.size());
                    for (const QByteArray &item : std::as_const(lib.targets))
                        client.get(item, false, [&, item](int s2, const QByteArray &) { libraryCallDone(s2, item); });
                }
                libraryCallDone(s, target);
            });
        }
    });
    if (!waitFor(client, pending) || !good)
        return 2;
    const double wallMs = watch.wallMs();
    const double cpuMs = watch.cpuMs();
    std::printf("floor_wall_s=%.3f floor_cpu_s=%.3f requests=%d bytes=%lld in_flight=%d/%d version=%s app=%s\n",
                wallMs / 1000, cpuMs / 1000, client.requests(), static_cast<long long>(client.bytes()),
                client.peakInFlight(), concurrency, qPrintable(lib.version.toString()),
                lib.radarr ? "radarr" : "sonarr");
    return 0;
}
