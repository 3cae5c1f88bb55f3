#include "notificationreceiver.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace arrscore::test {

QJsonObject NotificationReceiver::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

NotificationReceiver::NotificationReceiver() = default;

NotificationReceiver::~NotificationReceiver() = default;

bool NotificationReceiver::start()
{
    m_started = QDateTime::currentMSecsSinceEpoch();
    m_http = std::make_unique<QHttpServer>();
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        Request recorded;
        recorded.path = request.url().path();
        for (const auto &[name, value] : request.headers())
            recorded.headers.insert(name.toLower(), value);
        recorded.body = request.body();
        recorded.receivedMs = QDateTime::currentMSecsSinceEpoch() - m_started;
        m_requests.append(recorded);
        QList<Answer> &queue = m_scripts[recorded.path];
        const Answer answer = queue.isEmpty() ? m_fallbacks.value(recorded.path) : queue.takeFirst();
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        // A client that gave up closed the connection: the responder's socket is gone by then.
        const QPointer<QTcpSocket> socket = held->socket();
        const auto reply = [held, socket, answer] {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                return;
            const auto status = static_cast<QHttpServerResponder::StatusCode>(answer.status);
            if (answer.retryAfter.isEmpty())
                held->write(QByteArray(), {{"Content-Type", "text/plain"}}, status);
            else
                held->write(QByteArray(), {{"Content-Type", "text/plain"}, {"Retry-After", answer.retryAfter}}, status);
        };
        if (answer.delayMs > 0)
            QTimer::singleShot(answer.delayMs, this, reply);
        else
            reply();
    });
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl NotificationReceiver::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void NotificationReceiver::script(const QString &path, const QList<Answer> &answers, const Answer &fallback)
{
    m_scripts.insert(path, answers);
    m_fallbacks.insert(path, fallback);
}

QList<NotificationReceiver::Request> NotificationReceiver::requests(const QString &path) const
{
    QList<Request> found;
    for (const Request &request : m_requests) {
        if (request.path == path)
            found.append(request);
    }
    return found;
}

QByteArray NotificationReceiver::everything() const
{
    QByteArray all;
    for (const Request &request : m_requests) {
        all += request.path.toUtf8() + '\n';
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
            all += it.key() + ": " + it.value() + '\n';
        all += request.body + '\n';
    }
    return all;
}

} // namespace arrscore::test
