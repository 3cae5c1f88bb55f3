#include "upgrades/commandfollower.h"

#include "arr/arrclient.h"
#include "upgrades/searchstore.h"

#include <QTimer>

namespace arrscore {

CommandFollower::CommandFollower(QNetworkAccessManager *nam, SearchStore &store, QObject *parent)
    : QObject(parent), m_nam(nam), m_store(store), m_timer(new QTimer(this))
{
}

CommandFollower::~CommandFollower() = default;

void CommandFollower::follow(const InstanceTarget &, qint64, qint64) {}

void CommandFollower::stop() {}

bool CommandFollower::isEndStatus(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("failed")
           || status == QLatin1String("aborted") || status == QLatin1String("cancelled")
           || status == QLatin1String("orphaned");
}

void CommandFollower::poll() {}

void CommandFollower::answer(qint64, const QByteArray &) {}

void CommandFollower::drop(qint64) {}

ArrClient *CommandFollower::clientFor(const InstanceTarget &)
{
    return nullptr;
}

} // namespace arrscore
