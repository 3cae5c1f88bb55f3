#pragma once

// What the simulator tests share: a simulator on 127.0.0.1, libraries to serve, and requests made
// through a real QNetworkAccessManager with their status, headers, body and time.
#include "simserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace arrscore::test {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray location;
    QByteArray retryAfter;
    qint64 ms = 0;
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

inline QNetworkReply *issue(QNetworkAccessManager &nam, const QUrl &url, const Headers &headers, const QByteArray *post)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return nam.post(request, *post);
    }
    return nam.get(request);
}

inline Reply collect(QNetworkReply *reply, const QElapsedTimer &timer)
{
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.contentType = reply->rawHeader("Content-Type");
    r.location = reply->rawHeader("Location");
    r.retryAfter = reply->rawHeader("Retry-After");
    r.ms = timer.elapsed();
    reply->deleteLater();
    return r;
}

inline Reply fetch(const QUrl &url, const Headers &headers = {}, const QByteArray *post = nullptr)
{
    QNetworkAccessManager nam;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = issue(nam, url, headers, post);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    return collect(reply, timer);
}

// Many requests at once through one manager (which opens up to six connections per host).
inline QList<Reply> fetchAll(const QList<QUrl> &urls, const Headers &headers = {})
{
    QNetworkAccessManager nam;
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (const QUrl &url : urls)
        replies.append(issue(nam, url, headers, nullptr));
    while (timer.elapsed() < 20000
           && !std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }))
        QTest::qWait(2);
    QList<Reply> out;
    for (QNetworkReply *r : replies)
        out.append(collect(r, timer));
    return out;
}

struct Sim
{
    std::unique_ptr<SimServer> server;
    explicit Sim(const SimLibraryConfig &lib, SimServerConfig cfg = {}) : server(std::make_unique<SimServer>(lib, cfg))
    {
        QString error;
        if (!server->start(&error))
            qFatal("simulator did not start: %s", qPrintable(error));
    }
    // An API URL with the key in the query string.
    QUrl api(const QString &pathAndQuery) const
    {
        const QString sep = pathAndQuery.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
        return QUrl(server->baseUrl().toString() + QStringLiteral("/api/v3/") + pathAndQuery + sep
                    + QStringLiteral("apikey=") + server->apiKey());
    }
    QUrl raw(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server->port()).arg(path));
    }
    SimServer *operator->() const { return server.get(); }
};

// The movie's file, or nullptr when it has none or there is no such movie.
inline const SimFile *movieFileOf(const SimServer &server, int movieId)
{
    const SimMovie *m = server.library().movie(movieId);
    return m && m->file ? &*m->file : nullptr;
}

inline SimLibraryConfig radarr(const QString &version, int movies = 40, quint64 seed = 7)
{
    SimLibraryConfig c;
    c.type = SimAppType::Radarr;
    c.version = version;
    c.movies = movies;
    c.seed = seed;
    return c;
}

inline SimLibraryConfig sonarr(const QString &version, int series = 12, int perSeries = 15)
{
    SimLibraryConfig c;
    c.type = SimAppType::Sonarr;
    c.version = version;
    c.series = series;
    c.episodeFilesPerSeries = perSeries;
    return c;
}

// Grabs the first approved release of a movie with a file (POST release): with searchUpgrades set, the
// simulator downloads and imports it at once, writing a grab, a deletion and an import to its history.
inline bool grabFirstRelease(const Sim &sim)
{
    QJsonObject release;
    for (const SimMovie &m : sim->library().movies()) {
        for (const auto &v : fetch(sim.api(QStringLiteral("release?movieId=%1").arg(m.id))).array()) {
            if (m.file && release.isEmpty() && v.toObject().value(QLatin1String("approved")).toBool())
                release = v.toObject();
        }
        if (!release.isEmpty())
            break;
    }
    if (release.isEmpty())
        return false;
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("guid"), release.value(QLatin1String("guid"))},
                                  {QStringLiteral("indexerId"), release.value(QLatin1String("indexerId"))}})
            .toJson();
    return fetch(sim.api(QStringLiteral("release")), {}, &body).status == 200;
}

} // namespace arrscore::test
