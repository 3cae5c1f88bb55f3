#include "upgrades/commandfollower.h"

#include "arr/arrclient.h"
#include "base/logging.h"
#include "upgrades/searchstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace arrscore {

CommandFollower::CommandFollower(QNetworkAccessManager *nam, SearchStore &store, QObject *parent)
    : QObject(parent), m_nam(nam), m_store(store), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &CommandFollower::poll);
}

// The clients are children: they drop their requests without calling back.
CommandFollower::~CommandFollower() = default;

bool CommandFollower::isEndStatus(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("failed")
           || status == QLatin1String("aborted") || status == QLatin1String("cancelled")
           || status == QLatin1String("orphaned");
}

void CommandFollower::follow(const InstanceTarget &target, qint64 searchId, qint64 commandId)
{
    for (const Followed &f : std::as_const(m_followed)) {
        if (f.searchId == searchId)
            return;
    }
    Followed f;
    f.target = target;
    f.searchId = searchId;
    f.commandId = commandId;
    f.deadline = QDateTime::currentMSecsSinceEpoch() + m_boundMs;
    m_followed.append(f);
    m_timer->start(0);
}

void CommandFollower::stop()
{
    m_timer->stop();
    m_followed.clear();
    for (const QPointer<ArrClient> &client : std::as_const(m_clients)) {
        if (client)
            client->deleteLater(); // its answers are dropped
    }
    m_clients.clear();
}

ArrClient *CommandFollower::clientFor(const InstanceTarget &target)
{
    for (const QPointer<ArrClient> &client : std::as_const(m_clients)) {
        if (client && client->objectName() == target.name)
            return client;
    }
    InstanceTarget polling = target;
    polling.client.retry.maxAttempts = 1; // the next tick is the retry
    auto *client = new ArrClient(m_nam, polling.client, this);
    client->setObjectName(target.name);
    m_clients.append(client);
    return client;
}

void CommandFollower::poll()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = int(m_followed.size()) - 1; i >= 0; --i) {
        if (!m_followed.at(i).inFlight && now >= m_followed.at(i).deadline) {
            qCInfo(lcNet) << m_followed.at(i).target.name << "command" << m_followed.at(i).commandId << "still"
                          << m_followed.at(i).state << "when following stopped";
            m_followed.removeAt(i); // its state stays as last seen; `searches` and the app follow it again later
        }
    }
    if (m_followed.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    for (Followed &f : m_followed) {
        if (f.inFlight)
            continue;
        f.inFlight = true;
        const qint64 searchId = f.searchId;
        clientFor(f.target)->get(QStringLiteral("api/v3/command/%1").arg(f.commandId), QUrlQuery(),
                                 [this, searchId](const Result<QByteArray> &result) {
                                     if (result) {
                                         answer(searchId, result.value());
                                     } else if (result.error().kind == ErrorKind::NotFound) {
                                         // Finished commands are kept a day: the server no longer knows it.
                                         answer(searchId, QByteArrayLiteral("{\"status\":\"unknown\"}"));
                                     } else {
                                         for (Followed &g : m_followed) {
                                             if (g.searchId == searchId)
                                                 g.inFlight = false; // tried again at the next tick
                                         }
                                     }
                                     if (!m_timer->isActive()) {
                                         bool waiting = false;
                                         for (const Followed &g : std::as_const(m_followed))
                                             waiting = waiting || g.inFlight;
                                         if (!waiting)
                                             m_timer->start(m_followed.isEmpty() ? 0 : m_pollMs);
                                     }
                                 });
    }
}

void CommandFollower::answer(qint64 searchId, const QByteArray &body)
{
    int at = -1;
    for (int i = 0; i < m_followed.size(); ++i) {
        if (m_followed.at(i).searchId == searchId)
            at = i;
    }
    if (at < 0)
        return;
    Followed &f = m_followed[at];
    f.inFlight = false;
    const QJsonObject command = QJsonDocument::fromJson(body).object();
    const QString status = command.value(QStringLiteral("status")).toString().toLower();
    if (status.isEmpty())
        return; // not a command: asked again at the next tick, until the bound
    const QString message = command.value(QStringLiteral("message")).toString();
    const bool ended = isEndStatus(status) || status == QLatin1String("unknown");
    if (status != f.state || ended) {
        f.state = status;
        QDateTime endedAt;
        if (ended) {
            endedAt = QDateTime::fromString(command.value(QStringLiteral("ended")).toString(), Qt::ISODateWithMs);
            if (!endedAt.isValid())
                endedAt = QDateTime::currentDateTimeUtc();
            endedAt = endedAt.toUTC();
        }
        Status stored = status == QLatin1String("unknown")
                            ? m_store.updateState(searchId, status,
                                                  tr("The server no longer knows this command (it keeps finished "
                                                     "commands for a day)."),
                                                  endedAt)
                            : m_store.updateState(searchId, status, message, endedAt);
        if (!stored)
            qCWarning(lcNet).noquote() << stored.error().message;
        Q_EMIT stateChanged(searchId, status, message);
    }
    if (ended)
        drop(searchId);
}

void CommandFollower::drop(qint64 searchId)
{
    for (int i = 0; i < m_followed.size(); ++i) {
        if (m_followed.at(i).searchId == searchId) {
            m_followed.removeAt(i);
            return;
        }
    }
}

} // namespace arrscore
