#include "arr/historyfetcher.h"

namespace arrscore {

HistoryFetcher::HistoryFetcher(ArrClient *client, ServerStatus status, InstanceType type, QDateTime since, int days,
                               QObject *parent)
    : QObject(parent), m_client(client), m_status(std::move(status)), m_type(type)
{
    m_history.from = since.isValid() ? since : QDateTime::currentDateTimeUtc().addDays(-days);
}

void HistoryFetcher::start()
{
    finish();
}

bool HistoryFetcher::keepsGrabScores(InstanceType type, const QVersionNumber &version)
{
    return type == InstanceType::Radarr ? version >= QVersionNumber(4, 3, 1) : version.majorVersion() >= 4;
}

bool HistoryFetcher::keepsImportScores(InstanceType type, const QVersionNumber &version)
{
    return type == InstanceType::Radarr ? version >= QVersionNumber(4, 4, 2) : version.majorVersion() >= 4;
}

bool HistoryFetcher::takesSeveralEventTypes(InstanceType type, const QVersionNumber &version)
{
    return type == InstanceType::Radarr ? version >= QVersionNumber(5, 3, 1) : version >= QVersionNumber({4, 0, 0, 924});
}

QList<int> HistoryFetcher::auditedEventTypes(InstanceType type)
{
    return type == InstanceType::Radarr ? QList<int>{1, 3, 4, 6, 8, 9} : QList<int>{1, 2, 3, 4, 5, 6, 7};
}

void HistoryFetcher::fetchSince() {}
void HistoryFetcher::fetchPage(int) {}
void HistoryFetcher::onPage(const QByteArray &, const QString &, int) {}
void HistoryFetcher::failed(const Error &) {}

void HistoryFetcher::finish()
{
    m_finished = true;
    Q_EMIT finished();
}

} // namespace arrscore
