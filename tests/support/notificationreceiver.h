#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace arrscore::test {

// A real HTTP server on 127.0.0.1 that stands in for Discord, Slack, ntfy, Gotify and webhooks: it records
// every request and answers as scripted per path (a status, a Retry-After, a delay), else 204.
class NotificationReceiver : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        qint64 receivedMs = 0; // since the receiver started
        QJsonObject json() const;
    };
    struct Answer
    {
        int status = 204;
        QByteArray retryAfter; // sent as Retry-After when not empty
        int delayMs = 0;       // the answer is held this long
    };

    NotificationReceiver();
    ~NotificationReceiver() override;

    bool start();
    QUrl url(const QString &path) const; // http://127.0.0.1:PORT/path
    // The next requests to `path` get these answers in order; later ones get `fallback` (204 by default).
    void script(const QString &path, const QList<Answer> &answers, const Answer &fallback);
    void script(const QString &path, const QList<Answer> &answers) { script(path, answers, Answer()); }
    QList<Request> requests(const QString &path) const;
    int count() const { return int(m_requests.size()); }
    // Every request's path, headers and body together, for looking for secrets.
    QByteArray everything() const;

private:
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QList<Request> m_requests;
    QHash<QString, QList<Answer>> m_scripts;
    QHash<QString, Answer> m_fallbacks;
    qint64 m_started = 0;
};

} // namespace arrscore::test
